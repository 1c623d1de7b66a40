"""The date vocabulary of one language, read from ``lang/<lang>/dates.toml`` and turned into regex pieces.

Russian lemmas are expanded with pymorphy3 into all their forms, so the data lists only dictionary
forms. The pieces are plain regex strings; the rules in ``_date_rules_*`` compose them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import attrs

from sco_brief.errors import LanguageDataError
from sco_brief.lang import load_toml
from sco_brief.morph import parses
from sco_brief.recognise._word_tree import word_tree

__all__ = ["DASH", "HYPHEN", "MASK", "Lexicon", "alternation", "count_forms", "lexicon"]

# Word numerals are overwritten with this private-use character (same length), so rules can treat
# "двадцать восьмого" like "28" while every offset still points into the original text.
MASK = "\ue000"

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
DASH = rf"\s*[{_DASHES}]\s*"
HYPHEN = rf"[{_DASHES}]"


@attrs.frozen(kw_only=True)
class Lexicon:
    """Word forms of one language mapped to their meaning, plus regex alternations of them."""

    lang: str
    months: dict[str, int]  # lower-case form -> 1..12
    weekdays: dict[str, int]  # lower-case form -> 0 (Monday)..6
    durations: dict[str, int]  # lower-case unit form -> months per unit (0: shorter than a month)
    bare_durations: dict[str, int]  # one-word durations ("полгода") -> months
    month_words: frozenset[str]  # forms of "месяц" / "month"
    relative: tuple[tuple[str, str, int], ...]  # (regex, meaning, count)
    last_years: str  # regex alternation of "последние"-like adjectives
    year_tail: str  # regex of what may follow a year ("году", "г.", "-го")
    year_words: str  # regex alternation of year nouns
    year_prepositions: str
    quarter_words: str
    half_words: str
    loose_half: frozenset[str]  # half words that need a year after them ("половина")
    decade_suffixes: str  # what follows a year ending in 0 to make it a decade ("-х", "s")
    age_words: str  # words just before a number that make "N лет" an age
    age_after: str  # words just after "N лет" that make it an age ("от роду", "old")
    target_prepositions: str  # prepositions making a year a plan's horizon ("к 2030 году")
    year_link: str  # regex between a part of a year and a relative year after it
    extra: dict[str, Any]  # the rest of the TOML, for language-specific rules

    def weekday_alt(self) -> str:
        return alternation(self.weekdays)

    def duration_alt(self) -> str:
        return alternation(self.durations)

    def month_word_alt(self) -> str:
        return alternation(self.month_words)


def alternation(words: Iterable[str]) -> str:
    """A regex of any of ``words``, longest first (so "сентября" is tried before "сен").

    It opens with a lookahead on the possible first letters: Python's regex engine would otherwise try
    the whole alternation at every position of the text, which made month rules ten times slower.
    The words are written as a prefix tree where that keeps their order (see ``_word_tree``).
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    first = "".join(sorted({re.escape(c) for w in unique for c in (w[0], w[0].lower(), w[0].upper())}))
    return f"(?=[{first}])(?:{word_tree(unique)})"


def _forms(lemma: str) -> set[str]:
    """Every form of ``lemma`` in every case and number, by pymorphy3 (plus the lemma itself)."""
    forms = {lemma}
    for parse in parses(lemma):
        if parse.normal_form == lemma:
            forms.update(str(f.word) for f in parse.lexeme)
    return forms


def count_forms(lemma: str) -> set[str]:
    """The forms of ``lemma`` that follow a count ("три квартала", "первых трёх кварталах"): plural or genitive."""
    forms: set[str] = set()
    for parse in parses(lemma):
        if parse.normal_form == lemma:
            forms.update(str(f.word) for f in parse.lexeme if "plur" in f.tag or "gent" in f.tag)
    return forms


def _ru_relative(data: dict[str, Any]) -> tuple[tuple[str, str, int], ...]:
    result = []
    for entry in data.get("relative", []):
        adjectives = {form for lemma in entry["adjectives"] for form in _forms(lemma)}
        nouns = _forms(entry["noun"])
        pattern = rf"(?:{alternation(adjectives)})\s+(?:{alternation(nouns)})"
        result.append((pattern, str(entry["meaning"]), int(entry["count"])))
    for meaning, phrases in data.get("phrases", {}).items():
        for phrase in phrases:
            result.append((r"\s+".join(re.escape(w) for w in phrase.split()), meaning, _phrase_count(meaning)))
    return tuple(result)


