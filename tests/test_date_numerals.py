"""Masking word numerals: the numerals found by judging each distinct word are those a word-by-word pass finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given

from sco_brief.recognise._date_numerals import _GAP, _RU_WORD, _is_numeral_word, _runs, mask
from tests.strategies import numeral_soup


def _word_by_word(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of numeral words separated only by spaces, read one word after another."""
    run: list[re.Match[str]] = []
    for match in _RU_WORD.finditer(text):
        if not _is_numeral_word(match.group()):
            if run:
                yield run
            run = []
            continue
        if run and not _GAP.fullmatch(text[run[-1].end() : match.start()]):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


@given(numeral_soup)
def test_runs_are_those_of_a_word_by_word_pass(text: str) -> None:
    """Same runs, same words, same offsets."""
    expected = [[m.span() for m in run] for run in _word_by_word(text)]
    assert expected == [[m.span() for m in run] for run in _runs(text)]


def test_numeral_inside_a_longer_word_is_no_numeral() -> None:
    """"пятого" inside "сопятого" is not a word of its own and is left alone."""
    assert "сопятого мая" == mask("сопятого мая", "ru").text
    assert "\ue000" * 6 + " мая" == mask("пятого мая", "ru").text
