"""The initiatives fast paths find exactly what the slow paths they skip would have found.

Each fast path answers "may this sentence hold X?" with a cheap test; these properties check
that it never says no where the slow test (the regex or token scan it stands in front of) says yes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sco_brief.extract._initiative_cues import _UNSAFE, SentenceCues, cue_stems, literal_stems
from sco_brief.extract._initiative_directions import _pattern, _stated
from sco_brief.extract._initiative_projects import (
    RULES,
    _head_key,
    _ru_candidates,
    any_head,
    may_name_project,
    project_sentences,
)
from sco_brief.extract._initiative_proposals import _cue_pattern, _speech_tokens, _token_after
from sco_brief.extract._initiative_text import tokenize
from sco_brief.extract._initiative_who import _name_pattern
from sco_brief.segment import sentences
from tests.strategies import fast_path_texts, initiative_texts, names_in_text

CUE_TABLES = [("proposals", "cue_patterns"), ("directions", "inline_cues"), ("stated", "patterns")]


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["предлож", "выдвинул\\w*"], ("предлож", "выдвинул")),
        (["call(?:ed|s|ing)? for", "Propos"], ("call", "propos")),
        (["тем[аы]\\b", "мер\\b"], ("тем", "мер")),
        (["ab?c"], ("a",)),
        (["ab*", "abc{2}"], ("a", "ab")),
        (["(?:identified|named)\\s+x"], None),
        (["a|b"], None),
        (["\\w+"], None),
        (["a(?:x|y)|b"], None),
        (["a[|]b"], ("a",)),
    ],
)
def test_literal_stems(patterns: list[str], expected: tuple[str, ...] | None) -> None:
    """A stem is the literal every match of the pattern starts with, or None when there is none."""
    assert expected == literal_stems(patterns)


def test_safe_characters_lower_case_as_ignorecase_matches() -> None:
    """On every character the cue index trusts, lower case agrees with re.IGNORECASE on every stem letter."""
    letters = {c for lang in ("ru", "en") for table in CUE_TABLES for s in cue_stems(lang, *table) or () for c in s}
    safe = [chr(c) for c in range(0x110000) if not _UNSAFE.match(chr(c))]
    wrong = [
        (c, letter)
        for c in safe
        for letter in letters
        if bool(re.fullmatch(re.escape(letter), c, re.IGNORECASE)) != (c.lower() == letter) or len(c.lower()) != 1
    ]
    assert [] == wrong


def _regexes(lang: str, table: tuple[str, str]) -> list[re.Pattern[str]]:
    if table[0] == "proposals":
        return [_cue_pattern(lang)]
    if table[0] == "directions":
        return [_pattern(lang, "inline_cues")]
    return list(_stated(lang))


@given(fast_path_texts(), st.sampled_from(["ru", "en"]), st.sampled_from(CUE_TABLES))
def test_cue_index_keeps_every_sentence_a_cue_regex_matches(text: str, lang: str, table: tuple[str, str]) -> None:
    """Every sentence where a cue regex matches is among the sentences the cue index returns."""
    found = sentences(text)
    matched = [
        i
        for i, s in enumerate(found)
        if any(r.search(text, s.span.start, s.span.end) for r in _regexes(lang, table))
    ]
    kept = set(SentenceCues(text, found).indices(cue_stems(lang, *table)))
    assert [] == [i for i in matched if i not in kept]


def _heads_among_tokens(text: str, start: int, end: int, lang: str) -> bool:
    """The old test: tokenise, then ask each token."""
    heads = any_head(lang)
    tokens = tokenize(text, start, end)
    if lang == "en":
        return any(t.low in heads for t in tokens)
    return any(_head_key(t.text) in heads for t in tokens)


@given(st.one_of(fast_path_texts(), initiative_texts()), st.sampled_from(["ru", "en"]))
@example("Начато строительство Рогунской ГЭС.", "ru")
@example("India backs the Chabahar port.", "en")
def test_head_prefilter_never_skips_a_sentence_with_a_head(text: str, lang: str) -> None:
    """Wherever a token of a span is a project head word, the word-form prefilter says yes."""
    spans = [(0, len(text))] + [(s.span.start, s.span.end) for s in sentences(text)]
    spans += [(start, len(text)) for start in range(0, len(text), 7)]
    missed = [s for s in spans if _heads_among_tokens(text, *s, lang) and not may_name_project(text, *s, lang)]
    assert [] == missed


@given(st.one_of(fast_path_texts(), initiative_texts()), st.sampled_from(["ru", "en"]))
@example("Начато строительство Рогунской ГЭС. Порт\u00a0построен.Дорога", "ru")
@example("б " * 997 + "дорогаqq", "ru")  # the 2000-character cut leaves "дорога" a token of its own
def test_whole_text_head_scan_keeps_every_sentence_the_prefilter_keeps(text: str, lang: str) -> None:
    """One scan of the whole text keeps every sentence the per-sentence head prefilter keeps."""
    found = sentences(text)
    kept = project_sentences(text, found, lang)
    assert [] == [s for s in found if may_name_project(text, s.span.start, s.span.end, lang) and s not in kept]


@given(st.one_of(fast_path_texts(), initiative_texts()))
@example("Начато строительство Рогунской ГЭС и железной дороги Китай — Кыргызстан — Узбекистан.")
@example("Запущены платформа «Торговое окно ШОС» и проект CASA-1000.")
def test_project_rules_fire_only_at_candidate_indices(text: str) -> None:
    """No Russian project rule fires at an index the candidate screen leaves out."""
    tokens = tokenize(text)
    skipped = set(range(len(tokens))) - set(_ru_candidates(tokens))
    fired = [(i, name) for i in sorted(skipped) for name, rule in RULES if rule(tokens, i, text) is not None]
    assert [] == fired


def _old_name_pattern(name: str) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if len(w) > 1 and not w.isupper()]
    alternatives = [re.escape(w[:-1] if len(w) >= 5 else w) + r"\w{0,3}" for w in words]
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)" if alternatives else None


@given(names_in_text, st.lists(st.one_of(fast_path_texts(), names_in_text.map(" ".join)), max_size=6))
def test_name_pattern_finds_what_the_lookbehind_first_pattern_found(names: list[str], parts: list[str]) -> None:
    """Moving the word-start test after the first letter changes no match."""
    text = "".join(parts) + " " + " ".join(n + suffix for n, suffix in zip(names, ["а", "ым", "", "у"], strict=False))
    for name in names:
        old, new = _old_name_pattern(name), _name_pattern(name)
        expected = [m.start() for m in re.finditer(old, text)] if old else []
        assert expected == ([m.start() for m in new.finditer(text)] if new else [])


@given(st.one_of(fast_path_texts(), initiative_texts()), st.data())
def test_token_search_by_bisection_matches_the_linear_scan(text: str, data: st.DataObject) -> None:
    """The first token at an offset and the quote holding it are the ones a scan from the start finds."""
    tokens = tokenize(text)
    offset = data.draw(st.integers(0, len(text) + 1))
    quote = next((t for t in tokens if t.is_quote and t.start < offset < t.end), None)
    expected = tokens if quote is None else tokenize(text, quote.start + 1, quote.end - 1)
    assert next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens)) == _token_after(tokens, offset)
    assert expected == list(_speech_tokens(tokens, offset, text))
