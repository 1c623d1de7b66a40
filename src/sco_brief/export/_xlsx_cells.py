"""Cell values made safe for XLSX: escapes, the cell-size limit, formula-injection guard, number formats.

Text is written so that any Python string comes back exactly:

- characters XML cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) are written as
  OOXML ``_xHHHH_`` escapes, the form Excel itself uses; a literal ``_xHHHH_`` in the data gets its
  underscore escaped (``_x005F_``), again as Excel does, so decoding is unambiguous;
- text that a spreadsheet could take for a formula (``= + - @``, tab, CR first; OWASP CSV-injection
  guidance) is stored as a typed string cell with ``quotePrefix``, never as a formula;
- the empty string is an empty inline string, distinct from an empty cell (None).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.cell.rich_text import CellRichText
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "BOOL_FORMAT",
    "CELL_LIMIT",
    "CUT_MARK",
    "DATE_FORMAT",
    "bool_cell",
    "clean",
    "cut",
    "date_cell",
    "date_serial",
    "escape",
    "exact_text",
    "iter_parts",
    "number_cell",
    "number_format",
    "number_value",
    "same_number",
    "split_parts",
    "stored_text",
    "text_cell",
    "unescape",
    "utf16_len",
]

# Excel's limit, counted in UTF-16 code units (an emoji takes two).
CELL_LIMIT = 32767
CUT_MARK = " [...cut]"
# Excel's date system starts in 1900 and miscounts its first two months; earlier dates stay ISO text.
_FIRST_SERIAL_DATE = dt.date(1900, 3, 1)
# Day 0 of Excel's 1900 date system, as counted from March 1900 on (its phantom 29 February is behind).
_SERIAL_EPOCH = dt.date(1899, 12, 30)
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CURRENCY = re.compile(r"[A-Z]{3}")
_MAX_SHOWN_DECIMALS = 6
# Excel shows and keeps 15 significant digits; a double holds about 15.95.
_EXCEL_DIGITS = 15
_WRITTEN_FLOAT = "%.16g"
BOOL_FORMAT = '"TRUE";"TRUE";"FALSE"'
DATE_FORMAT = "yyyy-mm-dd"
# Doubles keep 15 digits only between the subnormals and overflow; Excel's own range is narrower still.
_NUMBER_RANGE = (Decimal("1e-300"), Decimal("1e300"))


def escape(text: str) -> str:
    """Encode what XML cannot carry as ``_xHHHH_`` (and protect literal escapes)."""
    return _ESCAPED.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold, for places that take no escapes (chart titles)."""
    return _ILLEGAL_XML.sub("", text)


def unescape(text: str) -> str:
    """Invert :func:`escape`; also decodes the escapes Excel writes on its own."""
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def utf16_len(text: str) -> int:
    """Length as Excel counts it: in UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _fitting_length(text: str, limit: int) -> int:
    """The longest prefix length of ``text`` whose escaped form fits in ``limit`` UTF-16 units."""
    length = min(len(text), limit)
    while length > 0:
        excess = utf16_len(escape(text[:length])) - limit
        if excess <= 0:
            return length
        # An escape is 7 units for 1 character, so dropping excess/7 characters is the least that can help.
        length -= max(1, math.ceil(excess / 7))
    return 0


def cut(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` itself, or its longest prefix that fits one cell followed by :data:`CUT_MARK`."""
    if len(text) * 7 <= limit or utf16_len(escape(text)) <= limit:
        return text
    return text[: _fitting_length(text, limit - len(CUT_MARK))] + CUT_MARK


def split_parts(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """Cut ``text`` into pieces whose escaped forms each fit one cell; joined, they are ``text``."""
    return list(iter_parts(text, limit))


def iter_parts(text: str, limit: int = CELL_LIMIT) -> Iterator[str]:
    """The pieces of :func:`split_parts` one at a time: a long text is never copied whole."""
    if not text:
        yield ""
    position = 0
    while position < len(text):
        length = _fitting_length(text[position : position + limit], limit)
        yield text[position : position + length]
        position += length


def stored_text(value: str) -> tuple[str, bool]:
    """The text a cell holds for ``value`` (escaped, cut) and whether it needs ``quotePrefix``.

    ``quotePrefix`` marks text a spreadsheet could take for a formula or an error code.
    """
    stored = escape(cut(value))
    return stored, stored.startswith(_FORMULA_LEADS) or stored in ERROR_CODES


def date_serial(value: dt.date) -> int | None:
    """The spreadsheet serial number of ``value``, or None before the calendar a serial can hold."""
    if value < _FIRST_SERIAL_DATE:
        return None
    return (value - _SERIAL_EPOCH).days


def text_cell(ws: WriteOnlyWorksheet, value: str | None) -> object:
    """A value for ``ws.append`` that stores ``value`` as text, exactly and never as a formula."""
    if value is None:
        return None
    if value == "":
        return WriteOnlyCell(ws, value=CellRichText([""]))
    stored, formula_like = stored_text(value)
    if not formula_like:
        return stored
    cell = WriteOnlyCell(ws, value=stored)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def date_cell(ws: WriteOnlyWorksheet, value: dt.date | None) -> object:
    """A real date cell, or ISO text for dates a spreadsheet's calendar cannot hold."""
    if value is None:
        return None
    if date_serial(value) is None:
        return text_cell(ws, value.isoformat())
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def bool_cell(ws: WriteOnlyWorksheet, value: bool) -> object:
    """A boolean cell that every client shows as TRUE or FALSE (LibreOffice shows a bare one as 1 or 0)."""
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = BOOL_FORMAT
    return cell


def number_value(value: Decimal) -> int | float | None:
    """The value as a spreadsheet number, or None when no double holds it to 15 digits."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    if not _NUMBER_RANGE[0] < abs(value) < _NUMBER_RANGE[1]:
        return None
    return float(value)


def exact_text(value: Decimal | None) -> str | None:
    """The decimal text to keep beside the number cell, or None when the number alone is exact."""
    if value is None:
        return None
    number = number_value(value)
    if number is None or len(value.as_tuple().digits) > _EXCEL_DIGITS:
        return str(value)
    # openpyxl writes floats as "%.16g", so that text, not repr, is what the file holds.
    return None if isinstance(number, int) or Decimal(_WRITTEN_FLOAT % number) == value else str(value)


def number_format(value: Decimal, unit: str | None) -> str:
    """A display format: thousands separators, the value's own decimals, and a %, × or currency mark."""
    exponent = value.normalize().as_tuple().exponent
    decimals = min(_MAX_SHOWN_DECIMALS, max(0, -exponent)) if isinstance(exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    if unit == "percent":
        return pattern + '" %"'
    if unit == "times":
        return pattern + '"×"'
    if unit is not None and _CURRENCY.fullmatch(unit):
        return f'{pattern}" {unit}"'
    return pattern


def number_cell(ws: WriteOnlyWorksheet, value: Decimal | None, unit: str | None) -> object:
    """A real number cell formatted for its unit (empty when no double can hold the value)."""
    if value is None:
        return None
    number = number_value(value)
    if number is None:
        return None
    cell = WriteOnlyCell(ws, value=number)
    cell.number_format = number_format(value, unit)
    return cell


def same_number(cell: Decimal, exact: Decimal) -> bool:
    """True when the number cell still shows ``exact`` to Excel's 15 digits, i.e. nobody edited it."""
    if exact == 0 or not exact.is_finite():
        return cell == exact
    return abs(cell - exact) <= Decimal(1).scaleb(exact.adjusted() - _EXCEL_DIGITS + 1)
