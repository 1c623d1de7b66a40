"""Position titles in text: "Председателя Правительства Российской Федерации", "Chinese Premier".

A title match carries its canonical English position (composed with ministry fields:
"министр энергетики" -> "Minister of Energy"), the country its complement or modifier names,
and, in Russian, the grammatical case of its head word, which tells the case of the name after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

import attrs

from sco_brief.lang import load_toml
from sco_brief.model import Span
from sco_brief.morph import inflect, parses
from sco_brief.recognise._gazetteer import Entry, Lexicon, Words, fold, lemma_key, word_lists
from sco_brief.recognise._gazetteer_memo import remembered
from sco_brief.recognise.countries import CountrySpan, find_country_spans

__all__ = ["TitleMention", "find_titles", "head_case", "nominative_title"]

_CASE_ORDER = ("nomn", "ablt", "datv", "gent", "accs", "loct")
_FIELD_GLUE = re.compile(r"\s*(?:,|\bи\b|\band\b|&)?\s*")
_EN_OF = re.compile(r"\s+(?:of|for)\s+")
# "Deputy Prime Minister and Minister of ...", "Заместитель Председателя ..., министр иностранных дел".
_AND = re.compile(r"\s*,\s*|\s+(?:and|и)\s+")
_EN_COUNTRY_OF = re.compile(r",?\s+of\s+(?:the\s+)?")
# "Minister for Planning, Development and Special Initiatives": fields join by commas too.
_EN_FIELD_GLUE = re.compile(r",?\s+(?:and\s+|&\s+)?")
_SPACES = re.compile(r"\s+")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")


@attrs.frozen(kw_only=True)
class TitleMention:
    """A position title: its span (with fields and country complement), position, kind, country."""

    span: Span
    text: str
    written: str  # the title words and ministry fields as written, without the country
    position: str
    kind: str
    country: str | None
    case: str


def find_titles(text: str, lang: str = "ru") -> Iterator[TitleMention]:
    """Yield the position titles of ``text`` in order; never raises."""
    if not isinstance(text, str) or not text:
        return
    lang = "en" if lang == "en" else "ru"
    yield from remembered(("titles", text, lang), lambda: _find_titles(text, lang))


def _find_titles(text: str, lang: str) -> tuple[TitleMention, ...]:
    specs, lexicon = _titles(lang)
    found_words = list(lexicon.find(text))
    if not found_words:
        return ()
    words = word_lists(text)
    by_start = _WordAt(words.starts)
    countries = _Countries(find_country_spans(text, lang=lang))
    found = [
        _build(text, lang, specs[int(entry.key)], words, by_start, countries, (start, end))
        for start, end, entry in found_words
    ]
    return tuple(_merged(text, found))


def _merged(text: str, found: list[TitleMention]) -> Iterator[TitleMention]:
    """Join "Deputy Prime Minister and Minister of Foreign Affairs" into one double title."""
    index = 0
    while index < len(found):
        title = found[index]
        nxt = found[index + 1] if index + 1 < len(found) else None
        if nxt is not None and _AND.fullmatch(text[title.span.end : nxt.span.start]):
            title = attrs.evolve(
                title,
                span=Span(start=title.span.start, end=nxt.span.end),
                text=text[title.span.start : nxt.span.end],
                written=title.written + text[title.span.end : nxt.span.start] + nxt.written,
                position=f"{title.position} and {nxt.position}",
                country=nxt.country or title.country,
            )
            index += 1
        index += 1
        yield title


def _build(
    text: str,
    lang: str,
    spec: dict[str, Any],
    words: Words,
    by_start: _WordAt,
    countries: _Countries,
    bounds: tuple[int, int],
) -> TitleMention:
    start, end = bounds
    position = str(spec.get("en") or _squash(text[start:end]))
    if spec.get("ministry"):
        fields, end = (_ru_fields if lang == "ru" else _en_fields)(text, words, by_start, end)
        if fields:
            position = f"{position} of {_join(fields)}" if lang == "ru" else position + fields[0]
    if lang == "en" and spec["kind"] == "minister":
        start = _en_modifier_start(text, words, by_start, start)
        if not spec.get("en"):
            position = _squash(text[start:end])
    country, full_end = _complement(text, lang, countries, end)
    country = country or _modifier_country(text, countries, start) or spec.get("country")
    case = _title_case(text[bounds[0] : bounds[1]]) if lang == "ru" else "nomn"
    return TitleMention(
        span=Span(start=start, end=full_end),
        text=text[start:full_end],
        written=text[start:end],
        position=position,
        kind=str(spec["kind"]),
        country=country,
        case=case,
    )


# Cached per title as written (a few words): the same titles recur in every text.
@lru_cache(maxsize=8192)
def _title_case(title: str) -> str:
    return head_case(_head_noun(title.split()))


def _head_noun(words: list[str]) -> str:
    """The first noun of a title: "Генерального секретаря" shows its case on "секретаря", since the
    adjective before it has no noun reading."""
    return next((w for w in words if any(p.tag.POS == "NOUN" for p in parses(w))), words[0])


def head_case(word: str) -> str:
    """The most telling grammatical case of a Russian noun form ("Председателя" -> "gent")."""
    found = {str(p.tag.case) for p in parses(word) if p.tag.POS == "NOUN" and p.tag.case}
    for case in _CASE_ORDER:
        if case in found:
            return "gent" if case == "accs" else case
    return "nomn"


def nominative_title(written: str, case: str) -> str:
    """A Russian title back in the nominative: "Председателя Кабинета Министров" -> "Председатель
    Кабинета Министров". Only the words up to the head noun decline; the complement stays."""
    words = written.split()
    if case == "nomn":
        return " ".join(words)
    result = []
    for index, word in enumerate(words):
        parse = next((p for p in parses(word) if p.tag.case in (case, "accs" if case == "gent" else case)), None)
        form = inflect(parse, {"nomn"}) if parse is not None else None
        result.append(_keep_capital(word, str(form.word)) if form is not None else word)
        if parse is None or parse.tag.POS == "NOUN":
            return " ".join(result + words[index + 1 :])
    return " ".join(result)


