"""The fast paths of the metrics extractor find exactly what the plain rules found.

Each test pits a shortcut (stored token fields, a regex probe before a pattern, one regex for
a phrase list, skipping sentences before tokenising them) against the straightforward
computation it replaced.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.extract import _metric_skip
from sco_brief.extract._metric_cues import _TOKEN, cues_for, tokens
from sco_brief.extract._metric_figures import candidates, figures_of
from sco_brief.extract._metric_view import _HARD_BREAKS, _clauses, view_of
from sco_brief.extract._period import _phrase_in
from sco_brief.extract.document import Document
from sco_brief.ingest import make_source
from sco_brief.model import Span
from sco_brief.morph import lemma, parses
from tests.strategies import token_texts

_WINDOW_PATTERNS = [(_metric_skip._PHONE, _metric_skip._PHONE_HINT), (_metric_skip._TIME, _metric_skip._TIME_HINT)]


def _reference_tokens(text: str, offset: int, lang: str) -> list[tuple[object, ...]]:
    """Tokens as the properties used to compute them, one word at a time."""
    found: list[tuple[object, ...]] = []
    for m in _TOKEN.finditer(text):
        word, low = m.group(), m.group().lower()
        ru_word = lang == "ru" and word[:1].isalpha()
        tag = str(parses(low)[0].tag) if ru_word and parses(low) else ""
        lem = lemma(low) if ru_word else low
        found.append((m.start() + offset, m.end() + offset, word, lang, low, lem, word[:1].isalpha(), tag))
    return found


@given(token_texts, st.integers(0, 500), st.sampled_from(["ru", "en"]))
def test_tokens_store_what_the_properties_computed(text: str, offset: int, lang: str) -> None:
    """Every stored field of a token equals what its per-call property used to compute."""
    assert _reference_tokens(text, offset, lang) == [tuple(t) for t in tokens(text, offset, lang)]


def _overlapping_match(text: str, span: Span, pattern: re.Pattern[str]) -> bool:
    lo, hi = max(0, span.start - _metric_skip._WINDOW), min(len(text), span.end + _metric_skip._WINDOW)
    return any(lo + m.start() < span.end and span.start < lo + m.end() for m in pattern.finditer(text[lo:hi]))


@given(token_texts, st.data())
def test_window_hint_never_hides_a_phone_or_time(text: str, data: st.DataObject) -> None:
    """Probing for a phone/time character first changes no answer of the pattern itself."""
    start = data.draw(st.integers(0, len(text)))
    span = Span(start=start, end=data.draw(st.integers(start, len(text))))
    for pattern, hint in _WINDOW_PATTERNS:
        assert _overlapping_match(text, span, pattern) == _metric_skip._in_pattern(text, span, pattern, hint)


_PHRASE_WORDS = ["за", "тот", "же", "период", "сегодня", "г", "/", "now", "the", "same", "period", "1 000", "рост"]


@given(
    st.lists(st.sampled_from(_PHRASE_WORDS), max_size=10),
    st.sampled_from(["present", "same_period", "year_on_year"]),
    st.sampled_from(["ru", "en"]),
    st.data(),
)
def test_phrase_search_is_word_containment(words: list[str], cue: str, lang: str, data: st.DataObject) -> None:
    """One alternation regex over a clause finds a phrase exactly when a word-bounded copy occurs."""
    text = " ".join(words)
    view = view_of(text, Span(start=0, end=len(text)), 0, lang)
    lo = data.draw(st.integers(0, len(view.tokens)))
    hi = data.draw(st.integers(lo, len(view.tokens)))
    phrases = getattr(cues_for(lang), cue)
    joined = " " + " ".join(t.lower for t in view.tokens[lo:hi]) + " "
    expected = lo < hi and any(f" {p} " in joined for p in phrases)
    assert expected == _phrase_in(view, lo, hi, phrases)


def _reference_clauses(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Clause bounds found by visiting every token, as the splitter did before it skipped ahead."""
    toks, cues = tokens(text, 0, lang), cues_for(lang)
    bounds: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(toks):
        opener = tok.text == "," and i + 1 < len(toks) and toks[i + 1].lower in cues.openers
        if tok.text in _HARD_BREAKS or opener:
            bounds += [(start, i)] if i > start else []
            start = i + 1
        elif tok.lower in cues.always_opens and i > start:
            bounds.append((start, i))
            start = i
    bounds += [(start, len(toks))] if start < len(toks) else []
    return tuple(bounds) or ((0, 0),)


_CLAUSE_WORDS = [*_PHRASE_WORDS, ",", ";", ":", "а", "но", "which", "while", "that", "что"]


@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=14))
def test_clause_splitter_visits_only_what_can_break(words: list[str]) -> None:
    """Splitting at the break candidates alone gives the bounds a full token walk gives."""
    text = " ".join(words)
    for lang in ("ru", "en"):
        cues = cues_for(lang)
        expected = _reference_clauses(text, lang)
        assert expected == _clauses(tokens(text, 0, lang), cues.openers, cues.always_opens)


def _corpus_texts() -> list[str]:
    from benchmarks._common import SEED, corpus

    return [SEED.read_text(encoding="utf-8"), *corpus(60_000)]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_cue_unions_are_the_unions(lang: str) -> None:
    """The unions stored on the cues are those of the lists they join."""
    cues = cues_for(lang)
    assert (cues.up | cues.down, cues.by | cues.to) == (cues.change, cues.by_to)
    assert sorted(cues.suffixes) == list(cues.suffix_tuple)


def test_sentences_without_candidates_have_no_figures() -> None:
    """Skipping a sentence whose numbers all fail the skip rules loses no figure, and passing
    the candidates on finds the figures the full pass finds."""
    checked = 0
    for text in _corpus_texts():
        doc = Document(make_source(text))
        for sentence in doc.sentences:
            inside = [n for n in doc.numbers if sentence.span.start <= n.span.start < sentence.span.end]
            if not inside:
                continue
            here = [d for d in doc.dates if sentence.span.start <= d.span.start < sentence.span.end]
            view = view_of(doc.text, sentence.span, sentence.paragraph, doc.lang)
            kept = candidates(doc.text, inside, here, doc.lang)
            full = figures_of(view, doc.text, inside, here)
            assert full == figures_of(view, doc.text, inside, here, kept)
            assert kept or not full
            checked += 1
    assert checked > 100
