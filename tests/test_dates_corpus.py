"""The dates recogniser on the dev corpus: gold meeting dates and metric periods found among its periods."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import pytest

from sco_brief.recognise.dates import find_dates, resolve_relative

# Raise this as the recogniser improves: it is every gold meeting date and metric period of the corpus.
FLOOR = 87


def _edge(value: str, *, last: bool) -> dt.date:
    """The first (or last) day of a gold period bound: YYYY, YYYY-MM or YYYY-H1/H2."""
    if "-H" in value:
        year, half = value.split("-H")
        month = 6 * int(half) if last else 6 * int(half) - 5
    elif "-" in value:
        year, month_text = value.split("-")
        month = int(month_text)
    else:
        year, month = value, 12 if last else 1
    day = calendar.monthrange(int(year), month)[1] if last else 1
    return dt.date(int(year), month, day)


def gold_period(value: str) -> tuple[dt.date, dt.date]:
    first, _, second = value.partition("/")
    return _edge(first, last=False), _edge(second or first, last=True)


def _wanted(gold: dict[str, Any]) -> list[tuple[str, tuple[dt.date, dt.date]]]:
    meeting = gold["meeting"]
    wanted = []
    if meeting.get("date_start"):
        start = dt.date.fromisoformat(meeting["date_start"])
        wanted.append(("meeting", (start, dt.date.fromisoformat(meeting.get("date_end") or meeting["date_start"]))))
    wanted += [(m["period"], gold_period(m["period"])) for m in gold["metrics"] if m.get("period")]
    return wanted


def _score(doc_id: str, text: str, gold: dict[str, Any]) -> tuple[int, int, int, list[str]]:
    """(found, found only through the meeting date, total, misses) for one document."""
    published = dt.date.fromisoformat(gold["article_date"]) if gold.get("article_date") else None
    mentions = list(find_dates(text, gold["lang"], published=published))
    periods = {(m.period.start, m.period.end) for m in mentions if m.period}
    # With no article date, relative periods resolve against the meeting date, as the corpus README
    # does it ("за последние N лет" = N whole years before the meeting year) and the extractors will.
    anchor = gold["meeting"].get("date_start")
    anchored = set()
    if anchor:
        for mention in mentions:
            period = resolve_relative(mention, dt.date.fromisoformat(anchor)) if mention.period is None else None
            if period is not None:
                anchored.add((period.start, period.end))
    found = via_anchor = 0
    misses = []
    for name, period in _wanted(gold):
        if period in periods:
            found += 1
        elif period in anchored:
            via_anchor += 1
        else:
            misses.append(f"{doc_id} {name}")
    return found, via_anchor, len(_wanted(gold)), misses


def test_dev_corpus_gold_dates_and_periods(dev_corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Report how many gold meeting dates and metric periods the recogniser finds; all unambiguous ones must be."""
    found = via_anchor = total = 0
    misses: list[str] = []
    for doc_id, text, gold in dev_corpus:
        f, a, t, m = _score(doc_id, text, gold)
        found, via_anchor, total, misses = found + f, via_anchor + a, total + t, misses + m
    print(
        f"\ndates on the dev corpus: {found}/{total} found, {via_anchor} more through the meeting date;",
        f"missed: {misses}",
    )
    assert found + via_anchor >= FLOOR, misses
    assert [] == misses


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        ("2020/2024", (dt.date(2020, 1, 1), dt.date(2024, 12, 31))),
        ("2025-01/2025-09", (dt.date(2025, 1, 1), dt.date(2025, 9, 30))),
        ("2025-H1", (dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
        ("2024-07/2025-06", (dt.date(2024, 7, 1), dt.date(2025, 6, 30))),
    ],
)
def test_gold_period_format(value: str, expected: tuple[dt.date, dt.date]) -> None:
    """The gold period notation of the corpus README reads as the intended calendar interval."""
    assert expected == gold_period(value)
