"""The raw SpreadsheetML of the data sheets: cell fragments, streamed rows, the splice into openpyxl's sheet."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from sco_brief.errors import ExportError
from sco_brief.export._xlsx_cells import escape
from sco_brief.export._xlsx_xml import CellXml, SheetRows, splice_rows
from tests.strategies import escape_heavy_texts


def cells() -> CellXml:
    return CellXml(Workbook(write_only=True).create_sheet())


def parsed(fragment: str | None) -> ET.Element:
    assert fragment is not None
    return ET.fromstring(f'<c r="A1"{fragment}')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", ' t="inlineStr"><is><t>plain</t></is></c>'),
        ("a<b&c>d", ' t="inlineStr"><is><t>a&lt;b&amp;c&gt;d</t></is></c>'),
        ("a\r\nb", ' t="inlineStr"><is><t>a&#13;\nb</t></is></c>'),
        (" lead", ' t="inlineStr"><is><t xml:space="preserve"> lead</t></is></c>'),
        ("", ' t="inlineStr"><is><t></t></is></c>'),
        ("кириллица", ' t="inlineStr"><is><t>кириллица</t></is></c>'),
    ],
)
def test_text_fragment_table(text: str, expected: str) -> None:
    """Text is an inline string with XML's markup characters and CR as references, edge spaces kept."""
    assert expected == cells().text(text)


@given(st.one_of(st.text(max_size=200), escape_heavy_texts))
def test_text_fragment_parses_back_to_the_stored_text(text: str) -> None:
    """Whatever the text, an XML parser reads the cell's escaped text back exactly (CR included)."""
    element = parsed(cells().text(text))
    assert escape(text) == (element.findtext("is/t") or "")


def test_formula_like_text_has_the_quote_prefix_style() -> None:
    """Text a spreadsheet could take for a formula gets a style with quotePrefix; plain text gets none."""
    cx = cells()
    styled = parsed(cx.text("=1+1"))
    assert (None, "=1+1") == (parsed(cx.text("1+1")).get("s"), styled.findtext("is/t"))
    assert styled.get("s") is not None


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (Decimal("92"), "percent", "92"),
        (Decimal("2.4"), "times", "2.4"),
        (Decimal("512700000000"), "USD", "512700000000"),
        (Decimal("-1.5"), None, "-1.5"),
        (Decimal("1E+400"), None, None),
    ],
)
def test_number_fragment_table(value: Decimal, unit: str | None, expected: str | None) -> None:
    """Numbers are written as openpyxl writes them ("%.16g"); a value no double holds leaves the cell empty."""
    fragment = cells().number(value, unit)
    assert expected == (None if fragment is None else parsed(fragment).findtext("v"))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 1, 1), ("44927", None)),
        (dt.date(1900, 3, 1), ("61", None)),
        (dt.date(1899, 1, 1), (None, "1899-01-01")),
    ],
)
def test_date_fragment_table(day: dt.date, expected: tuple[str | None, str | None]) -> None:
    """Dates are Excel serials; dates before the serial calendar are ISO text."""
    element = parsed(cells().date(day))
    assert expected == (element.findtext("v"), element.findtext("is/t"))


def test_rows_carry_references_and_skip_empty_cells() -> None:
    """Each row and cell has its reference; None leaves a gap, not an empty element."""
    cx = cells()
    rows = SheetRows(io.BytesIO(), 3)
    rows.append([cx.text("a"), None, cx.integer(7)])
    rows.append([None, cx.boolean(True), None])
    rows.flush()
    out = io.BytesIO()
    splice_rows(b"<worksheet><sheetData/><tail/></worksheet>", rows.file, out)
    root = ET.fromstring(out.getvalue())
    sheet_data = root.find("sheetData")
    assert sheet_data is not None
    refs = [[c.get("r") for c in row] for row in sheet_data]
    assert ([["A1", "C1"], ["B2"]], "tail") == (refs, root[1].tag)


def test_rows_must_match_the_columns() -> None:
    """A row with more cells than the sheet has columns is a bug, caught at once."""
    with pytest.raises(ValueError):
        SheetRows(io.BytesIO(), 2).append(["><v>1</v></c>"] * 3)


def test_splice_needs_an_empty_sheet_data() -> None:
    """A sheet whose rows openpyxl already wrote is refused rather than given two sets of rows."""
    with pytest.raises(ExportError):
        splice_rows(b"<worksheet><sheetData><row/></sheetData></worksheet>", io.BytesIO(), io.BytesIO())
