"""What the metrics extractor reads: mention protocols and a tokenised view of one sentence.

The extractor depends on the shape of the recognisers' mentions, not on their classes, so it
can be tested with hand-made mentions and survives additive changes to the recognisers.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

import attrs

from sco_brief.extract._metric_cues import Token, cues_for, tokens
from sco_brief.model import Period, Span

__all__ = ["DateLike", "NumberLike", "SentenceView", "view_of"]


class NumberLike(Protocol):
    """The fields of ``recognise.numbers.NumberMention`` that metrics read."""

    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def kind(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def approx(self) -> bool: ...
    @property
    def bound(self) -> str | None: ...
    @property
    def low(self) -> Decimal | None: ...
    @property
    def from_to(self) -> bool: ...
    @property
    def noun(self) -> str | None: ...


class DateLike(Protocol):
    """The fields of ``recognise.dates.DateMention`` that metrics read."""

    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def period(self) -> Period | None: ...


_HARD_BREAKS = frozenset({";", ":"})
_BREAK_MARKS = _HARD_BREAKS | {","}


@attrs.frozen
class SentenceView:
    """One sentence as tokens with clause boundaries (token index ranges)."""

    span: Span
    paragraph: int
    tokens: tuple[Token, ...]
    clauses: tuple[tuple[int, int], ...]
    lang: str
    # Joined words per token range: the period rules search the same clause for several phrase lists.
    _joined: dict[tuple[int, int], str] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def token_range(self, span: Span) -> tuple[int, int]:
        """Indices ``[i, j)`` of the tokens overlapping ``span`` (empty range at its place if none)."""
        # Tokens are in order and do not overlap, so their starts and ends both rise: bisect.
        i = bisect.bisect_right(self.tokens, span.start, key=_END)
        return i, bisect.bisect_left(self.tokens, span.end, lo=i, key=_START)

    def clause_of(self, index: int) -> tuple[int, int]:
        """The clause (token index range) holding token ``index``."""
        for start, end in self.clauses:
            if start <= index < end:
                return start, end
        return (0, len(self.tokens))

    def joined(self, lo: int, hi: int) -> str:
        """The lower-case tokens ``[lo, hi)`` joined by spaces, with a space before and after."""
        key = (lo, hi)
        found = self._joined.get(key)
        if found is None:
            found = self._joined[key] = " " + " ".join([t.lower for t in self.tokens[lo:hi]]) + " "
        return found

    def words(self, start: int, end: int) -> Sequence[Token]:
        return self.tokens[start if start > 0 else 0 : end if end > 0 else 0]


# C-level keys: token_range runs a few times per figure, each bisect calls its key a few times.
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _clauses(toks: tuple[Token, ...], openers: frozenset[str], always: frozenset[str]) -> tuple[tuple[int, int], ...]:
    bounds: list[tuple[int, int]] = []
    start = 0
    # Only breaks, commas and "always" openers can end a clause: visit just those tokens.
    marks = [i for i, tok in enumerate(toks) if tok.text in _BREAK_MARKS or tok.lower in always]
    for i in marks:
        tok = toks[i]
        opener = tok.text == "," and i + 1 < len(toks) and toks[i + 1].lower in openers
        if tok.text in _HARD_BREAKS or opener:
            if i > start:
                bounds.append((start, i))
            start = i + 1
        elif tok.lower in always and i > start:
            bounds.append((start, i))
            start = i
    if start < len(toks):
        bounds.append((start, len(toks)))
    return tuple(bounds) or ((0, 0),)


def view_of(text: str, span: Span, paragraph: int, lang: str) -> SentenceView:
    """Tokenise the sentence ``text[span]`` of a document."""
    toks = tokens(span.slice(text), span.start, lang)
    cues = cues_for(lang)
    clauses = _clauses(toks, cues.openers, cues.always_opens)
    return SentenceView(span=span, paragraph=paragraph, tokens=toks, clauses=clauses, lang=lang)
