"""The year of a date that names none ("18 ноября", "по итогам восьми месяцев"), taken from its context.

Order of search: the same sentence, the same paragraph, the neighbouring sentences, the article date
(``published``), then the whole text. Two refinements keep it from grabbing the wrong year:

- a day or day range outside its own sentence takes only the years of full dates ("1 сентября
  2025 года"): bare years nearby are mostly reporting periods or plans, not the event's year; in its
  own sentence, a bare year earlier than the article's is skipped for the same reason;
- a months-to-date period reports the past, so a context year after the article's year is skipped
  (the article's year is ``published``, else the year of the text's first full date).

The whole-text fallback is the year of the first full date, else the latest year of a part of a year
("январь–октябрь 2025 года"), else the latest year that is no target ("к 2030 году", "на 2026 год").

A reporting year ("за 2025 год", "по итогам 2025 года") is a finished year whose results are being
reported, so it is the weakest cue for a day: a day never takes it from its context, and in the
whole-text fallback it stands for the year after it (a May meeting that sums up "за 2025 год" is
in 2026). A dateline or the article date (``published``) always outranks it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from sco_brief.recognise._date_periods import Raw, build_period, needs_year
from sco_brief.segment import sentences

__all__ = ["Inferred", "infer_years"]

_SINGLE_YEAR_KINDS = ("day", "day_range", "month", "months_to_date", "quarter", "half", "year")
_PARTS = ("months_to_date", "quarter", "half")


@attrs.frozen
class Inferred:
    """The year found for a Raw (None when there is none) and where it came from."""

    year: int | None
    source: str  # "sentence", "paragraph", "neighbour", "published", "document" or "none"


@attrs.frozen
class _Known:
    position: int
    year: int
    kind: str
    target: bool  # "к 2030 году": a plan's horizon says nothing of when the text was written
    reporting: bool = False  # "за 2025 год": a finished year being summed up, before the text's own

    @property
    def full_date(self) -> bool:
        return self.kind.startswith("day")


@attrs.frozen
class _Context:
    """Years named in the text, indexed by sentence and paragraph."""

    by_sentence: dict[int, list[_Known]]
    by_paragraph: dict[int, list[_Known]]
    paragraph_of: list[int]
    starts: list[int]
    document: int | None
    day_document: int | None
    ceiling: int | None
    published: dt.date | None

    def sentence_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)


def infer_years(
    text: str, raws: Sequence[Raw], published: dt.date | None, target: str, reporting: str = ""
) -> list[Inferred | None]:
    """For each Raw: None when it names its own year (or needs none), else the inferred year.

    Args:
        target: regex of the prepositions that make a year a target ("к", "до", "by").
        reporting: regex of the words that make a year a reporting period ("за", "по итогам").
    """
    if not any(needs_year(r) for r in raws):
        return [None] * len(raws)
    context = _context(text, raws, published, target, reporting)
    return [_infer(r, context) if needs_year(r) else None for r in raws]


def _context(text: str, raws: Sequence[Raw], published: dt.date | None, target: str, reporting: str) -> _Context:
    sents = sentences(text)
    starts = [s.span.start for s in sents]
    paragraph_of = [s.paragraph for s in sents]
    before = re.compile(rf"(?:^|[^\w])(?:{target})\s+$", re.IGNORECASE)
    summed = re.compile(rf"(?:^|[^\w])(?:{reporting})\s+$", re.IGNORECASE) if reporting else None
    known = [
        _Known(
            r.start,
            year,
            r.kind,
            bool(before.search(text[max(0, r.start - 12) : r.start])),
            r.kind == "year" and summed is not None and bool(summed.search(text[max(0, r.start - 16) : r.start])),
        )
        for r in raws
        if r.kind in _SINGLE_YEAR_KINDS and (year := r.y2 if r.y2 is not None else r.y1) is not None
    ]
    by_sentence: dict[int, list[_Known]] = defaultdict(list)
    by_paragraph: dict[int, list[_Known]] = defaultdict(list)
    for k in known:
        index = max(0, bisect.bisect_right(starts, k.position) - 1)
        by_sentence[index].append(k)
        by_paragraph[paragraph_of[index] if paragraph_of else 0].append(k)
    full = [k.year for k in known if k.full_date]
    document = _document_year(known)
    ceiling = published.year if published else full[0] if full else None
    day_document = _document_year([attrs.evolve(k, year=k.year + 1) if k.reporting else k for k in known])
    return _Context(by_sentence, by_paragraph, paragraph_of, starts, document, day_document, ceiling, published)


def _infer(raw: Raw, context: _Context) -> Inferred:
    sentence = context.sentence_at(raw.start)
    paragraph = context.paragraph_of[sentence] if context.paragraph_of else 0
    day = raw.kind in ("day", "day_range")
    steps = (
        ("sentence", context.by_sentence.get(sentence, [])),
        ("paragraph", context.by_paragraph.get(paragraph, [])),
        ("neighbour", context.by_sentence.get(sentence - 1, []) or context.by_sentence.get(sentence + 1, [])),
    )
    # A bare year before the article's in a day's own sentence is a reporting period ("18 ноября ...
    # итоги 2024 года"), not the day's year; a later one may be a plan ("в 2026 году ... 15 июня").
    floor = context.published.year if day and context.published is not None else None
    for source, found in steps:
        candidates = [
            k
            for k in found
            if _fits(raw, k, context.ceiling, day and source != "sentence", floor) and not (day and k.reporting)
        ]
        if candidates:
            return Inferred(min(candidates, key=lambda k: abs(k.position - raw.start)).year, source)
    if context.published is not None:
        return Inferred(_from_published(raw, context.published), "published")
    year = context.day_document if day else context.document
    if raw.kind == "months_to_date" and context.ceiling is not None and year is not None:
        year = min(year, context.ceiling)
    return Inferred(year, "document" if year is not None else "none")


def _fits(raw: Raw, known: _Known, ceiling: int | None, full_only: bool, floor: int | None) -> bool:
    if (full_only or (floor is not None and known.year < floor)) and not known.full_date:
        return False
    return raw.kind != "months_to_date" or ceiling is None or known.year <= ceiling


def _from_published(raw: Raw, published: dt.date) -> int:
    """The article's year, or the one before when the period would end after the article."""
    if raw.kind in ("day", "day_range"):
        # The day nearest the article ("29 декабря" in an article of 3 January is last year's), with
        # days ahead counted double: news reports what happened more often than what will.
        options = [y for y in (published.year - 1, published.year, published.year + 1) if _ends(raw, y)]
        return min(options, key=lambda y: _distance(_ends(raw, y) or published, published), default=published.year)
    end = _ends(raw, published.year)
    if raw.kind == "months_to_date" and end is not None and end > published:
        return published.year - 1
    return published.year


def _distance(day: dt.date, published: dt.date) -> int:
    days = (day - published).days
    return 2 * days if days > 0 else -days


def _ends(raw: Raw, year: int) -> dt.date | None:
    period = build_period(raw, year)
    return period.end if period is not None else None


def _document_year(known: list[_Known]) -> int | None:
    full = [k for k in known if k.full_date]
    if full:
        return full[0].year
    parts = [k.year for k in known if k.kind in _PARTS]
    if parts:
        return max(parts)
    plain = [k.year for k in known if not k.target]
    return max(plain) if plain else None
