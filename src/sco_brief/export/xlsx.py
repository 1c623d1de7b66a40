"""Excel workbook of the figures: typed, filterable, charted, and readable back by :func:`read_xlsx`.

Sheets: Metrics (an Excel Table, one row per figure), Meetings, Participants, Initiatives,
Sources (full texts), Charts (native charts) and About (version, settings, column dictionary).
openpyxl (write-only) writes the skeleton, styles, tables and charts; the data sheets' rows stream as
XML text (``_xlsx_xml``), so writing is fast and memory stays flat however many metrics there are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

import sco_brief
from sco_brief.errors import ExportError, InputError
from sco_brief.export._atomic import atomic_write
from sco_brief.export._rows import meeting_title
from sco_brief.export._xlsx_cells import CELL_LIMIT, CUT_MARK, exact_text, iter_parts, text_cell
from sco_brief.export._xlsx_charts import MAX_BARS, MAX_LINES, ChartData
from sco_brief.export._xlsx_columns import (
    ABOUT,
    CHARTS,
    DATA_SHEETS,
    FORMAT_VERSION,
    INITIATIVES,
    MEETINGS,
    METRICS,
    PARTICIPANTS,
    SOURCES,
    SheetSpec,
    safe_sheet_name,
)
from sco_brief.export._xlsx_xml import CellXml, SheetRows
from sco_brief.export._xlsx_zip import normalise_zip
from sco_brief.model import Evidence, Initiative, Meeting, Metric, Participant, Source

__all__ = ["write_xlsx"]

_FIXED_CREATED = dt.datetime(2000, 1, 1)
Row = list[str | None]


def write_xlsx(meetings: Meeting | Iterable[Meeting], path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write the figures of ``meetings`` (one Meeting or many) to an XLSX workbook at ``path``.

    The same input always gives the same bytes. Returns the path written.

    Raises:
        InputError: an item of ``meetings`` is not a Meeting.
        OutputExistsError: ``path`` exists and ``overwrite`` is False.
        ExportError: the file cannot be written.
    """
    items: Iterable[Meeting] = (meetings,) if isinstance(meetings, Meeting) else meetings

    def write(tmp: Path) -> None:
        fd, raw_name = tempfile.mkstemp(prefix=f".{tmp.name}.", suffix=".raw", dir=tmp.parent)
        os.close(fd)
        raw = Path(raw_name)
        try:
            with contextlib.ExitStack() as files:
                book = _Book(lambda: files.enter_context(tempfile.TemporaryFile(dir=tmp.parent)))
                _build(book, items).save(raw)
                normalise_zip(raw, tmp, book.spliced())
        finally:
            raw.unlink(missing_ok=True)

    try:
        return atomic_write(path, write, overwrite=overwrite)
    except (InputError, ExportError):
        raise
    except (ValueError, TypeError) as exc:
        # openpyxl refuses a value we did not foresee: report it as our error, not theirs.
        raise ExportError(f"{path}: cannot write the workbook: {exc}") from exc


class _Book:
    """The write-only workbook with its data sheets, filled one meeting at a time.

    openpyxl writes each data sheet's skeleton (columns, pane, table); its rows stream as XML text
    to a temporary file each and are spliced in when the zip is assembled.
    """

    def __init__(self, temporary: Callable[[], IO[bytes]]) -> None:
        self.wb = Workbook(write_only=True)
        self.wb.properties.creator = "sco_brief"
        self.wb.properties.created = _FIXED_CREATED
        self.sheets = {spec.name: self._data_sheet(spec) for spec in DATA_SHEETS}
        self.charts_ws = self.wb.create_sheet(safe_sheet_name(CHARTS))
        self.about_ws = self.wb.create_sheet(safe_sheet_name(ABOUT))
        self.cells = CellXml(self.about_ws)
        self.rows = {spec.name: SheetRows(temporary(), len(spec.columns)) for spec in DATA_SHEETS}
        for spec in DATA_SHEETS:
            self.rows[spec.name].append([self.cells.text(header) for header in spec.headers])
        self.charts = ChartData()
        self.meetings = 0

    def _data_sheet(self, spec: SheetSpec) -> WriteOnlyWorksheet:
        ws = self.wb.create_sheet(safe_sheet_name(spec.name))
        for index, column in enumerate(spec.columns, 1):
            dims = ws.column_dimensions[get_column_letter(index)]
            dims.width = column.width
            dims.hidden = column.hidden
        ws.freeze_panes = "A2"
        # Printed (or exported to PDF), a sheet runs landscape with its header on every page.
        ws.page_setup.orientation = "landscape"
        ws.print_title_rows = "1:1"
        return ws

    def add(self, name: str, row: Row) -> None:
        self.rows[name].append(row)

    def finish(self) -> Workbook:
        for spec in DATA_SHEETS:
            rows = self.rows[spec.name]
            rows.flush()
            _add_table(self.sheets[spec.name], spec, rows.count - 1)
        self.charts.write(self.charts_ws)
        _write_about(self.about_ws, self.meetings, self.rows[METRICS.name].count - 1)
        return self.wb

    def spliced(self) -> dict[str, IO[bytes]]:
        """The zip entry of each data sheet (known once saved) and the file of its rows."""
        return {self.sheets[name].path.lstrip("/"): rows.file for name, rows in self.rows.items()}


def _build(book: _Book, items: Iterable[Meeting]) -> Workbook:
    try:
        _fill(book, items)
    except BaseException:
        # Close the half-written sheets now, or their open XML streams complain when collected.
        for ws in book.wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        raise
    return book.finish()


