"""Person names and the position titles next to them, in Russian and English text.

Names unknown to any dictionary must work (most Central Asian names are), so a name is found by
rule evidence: capitalised words that are not dictionary words, pymorphy3's name and surname
tags, initials ("М.Т. Абдыкалыков"), and a position title right before it ("Премьер-министр
Республики Казахстан Олжас Бектенов"). Names come back in the nominative: the title's case, or
the governing word before the name, tells which case to decline back from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress

import attrs

from sco_brief.lang import load_words
from sco_brief.model import Span
from sco_brief.morph import is_known, parses
from sco_brief.recognise._gazetteer import Token, word_lists
from sco_brief.recognise._gazetteer_memo import remembered
from sco_brief.recognise._gazetteer_names import nominative
from sco_brief.recognise._gazetteer_titles import TitleMention, find_titles
from sco_brief.recognise.countries import find_city_spans, find_country_spans, possessive_country_before

__all__ = ["PersonMention", "TitleMention", "find_persons", "find_titles"]

# Initials right before a surname: "М.Т. ", "Л. ", "A." and the English unstopped "S ".
_INITIALS_END = re.compile(r"(?<![^\W\d_])(?:(?:[А-ЯЁA-Z]\.\s?){1,2}|[A-Z] )$")
_ADJECTIVE_ENDINGS = (
    "ский",
    "ская",
    "ское",
    "ские",
    "ского",
    "ской",
    "скую",
    "ском",
    "ским",
    "ских",
    "скими",
    "цкий",
    "цкая",
    "цкой",
    "цкого",
    "ный",
    "ная",
    "ной",
    "ную",
    "ного",
    "ные",
    "ных",
)
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё\-‑]+")
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "NUMR"}
_NAME_GAP = re.compile(r"[ \u00a0]")
_QUOTED = re.compile(r"«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|„[^“\n]{1,80}“")
_TITLE_GAP = re.compile(r"[\s\w\-‑–—]*")
_DIGIT = re.compile(r"\d")
_COMMA_GAP = re.compile(r",\s*")
_LETTERS = re.compile(r"[^\W\d_]+")
_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ова",
    "ева",
    "ина",
    "зода",
    "заде",
    "ович",
    "евич",
    "енко",
    "ян",
    "швили",
)
# Surname endings in the oblique cases ("Ниязбековым", "Джусупову"), for a noun-like first name before them.
_SURNAME_CASE_ENDINGS = tuple(f"{stem}{case}" for stem in ("ов", "ев", "ин") for case in ("а", "у", "ым", "е", "ой"))
# Kyrgyz and Kazakh patronymic particles that end a name in lower case ("Тургунбек уулу").
_PATRONYMIC_PARTICLES = frozenset({"уулу", "кызы", "улы", "uulu", "kyzy", "uly"})
# A Mongolian patronymic ("Ухнаагийн", "-ын") with a Russian case ending; pymorphy3 guesses an adjective.
_MONGOLIAN_PATRONYMIC_CASES = ("ийном", "ыном", "ийна", "ийну", "ийне")
# Initials written close up to the surname, as Montsame writes them ("Д.Амарбаясгалан").
_CLOSE_INITIALS = re.compile(r"((?:[А-ЯЁA-Z]\.)+) ")
# Governing words before a name that fix its case when no title does.
_CONTEXT_CASE = {
    "словам": "gent",
    "слова": "gent",
    "председательством": "gent",
    "у": "gent",
    "от": "gent",
    "для": "gent",
    "с": "ablt",
    "со": "ablt",
    "к": "datv",
    "о": "loct",
    "об": "loct",
    "при": "loct",
}


@attrs.frozen(kw_only=True)
class PersonMention:
    """A person named in a text.

    ``name`` is the nominative ("Михаил Мишустин" for "Михаилом Мишустиным"); ``words`` its words;
    ``title`` the position title standing right before (or right after) the name; ``strong`` says
    the name has evidence beyond capitals (a title, initials, a name or surname form).
    """

    span: Span
    text: str
    name: str
    words: tuple[str, ...]
    title: TitleMention | None
    strong: bool


# An acronym in brackets right after a run of capitalised words: "(UPI)".
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def find_persons(text: str, lang: str = "ru") -> Iterator[PersonMention]:
    """Yield person names in ``text`` in order, single words included (for "Бектенов отметил")."""
    if not isinstance(text, str) or not text:
        return
    lang = "en" if lang == "en" else "ru"
    yield from remembered(("persons", text, lang), lambda: tuple(_find_persons(text, lang)))


def _find_persons(text: str, lang: str) -> Iterator[PersonMention]:
    titles = list(find_titles(text, lang))
    blocked = _blocked(text, lang, titles)
    for start, end, words in _runs(text, lang, blocked):
        title = _title_before(text, lang, titles, start) or _title_after(text, titles, end)
        case = _case(text, lang, start, title, words)
        nominal = tuple(nominative(words, case)) if lang == "ru" else tuple(words)
        strong = title is not None or any(w.endswith(".") or len(w) == 1 for w in words) or _has_name_form(words)
        strong = strong or (lang == "en" and _possessive_person(text, start, end, words))
        yield PersonMention(
            span=Span(start=start, end=end),
            text=text[start:end],
            name=_as_written(" ".join(nominal), text[start:end]),
            words=nominal,
            title=title,
            strong=strong,
        )


def _possessive_person(text: str, start: int, end: int, words: list[str]) -> bool:
    """ "Russia's Andrei Belousov": a state's possessive before two or more names, unless the words
    then define an acronym of their initials ("India's Unified Payments Interface (UPI)"): a system."""
    if len(words) < 2 or possessive_country_before(text, start) is None:
        return False
    acronym = _ACRONYM_AFTER.match(text, end)
    return acronym is None or acronym[1] != "".join(w[0] for w in words).upper()


def _blocked(text: str, lang: str, titles: list[TitleMention]) -> set[int]:
    """The words no name may overlap (their indices): countries, cities, titles and short quoted
    names of projects."""
    spans = [(start, end) for start, end, _code, _form in find_country_spans(text, lang=lang)]
    spans += [(start, end) for start, end, _name in find_city_spans(text, lang=lang)]
    spans += [(t.span.start, t.span.end) for t in titles]
    spans += [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    starts, ends, _texts = word_lists(text)
    blocked: set[int] = set()
    for start, end in spans:
        if end > start:  # the words ending after the span starts and starting before it ends
            blocked.update(range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)))
    return blocked


def _runs(text: str, lang: str, blocked: set[int]) -> Iterator[tuple[int, int, list[str]]]:
    """Runs of name words separated by single spaces, with initials before them kept."""
    starts, ends, texts = word_lists(text)
    # Only a capitalised, unblocked word can be a name word: the others end a run and start
    # none, so the scan jumps from one such word to the next.
    capitalised = compress(range(len(texts)), [word[0].isupper() for word in texts])
    eligible = [index for index in capitalised if index not in blocked]
    allowed = set(eligible)
    index = eligible[0] if eligible else len(texts)
    while index < len(texts):
        run: list[Token] = []
        while index in allowed and (
            _name_word(lang, texts[index], bool(run))
            or (not run and lang == "ru" and _noun_first_name(text, starts, texts, index, allowed))
            or (len(run) == 1 and lang == "ru" and _noun_surname(run[0].text, texts[index]))
        ):
            if run and not _NAME_GAP.fullmatch(text, run[-1].end, starts[index]):
                break
            run.append(Token(starts[index], ends[index], texts[index]))
            index += 1
        if run and _particle_follows(text, run[-1].end, starts, texts, index):  # "Нурланбек Тургунбек уулу"
            run.append(Token(starts[index], ends[index], texts[index]))
            index += 1
        if run:
            yield _with_initials(text, run)
        else:
            index += 1
        following = bisect.bisect_left(eligible, index)
        index = eligible[following] if following < len(eligible) else len(texts)


def _particle_follows(text: str, run_end: int, starts: list[int], texts: list[str], index: int) -> bool:
    if index >= len(texts) or texts[index] not in _PATRONYMIC_PARTICLES:
        return False
    return bool(_NAME_GAP.fullmatch(text, run_end, starts[index]))


def _as_written(name: str, written: str) -> str:
    """The name with its initials spaced as the text spaces them ("Д.Амарбаясгалан" stays close)."""
    initials = _CLOSE_INITIALS.match(name)
    if initials is None or not written.startswith(initials[1]) or written[len(initials[1]) :][:1].isspace():
        return name
    return name.replace(initials[0], initials[1], 1)


def _noun_first_name(text: str, starts: list[int], texts: list[str], index: int, allowed: set[int]) -> bool:
    """A first name that is also a common noun ("Улан", "Алмаз", "Канат"): it counts when a
    dictionary-unknown surname follows it after one space ("Улан Джусупов", "Каната Джусупова")."""
    following = index + 1
    if following not in allowed or not _NAME_GAP.fullmatch(text, starts[index] + len(texts[index]), starts[following]):
        return False
    return _common_noun(texts[index]) and _unknown_surname(texts[following])


@lru_cache(maxsize=65536)
def _common_noun(word: str) -> bool:
    found = parses(word)
    return (
        bool(found)
        and found[0].tag.POS == "NOUN"
        and word not in _stop_words("ru")
        and not {"Geox", "Orgn", "Abbr"} & set(map(str, found[0].tag.grammemes))
    )


@lru_cache(maxsize=65536)
def _unknown_surname(word: str) -> bool:
    low = word.lower()
    surname = low.endswith(_SURNAME_ENDINGS) or low.endswith(_SURNAME_CASE_ENDINGS)  # "с Уланом Ниязбековым"
    return surname and not is_known(low) and word not in _stop_words("ru")


def _with_initials(text: str, run: list[Token]) -> tuple[int, int, list[str]]:
    start = run[0].start
    names = [t.text for t in run]
    head = text[max(0, start - 6) : start]
    initials = _INITIALS_END.search(head)
    if initials is not None:
        start = start - len(head) + initials.start()
        names.insert(0, initials.group().strip().replace(" ", ""))
    return start, run[-1].end, names


# A pure function of the word form (its place is checked by the caller): cached like morphology.
@lru_cache(maxsize=65536)
def _name_word(lang: str, word: str, inside: bool) -> bool:
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if len(word) == 1:
        # "И" of "Ван И", not a dotted initial (those are attached separately).
        return inside and word in _extra_names(lang)
    if lang == "en":
        return word not in _stop_words("en")
    return _russian_name_word(word, inside)


# Cached per word form: it is a pure function of the word, and a news text repeats its names.
@lru_cache(maxsize=65536)
def _russian_name_word(word: str, inside: bool = False) -> bool:
    if word in _extra_names("ru"):
        return True
    if inside and word.lower().endswith(_SURNAME_ENDINGS) and word not in _stop_words("ru"):
        # After a first name a surname-shaped word is a surname even when the dictionary
        # knows it as a common noun form ("Касым-Жомарт Токаев": "токаев" of "токай").
        return True
    if word in _stop_words("ru") or not _CYRILLIC_WORD.fullmatch(word):
        return False
    found = parses(word)
    if found and found[0].tag.POS in _FUNCTION_POS:
        return False
    known = is_known(word.lower())
    if not known and word.lower().endswith(_ADJECTIVE_ENDINGS):
        return False  # an unknown adjective ("Рогунской ГЭС", "Тяньцзиньскую декларацию")
    if not known and word.lower().endswith(_MONGOLIAN_PATRONYMIC_CASES):
        return True  # "с Ухнаагийном Хурэлсухом": a Mongolian patronymic declined in Russian
    named = any({"Name", "Surn", "Patr"} & set(map(str, p.tag.grammemes)) for p in found)
    if found and found[0].tag.POS in ("ADJF", "PRTF") and "Surn" not in found[0].tag and (known or not named):
        return False  # a known adjective ("Чуйской области"); an unknown "Хурэлсухом" may be a surname
    return named or not known


@lru_cache(maxsize=65536)
def _noun_surname(first: str, word: str) -> bool:
    """A surname the dictionary knows as a common noun, right after a first name ("Далер Джума")."""
    if word in _stop_words("ru") or not word[:1].isupper() or not _CYRILLIC_WORD.fullmatch(word):
        return False
    found = parses(word)
    first_name = first in _extra_names("ru") or any("Name" in p.tag for p in parses(first))
    # "Юрий Чеботарь": the dictionary may read the surname as an imperative ("чеботарь" of "чеботарить"),
    # which a capitalised word right after a first name never is.
    noun_like = bool(found) and (found[0].tag.POS == "NOUN" or (found[0].tag.POS == "VERB" and "impr" in found[0].tag))
    return first_name and noun_like


def _has_name_form(words: list[str]) -> bool:
    return any(_name_form(word) for word in words)


@lru_cache(maxsize=65536)
def _name_form(word: str) -> bool:
    """A first name or surname by the names list, a surname ending or pymorphy3's tags."""
    if word in _extra_names("ru") or word.lower().endswith(_SURNAME_ENDINGS):
        return True
    return any({"Name", "Surn"} & set(map(str, p.tag.grammemes)) for p in parses(word))


