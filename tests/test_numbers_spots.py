"""The numbers recogniser reads only windows around spots: what it finds must not depend on them."""

from __future__ import annotations

import itertools
import re
import sys
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_brief.recognise import _numspots, _numtok, numbers
from sco_brief.recognise._numlex import lexicon
from sco_brief.recognise._numtok import Gap, dense, sparse
from sco_brief.recognise.numbers import NumberMention, _read, _read_at, find_numbers
from tests.strategies import any_strings, number_soup, spaced_number_soup

_LETTER = re.compile(r"[^\W\d_]")


def _dense_read(text: str, lang: str) -> list[NumberMention]:
    """The slow path: every token of the text, read at every index."""
    tokens = dense(text)
    return list(_read(text, tokens, range(tokens.size), lexicon(lang)))


@settings(max_examples=300)
@given(spaced_number_soup, st.sampled_from(["ru", "en"]))
def test_windows_find_what_the_whole_text_finds(text: str, lang: str) -> None:
    """Reading windows around the spots finds exactly what reading every token finds."""
    with mock.patch.object(numbers, "WHOLE_TEXT", 0):  # short texts too
        assert _dense_read(text, lang) == list(find_numbers(text, lang))


@settings(max_examples=200)
@given(spaced_number_soup, st.sampled_from([2, 8, 16, 30]))
def test_small_windows_find_the_same(text: str, margin: int) -> None:
    """Windows too small for the readers make them step into gaps; the text is then read in full, same result."""
    with (
        mock.patch.object(_numspots, "_BEFORE", margin),
        mock.patch.object(_numspots, "_AFTER", margin),
        mock.patch.object(numbers, "WHOLE_TEXT", 0),
    ):
        assert _dense_read(text, "ru") == list(find_numbers(text, "ru"))


@settings(max_examples=300)
@given(st.one_of(number_soup, spaced_number_soup, any_strings))
def test_every_token_that_starts_a_reading_is_a_spot(text: str) -> None:
    """A token that is no spot reads as nothing and moves on by one, so skipping it loses nothing."""
    for lang in ("ru", "en"):
        lex = lexicon(lang)
        found = _numspots.spots(text, lex)
        if found is None:
            continue
        starts = {start for start, _end in found}
        tokens = dense(text)
        for i in range(tokens.size):
            if tokens[i].kind in ("d", "w") and tokens[i].start not in starts:
                assert (None, i + 1) == _read_at(tokens, i, lex, 0)


def test_a_gap_raises_and_text_order_holds() -> None:
    """Indices keep text order across a gap; reading inside one raises Gap, past the end IndexError."""
    text = "5 " + "слово " * 40 + "7 " + "слово " * 40
    tokens = sparse(text, [(0, 2), (242, 244)])
    first, second = tokens.index_at(0), tokens.index_at(242)
    assert ("5", "7") == (tokens[first].text, tokens[second].text)
    assert first < second
    with pytest.raises(Gap):
        tokens[first + 3]
    with pytest.raises(IndexError):
        tokens[tokens.size]


def test_spots_need_a_full_read_when_lower_case_changes_length() -> None:
    """ "İ" lower-cases to two characters: the spans of the lower-case copy would be off."""
    assert _numspots.spots("İ 5 тысяч", lexicon("ru")) is None
    assert [("5 тысяч", 5000)] == [(m.text, m.value) for m in find_numbers("İ 5 тысяч")]


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="narrow build")
def test_lower_case_keeps_each_character_a_letter_or_not() -> None:
    """Spots are sought in the lower-case text: lower-casing one character must not change its token class."""
    changed = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if len(low) == 1 and (bool(_LETTER.match(char)), char.isspace(), char in "0123456789") != (
            bool(_LETTER.match(low)), low.isspace(), low in "0123456789"
        ):
            changed.append(char)
    assert [] == changed


@settings(max_examples=200)
@given(spaced_number_soup, st.sampled_from([2, 8, 16, 60]))
def test_windows_are_apart_by_more_than_a_reader_measures(text: str, margin: int) -> None:
    """Between two windows lie at least 9 whitespace runs: a reader that counts tokens between two
    figures (a currency said once for both, at most 8 tokens apart) never counts across a gap."""
    found = _numspots.spots(text, lexicon("ru")) or []
    with mock.patch.object(_numspots, "_BEFORE", margin), mock.patch.object(_numspots, "_AFTER", margin):
        spans = _numspots.windows(text, found)
    for (_start, end), (start, _end) in itertools.pairwise(spans):
        assert len(re.findall(r"\s+", text[end:start])) >= 9
    for start, end in found:
        assert any(left <= start and end <= right for left, right in spans)


@given(any_strings)
def test_boundaries_are_the_tokeniser_s(text: str) -> None:
    """The fast splitter (most frequent kinds first) cuts where the grouped token pattern does."""
    assert [m.group() for m in _numtok._TOKEN.finditer(text)] == _numtok._PIECE.findall(text)
