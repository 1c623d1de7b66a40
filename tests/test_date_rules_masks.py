"""A masked numeral is matched as a possessive run: exactly what the greedy run matched."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise._date_lexicon import MASK
from sco_brief.recognise.dates import _rules

_PIECES = [MASK, MASK * 3, " ", "-", "–", "й", "го", "ом", "мая", "лет", "года", "месяцев", "квартал", "половине",
           "1", "5,", ".", "2025", "\n", "с ", "по ", "№", "IV", "первые"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_possessive_runs_match_like_greedy_ones(text: str) -> None:
    """Every Russian rule finds the same matches, with the same groups, as with a greedy run of masks."""
    for rule in _rules("ru"):
        greedy = re.compile(rule.pattern.pattern.replace(MASK + "++", MASK + "+"), rule.pattern.flags)
        assert [m.regs for m in greedy.finditer(text)] == [m.regs for m in rule.pattern.finditer(text)], rule.name
