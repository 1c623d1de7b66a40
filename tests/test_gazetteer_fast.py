"""The gazetteer's fast paths find exactly what the plain paths find.

Word lists come from one split, a document's pieces take their words and matches from the
document's, the elsewhere cues are one compiled search, and sentences are asked about through
``find_in``/``within=``: each is checked here against the straightforward computation.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise._gazetteer import (
    Lexicon,
    Token,
    fold,
    lemma_key,
    tokens,
    word_keys,
    word_lists,
    word_texts,
)
from sco_brief.recognise._gazetteer_cues import _elsewhere, _lexicon, find_cues, find_cues_in, has_elsewhere_cue
from sco_brief.recognise._gazetteer_memo import document_scope
from sco_brief.recognise._gazetteer_titles import _ru_field_lexicon, _titles
from sco_brief.recognise._gazetteer_words import fold_words
from sco_brief.recognise.countries import (
    _city_lexicon,
    _country_lexicon,
    find_cities,
    find_city_spans,
    find_countries,
    find_country_spans,
)
from tests.strategies import cue_slices

_TOKEN = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*")


def _reference_tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))


def _lexicons() -> list[Lexicon]:
    tables = ("bodies", "sidelines", "talks", "formats", "roles")
    return [
        _country_lexicon("ru"),
        _country_lexicon("en"),
        _city_lexicon("ru"),
        _titles("ru")[1],
        _titles("en")[1],
        *(_lexicon("ru", table) for table in tables),
        _lexicon("en", "bodies"),
    ]


def _reference_elsewhere(text: str, lang: str) -> bool:
    """The cue-by-cue loop the compiled search replaced."""
    words = [fold(t.text) for t in _reference_tokens(text)]
    joined = " " + " ".join(words) + " "
    for cue in _elsewhere(lang):
        if cue.endswith("*"):
            if any(w.startswith(cue[:-1]) for w in words):
                return True
        elif f" {cue} " in joined:
            return True
    return False


@given(st.text(max_size=200))
def test_tokens_equal_the_regex_words(text: str) -> None:
    """One split with running offsets gives the words finditer gives, as Token tuples."""
    expected = _reference_tokens(text)
    actual = tokens(text)
    assert expected == actual
    assert all(type(token) is Token for token in actual)
    assert [t.text for t in expected] == word_texts(text)


@given(st.text(max_size=200) | st.sampled_from(["ΣΑΣ ΟΔΟΣ", "ΣΣ-Σ ТЁМНЫЙ‑ЛЕС", "İSTANBUL Σʰ"]))
def test_fold_words_equal_fold_of_each_word(text: str) -> None:
    """Folding the joined words at once gives each word's fold (final sigma and 'İ' included)."""
    words = word_texts(text)
    assert [fold(w) for w in words] == fold_words(words)


@given(cue_slices())
def test_piece_words_equal_their_own_split(case: tuple[str, int, int]) -> None:
    """Inside a document scope a piece's words (sliced from the document's) equal its own words."""
    document, start, end = case
    piece = document[start:end]
    expected = _reference_tokens(piece)
    with document_scope(document):
        word_lists(document)
        actual = tokens(piece)
        keys = word_keys(piece, lemma_key)
    assert expected == actual
    assert [lemma_key(t.text) for t in expected] == keys


@given(cue_slices())
def test_find_in_equals_find_of_the_piece(case: tuple[str, int, int]) -> None:
    """find_in(text, start, end) is find(text[start:end]) with offsets into text, in and out of scope."""
    document, start, end = case
    for lexicon in _lexicons():
        expected = [(a + start, b + start, entry) for a, b, entry in lexicon.find(document[start:end])]
        with document_scope(document):
            assert expected == list(lexicon.find_in(document, start, end)), lexicon
            assert [m[:2] for m in expected] == [m[:2] for m in lexicon.find_in(document, start, end)]
        assert expected == list(lexicon.find_in(document, start, end))


@given(cue_slices())
def test_pieces_in_scope_equal_their_own_scan(case: tuple[str, int, int]) -> None:
    """However a piece is answered in scope (scanned alone or read off the document), the matches are its own."""
    document, start, end = case
    pieces = [document[start:end], document[:start], document[end:]]
    for lexicon in _lexicons():
        expected = [list(lexicon.find(piece)) for piece in pieces]
        with document_scope(document):
            assert expected == [list(lexicon.find(piece)) for piece in pieces], lexicon


@given(cue_slices())
def test_span_finders_equal_the_mention_finders(case: tuple[str, int, int]) -> None:
    """find_country_spans/find_city_spans (whole text or within=) give find_countries/find_cities' mentions."""
    document, start, end = case
    piece = document[start:end]
    for lang in ("ru", "en"):
        countries = [(m.span.start, m.span.end, m.code, m.form) for m in find_countries(document, lang)]
        assert countries == list(find_country_spans(document, lang))
        shifted = [(m.span.start + start, m.span.end + start, m.code, m.form) for m in find_countries(piece, lang)]
        with document_scope(document):
            assert shifted == list(find_country_spans(document, lang, within=(start, end)))
        cities = [(m.span.start + start, m.span.end + start, m.name) for m in find_cities(piece, lang)]
        assert cities == list(find_city_spans(document, lang, within=(start, end)))


@given(cue_slices())
def test_cues_in_equal_the_piece_cues(case: tuple[str, int, int]) -> None:
    """find_cues_in gives the piece's cues with offsets into the text."""
    document, start, end = case
    for table in ("formats", "roles", "bodies"):
        expected = [(c.start + start, c.end + start, c.key) for c in find_cues(document[start:end], "ru", table)]
        with document_scope(document):
            actual = [(c.start, c.end, c.key) for c in find_cues_in(document, "ru", table, start, end)]
        assert expected == actual


@given(cue_slices(), st.sampled_from(["ru", "en"]))
def test_elsewhere_search_equals_the_cue_loop(case: tuple[str, int, int], lang: str) -> None:
    """The compiled elsewhere search answers as the loop over cues and words did."""
    document, start, end = case
    for text in (document, document[start:end], document.upper(), document.lower()):
        assert _reference_elsewhere(text, lang) == has_elsewhere_cue(text, lang), text


@given(cue_slices())
def test_match_word_equals_match_at(case: tuple[str, int, int]) -> None:
    """Lexicon.match_word (memoised words and keys) finds what match_at finds over Token tuples."""
    document, _start, _end = case
    lexicon = _ru_field_lexicon()[0]
    words = tokens(document)
    for index in range(len(words)):
        assert lexicon.match_at(document, words, index) == lexicon.match_word(document, index)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Саммит, который состоится в Астане", True),
        ("в ходе подготовки к саммиту", True),
        ("Саммит состоялся в Астане", False),
        ("", False),
        ("the summit to be held in Astana", True),
    ],
)
def test_elsewhere_table(text: str, expected: bool) -> None:
    """Phrases match whole words, stems match word starts."""
    lang = "en" if text.startswith("the") else "ru"
    assert expected == has_elsewhere_cue(text, lang)
