"""Native Excel charts of the figures: bars of percent and multiple figures, a line of a subject over time.

The chart data go on the Charts sheet (charts must point at cells), in bounded amounts, so a
workbook of 100,000 metrics keeps a readable chart and flat memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sco_brief.export._xlsx_cells import clean, text_cell
from sco_brief.model import Meeting, Metric

__all__ = ["ChartData"]

MAX_BARS = 30
MAX_LINES = 3
MAX_POINTS = 24
# Subjects followed for the line chart; further new subjects are not tracked (memory stays bounded).
MAX_SUBJECTS = 2000
_LABEL_LENGTH = 48
_SPACES = re.compile(r"\s+")


@attrs.define
class _Point:
    order: tuple[dt.date, int]
    label: str
    value: float
    meeting: str


@attrs.define
class ChartData:
    """Collects what the charts show while the metrics stream past."""

    percent: list[tuple[str, float]] = attrs.field(factory=list)
    times: list[tuple[str, float]] = attrs.field(factory=list)
    series: dict[tuple[str, str | None], list[_Point]] = attrs.field(factory=dict)
    titles: dict[tuple[str, str | None], str] = attrs.field(factory=dict)

    def add(self, key: str, index: int, meeting: Meeting, metric: Metric) -> None:
        """Note one metric of meeting ``key`` (the ``index``-th meeting)."""
        value = float(metric.value.value)
        label = _short(metric.subject)
        bars = {"percent": self.percent, "times": self.times}.get(metric.value.unit or "")
        if bars is not None and len(bars) < MAX_BARS:
            bars.append((f"{label} ({key})", value))
        subject = (_SPACES.sub(" ", metric.subject.strip()).casefold(), metric.value.unit)
        points = self.series.get(subject)
        if points is None:
            if len(self.series) >= MAX_SUBJECTS:
                return
            points = self.series[subject] = []
            self.titles[subject] = label
        if len(points) < MAX_POINTS:
            points.append(_point(key, index, meeting, metric, value))

    def lines(self) -> list[tuple[str, list[_Point]]]:
        """Subjects with figures at two or more moments (meetings or periods), the most moments first.

        Of two figures for the same moment the later one is kept: a later report revises an earlier one.
        """
        moments = {subject: {p.label: p for p in points} for subject, points in self.series.items()}
        ranked = sorted((s for s in moments if len(moments[s]) >= 2), key=lambda s: -len(moments[s]))[:MAX_LINES]
        return [(self.titles[s], sorted(moments[s].values(), key=lambda p: p.order)) for s in ranked]

    def write(self, ws: WriteOnlyWorksheet) -> None:
        """Write the chart data to ``ws`` and anchor the charts beside it."""
        ws.column_dimensions["A"].width = 50
        ws.column_dimensions["B"].width = 14
        row = 1
        blocks: list[tuple[str, str, list[tuple[str, float]], bool]] = [
            ("Percent figures", "%", self.percent, False),
            ("Multiples", "times", self.times, False),
        ]
        blocks += [
            (f"{title} over time", "value", [(p.label, p.value) for p in pts], True) for title, pts in self.lines()
        ]
        if not any(rows for _, _, rows, _ in blocks):
            ws.append([text_cell(ws, "No percent or multiple figures, and no subject with figures at two moments.")])
            return
        for title, axis, rows, is_line in blocks:
            if rows:
                _write_block(ws, title, rows)
                ws.add_chart(_chart(ws, row, title, axis, len(rows), is_line), f"E{row}")
                # A chart is about 15 rows tall; empty rows keep the next block clear of it.
                height = max(len(rows) + 3, 22)
                for _ in range(height - len(rows) - 1):
                    ws.append([])
                row += height


def _short(text: str) -> str:
    text = _SPACES.sub(" ", clean(text)).strip() or "?"
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1] + "…"


def _point(key: str, index: int, meeting: Meeting, metric: Metric, value: float) -> _Point:
    if metric.period is not None:
        return _Point((metric.period.end, index), _short(metric.period.label), value, key)
    day = meeting.start or (meeting.source.published if meeting.source else None)
    label = f"{day.isoformat()} ({key})" if day else key
    return _Point((day or dt.date.max, index), label, value, key)


def _write_block(ws: WriteOnlyWorksheet, title: str, rows: Iterable[tuple[str, float]]) -> None:
    ws.append([text_cell(ws, title), text_cell(ws, "Value")])
    for label, value in rows:
        ws.append([text_cell(ws, label), value])


def _chart(ws: WriteOnlyWorksheet, row: int, title: str, axis: str, count: int, is_line: bool) -> BarChart | LineChart:
    chart: BarChart | LineChart
    if is_line:
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "bar"
    chart.title = title
    chart.style = 10
    chart.y_axis.title = axis
    chart.legend = None
    # openpyxl marks axes deleted by default; recent Excel then hides them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = max(7.5, min(0.5 * count + 2, 30))
    chart.width = 18
    chart.add_data(Reference(ws, min_col=2, min_row=row, max_row=row + count), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=row + 1, max_row=row + count))
    return chart