def _fill(book: _Book, items: Iterable[Meeting]) -> None:
    cx = book.cells
    for index, meeting in enumerate(items, 1):
        if not isinstance(meeting, Meeting):
            raise InputError(f"write_xlsx expects Meeting objects, got {type(meeting).__name__} at position {index}")
        key = f"M{index}"
        book.meetings = index
        book.add(MEETINGS.name, _meeting_row(cx, key, meeting))
        for source in meeting.sources:
            for row in _source_rows(cx, key, source):
                book.add(SOURCES.name, row)
        for participant in meeting.participants:
            book.add(PARTICIPANTS.name, _participant_row(cx, key, participant))
        for number, initiative in enumerate(meeting.initiatives, 1):
            book.add(INITIATIVES.name, _initiative_row(cx, key, number, initiative))
        metrics = book.rows[METRICS.name]
        for metric in meeting.metrics:
            metrics.append(_metric_row(cx, key, metric))
            book.charts.add(key, index, meeting, metric)


def _evidence_cells(cx: CellXml, evidence: Evidence | None) -> Row:
    if evidence is None:
        return [None, None, None, None]
    span = evidence.span
    return [cx.text(evidence.source_id), cx.integer(span.start), cx.integer(span.end), cx.text(evidence.quote)]


def _meeting_row(cx: CellXml, key: str, m: Meeting) -> Row:
    counts = [cx.integer(len(m.participants)), cx.integer(len(m.initiatives)), cx.integer(len(m.metrics))]
    head = [cx.text(key), cx.text(meeting_title(m)), cx.text(m.body), cx.integer(m.ordinal), cx.text(m.format)]
    head.append(cx.text(m.city))
    return [*head, cx.date(m.start), cx.date(m.end), *counts, *_evidence_cells(cx, m.evidence)]


def _source_rows(cx: CellXml, key: str, source: Source) -> Iterable[Row]:
    for part, text in enumerate(iter_parts(source.text), 1):
        meta = [cx.text(source.lang), cx.text(source.title), cx.text(source.url), cx.date(source.published)]
        head = [cx.text(key), cx.text(source.id), cx.integer(part)]
        yield [*head, *(meta if part == 1 else [None] * 4), cx.text(text)]


def _participant_row(cx: CellXml, key: str, p: Participant) -> Row:
    cells = [p.name, p.role, p.position, p.position_text, p.country]
    return [cx.text(key), *(cx.text(value) for value in cells), *_evidence_cells(cx, p.evidence)]


def _initiative_row(cx: CellXml, key: str, number: int, i: Initiative) -> Row:
    cells = [f"I{number}", i.title, i.kind, i.summary, i.by]
    return [cx.text(key), *(cx.text(value) for value in cells), *_evidence_cells(cx, i.evidence)]


def _metric_row(cx: CellXml, key: str, m: Metric) -> Row:
    base, period, text = m.baseline, m.period, cx.text
    row = [text(key), text(m.subject), text(m.kind), cx.number(m.value.value, m.value.unit), text(m.value.unit)]
    row += [None, None] if base is None else [cx.number(base.value, base.unit), text(base.unit)]
    row += [cx.date(period.start), cx.date(period.end), text(period.label)] if period else [None, None, None]
    row += [cx.boolean(m.approx), text(m.bound), text(m.direction), text(m.actor)]
    row += [None if m.initiative is None else text(f"I{m.initiative + 1}"), *_evidence_cells(cx, m.evidence)]
    exact = [exact_text(m.value.value), None if base is None else exact_text(base.value)]
    return row + [text(value) for value in exact]


def _add_table(ws: WriteOnlyWorksheet, spec: SheetSpec, rows: int) -> None:
    # Excel wants at least one body row in a table; an empty one is fine and the reader skips it.
    ref = f"A1:{get_column_letter(len(spec.columns))}{max(rows, 1) + 1}"
    table = Table(displayName=spec.table, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=spec.style, showRowStripes=True)
    # Write-only sheets never fill tableColumns from the cells; without them Excel drops the table.
    table.tableColumns = [TableColumn(id=i, name=header) for i, header in enumerate(spec.headers, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():
        # openpyxl warns on every write-only table that columns must be set by hand; they are, just above.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        ws.add_table(table)


def _write_about(ws: WriteOnlyWorksheet, meetings: int, metrics: int) -> None:
    for width, letter in zip((16, 20, 10, 90), "ABCD", strict=True):
        ws.column_dimensions[letter].width = width
    settings: list[tuple[str, object]] = [
        ("Tool", "sco_brief"),
        ("Version", sco_brief.__version__),
        ("Workbook format", FORMAT_VERSION),
        ("Meetings", meetings),
        ("Metrics", metrics),
        ("Cell limit", f"{CELL_LIMIT} characters; longer display text ends with '{CUT_MARK.strip()}'"),
        ("Long texts", "Sources.Text continues in rows Part 2, 3, ... of the same source"),
        ("Escapes", "Characters XML cannot hold are written as _xHHHH_ (as Excel does)"),
        ("Charts", f"up to {MAX_BARS} bars per chart; up to {MAX_LINES} subjects over time"),
        ("Reading back", "read_xlsx finds columns by header; edit values, add or delete rows freely"),
    ]
    ws.append([text_cell(ws, "sco_brief workbook")])
    for name, value in settings:
        ws.append([text_cell(ws, name), text_cell(ws, value) if isinstance(value, str) else value])
    ws.append([])
    ws.append([text_cell(ws, text) for text in ("Sheet", "Column", "Type", "Meaning")])
    for spec in DATA_SHEETS:
        for column in spec.columns:
            kind = column.kind + (", required" if column.required else "") + (", hidden" if column.hidden else "")
            ws.append([text_cell(ws, value) for value in (spec.name, column.header, kind, column.meaning)])
