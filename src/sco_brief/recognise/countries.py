"""Countries and cities of the SCO world in Russian and English text.

``find_countries`` finds every way a text names a state: its full or short name ("Кыргызская
Республика", "Кыргызстан"), an older name ("Киргизия"), an adjective ("кыргызская сторона"),
an abbreviation ("КР", "PRC") or its capital ("Бишкек"). ``find_cities`` finds cities and gives
their English names. The facts come from ``data/countries.toml`` and ``data/cities.toml``, the
names from ``lang/<lang>/countries.toml`` and ``lang/<lang>/cities.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import cache
from typing import Any

import attrs

from sco_brief.lang import load_toml
from sco_brief.model import Span
from sco_brief.recognise._gazetteer import Entry, Lexicon, adjective_forms, noun_phrase_forms
from sco_brief.recognise._gazetteer_memo import remembered

__all__ = [
    "FORMS",
    "CityMention",
    "CitySpan",
    "CountryMention",
    "CountrySpan",
    "capital_of",
    "city_country",
    "country_codes",
    "find_cities",
    "find_city_spans",
    "find_countries",
    "find_country_spans",
    "possessive_country_before",
]

FORMS: tuple[str, ...] = ("name", "adjective", "abbr", "capital")
# An English possessive ending right before a position: "Russia's ", "India’s ".
_POSSESSIVE_END = re.compile(r"([A-Z][A-Za-z .]{1,30})['’]s\s+$")
# (start, end, ISO code, form) and (start, end, English name): mentions without the objects.
CountrySpan = tuple[int, int, str, str]
CitySpan = tuple[int, int, str]
_LANGS = ("ru", "en")


@attrs.frozen(kw_only=True)
class CountryMention:
    """A state named in a text: where, as written, its ISO alpha-2 code, and how it was named."""

    span: Span
    text: str
    code: str
    form: str  # one of FORMS


@attrs.frozen(kw_only=True)
class CityMention:
    """A city named in a text, with its English name and its country's ISO alpha-2 code."""

    span: Span
    text: str
    name: str
    country: str


def country_codes() -> frozenset[str]:
    """ISO alpha-2 codes of every SCO member, partner and regular guest."""
    return frozenset(load_toml("data", "countries"))


def capital_of(code: str) -> str | None:
    """English name of the capital of the state with ISO alpha-2 ``code``."""
    facts: dict[str, Any] = load_toml("data", "countries").get(code, {})
    capital = facts.get("capital")
    return capital if isinstance(capital, str) else None


def city_country(city: str) -> str | None:
    """ISO alpha-2 code of the country of a city given by its English name."""
    found = load_toml("data", "cities").get("cities", {}).get(city)
    return found if isinstance(found, str) else None


def find_countries(text: str, lang: str = "ru", *, forms: Collection[str] = FORMS) -> Iterator[CountryMention]:
    """Yield the states that ``text`` names, in text order; never raises.

    Args:
        text: any text.
        lang: "ru" or "en" (anything else reads as "ru").
        forms: which kinds of mention to yield; e.g. ``("name", "adjective", "abbr")`` leaves out
            capitals, which often stand for a venue rather than for a state.
    """
    if not isinstance(text, str) or not text:
        return
    for mention in remembered(("countries", text, _lang(lang)), lambda: _countries(text, _lang(lang))):
        if mention.form in forms:
            yield mention


def find_country_spans(
    text: str, lang: str = "ru", *, forms: Collection[str] = FORMS, within: tuple[int, int] | None = None
) -> Iterator[CountrySpan]:
    """What :func:`find_countries` finds, as bare (start, end, code, form) tuples, for hot loops.

    With ``within=(start, end)``: the states of ``text[start:end]`` (as ``find_countries`` of that
    piece finds them), with offsets into ``text``, read off the whole text's matches.
    """
    if not isinstance(text, str) or not text:
        return
    lexicon = _country_lexicon(_lang(lang))
    if within is None:
        kept = remembered(("country spans", text, _lang(lang)), lambda: _kept(tuple(lexicon.find(text))))
    else:
        kept = _kept(lexicon.find_in(text, *within))
    for found in kept:
        if found[3] in forms:
            yield found


def _countries(text: str, lang: str) -> tuple[CountryMention, ...]:
    """Every state mention of ``text``, whatever its form (forms are filtered by the caller)."""
    return tuple(
        CountryMention(span=Span(start=s, end=e), text=text[s:e], code=code, form=form)
        for s, e, code, form in _kept(tuple(_country_lexicon(lang).find(text)))
    )


