"""Metric quality on the development corpus: precision, recall, F1, period and kind accuracy.

A predicted metric matches a gold one when the values agree within 0.5% and the units agree;
each is matched at most once. Run with ``-s`` to see every document's misses and extras. The
floors only ever go up: raise them when the extractor improves.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest

from sco_brief.model import Metric, Period
from sco_brief.pipeline import extract

F1_FLOOR = 0.95
PERIOD_FLOOR = 0.95
KIND_FLOOR = 0.95
TOLERANCE = Decimal("0.005")


def gold_period(label: str | None) -> tuple[dt.date, dt.date] | None:
    """The calendar interval of a gold period string (YYYY, YYYY/YYYY, YYYY-MM/YYYY-MM, YYYY-H1)."""
    if label is None:
        return None
    if match := re.fullmatch(r"(\d{4})-H([12])", label):
        year, half = int(match[1]), int(match[2])
        return (
            (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
        )
    first, _, last = label.partition("/")
    last = last or first
    return _month_or_year(first, start=True), _month_or_year(last, start=False)


def _month_or_year(text: str, *, start: bool) -> dt.date:
    if len(text) == 4:
        return dt.date(int(text), 1, 1) if start else dt.date(int(text), 12, 31)
    year, month = int(text[:4]), int(text[5:7])
    return dt.date(year, month, 1) if start else dt.date(year, month, calendar.monthrange(year, month)[1])


def same_period(gold: str | None, period: Period | None) -> bool:
    """Whether a predicted period is the gold one."""
    expected = gold_period(gold)
    actual = None if period is None else (period.start, period.end)
    return expected == actual


def _matches(gold: dict[str, Any], metric: Metric) -> bool:
    expected = Decimal(str(gold["value"]))
    close = abs(metric.value.value - expected) <= TOLERANCE * abs(expected)
    return close and gold["unit"] == metric.value.unit


def match_metrics(golds: list[dict[str, Any]], predicted: tuple[Metric, ...]) -> list[tuple[dict[str, Any], Metric]]:
    """Greedy one-to-one matching, gold in order, each prediction used once."""
    free = list(predicted)
    pairs = []
    for gold in golds:
        found = next((m for m in free if _matches(gold, m)), None)
        if found is not None:
            free.remove(found)
            pairs.append((gold, found))
    return pairs


def test_gold_period_reads_every_format() -> None:
    """The gold period formats read as calendar intervals."""
    assert (dt.date(2025, 1, 1), dt.date(2025, 6, 30)) == gold_period("2025-H1")
    assert (dt.date(2024, 4, 1), dt.date(2025, 3, 31)) == gold_period("2024-04/2025-03")
    assert (dt.date(2020, 1, 1), dt.date(2024, 12, 31)) == gold_period("2020/2024")
    assert (dt.date(2030, 1, 1), dt.date(2030, 12, 31)) == gold_period("2030")
    assert gold_period(None) is None


def _report(doc_id: str, golds: list[dict[str, Any]], predicted: tuple[Metric, ...], pairs: list[Any]) -> None:
    matched_gold = [id(g) for g, _ in pairs]
    matched_pred = [id(m) for _, m in pairs]
    for gold in golds:
        if id(gold) not in matched_gold:
            print(f"{doc_id} MISS  {gold['kind']} {gold['value']} {gold['unit']} | {gold['evidence']}")
    for metric in predicted:
        if id(metric) not in matched_pred:
            print(f"{doc_id} EXTRA {metric.kind} {metric.value.value} {metric.value.unit} | {metric.subject}")
    for gold, metric in pairs:
        if not same_period(gold["period"], metric.period) or gold["kind"] != metric.kind:
            label = None if metric.period is None else metric.period.label
            print(f"{doc_id} DIFF  {gold['value']} kind {gold['kind']}/{metric.kind} period {gold['period']}/{label}")


def test_dev_corpus_metric_scores(dev_corpus: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Metric F1, period accuracy and kind accuracy on the dev corpus stay above their floors."""
    n_gold = n_pred = n_match = n_period = n_kind = 0
    for doc_id, text, gold in dev_corpus:
        predicted = extract(text).metrics
        pairs = match_metrics(gold["metrics"], predicted)
        _report(doc_id, gold["metrics"], predicted, pairs)
        n_gold, n_pred, n_match = n_gold + len(gold["metrics"]), n_pred + len(predicted), n_match + len(pairs)
        n_period += sum(same_period(g["period"], m.period) for g, m in pairs)
        n_kind += sum(g["kind"] == m.kind for g, m in pairs)
    precision, recall = n_match / max(n_pred, 1), n_match / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    period_accuracy, kind_accuracy = n_period / max(n_match, 1), n_kind / max(n_match, 1)
    print(
        f"\nmetrics P={precision:.3f} R={recall:.3f} F1={f1:.3f} period={period_accuracy:.3f} kind={kind_accuracy:.3f}"
    )
    assert f1 >= F1_FLOOR, f"F1 {f1:.3f} fell below {F1_FLOOR}"
    assert period_accuracy >= PERIOD_FLOOR, f"period accuracy {period_accuracy:.3f} fell below {PERIOD_FLOOR}"
    assert kind_accuracy >= KIND_FLOOR, f"kind accuracy {kind_accuracy:.3f} fell below {KIND_FLOOR}"


@pytest.mark.parametrize(
    ("gold", "start", "end", "expected"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), True),
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30), False),
        (None, None, None, True),
    ],
)
def test_same_period_compares_intervals(
    gold: str | None, start: dt.date | None, end: dt.date | None, expected: bool
) -> None:
    """A predicted period equals a gold one only when both bounds agree."""
    period = None if start is None or end is None else Period(start=start, end=end, label="x")
    assert expected == same_period(gold, period)