def _phrase_count(meaning: str) -> int:
    return {"yesterday": 1, "day_before_yesterday": 2, "tomorrow": 1}.get(meaning, 0)


def _ru_months(data: dict[str, Any]) -> dict[str, int]:
    months: dict[str, int] = {}
    for number, (lemma, abbreviations) in enumerate(zip(data["months"], data["month_abbreviations"], strict=True), 1):
        months.update({form: number for form in _forms(lemma)})
        months.update({abbr: number for abbr in abbreviations})
    return months


def _ru_year_tail(data: dict[str, Any], years: set[str]) -> str:
    """What may follow a year: a glued ending ("-го"), then a year word or abbreviation ("году", "г.")."""
    abbreviations = alternation(a.rstrip(".") for a in data["year_abbreviations"])
    suffixes = alternation(data["year_suffixes"])
    return (
        rf"(?:{HYPHEN}(?:{suffixes})(?![а-яё]))?"
        rf"(?:\s*(?:(?:{alternation(years)})(?![а-яё])|(?:{abbreviations})\.?(?![а-яё])))?"
    )


def _ru(data: dict[str, Any]) -> Lexicon:
    weekdays = {form: i for i, lemma in enumerate(data["weekdays"]) for form in _forms(lemma)}
    durations = {form: int(n) for lemma, n in data["durations"].items() for form in _forms(lemma)}
    bare = {form: int(n) for lemma, n in data.get("durations_bare", {}).items() for form in _forms(lemma)}
    # pymorphy3 also lists the abbreviation "гг" as a form; abbreviations are handled with their dot.
    years = {form for form in _forms(data["year_lemma"]) if len(form) > 2}
    return Lexicon(
        lang="ru",
        months=_ru_months(data),
        weekdays=weekdays,
        durations=durations,
        bare_durations=bare,
        month_words=frozenset(_forms(data["month_lemma"])),
        relative=_ru_relative(data),
        last_years=alternation(f for lemma in data["last_years"]["adjectives"] for f in _forms(lemma)),
        year_tail=_ru_year_tail(data, years),
        year_words=alternation(years),
        year_prepositions=alternation(data["year_prepositions"]),
        target_prepositions=alternation(data["target_prepositions"]),
        year_link=r"\s+",
        quarter_words="|".join(
            [alternation(_forms(data["quarter_lemma"])), *(re.escape(a) for a in data["quarter_abbreviations"])]
        ),
        half_words=alternation(_forms(data["half_lemma"]) | _forms(data["half_loose_lemma"])),
        loose_half=frozenset(_forms(data["half_loose_lemma"])),
        decade_suffixes=alternation(data["decade_suffixes"]),
        age_words=alternation(f for lemma in data["age_words"] for f in _forms(lemma)),
        age_after=alternation(data["age_after"]),
        extra=data,
    )


def _en(data: dict[str, Any]) -> Lexicon:
    months = {}
    for number, spellings in enumerate(data["months"], 1):
        for spelling in spellings:
            months.update({spelling: number, spelling.upper(): number})
    weekdays = {}
    for i, name in enumerate(data["weekdays"]):
        weekdays.update({name: i, name.upper(): i})
    relative = tuple(
        (r"\s+".join(re.escape(w) for w in phrase.split()), str(meaning), int(count))
        for phrase, (meaning, count) in data["relative"].items()
    )
    return Lexicon(
        lang="en",
        months=months,
        weekdays=weekdays,
        durations={unit: int(n) for unit, n in data["durations"].items()},
        bare_durations={unit: int(n) for unit, n in data.get("durations_bare", {}).items()},
        month_words=frozenset({"month", "months"}),
        relative=relative,
        last_years=alternation(data["last_years"]["adjectives"]),
        year_tail="",
        year_words=alternation(data["year_words"]),
        year_prepositions=alternation(data["year_prepositions"]),
        target_prepositions=alternation(data["target_prepositions"]),
        year_link=rf"\s+(?:(?:{alternation(data['year_links'])})\s+)?",
        quarter_words="quarter",
        half_words="half",
        loose_half=frozenset(),
        decade_suffixes="s",
        age_words=alternation(data["age_words"]),
        age_after=alternation(data["age_after"]),
        extra=data,
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """The date vocabulary of ``lang`` ("ru" or "en"), built once."""
    builders = {"ru": _ru, "en": _en}
    if lang not in builders:
        raise LanguageDataError(f"no date vocabulary for language {lang!r}; expected 'ru' or 'en'")
    data = load_toml(lang, "dates")
    try:
        return builders[lang](data)
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"lang/{lang}/dates.toml does not follow its schema: {exc!r}") from exc
