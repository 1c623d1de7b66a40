"""The per-document memory changes no answer: a piece of a document reads as it does on its own."""

from __future__ import annotations

import pytest
from hypothesis import given

from sco_brief.recognise._gazetteer import Lexicon
from sco_brief.recognise._gazetteer_cues import _lexicon as cue_lexicon
from sco_brief.recognise._gazetteer_memo import document_scope, document_text, remembered
from sco_brief.recognise._gazetteer_titles import _titles
from sco_brief.recognise.countries import _city_lexicon, _country_lexicon, find_countries
from tests.strategies import gazetteer_slices


def _lexicons() -> list[Lexicon]:
    return [
        _country_lexicon("ru"),
        _country_lexicon("en"),
        _city_lexicon("ru"),
        _titles("ru")[1],
        _titles("en")[1],
        cue_lexicon("ru", "bodies"),
        cue_lexicon("ru", "roles"),
    ]


@given(gazetteer_slices())
def test_piece_matches_equal_its_own_scan(case: tuple[str, int, int]) -> None:
    """Inside a document scope, a piece's matches (read off the whole document) equal a plain scan."""
    document, start, end = case
    piece = document[start:end]
    for lexicon in _lexicons():
        expected = list(lexicon.find(piece))
        with document_scope(document):
            list(lexicon.find(document))
            actual = list(lexicon.find(piece))
        assert expected == actual, (lexicon, piece)


@given(gazetteer_slices())
def test_find_countries_same_in_and_out_of_scope(case: tuple[str, int, int]) -> None:
    """find_countries gives the same mentions for a piece with and without the document memory."""
    document, start, end = case
    piece = document[start:end]
    expected = list(find_countries(piece, "ru"))
    with document_scope(document):
        actual = list(find_countries(piece, "ru"))
    assert expected == actual


TABLE = [
    # (document, piece): edges inside a word or inside a two-word name must not borrow the document's matches.
    ("Кыргызская Республика", "ыргызская Республика"),
    ("Кыргызская Республика", "Кыргызская Республ"),
    ("Кыргызская Республика председательствует", "Республика председательствует"),
    ("В Чолпон-Ате прошла встреча", "Ате прошла встреча"),
    ("КНР и РК. Казахстан", "РК. Казахстан"),
]


@pytest.mark.parametrize(("document", "piece"), TABLE)
def test_cut_edges(document: str, piece: str) -> None:
    """A piece whose edge cuts a word or a match is scanned on its own."""
    lexicon = _country_lexicon("ru")
    expected = list(lexicon.find(piece))
    with document_scope(document):
        list(lexicon.find(document))
        actual = list(lexicon.find(piece))
    assert expected == actual


def test_memory_lasts_one_scope() -> None:
    """An answer is remembered inside its scope only, and the scope knows its document."""
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    with document_scope("текст"):
        assert "текст" == document_text()
        assert 1 == remembered(("k",), compute)
        assert 1 == remembered(("k",), compute)
    assert None is document_text()
    assert 2 == remembered(("k",), compute)
