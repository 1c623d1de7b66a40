"""Hypothesis properties of the numbers recogniser: read-back, any input, spans."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief import find_numbers, parse_number
from sco_brief.recognise.numbers import KINDS
from tests.strategies import any_strings, grouped_digits, number_soup, russian_number_words, russian_ordinal_words


@given(russian_number_words())
def test_num2words_in_any_case_reads_back(case: tuple[str, int]) -> None:
    """For any n < 10^12, num2words' words inflected into one case parse back to n."""
    phrase, n = case
    assert Decimal(n) == parse_number(phrase)


@given(russian_ordinal_words())
def test_ordinals_in_any_case_gender_and_number_read_back(case: tuple[str, int]) -> None:
    """Ordinal phrases in any case, gender and number are one ordinal mention of n."""
    phrase, n = case
    assert [(phrase, Decimal(n), "ordinal")] == [(m.text, m.value, m.kind) for m in find_numbers(phrase)]


@given(grouped_digits())
def test_digits_with_any_separator_read_back(case: tuple[str, Decimal]) -> None:
    """Thousand groups with any space kind, and a decimal comma, parse back exactly."""
    text, value = case
    assert value == parse_number(text)


@given(st.integers(-(10**9), 10**9), st.sampled_from(["-", "\u2212"]))
def test_signed_numbers_read_back(n: int, minus: str) -> None:
    """A hyphen-minus or U+2212 before the digits makes the value negative."""
    text = f"{minus}{-n}" if n < 0 else str(n)
    assert Decimal(n) == parse_number(text)


def _check_mentions(text: str, lang: str = "ru") -> None:
    previous_end = 0
    for m in find_numbers(text, lang):
        assert m.text == text[m.span.start : m.span.end]
        assert m.span.start >= previous_end
        assert m.kind in KINDS
        previous_end = m.span.end


@pytest.mark.parametrize("lang", ["ru", "en"])
@given(text=any_strings)
def test_any_string_never_raises_and_spans_are_ordered_slices(lang: str, text: str) -> None:
    """Any string, lone surrogates included, yields well-formed, non-overlapping mentions."""
    _check_mentions(text, lang)


@given(number_soup)
def test_number_soup_spans_never_overlap(text: str) -> None:
    """Dense mixtures of number fragments still give ordered, non-overlapping spans."""
    _check_mentions(text)


def test_ten_megabytes_of_digits_is_not_a_number() -> None:
    """10 MB of digits is one run of an identifier, not a quantity, and does not raise."""
    assert [] == list(find_numbers("7" * 10_000_000))


def test_long_number_rich_text_is_read_in_one_pass() -> None:
    """A long text of repeated numbers gives every mention (the scan is linear, not quadratic)."""
    text = "рост на 5% до 3,5 млрд долларов; " * 20_000
    assert 40_000 == sum(1 for _ in find_numbers(text))
