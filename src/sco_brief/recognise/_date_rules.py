"""Small named date rules (a regex over the masked text plus a builder) and how their matches combine.

Every rule reads all its ``finditer`` matches over the whole masked text (found for all rules at once
by ``_date_scan``); overlapping readings are then resolved leftmost-longest, and on a tie the rule
listed first wins, so each rule's name says which one fired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

import attrs

from sco_brief.recognise._date_lexicon import MASK
from sco_brief.recognise._date_numerals import Masked
from sco_brief.recognise._date_periods import Raw, needs_year
from sco_brief.recognise._date_starts import matches, start_class

__all__ = ["Match", "Rule", "attach_relative_years", "number", "select", "year_of"]


@attrs.frozen
class Match:
    """A regex match over the masked text, with the numerals behind its masks."""

    m: re.Match[str]
    masked: Masked
    rule: str = ""  # the name of the rule that matched, for the Raw its builder makes

    def group(self, name: str | int) -> str | None:
        try:
            return self.m.group(name)
        except IndexError:
            return None

    def start(self, name: str | int = 0) -> int:
        return self.m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self.m.end(name)

    def number(self, name: str) -> Decimal | None:
        """The value of a digit or masked-numeral group, or None."""
        return number(self, name)

    def ordinal(self, name: str) -> bool:
        found = self.masked.numerals.get(self.m.start(name))
        return found is not None and found.ordinal

    def preceding(self, width: int, name: str | int = 0) -> str:
        """Up to ``width`` characters of the masked text before the match (or group)."""
        start = self.m.start(name)
        return self.masked.text[max(0, start - width) : start]


Builder = Callable[[Match], Raw | None]


@attrs.frozen
class Rule:
    """A named pattern and the builder that reads its match (returning None to reject it)."""

    name: str
    pattern: re.Pattern[str]
    build: Builder

    def find(self, masked: Masked) -> Iterator[Raw]:
        # Most rules start with a digit or a masked numeral: try the pattern only where one stands.
        return self.read(matches(self.pattern, start_class(self.pattern), masked.text), masked)

    def read(self, found: Iterable[re.Match[str]], masked: Masked) -> Iterator[Raw]:
        """The readings of this rule's matches ``found`` over ``masked``."""
        for m in found:
            raw = self.build(Match(m, masked, self.name))
            if raw is not None and raw.end > raw.start:
                yield raw


def number(match: Match, name: str) -> Decimal | None:
    text = match.group(name)
    if not text:
        return None
    if text.isdecimal() and text.isascii():
        return Decimal(text)
    if text == MASK * len(text):
        found = match.masked.numerals.get(match.start(name))
        if found is not None and found.end == match.end(name):
            return found.value
    return None


def small_int(match: Match, name: str, low: int, high: int) -> int | None:
    """The group's value when it is a whole number within ``low..high``."""
    value = number(match, name)
    if value is None or value != value.to_integral_value() or not low <= value <= high:
        return None
    return int(value)


def year_of(text: str | None, after: int | None = None) -> int | None:
    """A year from four digits, or from two ("2024-25") completed after the year ``after``."""
    if not text or not text.isascii() or not text.isdecimal():
        return None
    if len(text) == 4:
        return int(text)
    if len(text) == 2 and after is not None:
        year = after // 100 * 100 + int(text)
        return year if year > after else year + 100
    return None


# Sign of the shift per relative meaning; the count gives its size ("позапрошлого года": -2).
_YEAR_SHIFTS = {"this_year": 0, "prev_year": -1, "next_year": 1}


def attach_relative_years(raws: list[Raw], text: str, link: str) -> list[Raw]:
    """Join a yearless part of a year to a relative year after it: "девять месяцев" + "текущего года".

    Args:
        link: regex of what may stand between the two ("\\s+", or "\\s+(?:of\\s+)?" in English).
    """
    result: list[Raw] = []
    for raw in raws:
        previous = result[-1] if result else None
        shift = _YEAR_SHIFTS.get(raw.relative[0]) if raw.relative else None
        if (
            previous is not None
            and shift is not None
            and needs_year(previous)
            and previous.kind != "year"
            and re.fullmatch(link, text[previous.end : raw.start], re.IGNORECASE)
        ):
            count = raw.relative[1] if raw.relative else 0
            result[-1] = attrs.evolve(previous, end=raw.end, year_shift=shift * count)
            continue
        result.append(raw)
    return result


def select(raws: Iterable[Raw]) -> list[Raw]:
    """Non-overlapping readings: leftmost first, then longest, then the earlier rule."""
    ordered = sorted(enumerate(raws), key=lambda item: (item[1].start, -item[1].end, item[0]))
    chosen: list[Raw] = []
    position = -1
    for _, raw in ordered:
        if raw.start >= position:
            chosen.append(raw)
            position = raw.end
    return chosen