def _keep_capital(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def _squash(text: str) -> str:
    return " ".join(text.split())


def _join(fields: list[str]) -> str:
    return fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]


def _ru_fields(text: str, words: Words, by_start: _WordAt, end: int) -> tuple[list[str], int]:
    """Ministry fields after "министр": "водных ресурсов, сельского хозяйства и ..."."""
    fields: list[str] = []
    lexicon, names = _ru_field_lexicon()
    while True:
        glue = _FIELD_GLUE.match(text, end)
        index = by_start.get(glue.end()) if glue else None
        hit = lexicon.match_word(text, index) if index is not None else None
        if hit is None or index is None:
            return fields, end
        fields.append(names[int(hit[1].key)])
        end = words.ends[index + hit[0] - 1]


def _en_fields(text: str, words: Words, by_start: _WordAt, end: int) -> tuple[list[str], int]:
    """ " of Foreign Affairs", " for Commerce" after "Minister" (field words only)."""
    glue = _EN_OF.match(text, end)
    if glue is None:
        return [], end
    vocabulary = _en_field_words()
    index = by_start.get(glue.end())
    last = None
    while index is not None and index < len(words.texts) and words.texts[index] in vocabulary:
        last = words.ends[index]
        nxt = _EN_FIELD_GLUE.match(text, last)
        index = by_start.get(nxt.end()) if nxt else None
    if last is None:
        return [], end
    return [text[end:last]], last


def _en_modifier_start(text: str, words: Words, by_start: _WordAt, start: int) -> int:
    """Stretch "Minister" back over field words: "External Affairs Minister", "Planning Minister"."""
    vocabulary = _en_field_words()
    index = by_start.get(start)
    while index and words.texts[index - 1] in vocabulary and _SPACES.fullmatch(text, words.ends[index - 1], start):
        index -= 1
        start = words.starts[index]
    return start


