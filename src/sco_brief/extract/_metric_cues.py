"""Language cues of the metrics extractor and the word tokens they are matched against.

The cues live in ``lang/<lang>/metrics.toml``; Russian words are matched by lemma through
pymorphy3, so one listed lemma covers all of its inflected forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any, NamedTuple

import attrs

from sco_brief.errors import LanguageDataError
from sco_brief.lang import load_toml
from sco_brief.morph import lemma, parses

__all__ = ["Cues", "Token", "cues_for", "form_has", "likely_parses", "tokens"]

# Words (with inner hyphens or apostrophes), numbers with separators, or one other character.
_UNLIKELY = 0.005
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‑'’][^\W\d_]+)*|\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?|\S")


class Token(NamedTuple):
    """One word or punctuation mark of a sentence, with document offsets (a named tuple: cheap to make).

    The lower-case form, the lemma, whether it is a word and the likeliest tag are stored: the
    rules read them hundreds of times per sentence, and a field is far cheaper than a property.
    """

    start: int
    end: int
    text: str
    lang: str
    lower: str
    lemma: str  # the pymorphy3 lemma of a Russian word, else ``lower``
    is_word: bool
    tag: str  # the most likely pymorphy3 tag as text ("" for English and non-words)

    def has(self, *grammemes: str) -> bool:
        """Whether any parse of the word carries all ``grammemes`` (the POS counts as one)."""
        if self.lang != "ru" or not self.is_word:
            return False
        return form_has(self.lower, grammemes)


# Cached per word form: the subject and kind rules ask about the same words many times.
@lru_cache(maxsize=65536)
def form_has(word: str, grammemes: tuple[str, ...]) -> bool:
    """Whether any likely parse of the Russian word form carries all ``grammemes``."""
    return any(all(g in p.tag for g in grammemes) for p in likely_parses(word))


@lru_cache(maxsize=65536)
def likely_parses(word: str) -> tuple[Any, ...]:
    """The parses of ``word`` that pymorphy3 deems possible (a zero score means a dictionary oddity
    such as "в" read as an abbreviated noun)."""
    found = parses(word)
    kept = tuple(p for p in found if p.score > _UNLIKELY)
    return kept or found


def tokens(text: str, offset: int, lang: str) -> tuple[Token, ...]:
    """Tokens of ``text`` whose offsets are shifted by ``offset`` (the text's place in the document)."""
    found = [(m.start() + offset, m.end() + offset, m.group(), lang) for m in _TOKEN.finditer(text)]
    form = _ru_form if lang == "ru" else _form
    # tuple.__new__ skips the named tuple's Python-level __new__: tokens are made by the thousand.
    return tuple([_new(Token, place + form(place[2])) for place in found])


_new = tuple.__new__


# The word-form fields of a token (lower, lemma, is_word, tag), cached per form: a lemma costs a
# pymorphy3 parse, and news vocabulary repeats.
@lru_cache(maxsize=65536)
def _ru_form(word: str) -> tuple[str, str, bool, str]:
    low, alpha = word.lower(), word[:1].isalpha()
    if not alpha:
        return low, low, alpha, ""
    found = parses(low)
    return low, lemma(low), alpha, str(found[0].tag) if found else ""


@lru_cache(maxsize=65536)
def _form(word: str) -> tuple[str, str, bool, str]:
    low = word.lower()
    return low, low, word[:1].isalpha(), ""


def _words(table: Mapping[str, Any], key: str) -> frozenset[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(f"metrics.toml: '{key}' must be a list of strings, got {value!r}")
    return frozenset(v.lower() for v in value)


def _phrases(table: Mapping[str, Any], key: str, lang: str) -> tuple[str, ...]:
    """Phrases as the space-joined lower-case tokens a sentence is matched in ("г/г" is "г / г")."""
    return tuple(sorted(" ".join(t.lower for t in tokens(v, 0, lang)) for v in _words(table, key)))


@attrs.frozen
class Cues:
    """The cue words of one language (lower-case lemmas for Russian, forms for English)."""

    up: frozenset[str]
    down: frozenset[str]
    comparative_up: frozenset[str]
    comparative_down: frozenset[str]
    by: frozenset[str]
    to: frozenset[str]
    of: frozenset[str]
    level_verbs: frozenset[str]
    lower_bound: frozenset[str]
    share: frozenset[str]
    whole_heads: frozenset[str]
    rank: frozenset[str]
    top: frozenset[str]
    among: frozenset[str]
    superlatives: frozenset[str]
    list_items: frozenset[str]
    classifiers: frozenset[str]
    time_nouns: frozenset[str]
    units: Mapping[str, str]
    same_period: tuple[str, ...]
    present: tuple[str, ...]
    year_on_year: tuple[str, ...]
    back_reference: tuple[str, ...]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    generic: frozenset[str]
    skip: frozenset[str]
    qualifiers: frozenset[str]
    openers: frozenset[str]
    always_opens: frozenset[str]
    scale: frozenset[str]
    number_heads: frozenset[str] = frozenset()  # "число X": a bare count counts X
    phrasal: frozenset[str] = frozenset()  # "make up 45%": verbs whose "up" is no change
    founding: frozenset[str] = frozenset()  # "founded in 2001": the year dates the organisation
    events: frozenset[str] = frozenset()  # "the meeting in Qingdao in June 2025": the date dates the event
    projection: tuple[str, ...] = ()  # "could reduce costs by 30%": a forecast reports no past stretch
    # Unions the rules test words against, made once rather than per word.
    change: frozenset[str] = attrs.field(init=False)  # up | down
    by_to: frozenset[str] = attrs.field(init=False)  # by | to
    suffix_tuple: tuple[str, ...] = attrs.field(init=False)  # suffixes, for one str.startswith

    @suffix_tuple.default
    def _suffix_tuple(self) -> tuple[str, ...]:
        return tuple(sorted(self.suffixes))

    @change.default
    def _change(self) -> frozenset[str]:
        return self.up | self.down

    @by_to.default
    def _by_to(self) -> frozenset[str]:
        return self.by | self.to


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    section = data.get(name)
    if not isinstance(section, dict):
        raise LanguageDataError(f"metrics.toml: section [{name}] is missing")
    return section


@cache
def cues_for(lang: str) -> Cues:
    """The cues of ``lang`` ("ru" or "en"; anything else falls back to Russian)."""
    data = load_toml("en" if lang == "en" else "ru", "metrics")
    change, level, share = _section(data, "change"), _section(data, "level"), _section(data, "share")
    count, period, skip = _section(data, "count"), _section(data, "period"), _section(data, "not_metric")
    subject = _section(data, "subject")
    units = count.get("units", {})
    if not isinstance(units, dict) or not all(isinstance(v, str) for v in units.values()):
        raise LanguageDataError("metrics.toml: [count.units] must map nouns to unit names")
    return Cues(
        up=_words(change, "up"),
        down=_words(change, "down"),
        comparative_up=_words(change, "comparative_up"),
        comparative_down=_words(change, "comparative_down"),
        by=_words(change, "by"),
        to=_words(change, "to"),
        of=_words(change, "of"),
        phrasal=_words(change, "phrasal"),
        number_heads=_words(count, "number_heads"),
        level_verbs=_words(level, "verbs"),
        lower_bound=_words(level, "lower_bound"),
        share=_words(share, "cues"),
        whole_heads=_words(share, "whole_heads"),
        rank=_words(_section(data, "rank"), "nouns"),
        top=_words(_section(data, "rank"), "top"),
        among=_words(_section(data, "rank"), "among"),
        superlatives=_words(_section(data, "rank"), "superlatives"),
        list_items=_words(count, "list_items"),
        classifiers=_words(count, "classifiers"),
        time_nouns=_words(count, "time_nouns"),
        units={k.lower(): v for k, v in units.items()},
        same_period=tuple(sorted(_words(period, "same"))),
        present=tuple(sorted(_words(period, "present"))),
        year_on_year=_phrases(period, "year_on_year", lang),
        back_reference=_phrases(period, "back_reference", lang),
        suffixes=_words(skip, "suffixes"),
        prefixes=_words(skip, "prefixes"),
        generic=_words(subject, "generic"),
        skip=_words(subject, "skip"),
        qualifiers=_words(_section(data, "qualifiers"), "words"),
        openers=_words(_section(data, "clause"), "openers"),
        always_opens=_words(_section(data, "clause"), "always"),
        scale=_words(count, "scale"),
        founding=_words(period, "founding"),
        events=_words(period, "events"),
        projection=_phrases(period, "projection", lang),
    )
