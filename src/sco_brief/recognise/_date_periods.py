"""Raw date readings and how each becomes a calendar ``Period`` with a human label.

A rule yields a :class:`Raw` (what the words say, possibly without a year); once the year is known,
:func:`build_period` turns it into ``Period(start, end, label)``. Impossible dates give None.
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

from sco_brief.model import Period

__all__ = ["MONTH_ABBR", "Raw", "build_period", "needs_year", "resolve_meaning"]

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Kinds whose period is read from the calendar fields of a Raw.
_CALENDAR_KINDS = ("day", "day_range", "month", "months_to_date", "quarter", "half", "year", "year_range")


@attrs.frozen(kw_only=True)
class Raw:
    """What one rule read: calendar fields (months 1..12), or a relative meaning, or a duration."""

    start: int
    end: int
    kind: str
    rule: str
    d1: int | None = None
    m1: int | None = None
    y1: int | None = None
    d2: int | None = None
    m2: int | None = None
    y2: int | None = None
    relative: tuple[str, int] | None = None
    months: int | None = None
    # Month a fiscal year starts in; 0 for a fiscal year whose convention is unknown.
    fiscal: int | None = None
    # The year is the article's year plus this ("девять месяцев текущего года": 0; "прошлого года": -1).
    year_shift: int | None = None


def needs_year(raw: Raw) -> bool:
    """Whether the Raw is a calendar reading that names no year of its own."""
    return raw.kind in _CALENDAR_KINDS and raw.y2 is None and raw.y1 is None and raw.year_shift is None


def build_period(raw: Raw, year: int | None = None, *, inferred: bool = False) -> Period | None:
    """The period of ``raw``, with ``year`` filling in a missing year; None if impossible or unknown."""
    if raw.kind not in _CALENDAR_KINDS or raw.fiscal == 0:
        return None
    y2 = raw.y2 if raw.y2 is not None else raw.y1 if raw.y1 is not None else year
    if y2 is None:
        return None
    try:
        period = _calendar_period(raw, y2)
    except ValueError:  # 31 February, month 13, year 0: not a date
        return None
    if period is not None and inferred:
        period = attrs.evolve(period, label=f"{period.label} (year inferred)")
    return period


def _calendar_period(raw: Raw, y2: int) -> Period | None:
    if raw.kind in ("year", "year_range"):
        return _years(raw.y1 if raw.y1 is not None else y2, y2, raw.fiscal)
    m1, m2 = raw.m1 or 1, raw.m2 or raw.m1 or 12
    if raw.kind != "day" and raw.kind != "day_range":
        return _months(y2, m1, m2, raw.kind)
    d1, d2 = raw.d1 or 1, raw.d2 or raw.d1 or 1
    # A range over New Year names its year once: "30 декабря – 2 января 2025 года" starts the year
    # before, "с 30 декабря 2024 года по 2 января" ends the year after.
    turn = (m2, d2) < (m1, d1)
    if raw.y2 is None and raw.y1 is not None:
        y2 = raw.y1 + 1 if turn else raw.y1
    y1 = raw.y1 if raw.y1 is not None else y2 - 1 if turn else y2
    start, end = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    if start > end or (end - start).days > 366:
        return None  # "с 5 по 3 мая": the ends are the wrong way round, so this is no range
    return Period(start=start, end=end, label=_day_label(start, end))


def _day_label(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start.day} {MONTH_ABBR[start.month]} {start.year}"
    if start.year != end.year:
        return f"{start.day} {MONTH_ABBR[start.month]} {start.year} – {end.day} {MONTH_ABBR[end.month]} {end.year}"
    if start.month != end.month:
        return f"{start.day} {MONTH_ABBR[start.month]} – {end.day} {MONTH_ABBR[end.month]} {end.year}"
    return f"{start.day}–{end.day} {MONTH_ABBR[end.month]} {end.year}"


def _months(year: int, m1: int, m2: int, kind: str) -> Period | None:
    if m2 < m1:
        return None
    start, end = dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1])
    if kind == "quarter":
        label = f"Q{m2 // 3} {year}"
    elif kind == "half":
        label = f"H{m2 // 6} {year}"
    elif m1 == m2:
        label = f"{MONTH_ABBR[m1]} {year}"
    else:
        label = f"{MONTH_ABBR[m1]}–{MONTH_ABBR[m2]} {year}"
    return Period(start=start, end=end, label=label)


def _years(y1: int, y2: int, fiscal: int | None) -> Period | None:
    if y2 < y1 or not 1 <= y1 <= 9998:
        return None
    if fiscal is None or fiscal == 1:
        label = str(y1) if y1 == y2 else f"{y1}–{y2}"
        return Period(start=dt.date(y1, 1, 1), end=dt.date(y2, 12, 31), label=label)
    last = fiscal - 1
    start, end = dt.date(y1, fiscal, 1), dt.date(y2, last, calendar.monthrange(y2, last)[1])
    label = f"FY {y1}–{y2 % 100:02d} ({MONTH_ABBR[fiscal]} {y1} – {MONTH_ABBR[last]} {y2})"
    return Period(start=start, end=end, label=label)


def resolve_meaning(meaning: str, count: int, anchor: dt.date) -> Period | None:
    """The period a relative meaning ("prev_year", 1) has when said on ``anchor``."""
    try:
        return _resolve(meaning, count, anchor)
    except (ValueError, OverflowError):  # anchors at the ends of the calendar
        return None


def _resolve(meaning: str, count: int, anchor: dt.date) -> Period | None:
    year = anchor.year
    if meaning in ("prev_year", "this_year", "next_year"):
        shift = {"prev_year": -count, "this_year": 0, "next_year": count}[meaning]
        return _years(year + shift, year + shift, None)
    if meaning == "last_years":
        return _years(year - count, year - 1, None) if count > 0 else None
    if meaning == "year_to_date":
        return _day_span(dt.date(year, 1, 1), anchor)
    if meaning in ("prev_month", "this_month"):
        index = year * 12 + anchor.month - 1 - (count if meaning == "prev_month" else 0)
        return _months(index // 12, index % 12 + 1, index % 12 + 1, "month")
    if meaning == "prev_week":
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7 * count)
        return _day_span(monday, monday + dt.timedelta(days=6))
    return _resolve_day(meaning, count, anchor)


def _resolve_day(meaning: str, count: int, anchor: dt.date) -> Period | None:
    if meaning == "today":
        day = anchor
    elif meaning in ("yesterday", "day_before_yesterday"):
        day = anchor - dt.timedelta(days=count)
    elif meaning == "tomorrow":
        day = anchor + dt.timedelta(days=count)
    elif meaning == "weekday" and 0 <= count <= 6:
        day = anchor - dt.timedelta(days=(anchor.weekday() - count) % 7)
    else:
        return None
    return _day_span(day, day)


def _day_span(start: dt.date, end: dt.date) -> Period:
    return Period(start=start, end=end, label=_day_label(start, end))
