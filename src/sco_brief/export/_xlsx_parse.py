"""Reading cells of a workbook that a person may have edited: by header, leniently, with exact errors.

Each value comes out typed or raises :class:`InputError` naming the file, sheet, row and column.
Numbers typed as text ("1 234,5"), dates as text or serials, booleans as words are all accepted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import attrs
from openpyxl.utils.datetime import from_excel
from openpyxl.workbook.workbook import Workbook

from sco_brief.errors import InputError
from sco_brief.export._xlsx_cells import unescape
from sco_brief.export._xlsx_columns import SheetSpec

__all__ = ["SheetRow", "read_rows"]

_TRUE = frozenset({"true", "yes", "y", "1", "x", "да", "истина"})
_FALSE = frozenset({"false", "no", "n", "0", "нет", "ложь"})
_NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@attrs.frozen
class SheetRow:
    """One non-empty row of a data sheet, its cells keyed by the spec's headers."""

    file: str
    sheet: str
    number: int
    cells: dict[str, object]

    def fail(self, header: str | None, message: str) -> InputError:
        """An InputError that says where: file, sheet, row and (when known) column."""
        column = f", column {header!r}" if header else ""
        return InputError(f"{self.file}: sheet {self.sheet!r}, row {self.number}{column}: {message}")

    def raw(self, header: str) -> object:
        return self.cells.get(header)

    def text(self, header: str) -> str | None:
        """The cell as text exactly (the empty string kept), or None when the cell is empty."""
        value = self.raw(header)
        if value is None or isinstance(value, str):
            return None if value is None else unescape(value)
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        return str(value)

    def name(self, header: str) -> str | None:
        """Text for a field that must not be blank: empty text reads as no value."""
        value = self.text(header)
        return value if value else None

    def code(self, header: str, *, upper: bool = False) -> str | None:
        """An enum value or code, forgiving case and stray spaces."""
        value = self.text(header)
        if value is None or not value.strip():
            return None
        return value.strip().upper() if upper else value.strip().lower()

    def integer(self, header: str) -> int | None:
        value = self.raw(header)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number = self.decimal(header)
        if number is None or number != number.to_integral_value():
            raise self.fail(header, f"expected a whole number, got {value!r}")
        return int(number)

    def decimal(self, header: str) -> Decimal | None:
        value = self.raw(header)
        if value is None or isinstance(value, bool | dt.date | dt.time | dt.timedelta):
            if value is None:
                return None
            raise self.fail(header, f"expected a number, got {value!r}")
        if isinstance(value, int):
            return Decimal(value)
        if isinstance(value, float):
            return Decimal(repr(value))
        return self._parse_decimal(header, unescape(str(value)))

    def _parse_decimal(self, header: str, text: str) -> Decimal | None:
        cleaned = _NUMBER_SPACES.sub("", text)
        if not cleaned:
            return None
        if "," in cleaned and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            raise self.fail(header, f"expected a number, got {text!r}") from None
        if not number.is_finite():
            raise self.fail(header, f"expected a finite number, got {text!r}")
        return number

    def date(self, header: str) -> dt.date | None:
        value = self.raw(header)
        if isinstance(value, dt.datetime):
            return value.date()
        if value is None or isinstance(value, dt.date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                return from_excel(value).date()  # type: ignore[no-any-return]
            except (ValueError, OverflowError, AttributeError):
                raise self.fail(header, f"expected a date, got {value!r}") from None
        return self._parse_date(header, str(value))

    def _parse_date(self, header: str, text: str) -> dt.date | None:
        text = unescape(text).strip()
        if not text:
            return None
        dotted = _DOTTED_DATE.fullmatch(text)
        try:
            if dotted:
                return dt.date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
            return dt.date.fromisoformat(text[:10] if "T" in text else text)
        except ValueError:
            raise self.fail(header, f"expected a date such as 2025-11-18, got {text!r}") from None

    def boolean(self, header: str) -> bool:
        value = self.raw(header)
        if value is None or isinstance(value, bool):
            return bool(value)
        word = str(value).strip().casefold()
        if word in _TRUE or word in _FALSE or not word:
            return word in _TRUE
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        raise self.fail(header, f"expected TRUE or FALSE, got {value!r}")


def read_rows(wb: Workbook, spec: SheetSpec, file: str) -> list[SheetRow]:
    """The non-empty rows of ``spec``'s sheet, found by header; a missing required column raises."""
    if spec.name not in wb.sheetnames:
        raise InputError(f"{file}: the workbook has no sheet {spec.name!r}")
    ws = wb[spec.name]
    # Some programs save a wrong used range (A1:A1); read every row and column the sheet really has.
    ws.reset_dimensions()
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None) or ()
    index = _header_index(header, spec)
    missing = [c.header for c in spec.columns if c.required and c.header not in index]
    if missing:
        raise InputError(f"{file}: sheet {spec.name!r}: column {missing[0]!r} is missing from the header row")
    return list(_body(rows, index, spec.name, file))


def _header_index(header: tuple[object, ...], spec: SheetSpec) -> dict[str, int]:
    wanted = {c.header.casefold(): c.header for c in spec.columns if not c.display}
    index: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = wanted.get(unescape(str(cell)).strip().casefold()) if cell is not None else None
        if name is not None and name not in index:
            index[name] = position
    return index


def _body(rows: Iterator[tuple[object, ...]], index: dict[str, int], sheet: str, file: str) -> Iterator[SheetRow]:
    for number, values in enumerate(rows, 2):
        cells = {name: values[i] if i < len(values) else None for name, i in index.items()}
        # A row a person emptied (or the placeholder row of an empty table) holds no data.
        if any(value is not None for value in cells.values()):
            yield SheetRow(file=file, sheet=sheet, number=number, cells=cells)
