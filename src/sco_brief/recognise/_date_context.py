"""The year of a date that names none ("18 ноября", "по итогам восьми месяцев"), taken from its context.

Order of search: the same sentence, the same paragraph, the neighbouring sentences, the article date
(``published``), then the whole text (the year of its first full date, else its most frequent year).
A months-to-date period reports the past, so a context year later than the article's year is skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Sequence

import attrs

from sco_brief.recognise._date_periods import Raw, build_period, needs_year
from sco_brief.segment import Sentence, sentences

__all__ = ["Inferred", "infer_years"]

_SINGLE_YEAR_KINDS = ("day", "day_range", "month", "months_to_date", "quarter", "half", "year")


@attrs.frozen
class Inferred:
    """The year found for a Raw (None when there is none) and where it came from."""

    year: int | None
    source: str  # "sentence", "paragraph", "neighbour", "published", "document" or "none"


@attrs.frozen
class _Known:
    position: int
    year: int
    sentence: int
    full_date: bool


def infer_years(text: str, raws: Sequence[Raw], published: dt.date | None) -> list[Inferred | None]:
    """For each Raw: None when it names its own year (or needs none), else the inferred year."""
    sents = sentences(text) if any(needs_year(r) for r in raws) else ()
    starts = [s.span.start for s in sents]
    known = [
        _Known(r.start, year, _index(starts, r.start), r.kind.startswith("day"))
        for r in raws
        if r.kind in _SINGLE_YEAR_KINDS and (year := r.y2 if r.y2 is not None else r.y1) is not None
    ]
    ceiling = published.year if published else _document_year(known, full_only=True)
    return [
        _infer(r, _index(starts, r.start), sents, known, published, ceiling) if needs_year(r) else None for r in raws
    ]


def _index(starts: list[int], position: int) -> int:
    return max(0, bisect.bisect_right(starts, position) - 1)


def _infer(
    raw: Raw,
    sentence: int,
    sents: Sequence[Sentence],
    known: list[_Known],
    published: dt.date | None,
    ceiling: int | None,
) -> Inferred:
    usable = [k for k in known if raw.kind != "months_to_date" or ceiling is None or k.year <= ceiling]
    paragraph = sents[sentence].paragraph if sents else -1
    steps = (
        ("sentence", [k for k in usable if k.sentence == sentence]),
        ("paragraph", [k for k in usable if sents and sents[k.sentence].paragraph == paragraph]),
        (
            "neighbour",
            [k for k in usable if k.sentence == sentence - 1] or [k for k in usable if k.sentence == sentence + 1],
        ),
    )
    for source, candidates in steps:
        if candidates:
            return Inferred(min(candidates, key=lambda k: abs(k.position - raw.start)).year, source)
    if published is not None:
        return Inferred(_from_published(raw, published), "published")
    year = _document_year(usable, full_only=False)
    return Inferred(year, "document" if year is not None else "none")


def _from_published(raw: Raw, published: dt.date) -> int:
    """The article's year, or the one before when the period would end after the article."""
    if raw.kind in ("day", "day_range"):
        # The day nearest the article: "29 декабря" in an article of 3 January is last year's.
        options = [y for y in (published.year - 1, published.year, published.year + 1) if _ends(raw, y)]
        return min(options, key=lambda y: abs((_ends(raw, y) or published) - published), default=published.year)
    end = _ends(raw, published.year)
    if raw.kind == "months_to_date" and end is not None and end > published:
        return published.year - 1
    return published.year


def _ends(raw: Raw, year: int) -> dt.date | None:
    period = build_period(raw, year)
    return period.end if period is not None else None


def _document_year(known: list[_Known], *, full_only: bool) -> int | None:
    full = [k for k in known if k.full_date]
    if full:
        return min(full, key=lambda k: k.position).year
    if full_only or not known:
        return None
    counts = Counter(k.year for k in known)
    return max(counts, key=lambda y: (counts[y], -min(k.position for k in known if k.year == y)))