class _WordAt:
    """The index of the word starting at an offset, by bisection: a text asks about a few offsets."""

    def __init__(self, starts: list[int]) -> None:
        self._starts = starts

    def get(self, offset: int) -> int | None:
        index = bisect.bisect_left(self._starts, offset)
        return index if index < len(self._starts) and self._starts[index] == offset else None


class _Countries:
    """A text's country mentions (in order, disjoint), found by where they start or end."""

    def __init__(self, mentions: Iterable[CountrySpan]) -> None:
        self.mentions = list(mentions)
        self.by_start = {m[0]: m for m in self.mentions}
        self.ends = [m[1] for m in self.mentions]


def _complement(text: str, lang: str, countries: _Countries, end: int) -> tuple[str | None, int]:
    """A country right after the title: "Российской Федерации", "КНР", "of the Kyrgyz Republic"."""
    if lang == "en":
        glue = _EN_COUNTRY_OF.match(text, end)
        gap_end = glue.end() if glue else end
    else:
        gap = _SPACES.match(text, end)
        gap_end = gap.end() if gap else end
    mention = countries.by_start.get(gap_end)
    if mention is not None and gap_end > end and mention[3] in ("name", "abbr"):
        return mention[2], mention[1]
    return None, end


def _modifier_country(text: str, countries: _Countries, start: int) -> str | None:
    """A country just before the title: "российского премьера", "Kazakhstan's Foreign Minister"."""
    first = bisect.bisect_left(countries.ends, start - 4)
    for _start, end, code, form in countries.mentions[first : bisect.bisect_right(countries.ends, start)]:
        if form in ("name", "adjective", "abbr") and _POSSESSIVE_GAP.fullmatch(text, end, start):
            return code
    return None


@cache
def _titles(lang: str) -> tuple[list[dict[str, Any]], Lexicon]:
    specs: list[dict[str, Any]] = list(load_toml(lang, "positions").get("titles", ()))
    specs += [variant for spec in specs if spec.get("national") for variant in _national_variants(lang, spec)]
    lexicon = Lexicon(key=_title_key if lang == "ru" else fold)
    for index, spec in enumerate(specs):
        lexicon.add(str(spec["title"]), Entry(str(index), "title"))
    return specs, lexicon


def _national_variants(lang: str, spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """ "Secretary of the Russian Security Council": the title with a state's adjective after "the",
    whose position is the plain title and whose country is that state."""
    head, sep, tail = str(spec["title"]).partition(" the ")
    for code, names in load_toml(lang, "countries").items() if sep else ():
        for adjective in names.get("adjectives", ()):
            title = f"{head} the {adjective} {tail}"
            yield {**spec, "title": title, "en": spec.get("en") or spec["title"], "country": code}


@cache
def _title_lemmas() -> frozenset[str]:
    specs = load_toml("ru", "positions").get("titles", ())
    return frozenset(lemma_key(word) for spec in specs for word in str(spec["title"]).split())


@lru_cache(maxsize=65536)
def _title_key(word: str) -> str:
    """The lemma key of a word, preferring a reading that belongs to a title: "Премьеру" is
    likelier the accusative of "премьера" (a première), but before "Государственного совета"
    it is the dative of "премьер"."""
    key = lemma_key(word)
    if key in _title_lemmas() or (len(word) > 1 and word.isupper()):
        return key
    readings = (fold(p.normal_form) for p in parses(word) if p.tag.POS == "NOUN" and "anim" in p.tag)
    return next((r for r in readings if r in _title_lemmas()), key)


@cache
def _ru_field_lexicon() -> tuple[Lexicon, list[str]]:
    fields: dict[str, str] = load_toml("ru", "positions").get("fields", {})
    lexicon = Lexicon(key=lemma_key)
    names = list(fields.values())
    for index, phrase in enumerate(fields):
        lexicon.add(phrase, Entry(str(index), "field"))
    return lexicon, names


@cache
def _en_field_words() -> frozenset[str]:
    return frozenset(load_toml("en", "positions").get("fields", {}).get("words", ()))
