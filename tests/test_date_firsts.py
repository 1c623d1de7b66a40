"""How a date rule can begin, read off its parsed pattern."""

from __future__ import annotations

import re
import string

import pytest

from sco_brief.recognise._date_firsts import starts

_LETTERS = frozenset(string.ascii_letters)

TABLE = [
    # (pattern, flags, [(first characters, whether a look-behind of all letters stands before)]) or None
    (r"(?<![а-яёa-z])май", re.I, [("Мм", True)]),
    (r"(?:с\s+)?\d", 0, [("с", False), ("0123456789", False)]),
    (r"(?P<m>(?<![a-zA-Z])(?:ab|cd))\.", 0, [("a", True), ("c", True)]),
    (r"(?<![a-z])ab", 0, [("a", False)]),  # capitals may stand before: no word start
    (r"(?<![\d.])\d+", 0, [("0123456789", False)]),  # a look-behind, but not one of letters
    (r"(?:(?<![a-z]))?b", 0, [("b", False)]),  # a look-behind that may be skipped guards nothing
    (r"\ue000++ мая", 0, [("\ue000", False)]),
    (r"(?:\d+)?", 0, None),  # may match empty
    (r"(?P<a>a)?(?(a)b|c)", 0, None),  # a conditional
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), TABLE)
def test_starts(pattern: str, flags: int, expected: list[tuple[str, bool]] | None) -> None:
    """Each way a match can begin: its first characters, and whether it must begin a word."""
    found = starts(re.compile(pattern, flags))
    actual = None if found is None else [(s.first, any(g >= _LETTERS for g in s.not_after)) for s in found]
    assert (None if expected is None else [(frozenset(f), w) for f, w in expected]) == actual


def test_case_folding_counts_every_spelling() -> None:
    """Under re.IGNORECASE a first letter stands for every character it matches (here the dotted İ too)."""
    found = starts(re.compile(r"i", re.I))
    assert found is not None
    assert {"i", "I", "İ", "ı"} <= found[0].first
