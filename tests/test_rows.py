"""The shared human view of the model: values, periods, titles, rows, and the label files."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import string
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.errors import InputError
from sco_brief.export._docx_summary import bottom_line, count_phrase
from sco_brief.export._rows import (
    EMPTY,
    format_date_range,
    format_number,
    format_period,
    format_quantity,
    labels,
    meeting_title,
    metric_rows,
    participant_rows,
)
from sco_brief.lang import load_toml
from sco_brief.model import (
    BODIES,
    FORMATS,
    INITIATIVE_KINDS,
    METRIC_KINDS,
    ROLES,
    Meeting,
    Period,
    Quantity,
)
from tests.strategies import decimals, meetings, quantities
from tests.test_docx_fixtures import sample_meeting

Q = Quantity


@pytest.mark.parametrize(
    ("quantity", "options", "expected"),
    [
        (Q(value=Decimal("3.5"), unit="times"), {"kind": "multiple", "direction": "up"}, "3.5×"),
        (Q(value=75, unit="percent"), {"kind": "share"}, "75%"),
        (Q(value=8000000, unit="person"), {"approx": True, "kind": "count"}, "≈ 8 million"),
        (Q(value=1, unit="hour"), {"kind": "from_to", "baseline": Q(value=5, unit="hour")}, "5 → 1 h"),
        (Q(value=Decimal("5.2e9"), unit="USD"), {"kind": "level"}, "$5.2 bn"),
        (Q(value=12, unit="percent"), {"kind": "change", "direction": "down"}, "−12%"),
        (Q(value=12, unit="percent"), {"kind": "change", "direction": "up", "bound": "lower"}, "over +12%"),
        (Q(value=100, unit="km"), {"bound": "upper"}, "up to 100 kms"),
        (Q(value=2, unit="times"), {"kind": "multiple", "direction": "down"}, "↓ 2×"),
        (Q(value=Decimal("1234567"), unit="KGS"), {}, "KGS 1,234,567"),
        (Q(value=3, unit="rank"), {"kind": "rank"}, "No. 3"),
        (Q(value=1, unit="day"), {}, "1 day"),
        (Q(value=12, unit="project"), {"kind": "count"}, "12 projects"),
        (Q(value=3, unit="country"), {"kind": "count"}, "3 countries"),
        (Q(value=Decimal("-0.5"), unit=None), {}, "−0.5"),
        (Q(value=Decimal("1e15"), unit="USD"), {}, "$1000 trn"),
        (Q(value=2, unit="USD"), {"kind": "from_to", "baseline": Q(value=1, unit="USD")}, "$1 → $2"),
    ],
)
def test_format_quantity_en(quantity: Quantity, options: dict[str, object], expected: str) -> None:
    """English values read as a briefing writes them: symbols, scale words, marks, arrows."""
    assert expected == format_quantity(quantity, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quantity", "options", "expected"),
    [
        (Q(value=Decimal("3.5"), unit="times"), {"kind": "multiple"}, "3,5×"),
        (Q(value=8000000, unit="person"), {"approx": True}, "≈ 8 млн"),
        (Q(value=1, unit="hour"), {"kind": "from_to", "baseline": Q(value=5, unit="hour")}, "5 → 1 ч"),
        (Q(value=Decimal("5.2e9"), unit="USD"), {"bound": "lower"}, "более 5,2 млрд долл."),
        (Q(value=Decimal("12500"), unit="ton"), {"bound": "upper"}, "до 12\u00a0500 т"),
        (Q(value=40, unit="km"), {}, "40 км"),
    ],
)
def test_format_quantity_ru(quantity: Quantity, options: dict[str, object], expected: str) -> None:
    """Russian values use the decimal comma, a no-break group space and short unit words."""
    assert expected == format_quantity(quantity, lang="ru", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", "0"),
        ("2025", "2025"),
        ("12500", "12,500"),
        ("1000000", "1 million"),
        ("1234567", "1,234,567"),
        ("1250000", "1.25 million"),
        ("3800000000", "3.8 bn"),
        ("0.000001", "0.000001"),
        ("-7.10", "−7.1"),
        ("1E+3", "1000"),
        ("1000000.0000000000000000000000001", "1,000,000.0000000000000000000000001"),
    ],
)
def test_format_number(value: str, expected: str) -> None:
    """Numbers are exact: scaled only when three decimals say it all, never in exponent form."""
    assert expected == format_number(Decimal(value))


def _read_back(text: str) -> Decimal:
    scales = {"million": 6, "bn": 9, "trn": 12}
    number, _, scale = text.replace("−", "-").replace(",", "").partition(" ")
    with decimal.localcontext() as exact:
        exact.prec = 200  # scaleb rounds to the context precision; hypothesis finds long values
        return Decimal(number).scaleb(scales.get(scale, 0))


@given(decimals)
def test_format_number_reads_back(value: Decimal) -> None:
    """Whatever the value, the English text of it reads back to the same number."""
    assert value == _read_back(format_number(value))


@given(quantities, st.booleans(), st.sampled_from([None, "lower", "upper"]), st.sampled_from(METRIC_KINDS))
def test_format_quantity_never_fails(q: Quantity, approx: bool, bound: str | None, kind: str) -> None:
    """Any model quantity gets a non-empty text in both languages, with no exponent notation."""
    for lang in ("en", "ru"):
        text = format_quantity(q, approx=approx, bound=bound, kind=kind, baseline=q, lang=lang)
        assert text.strip()
        assert re.search(r"\dE[+-]?\d", text) is None


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2020, 1, 1), dt.date(2024, 12, 31), "2020–2024"),
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "2025"),
        (dt.date(2025, 1, 1), dt.date(2025, 9, 30), "Jan–Sep 2025"),
        (dt.date(2025, 1, 1), dt.date(2025, 6, 30), "Jan–Jun 2025"),
        (dt.date(2025, 3, 1), dt.date(2025, 3, 31), "Mar 2025"),
        (dt.date(2024, 7, 1), dt.date(2025, 6, 30), "Jul 2024 – Jun 2025"),
        (dt.date(2025, 3, 5), dt.date(2025, 3, 9), "5–9 March 2025"),
        (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "Feb 2024"),
    ],
)
def test_format_period(start: dt.date, end: dt.date, expected: str) -> None:
    """Periods are worded from their dates: whole years, whole months, or the days."""
    assert expected == format_period(Period(start=start, end=end, label="x"))


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        (None, None, "en", "not stated"),
        (dt.date(2025, 11, 18), None, "en", "18 November 2025"),
        (dt.date(2025, 11, 17), dt.date(2025, 11, 18), "en", "17–18 November 2025"),
        (dt.date(2025, 10, 31), dt.date(2025, 11, 1), "en", "31 October – 1 November 2025"),
        (dt.date(2025, 11, 18), dt.date(2025, 11, 18), "ru", "18 ноября 2025 г."),
        (None, None, "ru", "не указано"),
    ],
)
def test_format_date_range(start: dt.date | None, end: dt.date | None, lang: str, expected: str) -> None:
    """Meeting dates: one day, a span within a month or across months, or "not stated"."""
    assert expected == format_date_range(start, end, lang)


@pytest.mark.parametrize(
    ("fields", "lang", "expected"),
    [
        (
            {"body": "sco.heads_of_government", "ordinal": 24, "format": "expanded"},
            "en",
            "24th Meeting of the SCO Council of Heads of Government (expanded format)",
        ),
        ({"body": "sco.heads_of_state", "ordinal": 21}, "en", "21st Meeting of the SCO Council of Heads of State"),
        (
            {"body": "sco.foreign_ministers", "ordinal": 12},
            "en",
            "12th Meeting of the SCO Council of Foreign Ministers",
        ),
        ({"body": "sco.other_ministers", "ordinal": 113}, "en", "113th Meeting of SCO Ministers"),
        ({"body": "sco.heads_of_state", "ordinal": 22}, "en", "22nd Meeting of the SCO Council of Heads of State"),
        ({"body": "bilateral", "ordinal": 3}, "en", "Bilateral talks"),
        ({}, "en", "Meeting report"),
        (
            {"body": "sco.heads_of_government", "ordinal": 24, "format": "expanded"},
            "ru",
            "24-е заседание Совета глав правительств государств — членов ШОС (в расширенном составе)",
        ),
        ({"body": "other"}, "ru", "Встреча"),
    ],
)
def test_meeting_title(fields: dict[str, object], lang: str, expected: str) -> None:
    """Titles name the body with an ordinal and the format when the model has them."""
    meeting = Meeting(sources=(), **fields)  # type: ignore[arg-type]
    assert expected == meeting_title(meeting, lang)


@pytest.mark.parametrize(
    ("number", "key", "lang", "expected"),
    [
        (1, "direction", "en", "1 direction of cooperation"),
        (4, "proposal", "en", "4 proposals"),
        (1, "direction", "ru", "1 направление сотрудничества"),
        (3, "direction", "ru", "3 направления сотрудничества"),
        (5, "proposal", "ru", "5 предложений"),
        (21, "project", "ru", "21 проект"),
        (12, "source", "ru", "12 источников"),
    ],
)
def test_count_phrase(number: int, key: str, lang: str, expected: str) -> None:
    """Counted nouns agree with their number; Russian forms come from pymorphy3, not a table."""
    assert expected == count_phrase(number, key, lang)


def test_rows_of_sample_meeting() -> None:
    """Participant and figure rows carry the model's names and the formatted values, in order."""
    meeting = sample_meeting()
    assert ("Си Цзиньпин", "President", "China", "attendee") == participant_rows(meeting)[2]
    assert ("Си Цзиньпин", "Председатель КНР", "Китай", "участник") == participant_rows(meeting, "ru")[2]
    expected = ("грузопоток по Транскаспийскому маршруту", "2.4×", "2020–2024", "multiple", EMPTY, "Kazakhstan")
    assert expected == metric_rows(meeting)[0]
    assert ("72 → 12 h", "≈ 40%", "over $5.2 bn") == tuple(row[1] for row in metric_rows(meeting)[1:4])


