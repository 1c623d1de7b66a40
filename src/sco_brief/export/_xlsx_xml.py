"""Raw SpreadsheetML for the big sheets: ``<sheetData>`` rows streamed as XML text, then spliced in.

openpyxl's per-cell machinery costs most of the writing time for large workbooks, so the data
sheets' rows bypass it: each cell becomes an XML fragment here, rows go to a temporary file in
bounded chunks, and when the zip is assembled they replace the empty ``<sheetData/>`` that openpyxl
wrote for the sheet. openpyxl still writes everything else (columns, panes, tables, styles, charts);
the styles the cells use are registered with its workbook so ``styles.xml`` holds them.

Cells match what openpyxl would write: inline strings (``t="inlineStr"``, so no shared-string
table grows with the rows), numbers as ``"%.16g"``, dates as serial numbers with a date style,
booleans as ``t="b"``, and formula-like text as a string with the ``quotePrefix`` style.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Sequence
from decimal import Decimal
from typing import IO

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sco_brief.errors import ExportError
from sco_brief.export._xlsx_cells import (
    BOOL_FORMAT,
    DATE_FORMAT,
    date_serial,
    number_format,
    number_value,
    stored_text,
)

__all__ = ["CellXml", "SheetRows", "splice_rows"]

# Flush a sheet's pending rows to its file past this many characters: memory stays bounded.
_FLUSH_CHARS = 1 << 16
_COPY_CHUNK = 1 << 16
# XML text content: markup characters, and CR, which a parser would otherwise turn into LF.
_XML_SPECIAL = re.compile(r"[&<>\r]")
_XML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_CACHED_LENGTH = 64
_CACHED_TEXTS = 512
_EMPTY_TEXT = ' t="inlineStr"><is><t></t></is></c>'


def _xml_text(text: str) -> str:
    if _XML_SPECIAL.search(text) is not None:
        text = _XML_SPECIAL.sub(lambda m: _XML_ENTITIES[m.group()], text)
    # XML readers may drop edge whitespace unless told to keep it (openpyxl's own test).
    if text.strip() != text:
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


class CellXml:
    """Cell fragments (``<c>`` without its reference) with styles registered in the workbook.

    Each method returns None for an empty cell, so a row is a list of fragments or None.
    """

    def __init__(self, style_sheet: WriteOnlyWorksheet) -> None:
        # Styles are registered through a throw-away cell of a sheet of the same workbook.
        self._sheet = style_sheet
        self._styles: dict[tuple[str, bool], str] = {}
        self._whole: dict[str | None, str] = {}
        self._texts: dict[str, str] = {}

    def _style(self, number_format: str, quote_prefix: bool = False) -> str:
        key = (number_format, quote_prefix)
        attr = self._styles.get(key)
        if attr is None:
            cell = WriteOnlyCell(self._sheet)
            cell.number_format = number_format
            cell.quotePrefix = quote_prefix
            style_id = cell.style_id
            attr = self._styles[key] = f' s="{style_id}"' if style_id else ""
        return attr

    def text(self, value: str | None) -> str | None:
        """Text stored exactly: escaped, cut at the cell limit, never a formula."""
        if value is None:
            return None
        short = len(value) <= _CACHED_LENGTH
        fragment = self._texts.get(value) if short else None
        if fragment is None:
            fragment = self._text(value)
            if short:
                # Keys, codes and subjects repeat row after row; the cache is bounded so memory stays flat.
                if len(self._texts) >= _CACHED_TEXTS:
                    self._texts.clear()
                self._texts[value] = fragment
        return fragment

    def _text(self, value: str) -> str:
        if value == "":
            return _EMPTY_TEXT
        stored, formula_like = stored_text(value)
        style = self._style("General", True) if formula_like else ""
        return f'{style} t="inlineStr"><is>{_xml_text(stored)}</is></c>'

    def integer(self, value: int | None) -> str | None:
        """A whole number in the General format."""
        return None if value is None else f"><v>{value}</v></c>"

    def number(self, value: Decimal | None, unit: str | None) -> str | None:
        """A real number formatted for its unit; empty when no double holds the value."""
        number = None if value is None else number_value(value)
        if number is None or value is None:
            return None
        if isinstance(number, int):
            # Whole numbers show no decimals, so their format depends on the unit alone.
            style = self._whole.get(unit)
            if style is None:
                style = self._whole[unit] = self._style(number_format(value, unit))
        else:
            style = self._style(number_format(value, unit))
        return f"{style}><v>{number:.16g}</v></c>"

    def date(self, value: dt.date | None) -> str | None:
        """A date serial with a date style, or ISO text for dates before the serial calendar."""
        if value is None:
            return None
        serial = date_serial(value)
        if serial is None:
            return self.text(value.isoformat())
        return f"{self._style(DATE_FORMAT)}><v>{serial}</v></c>"

    def boolean(self, value: bool) -> str:
        """A boolean that every client shows as TRUE or FALSE."""
        return f'{self._style(BOOL_FORMAT)} t="b"><v>{int(value)}</v></c>'


class SheetRows:
    """The rows of one sheet as XML text, written to ``file`` in bounded chunks."""

    def __init__(self, file: IO[bytes], columns: int) -> None:
        self.file = file
        self.count = 0
        self._letters = [get_column_letter(i) for i in range(1, columns + 1)]
        self._pending: list[str] = []
        self._size = 0

    def append(self, cells: Sequence[str | None]) -> None:
        """Add one row of cell fragments (None for an empty cell)."""
        self.count += 1
        r = str(self.count)
        body = "".join([f'<c r="{c}{r}"{f}' for c, f in zip(self._letters, cells, strict=True) if f is not None])
        text = f'<row r="{r}">{body}</row>'
        self._pending.append(text)
        self._size += len(text)
        if self._size > _FLUSH_CHARS:
            self.flush()

    def flush(self) -> None:
        """Write the pending rows to the file."""
        self.file.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()
        self._size = 0


def splice_rows(sheet_xml: bytes, rows: IO[bytes], out: IO[bytes]) -> None:
    """Write ``sheet_xml`` to ``out`` with the rows of ``rows`` in place of its empty ``<sheetData/>``."""
    found = _EMPTY_SHEET_DATA.search(sheet_xml)
    if found is None:
        raise ExportError("the sheet written by openpyxl has no empty <sheetData> to fill")
    out.write(sheet_xml[: found.start()] + b"<sheetData>")
    rows.seek(0)
    shutil.copyfileobj(rows, out, _COPY_CHUNK)
    out.write(b"</sheetData>" + sheet_xml[found.end() :])