def _title_before(text: str, lang: str, titles: list[TitleMention], start: int) -> TitleMention | None:
    """The title ending right before a name, over at most a few words of complement in Russian
    ("Председатель кыргызской части Делового совета ШОС М.Т. Абдыкалыков")."""
    for title in reversed(titles):
        if title.span.end > start:
            continue
        gap = text[title.span.end : start]
        if not gap.strip() or (lang == "ru" and _complement_gap(gap)) or (lang == "en" and _honorific_gap(gap)):
            return title
        return None
    return None


def _honorific_gap(gap: str) -> bool:
    """ "Raksha Mantri Shri Rajnath Singh", "President Dr Arif Alvi": only honorifics between title and name."""
    words = gap.replace(".", " ").split()
    return 0 < len(words) <= 2 and all(w in _honorifics() for w in words)


def _complement_gap(gap: str) -> bool:
    """Only nouns, adjectives and abbreviations: no verb, preposition or number between."""
    words = gap.split()
    if len(words) > 6 or not _TITLE_GAP.fullmatch(gap) or _DIGIT.search(gap):
        return False
    return all(w.isupper() or (parses(w) and parses(w)[0].tag.POS in ("NOUN", "ADJF")) for w in words)


def _title_after(text: str, titles: list[TitleMention], end: int) -> TitleMention | None:
    """ "Wang Yi, Minister of Foreign Affairs ...": a title right after a comma."""
    for title in titles:
        if title.span.start >= end:
            return title if _COMMA_GAP.fullmatch(text, end, title.span.start) else None
    return None