@given(meetings())
def test_bottom_line_has_three_to_five_sentences(meeting: Meeting) -> None:
    """Whatever the meeting, the bottom line has 3 to 5 non-empty sentences in both languages."""
    for lang in ("en", "ru"):
        bullets = bottom_line(meeting, lang)
        assert 3 <= len(bullets) <= 5
        assert all(b.strip() for b in bullets)


def test_unknown_lang_is_an_input_error() -> None:
    """A label language other than en/ru is the caller's mistake, reported as InputError."""
    with pytest.raises(InputError, match="'lang'"):
        labels("de")


def _keys(table: dict[str, object], prefix: str = "") -> set[str]:
    found = set()
    for key, value in table.items():
        if isinstance(value, dict) and key not in ("units", "countries"):
            found |= _keys(value, f"{prefix}{key}.")
        else:
            found.add(prefix + key)
    return found


def test_label_files_have_the_same_keys() -> None:
    """Every label exists in both languages (units and countries may differ in coverage)."""
    assert _keys(load_toml("en", "labels")) == _keys(load_toml("ru", "labels"))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_label_files_cover_the_model(lang: str) -> None:
    """Each role, format, kind and body of the model has a label, and templates name their fields."""
    lab = load_toml(lang, "labels")
    assert set(ROLES) == set(lab["roles"])
    assert set(FORMATS) == set(lab["formats"])
    assert set(METRIC_KINDS) == set(lab["metric_kinds"])
    assert set(INITIATIVE_KINDS) == set(lab["initiative_kinds"])
    assert set(BODIES) == set(lab["bodies"])
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in lab["countries"])
    fields = {name for _, name, _, _ in string.Formatter().parse(lab["bottom"]["meeting"]) if name}
    assert {"title", "when"} == fields
    assert 12 == len(lab["dates"]["months"]) == len(lab["dates"]["months_short"])
