"""read_xlsx on workbooks a person has edited: new values, added and deleted rows, clear errors."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

import sco_brief
from sco_brief.errors import InputError
from sco_brief.model import Meeting, Metric, Quantity
from tests.test_xlsx import sample_meeting


def written(tmp_path: Path, meeting: Meeting | None = None) -> Path:
    return sco_brief.write_xlsx(meeting or sample_meeting(), tmp_path / "edited.xlsx")


def edit(path: Path, sheet: str, change: Callable[[Worksheet], Any]) -> Path:
    """Open the workbook as a spreadsheet program would, change one sheet, save it."""
    wb = load_workbook(path)
    change(wb[sheet])
    wb.save(path)
    return path


def set_cell(coordinate: str, value: object) -> Callable[[Worksheet], None]:
    def change(ws: Worksheet) -> None:
        ws[coordinate] = value

    return change


def exact_meeting(value: str) -> Meeting:
    meeting = sample_meeting()
    first = meeting.metrics[0]
    metric = Metric(
        subject=first.subject, kind="level", value=Quantity(value=value, unit="USD"), evidence=first.evidence
    )
    return Meeting(sources=meeting.sources, metrics=(metric,))


def test_changed_value_is_read_as_the_new_value(tmp_path: Path) -> None:
    """A figure corrected in the Value cell comes back corrected."""
    path = edit(written(tmp_path), "Metrics", set_cell("D2", 93.5))
    assert Decimal("93.5") == sco_brief.read_xlsx(path)[0].metrics[0].value.value


def test_changed_value_beats_the_exact_copy(tmp_path: Path) -> None:
    """When the number cell was edited, the hidden exact text of the old value is ignored."""
    path = edit(written(tmp_path, exact_meeting("0.12345678901234567890123")), "Metrics", set_cell("D2", 7))
    assert Decimal(7) == sco_brief.read_xlsx(path)[0].metrics[0].value.value


@pytest.mark.parametrize("shown", [None, 0.123456789012346, 0.1234567890123457])
def test_exact_copy_survives_a_resave(tmp_path: Path, shown: float | None) -> None:
    """A program that re-saves the number rounded to 15 or 16 digits does not lose the exact value."""
    exact = "0.12345678901234567890123"
    path = written(tmp_path, exact_meeting(exact))
    path = edit(path, "Metrics", set_cell("D2", shown)) if shown is not None else edit(path, "Metrics", lambda ws: None)
    assert Decimal(exact) == sco_brief.read_xlsx(path)[0].metrics[0].value.value


def test_deleted_row_is_gone(tmp_path: Path) -> None:
    """Deleting the second metric row leaves the first and third, in order."""
    path = edit(written(tmp_path), "Metrics", lambda ws: ws.delete_rows(3))
    expected = sample_meeting().metrics
    assert (expected[0], expected[2]) == sco_brief.read_xlsx(path)[0].metrics


def test_added_row_becomes_a_metric(tmp_path: Path) -> None:
    """A row typed in by hand, with text numbers and no evidence, reads as a new metric."""

    def add(ws: Worksheet) -> None:
        ws.append(["M1", "инвестиции", "level", "1 234,5", "USD", None, None, "01.01.2024", "31.12.2024", None, "да"])

    metric = sco_brief.read_xlsx(edit(written(tmp_path), "Metrics", add))[0].metrics[-1]
    actual = (metric.subject, metric.value, metric.approx, metric.period and metric.period.label)
    assert ("инвестиции", Quantity(value="1234.5", unit="USD"), True, "2024-01-01 – 2024-12-31") == actual
    assert ("s1", 0, 0, "") == (
        metric.evidence.source_id,
        metric.evidence.span.start,
        metric.evidence.span.end,
        metric.evidence.quote,
    )


def test_initiative_rows_renumber(tmp_path: Path) -> None:
    """A metric pointing at a hand-added initiative gets that initiative's index."""

    def add(ws: Worksheet) -> None:
        ws.append(["M1", "I2", "Новый проект", "project", None, "KZ", "s1", 0, 4])

    path = edit(written(tmp_path), "Initiatives", add)
    path = edit(path, "Metrics", set_cell("O3", "I2"))
    meeting = sco_brief.read_xlsx(path)[0]
    assert ("Новый проект", 1) == (meeting.initiatives[1].title, meeting.metrics[1].initiative)