def _case(text: str, lang: str, start: int, title: TitleMention | None, words: list[str]) -> str:
    if lang != "ru":
        return "nomn"
    if title is not None and title.span.end <= start:
        if title.case != "nomn":
            return title.case
        # An indeclinable title ("с Торага Жогорку Кенеша ...") takes its case from the word before it.
        start = title.span.start
    before = _LETTERS.findall(text, max(0, start - 30), start)
    if before and before[-1].lower() in _CONTEXT_CASE:
        return _CONTEXT_CASE[before[-1].lower()]
    last = words[-1].lower()
    if last.endswith(("овым", "евым", "иным", "ыным")):
        return "ablt"
    return _first_name_case(words[0])


@lru_cache(maxsize=65536)
def _first_name_case(word: str) -> str:
    """The case a known first name shows when it cannot be nominative ("Михаила" -> "gent")."""
    cases = {str(p.tag.case) for p in parses(word) if "Name" in p.tag and p.tag.gender == "masc"}
    cases = cases or _noun_name_cases(word)
    if not cases or "nomn" in cases:
        return "nomn"
    for case in ("gent", "accs", "ablt", "datv", "loct"):
        if case in cases:
            return "gent" if case == "accs" else case
    return "nomn"


def _noun_name_cases(word: str) -> set[str]:
    """The cases of a first name the dictionary reads as a masculine common noun ("Алмаза", "Уланом"),
    when no nominative reading competes; an unknown title before it gives no case to go by."""
    found = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.number == "sing"]
    return {str(p.tag.case) for p in found} if _common_noun(word) else set()


@cache
def _honorifics() -> frozenset[str]:
    return load_words("en", "honorifics")


@cache
def _extra_names(lang: str) -> frozenset[str]:
    return load_words("ru", "names") if lang == "ru" else frozenset()


@cache
def _stop_words(lang: str) -> frozenset[str]:
    return load_words(lang, "names_stop") | (_honorifics() if lang == "en" else frozenset())