def _kept(matches: tuple[tuple[int, int, Entry], ...]) -> list[CountrySpan]:
    """The lexicon's matches as state mentions: an ambiguous abbreviation ("РК") counts only for a
    state the same text names otherwise, and then as an abbreviation."""
    named = {entry.key for _s, _e, entry in matches if entry.form not in ("abbr_in_context", "capital")}
    kept: list[CountrySpan] = []
    for start, end, entry in matches:
        if entry.form != "abbr_in_context":
            kept.append((start, end, entry.key, entry.form))
        elif entry.key in named:
            kept.append((start, end, entry.key, "abbr"))
    return kept


def find_cities(text: str, lang: str = "ru") -> Iterator[CityMention]:
    """Yield the cities that ``text`` names, in text order; never raises."""
    if not isinstance(text, str) or not text:
        return
    yield from remembered(("cities", text, _lang(lang)), lambda: _cities(text, _lang(lang)))


def find_city_spans(text: str, lang: str = "ru", *, within: tuple[int, int] | None = None) -> Iterator[CitySpan]:
    """What :func:`find_cities` finds, as bare (start, end, English name) tuples; ``within`` as in
    :func:`find_country_spans`."""
    if not isinstance(text, str) or not text:
        return
    lexicon = _city_lexicon(_lang(lang))
    for start, end, entry in lexicon.find_in(text, *within) if within is not None else lexicon.find(text):
        yield start, end, entry.key


def _cities(text: str, lang: str) -> tuple[CityMention, ...]:
    return tuple(
        CityMention(span=Span(start=start, end=end), text=text[start:end], name=entry.key, country=entry.form)
        for start, end, entry in _city_lexicon(lang).find(text)
    )


def _lang(lang: str) -> str:
    return lang if lang in _LANGS else "ru"


@cache
def _country_lexicon(lang: str) -> Lexicon:
    lexicon = Lexicon()
    for code, names in load_toml(lang, "countries").items():
        _add_country(lexicon, lang, code, names)
    cities = _city_names(lang)
    for code in country_codes():
        capital = capital_of(code)
        if capital is not None:
            lexicon.add_all(cities.get(capital, ()), Entry(code, "capital", capital_first=True))
    return lexicon


def _add_country(lexicon: Lexicon, lang: str, code: str, names: dict[str, Any]) -> None:
    phrases = [*names.get("names", ()), *names.get("old", ())]
    adjectives = list(names.get("adjectives", ()))
    if lang == "ru":
        phrases = sorted({form for phrase in phrases for form in noun_phrase_forms(phrase)})
        adjectives = sorted({form for lemma in adjectives for form in adjective_forms(lemma)})
    lexicon.add_all(phrases, Entry(code, "name", capital_first=True))
    lexicon.add_all(adjectives, Entry(code, "adjective", capital_first=lang == "en"))
    lexicon.add_all(names.get("abbr", ()), Entry(code, "abbr", exact=True))
    lexicon.add_all(names.get("abbr_in_context", ()), Entry(code, "abbr_in_context", exact=True))


@cache
def _city_names(lang: str) -> dict[str, tuple[str, ...]]:
    """English city name -> every form of it in ``lang`` (Russian: all cases)."""
    table: dict[str, list[str]] = load_toml(lang, "cities").get("cities", {})
    result: dict[str, tuple[str, ...]] = {}
    for city in load_toml("data", "cities").get("cities", {}):
        names = list(table.get(city, ()))
        if lang == "ru":
            result[city] = tuple(sorted({f for name in names for f in noun_phrase_forms(name)}))
        else:
            result[city] = (city, *names)
    return result


@cache
def _city_lexicon(lang: str) -> Lexicon:
    lexicon = Lexicon()
    for city, names in _city_names(lang).items():
        country = city_country(city) or ""
        lexicon.add_all(names, Entry(city, country, capital_first=True))
    return lexicon


def possessive_country_before(text: str, start: int) -> str | None:
    """The state of an English possessive ending at ``start`` ("Russia's Andrei Belousov" -> RU), or None."""
    found = _POSSESSIVE_END.search(text, max(0, start - 40), start)
    if found is None:
        return None
    codes = [code for _start, _end, code, _form in find_country_spans(found[1], lang="en")]
    return codes[-1] if codes else None