def test_extra_and_moved_columns_are_fine(tmp_path: Path) -> None:
    """A person's own column, inserted in the middle, is ignored."""

    def insert(ws: Worksheet) -> None:
        ws.insert_cols(2)
        ws["B1"] = "Заметки"
        ws["B2"] = "проверить"

    assert [sample_meeting()] == sco_brief.read_xlsx(edit(written(tmp_path), "Metrics", insert))


def test_changed_span_rereads_the_quote(tmp_path: Path) -> None:
    """The quote follows an edited span, read from the source text, not from the quote cell."""
    original = sample_meeting().metrics[0].evidence
    path = edit(written(tmp_path), "Metrics", set_cell("R2", original.span.end + 2))
    evidence = sco_brief.read_xlsx(path)[0].metrics[0].evidence
    assert original.quote + ", " == evidence.quote


@pytest.mark.parametrize(
    ("sheet", "coordinate", "value", "where"),
    [
        ("Metrics", "D2", "много", "sheet 'Metrics', row 2, column 'Value'"),
        ("Metrics", "D3", None, "sheet 'Metrics', row 3, column 'Value'"),
        ("Metrics", "H4", "не дата", "sheet 'Metrics', row 4, column 'Period start'"),
        ("Metrics", "K2", "может быть", "sheet 'Metrics', row 2, column 'Approx'"),
        ("Metrics", "O2", "I9", "sheet 'Metrics', row 2, column 'Initiative'"),
        ("Metrics", "A3", "M7", "sheet 'Metrics', row 3, column 'Meeting'"),
        ("Metrics", "R2", 100000, "sheet 'Metrics', row 2, column 'Span end'"),
        ("Metrics", "Q2", 1.5, "sheet 'Metrics', row 2, column 'Span start'"),
        ("Metrics", "C2", "huge", "sheet 'Metrics', row 2: 'kind' must be one of"),
        ("Participants", "B2", None, "sheet 'Participants', row 2, column 'Name'"),
        ("Meetings", "D2", "двадцать", "sheet 'Meetings', row 2, column 'Ordinal'"),
        ("Meetings", "G2", dt.datetime(2030, 1, 1), "sheet 'Meetings', row 2: 'end' must be on or after"),
        ("Sources", "D2", "de", "sheet 'Sources', row 2: 'lang' must be one of"),
    ],
)
def test_unreadable_cell_names_sheet_row_and_column(
    tmp_path: Path, sheet: str, coordinate: str, value: object, where: str
) -> None:
    """An unreadable or invalid cell raises InputError saying exactly where it is."""
    path = edit(written(tmp_path), sheet, set_cell(coordinate, value))
    with pytest.raises(InputError) as caught:
        sco_brief.read_xlsx(path)
    assert where in str(caught.value)


def test_missing_sheet_and_column(tmp_path: Path) -> None:
    """A workbook without a data sheet, or without a required column, is refused by name."""
    path = written(tmp_path)
    wb = load_workbook(path)
    del wb["Sources"]
    wb.save(tmp_path / "no_sheet.xlsx")
    with pytest.raises(InputError, match="no sheet 'Sources'"):
        sco_brief.read_xlsx(tmp_path / "no_sheet.xlsx")
    with pytest.raises(InputError, match="column 'Value' is missing"):
        sco_brief.read_xlsx(edit(path, "Metrics", set_cell("D1", "Значение")))


@pytest.mark.parametrize("content", [None, b"", b"not a zip", b"PK\x03\x04broken"])
def test_not_a_workbook(tmp_path: Path, content: bytes | None) -> None:
    """A missing, empty or corrupt file raises InputError, not a zip or openpyxl error."""
    path = tmp_path / "bad.xlsx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=r"bad\.xlsx"):
        sco_brief.read_xlsx(path)


def test_wrong_used_range_is_ignored(tmp_path: Path) -> None:
    """A workbook whose sheets claim a used range of A1:A1 (some programs save that) still reads whole."""
    path = written(tmp_path)
    fixed = tmp_path / "dimension.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(fixed, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"</sheetPr>", b'</sheetPr><dimension ref="A1:A1"/>', 1)
            zout.writestr(info, data)
    assert [sample_meeting()] == sco_brief.read_xlsx(fixed)
