"""Meeting cues in text: SCO bodies, formats, "на полях", and words that put a meeting elsewhere.

These are plain recognisers (text -> spans) over ``lang/<lang>/bodies.toml`` and
``lang/<lang>/verbs.toml``; the meeting and participants extractors decide what they mean.
Russian phrases match by lemma, so every case form matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import attrs

from sco_brief.lang import load_toml
from sco_brief.recognise._gazetteer import Entry, Lexicon, fold, lemma_key, tokens, word_keys
from sco_brief.recognise._gazetteer_memo import remembered

__all__ = ["Cue", "find_cues", "find_cues_in", "has_elsewhere_cue"]


@attrs.frozen
class Cue:
    """A matched cue: offsets, its table ("bodies", "formats", "roles" ...) and its key."""

    start: int
    end: int
    table: str
    key: str


def find_cues(text: str, lang: str, table: str) -> Iterator[Cue]:
    """Yield the cues of one table ("bodies", "formats", "sidelines", "events", "roles") in order."""
    lang = "en" if lang == "en" else "ru"
    yield from remembered(("cues", text, lang, table), lambda: _cues(text, lang, table))


def _cues(text: str, lang: str, table: str) -> tuple[Cue, ...]:
    return tuple(Cue(start, end, table, entry.key) for start, end, entry in _lexicon(lang, table).find(text))


def find_cues_in(text: str, lang: str, table: str, start: int, end: int) -> Iterator[Cue]:
    """The cues of ``text[start:end]`` (a sentence of a document) with offsets into ``text``.

    The same cues as :func:`find_cues` of the piece, shifted; in a document scope they are read
    off the whole text's, which spares slicing and re-scanning every sentence.
    """
    lexicon = _lexicon("en" if lang == "en" else "ru", table)
    for cue_start, cue_end, entry in lexicon.find_in(text, start, end):
        yield Cue(cue_start, cue_end, table, entry.key)


def has_elsewhere_cue(text: str, lang: str) -> bool:
    """Whether ``text`` holds a word that puts a meeting in the future, the past or a reference."""
    return remembered(("elsewhere", text, lang), lambda: _has_elsewhere_cue(text, lang))


def _has_elsewhere_cue(text: str, lang: str) -> bool:
    words = " ".join(word_keys(text, fold))
    return _elsewhere_pattern("en" if lang == "en" else "ru").search(f" {words} ") is not None


@cache
def _elsewhere_pattern(lang: str) -> re.Pattern[str]:
    """One search over the space-joined folded words: " cue " for a phrase, " stem" for "stem*".

    Words hold no spaces, so " stem" matches exactly where a word starts with the stem; a
    stem of several words could never start one word, so it is left out.
    """
    phrases = [f" {re.escape(cue)} " for cue in _elsewhere(lang) if not cue.endswith("*")]
    stems = [_stem_pattern(cue[:-1]) for cue in _elsewhere(lang) if cue.endswith("*") and " " not in cue]
    return re.compile("|".join(phrases + stems) or r"(?!)")


def _stem_pattern(stem: str) -> str:
    # An empty stem starts every word: it matches wherever there is a word at all.
    return f" {re.escape(stem)}" if stem else " (?=[^ ])"


@cache
def _elsewhere(lang: str) -> tuple[str, ...]:
    phrases = load_toml(lang, "bodies").get("elsewhere", {}).get("phrases", ())
    return tuple(" ".join(fold(t.text) for t in tokens(p)) + ("*" if p.endswith("*") else "") for p in phrases)


@cache
def _lexicon(lang: str, table: str) -> Lexicon:
    key = lemma_key if lang == "ru" else fold
    lexicon = Lexicon(key=key)
    data = load_toml(lang, "verbs" if table == "roles" else "bodies").get(table, {})
    for name, phrases in data.items():
        for phrase in phrases:
            exact = bool(re.fullmatch(r"[A-ZА-ЯЁ]{2,}", phrase))
            lexicon.add(phrase, Entry(name, table, exact=exact))
    return lexicon
