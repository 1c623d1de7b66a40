"""Exports: XLSX of 100,000 metrics vs XlsxWriter constant_memory; DOCX figures table vs python-docx add_row."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks._common import Row, row

if TYPE_CHECKING:
    from sco_brief.model import Meeting


def synthetic_meeting(n_metrics: int) -> Meeting:
    """A Meeting with ``n_metrics`` figures, each quoting its own sentence of one long source."""
    from sco_brief.model import Evidence, Meeting, Metric, Period, Quantity, Source, Span

    sentence = "Товарооборот со странами ШОС вырос на {} процента. "
    parts, spans, pos = [], [], 0
    for i in range(n_metrics):
        s = sentence.format(i % 97)
        parts.append(s)
        spans.append((pos, pos + len(s) - 1))
        pos += len(s)
    text = "".join(parts)
    period = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), label="2024")
    metrics = [
        Metric(
            subject="товарооборот со странами ШОС",
            kind="change",
            value=Quantity(value=Decimal(i % 97), unit="percent"),
            evidence=Evidence(source_id="s", span=Span(start=a, end=b), quote=text[a:b]),
            period=period, direction="up", actor="KG",
        )
        for i, (a, b) in enumerate(spans)
    ]
    return Meeting(sources=(Source(id="s", text=text, lang="ru"),), body="sco.heads_of_government", metrics=metrics)


def xlsxwriter_same_cells(meeting: Meeting, path: Path) -> None:
    """XlsxWriter in constant_memory mode writing the cells our Metrics sheet holds."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Metrics")
    for r, m in enumerate(meeting.metrics):
        sheet.write_row(r, 0, [
            "m1", m.subject, m.kind, float(m.value.value), m.value.unit, None,
            m.period.start, m.period.end, m.period.label, m.approx, m.bound, m.actor, m.initiative,
            m.evidence.quote, m.evidence.source_id, m.evidence.span.start, m.evidence.span.end,
        ])
    book.close()


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _xlsx_rows(quick: bool, tmp: Path) -> list[Row]:
    import sco_brief

    n = 5_000 if quick else 100_000
    meeting = synthetic_meeting(n)
    ours = _timed(lambda: sco_brief.write_xlsx([meeting], tmp / "ours.xlsx", overwrite=True))
    try:
        theirs = _timed(lambda: xlsxwriter_same_cells(meeting, tmp / "theirs.xlsx"))
    except ImportError:
        theirs = None
    small = n // 10
    growth_small, growth_big = _xlsx_memory_growth(small, tmp), _xlsx_memory_growth(n, tmp)
    return [
        row(f"xlsx: write {n:,} metrics", ours, "s", anchor=theirs, anchor_name="XlsxWriter constant_memory",
            higher_is_better=False, note="goal: ratio ≥ 0.67 (within 1.5×)"),
        row(f"xlsx: peak memory while writing {n:,} metrics", growth_big, "MB", anchor=growth_small,
            anchor_name=f"same for {small:,}", higher_is_better=False,
            note="flat = ratio ≈ 1 (the meeting itself is built before the measure)"),
    ]


# In a fresh process: build the meeting and import the writer (openpyxl's modules are a one-time cost,
# not memory that grows with the rows), then trace the peak of what writing it allocates on top.
_XLSX_MEMORY = (
    "import sys, tracemalloc; from pathlib import Path; import sco_brief; import sco_brief.export.xlsx;"
    "from benchmarks.bench_exports import synthetic_meeting;"
    "m = synthetic_meeting(int(sys.argv[1])); tracemalloc.start();"
    "sco_brief.write_xlsx([m], Path(sys.argv[2]), overwrite=True);"
    "print(tracemalloc.get_traced_memory()[1])"
)


def _xlsx_memory_growth(n: int, tmp: Path) -> float:
    """MB that writing ``n`` metrics allocates at its peak (Python heap, traced), in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _XLSX_MEMORY, str(n), str(tmp / f"memory{n}.xlsx")],
        check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent,
    )
    return int(out.stdout.strip()) / 2**20


def docx_add_row(n: int, path: Path) -> None:
    """A bare python-docx table of ``n`` rows grown by add_row(), which is quadratic in rows."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=6)
    for i in range(n):
        cells = table.add_row().cells
        for j, value in enumerate(("товарооборот", f"{i}%", "2024", "change", "", "KG")):
            cells[j].text = value
    document.save(str(path))


def _docx_rows(quick: bool, tmp: Path) -> list[Row]:
    import sco_brief

    sizes = (200, 800) if quick else (1_250, 5_000)
    ours = {n: _timed(lambda n=n: sco_brief.write_docx(synthetic_meeting(n), tmp / f"o{n}.docx", overwrite=True))
            for n in sizes}
    theirs = _timed(lambda: docx_add_row(sizes[0], tmp / "t.docx"))
    small, big = sizes
    return [
        row(f"docx: briefing with {big:,} figures", ours[big], "s", note=f"growth {big // small}x rows -> "
            f"{ours[big] / ours[small]:.1f}x time (linear = {big // small})"),
        row(f"docx: {small:,} rows", ours[small], "s", anchor=theirs, anchor_name="python-docx add_row()",
            higher_is_better=False, note="whole briefing vs bare table"),
    ]


def run(quick: bool = False) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        return _xlsx_rows(quick, tmp) + _docx_rows(quick, tmp)
