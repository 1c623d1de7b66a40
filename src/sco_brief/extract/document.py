"""The shared view of one source that every extractor reads.

Segmentation and the recognisers run once per document, here, so extractors never
re-read raw text for something a recogniser already found.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from sco_brief.model import Evidence, Source, Span
from sco_brief.recognise.dates import DateMention, find_dates
from sco_brief.recognise.numbers import NumberMention, find_numbers
from sco_brief.segment import Paragraph, Sentence, paragraphs

__all__ = ["Document"]


class Document:
    """A source with its paragraphs, sentences, number and date mentions (computed lazily)."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.lang = source.lang

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    @cached_property
    def numbers(self) -> tuple[NumberMention, ...]:
        return tuple(find_numbers(self.text, lang=self.lang))

    @cached_property
    def dates(self) -> tuple[DateMention, ...]:
        return tuple(find_dates(self.text, lang=self.lang, published=self.source.published))

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` in this document's source."""
        return Evidence(source_id=self.source.id, span=Span(start=start, end=end), quote=self.text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any."""
        # Sentences are in order and do not overlap: the last one starting at or before offset.
        position = bisect.bisect_right(self._sentence_starts, offset) - 1
        if position >= 0 and offset < self.sentences[position].span.end:
            return self.sentences[position]
        return None

    def sentence_evidence(self, offset: int) -> Evidence:
        """Evidence quoting the whole sentence around ``offset`` (or just that character)."""
        sentence = self.sentence_at(offset)
        if sentence is None:
            return self.evidence(offset, min(offset + 1, len(self.text)))
        return self.evidence(sentence.span.start, sentence.span.end)
