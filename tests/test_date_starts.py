"""Scanning for where a date rule can start finds exactly the matches the full scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

from sco_brief.recognise._date_starts import matches, start_class
from sco_brief.recognise.dates import _rules, mask
from tests.strategies import date_rule_soup

TABLE = [
    # (pattern, flags, the start class or None when no cheap scan applies)
    (r"\d+ лет", 0, r"[\d]"),
    (r"(?<![.,])(?:\d{1,2}|\ue000+)\s+мая", 0, "[\\d\ue000]"),
    (r"(?:IV|I{1,3})\s+квартал", re.IGNORECASE, "[II]"),
    (r"(?:с|со)\s+\d+", 0, None),  # a common letter: scanning for it would not pay
    (r"\d*y", 0, None),  # may start with a common letter
    (r"(?:\d+)?", 0, None),  # may match empty: every position counts
    (r".\d", 0, None),
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), TABLE)
def test_start_class(pattern: str, flags: int, expected: str | None) -> None:
    """The start class lists what may begin a match, or is None when it would not help."""
    found = start_class(re.compile(pattern, flags))
    assert expected == (None if found is None else found.pattern)


@given(date_rule_soup)
def test_start_scan_equals_finditer(text: str) -> None:
    """For every rule of both languages, the start scan yields finditer's matches, in order."""
    for lang in ("ru", "en"):
        masked = mask(text, lang).text
        for rule in _rules(lang):
            expected = [(m.start(), m.end()) for m in rule.pattern.finditer(masked)]
            actual = [(m.start(), m.end()) for m in matches(rule.pattern, start_class(rule.pattern), masked)]
            assert expected == actual, rule.name
