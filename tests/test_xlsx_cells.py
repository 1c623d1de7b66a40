"""Cell-level helpers of the workbook: escapes, the cell limit, number formats, sheet names."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.export._xlsx_cells import (
    CELL_LIMIT,
    CUT_MARK,
    cut,
    escape,
    exact_text,
    number_format,
    same_number,
    split_parts,
    unescape,
    utf16_len,
)
from sco_brief.export._xlsx_columns import safe_sheet_name
from tests.strategies import escape_heavy_texts, wide_decimals

any_text = st.text(max_size=200)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("обычный текст", "обычный текст"),
        ("a\x00b", "a_x0000_b"),
        ("\x1f\x0b\x0c", "_x001F__x000B__x000C_"),
        ("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
        ("\ufffe\uffff", "_xFFFE__xFFFF_"),
        ("_x0041_", "_x005F_x0041_"),
        ("_x00zz_ _X0041_ _x004", "_x00zz_ _X0041_ _x004"),
        ("🙂", "🙂"),
    ],
)
def test_escape_table(text: str, expected: str) -> None:
    """Only what XML cannot hold, and literal escapes, are escaped."""
    assert expected == escape(text)


@given(st.one_of(any_text, escape_heavy_texts))
def test_unescape_inverts_escape(text: str) -> None:
    """Escaping then unescaping gives the text back, whatever it holds."""
    assert text == unescape(escape(text))


@given(st.one_of(any_text, escape_heavy_texts))
def test_escaped_text_is_xml_safe(text: str) -> None:
    """The escaped form has no character XML 1.0 forbids."""
    assert "" == "".join(c for c in escape(text) if ord(c) < 32 and c not in "\t\n\r")


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 100, "short"),
        ("x" * 30, 20, "x" * (20 - len(CUT_MARK)) + CUT_MARK),
        ("\x00" * 10, 20, "\x00" + CUT_MARK),
        ("🙂" * 20, 20, "🙂" * 5 + CUT_MARK),
    ],
)
def test_cut_table(text: str, limit: int, expected: str) -> None:
    """Cutting keeps the longest prefix that fits, counting escapes and UTF-16 units, then the mark."""
    assert expected == cut(text, limit)


@given(st.one_of(any_text, escape_heavy_texts), st.integers(8, 60))
def test_split_parts_rejoin_and_fit(text: str, limit: int) -> None:
    """Parts join back to the text, and each escaped part fits the limit."""
    parts = split_parts(text, limit)
    assert text == "".join(parts)
    assert all(utf16_len(escape(part)) <= limit for part in parts)


def test_cell_limit_is_excels() -> None:
    """The limit is Excel's documented 32,767 characters per cell."""
    assert 32767 == CELL_LIMIT


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("75", "percent", '#,##0" %"'),
        ("12.5", "percent", '#,##0.0" %"'),
        ("3.5", "times", '#,##0.0"×"'),
        ("8000000", "USD", '#,##0" USD"'),
        ("1.25E+9", "KGS", '#,##0" KGS"'),
        ("1200", "person", "#,##0"),
        ("0.1234567891", None, "#,##0.000000"),
        ("1E+2", "km", "#,##0"),
    ],
)
def test_number_format_table(value: str, unit: str | None, expected: str) -> None:
    """Formats add thousands separators, the value's decimals, and a %, × or currency mark."""
    assert expected == number_format(Decimal(value), unit)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("92", None),
        ("0.1", None),
        ("512700000000", None),
        ("0.12345678901234567", "0.12345678901234567"),
        ("1E+400", "1E+400"),
        ("1E-400", "1E-400"),
        ("12345678901234567890", "12345678901234567890"),
    ],
)
def test_exact_text_only_when_needed(value: str, expected: str | None) -> None:
    """The hidden exact copy is written only for values a number cell would change."""
    assert expected == exact_text(Decimal(value))


@given(wide_decimals)
def test_rounded_to_15_digits_counts_as_unedited(value: Decimal) -> None:
    """A number cell holding the value to 15 significant digits still matches the exact text."""
    shown = Decimal(f"{value:.14e}")
    assert same_number(shown, value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Metrics", "Metrics"),
        ("Figures: 2024/2025 [draft]?", "Figures_ 2024_2025 _draft__"),
        ("x" * 40, "x" * 31),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("*", "_"),
    ],
)
def test_safe_sheet_name_table(name: str, expected: str) -> None:
    """Sheet names lose Excel's forbidden characters and stay within 31 characters."""
    assert expected == safe_sheet_name(name)
