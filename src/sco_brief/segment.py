"""Paragraphs and sentences of a text, each with its character offsets.

Sentences come from razdel, which knows Russian abbreviations ("г.", "млрд.", "т.е."),
initials ("А.Н. Арипов") and quotes; offsets always point into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import attrs
from razdel import sentenize

from sco_brief.model import Span

__all__ = ["Paragraph", "Sentence", "paragraphs", "sentences"]

# Press releases put each paragraph (and each list item) on its own line.
_PARAGRAPH_BREAK = re.compile(r"[\r\n\u2028\u2029\x85]+")
# A very long "sentence" (tables, lists without stops) would make every later stage slow.
_MAX_SENTENCE = 2000


@attrs.frozen
class Sentence:
    """One sentence: its span, its text, and the index of its paragraph."""

    span: Span
    text: str
    paragraph: int


@attrs.frozen
class Paragraph:
    """One paragraph (a line or a block between blank lines) and its sentences."""

    index: int
    span: Span
    text: str
    sentences: tuple[Sentence, ...]


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into non-empty paragraphs with their sentences."""
    return _split_cached(text)


def sentences(text: str) -> tuple[Sentence, ...]:
    """All sentences of ``text`` in order."""
    return tuple(s for p in paragraphs(text) for s in p.sentences)


@lru_cache(maxsize=8)
def _split_cached(text: str) -> tuple[Paragraph, ...]:
    result: list[Paragraph] = []
    for start, end in _paragraph_bounds(text):
        index = len(result)
        sents = tuple(_sentences_of(text, start, end, index))
        result.append(Paragraph(index, Span(start=start, end=end), text[start:end], sents))
    return tuple(result)


def _paragraph_bounds(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _sentences_of(text: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    for piece in sentenize(text[start:end]):
        for s, e in _chunks(piece.start, piece.stop):
            yield Sentence(Span(start=start + s, end=start + e), text[start + s : start + e], paragraph)


def _chunks(start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_SENTENCE:
        yield start, start + _MAX_SENTENCE
        start += _MAX_SENTENCE
    if end > start:
        yield start, end
