"""Tables of English numbers in the SCO news genre (``lang="en"``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sco_brief import find_numbers, parse_number

QUANTITIES = [
    ("$220 billion", "220000000000", "money", "USD"),
    ("US$5 million", "5000000", "money", "USD"),
    ("Rs 500 crore", "5000000000", "money", "INR"),
    ("Rs 1.5 lakh crore", "1500000000000", "money", "INR"),
    ("31.2 billion", "31200000000", "cardinal", None),
    ("11.6 percent", "11.6", "percent", "percent"),
    ("9 per cent", "9", "percent", "percent"),
    ("23%", "23", "percent", "percent"),
    ("883,200 TEUs", "883200", "measure", "TEU"),
    ("1,700 kilometres", "1700", "measure", "km"),
    ("13 billion transactions", "13000000000", "measure", "transaction"),
    ("20,000 Chinese nationals", "20000", "measure", "person"),
    ("80 universities", "80", "measure", "university"),
    ("seven days", "7", "measure", "day"),
    ("two-fifths", "0.4", "fraction", None),
    ("a quarter", "0.25", "fraction", None),
    ("half", "0.5", "fraction", None),
    ("doubled", "2", "multiple", "times"),
    ("tripled", "3", "multiple", "times"),
    ("triple", "3", "multiple", "times"),
    ("1.7 times", "1.7", "multiple", "times"),
    ("fourth-largest", "4", "ordinal", "rank"),
    ("2nd", "2", "ordinal", None),
    ("23rd", "23", "ordinal", None),
    ("twenty-first", "21", "ordinal", None),
    ("one hundred and twenty-five thousand", "125000", "cardinal", None),
    ("two million three hundred thousand", "2300000", "cardinal", None),
    ("100k", "100000", "cardinal", None),
    ("three point two five", "3.25", "decimal", None),
    ("three point five million", "3500000", "cardinal", None),
    ("one hundred and first", "101", "ordinal", None),
    ("half a million", "500000", "cardinal", None),
]


@pytest.mark.parametrize(("text", "expected", "kind", "unit"), QUANTITIES)
def test_english_quantities(text: str, expected: str, kind: str, unit: str | None) -> None:
    """The genre's English forms read as one mention with the exact value and unit."""
    found = [(m.text.removeprefix("a "), m.value, m.kind, m.unit) for m in find_numbers(text, "en")]
    assert [(text.removeprefix("a "), Decimal(expected), kind, unit)] == found


QUALIFIED = [
    ("over 20,000", True, False, "lower"),
    ("more than 150 events", True, False, "lower"),
    ("at least 10", True, False, "lower"),
    ("up to 800 trucks", True, False, "upper"),
    ("less than 5 percent", True, False, "upper"),
    ("about $25 billion", True, True, None),
    ("some 30 percent", True, True, None),
    ("nearly doubled", True, True, None),
    ("roughly two-fifths", True, True, None),
    ("around 1,700 kilometres", True, True, None),
]


@pytest.mark.parametrize(("text", "whole", "approx", "bound"), QUALIFIED)
def test_english_qualifiers(text: str, whole: bool, approx: bool, bound: str | None) -> None:
    """Approximations and bounds join the span and set the flags."""
    assert [(text, approx, bound)] == [(m.text, m.approx, m.bound) for m in find_numbers(text, "en")]


PAIRS = [
    ("from 12 to 7 days", "12", "7", True, "day"),
    ("from $78 billion in 2019 to $129 billion", "78000000000", "129000000000", True, "USD"),
    ("between 5 and 10 percent", "5", "10", False, "percent"),
    ("2024-25", "2024", "2025", False, None),
]


@pytest.mark.parametrize(("text", "low", "high", "from_to", "unit"), PAIRS)
def test_english_pairs(text: str, low: str, high: str, from_to: bool, unit: str | None) -> None:
    """From-to changes and ranges are one mention covering both figures."""
    found = [(m.text, m.low, m.high, m.from_to, m.unit) for m in find_numbers(text, "en")]
    assert [(text, Decimal(low), Decimal(high), from_to, unit)] == found


@pytest.mark.parametrize(
    "text",
    [
        "call +1 (202) 555-0143",
        "at 9:30",
        "on 11/18/2025",
        "No. 12",
        "zero tolerance",
        "on 18 November",
        "November 17-18",
        "COVID-19",
    ],
)
def test_english_not_quantities(text: str) -> None:
    """Phones, times, dates, numbered documents and "zero tolerance" give no mention."""
    assert [] == [m.text for m in find_numbers(text, "en")]


def test_english_parse_number() -> None:
    """parse_number reads English words and digits with comma thousands."""
    assert [Decimal(21), Decimal("1234567.5")] == [parse_number("twenty-one", "en"), parse_number("1,234,567.5", "en")]
