"""Named projects: railways, roads, corridors, ports, pipelines, plants and «named» systems.

Four small rules, each a named unit so a debug run can tell which fired:
``quoted`` (a head noun before «Name»), ``chain`` (a head noun before "Китай — Кыргызстан —
Узбекистан"), ``proper`` (a capitalised adjective before a head noun: "Рогунская ГЭС"), and
``project_of`` ("проект CASA-1000", "проект строительства АЭС ..."). English has one rule,
``titled``: a capitalised name ending in a head word ("Chabahar port", "Karakoram Highway").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Any

from sco_brief.extract._initiative_text import (
    WORD,
    Found,
    Token,
    cue_set,
    cues,
    first_pos,
    has_pos,
    inflect_np,
    is_capitalised,
    lemma_of,
    sentence_tokens,
)
from sco_brief.morph import parses
from sco_brief.recognise.countries import find_countries
from sco_brief.segment import Sentence

__all__ = ["RULES", "any_head", "find_projects", "may_name_project", "project_sentences"]

_ALL_CASES = ("gent", "accs", "datv", "loct", "ablt", "nomn")
_DASHES = frozenset("–—-‑")
_CODE = re.compile(r"[A-ZА-Я]{2,}(?:[-‑][A-ZА-Я0-9]+)+")
_MODIFIER = ("ADJF", "PRTF")
# Place adjectives the dictionary may guess as surnames ("Улан-Баторской железной дороги").
_PLACE_ADJECTIVE = ("ская", "ской", "скую", "ский", "ского", "ском", "ским", "ское")

# A rule gets the sentence tokens and the index of a candidate; it returns (first, last, title).
Rule = Callable[[Sequence[Token], int, str], tuple[int, int, str] | None]


def find_projects(text: str, start: int, end: int, lang: str) -> Iterator[Found]:
    """Named projects in the sentence ``text[start:end]``."""
    if not may_name_project(text, start, end, lang):
        return  # most sentences: no tokens, no rules
    tokens = sentence_tokens(text, start, end)
    rules = RULES_EN if lang == "en" else RULES
    indices = range(len(tokens)) if lang == "en" else _ru_candidates(tokens)
    for index in indices:
        for _name, rule in rules:
            found = rule(tokens, index, text)
            if found is None or _travelled(tokens, found[0], found[1], lang) or _operating(tokens, found[1], lang):
                continue
            first, _last, title = found
            anchor = tokens[first].start
            by = _owner(text, start, anchor, lang)
            yield Found(kind="project", title=title, start=start, end=end, anchor=anchor, by=by)
            break


def _ru_candidates(tokens: Sequence[Token]) -> Iterator[int]:
    """The indices where a Russian rule may fire, by the first test each rule makes.

    ``quoted`` needs a quoted name, ``proper`` a capitalised word that is not an abbreviation,
    ``chain`` and ``project_of`` a word whose lemma is one of their heads.
    """
    return compress(count(), map(_may_start_rule, map(itemgetter(2), tokens)))


@lru_cache(maxsize=65536)
def _may_start_rule(token: str) -> bool:
    """Whether a Russian rule may fire at a token with this text (cached per word form)."""
    if token[0] in '«"“' and len(token) > 1:
        return True  # quoted
    if not token[0].isalnum():
        return False
    if token[0].isupper() and not token.isupper():
        return True  # proper
    return lemma_of(token) in _heads("chain_heads") or lemma_of(token) in _heads("project_nouns")


def _travelled(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    """ "грузов по коридору Китай – Кыргызстан – Узбекистан", "via the Middle Corridor": a route used."""
    table = cues(lang)["projects"]
    before = first - 1
    if lang == "en" and before > 0 and tokens[before].low == "the":
        before -= 1
    if before < 0 or tokens[before].low not in table["route_prepositions"]:
        return False
    heads = frozenset(table["route_heads"])
    return any((t.low if lang == "en" else _head_key(t.text)) in heads for t in tokens[first : last + 1])


def _operating(tokens: Sequence[Token], last: int, lang: str) -> bool:
    """ "Qingdao port ranked fifth by container throughput", "Port Qasim handled 883,200 TEUs": a working
    facility as the subject of its statistic is no project."""
    following = tokens[last + 1].low if last + 1 < len(tokens) else ""
    return following in cue_set(lang, "projects", "operating_verbs")


def _owner(text: str, start: int, anchor: int, lang: str) -> str | None:
    """The country a project belongs to by a possessive right before it: "Kazakhstan's "Green Belt"."""
    before = text[max(start, anchor - 40) : anchor]
    if lang != "en" or not before.rstrip().endswith(("'s", "’s")):
        return None
    mentions = list(find_countries(before, lang))
    return mentions[-1].code if mentions and before[mentions[-1].span.end :].strip() in ("'s", "’s") else None


def may_name_project(text: str, start: int, end: int, lang: str) -> bool:
    """Whether any rule can fire in ``text[start:end]``: each needs one of its head words there.

    Only word tokens can be heads (a quoted name or a mark lemmatises to itself, quotes and
    all), and every word token is a ``WORD`` run, so the runs are checked without tokenising.
    """
    return bool(_known_heads(set(WORD.findall(text, start, end)), lang, _HEAD_FORMS, _is_head))


def project_sentences(text: str, sentences: Sequence[Sentence], lang: str) -> list[Sentence]:
    """The sentences where :func:`may_name_project` may say yes, from one split of the whole text.

    Runs never hold whitespace, so each lies in one of the text's whitespace-separated chunks:
    the chunks holding a head are looked for with ``str.find``. A sentence with no whitespace
    at an edge is always kept, for a chunk of the whole text may cross that edge.
    """
    if not sentences:
        return []
    begin, end = sentences[0].span.start, sentences[-1].span.end
    starts = [s.span.start for s in sentences]
    kept = set()
    for chunk in _known_heads(set(text[begin:end].split()), lang, _HEAD_CHUNKS, _holds_head):
        position = text.find(chunk, begin, end)
        while position != -1:
            kept.add(bisect.bisect_right(starts, position) - 1)
            position = text.find(chunk, position + 1, end)
    return [s for i, s in enumerate(sentences) if i in kept or not _spaced(text, s.span.start, s.span.end)]


def _holds_head(chunk: str, lang: str) -> bool:
    return any(_is_head(word, lang) for word in WORD.findall(chunk))


def _spaced(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _known_heads(
    words: set[str], lang: str, memory: dict[str, tuple[set[str], set[str]]], test: Callable[[str, str], bool]
) -> set[str]:
    """Those of ``words`` that pass ``test``, remembered per word form in ``memory``."""
    known, heads = memory.setdefault(lang, (set(), set()))
    unknown = words - known
    if unknown:
        if len(known) > _MAX_FORMS:
            known.clear()
            heads.clear()
        heads.update(word for word in unknown if test(word, lang))
        known |= unknown
    return words & heads


# Per language, the word forms already asked about and those of them that are heads: set
# operations ask all the words of a sentence at once. Cleared when it grows past the limit.
# A form joins ``heads`` before ``known`` (and leaves ``known`` first), so another thread never
# sees a head it has not been told about.
_HEAD_FORMS: dict[str, tuple[set[str], set[str]]] = {}
_HEAD_CHUNKS: dict[str, tuple[set[str], set[str]]] = {}  # the same for whitespace-separated chunks
_MAX_FORMS = 65536


def _is_head(word: str, lang: str) -> bool:
    return word.lower() in any_head("en") if lang == "en" else _head_key(word) in any_head("ru")


@cache
def any_head(lang: str) -> frozenset[str]:
    """Every word one of the rules needs: a quoted, chain, named or project head (English: a head)."""
    if lang == "en":
        table = cues("en")["projects"]
        return frozenset(table["heads"]) | frozenset(table["quoted_heads"])
    return frozenset().union(*(_heads(n) for n in ("quoted_heads", "chain_heads", "named_heads", "project_nouns")))


@cache
def _heads(name: str) -> frozenset[str]:
    return frozenset(cues("ru")["projects"][name])


def _np_before(tokens: Sequence[Token], head: int) -> int:
    """Index of the first modifier of the noun at ``head`` ("новой международной дороги")."""
    first = head
    while first > 0 and tokens[first - 1].is_word and not tokens[first - 1].text.isupper():
        word = tokens[first - 1].text
        if not _may_modify(word) or has_pos(word, "PREP"):
            break
        first -= 1
    return first


# "ГЭС-1", "АЭС-2": the number of a unit of a plant is part of its name, not of its head noun.
_unit_number = re.compile(r"[-‑]\d+$")


def _parses(word: str) -> tuple[Any, ...]:
    return parses(word)


def _title(tokens: Sequence[Token], first: int, last: int, text: str) -> str:
    return inflect_np(tokens[first : last + 1], text, _ALL_CASES, "nomn")


def _quoted(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, str] | None:
    token = tokens[index]
    if not token.is_quote or not is_capitalised(token) or index == 0 or not tokens[index - 1].is_word:
        return None
    head = lemma_of(tokens[index - 1].text)
    if head in _heads("excluded_heads") or head not in _heads("quoted_heads"):
        return None
    if head in _heads("project_nouns"):
        return index, index, token.text
    first = _np_before(tokens, index - 1)
    return first, index, _title(tokens, first, index, text)


def _chain(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, str] | None:
    if not tokens[index].is_word or lemma_of(tokens[index].text) not in _heads("chain_heads"):
        return None
    last, names = index, 0
    while last + 1 < len(tokens) and tokens[last + 1].is_word and is_capitalised(tokens[last + 1]):
        names += 1
        if last + 3 < len(tokens) and tokens[last + 2].text in _DASHES and is_capitalised(tokens[last + 3]):
            last += 2
            continue
        last += 1
        break
    chain = [t.low for t in tokens[index + 1 : last + 1] if t.is_word]
    if names < 2 or len(set(chain)) < len(chain):
        return None  # "Китай – Европа – Китай" is a route served, not a project built
    first = _np_before(tokens, index)
    head = inflect_np(tokens[first : index + 1], text, _ALL_CASES, "nomn")
    return first, last, head + text[tokens[index].end : tokens[last].end]


def _proper(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, str] | None:
    token = tokens[index]
    if index == 0 or not token.is_word or not is_capitalised(token) or token.text.isupper():
        return None
    if index > 0 and is_capitalised(tokens[index - 1]) and tokens[index - 1].is_word:
        return None
    if first_pos(token.text) not in _MODIFIER and not token.text.lower().endswith(_PLACE_ADJECTIVE):
        return None
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].is_word and first_pos(tokens[last + 1].text) in _MODIFIER:
        last += 1
    if last + 1 >= len(tokens) or _head_key(tokens[last + 1].text) not in _heads("named_heads"):
        return None
    head = tokens[last + 1]
    number = _unit_number.search(head.text)
    if number is None:
        return index, last + 1, _title(tokens, index, last + 1, text)
    # Inflect the name without the unit number, then put the number back ("Курской АЭС-2").
    bare = Token(head.start, head.start + number.start(), head.text[: number.start()])
    return index, last + 1, inflect_np([*tokens[index : last + 1], bare], text, _ALL_CASES, "nomn") + number.group()


def _head_key(word: str) -> str:
    return lemma_of(_unit_number.sub("", word))


def _project_of(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, str] | None:
    token = tokens[index]
    if not token.is_word or lemma_of(token.text) not in _heads("project_nouns") or not _singular(token.text):
        return None
    first = index + 1
    if first < len(tokens) and lemma_of(tokens[first].text) in _heads("work_nouns"):
        first += 1
    if first >= len(tokens):
        return None
    if _CODE.fullmatch(tokens[first].text):
        return first, first, tokens[first].text
    last = _named_np_end(tokens, first)
    if last is None:
        return None
    return first, last, _title(tokens, first, last, text)


@lru_cache(maxsize=65536)
def _singular(word: str) -> bool:
    return any(p.tag.number == "sing" and p.tag.POS == "NOUN" for p in _parses(word))


@lru_cache(maxsize=65536)
def _may_modify(word: str) -> bool:
    """Whether any parse of ``word`` is an adjective or participle (cached per word form)."""
    return any(p.tag.POS in _MODIFIER for p in _parses(word))


def _named_np_end(tokens: Sequence[Token], first: int) -> int | None:
    """Last index of a noun phrase headed by a project noun, with its "в <Name>" location."""
    heads = _heads("named_heads") | _heads("quoted_heads")
    position, seen_head = first, False
    while position < len(tokens) and position - first < 9 and tokens[position].is_word:
        word = tokens[position]
        if has_pos(word.text, "PREP") and first_pos(word.text) == "PREP":
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if following is None or not is_capitalised(following) or not seen_head:
                break
        seen_head = seen_head or lemma_of(word.text) in heads
        position += 1
    return position - 1 if seen_head and position > first else None


def _titled_en(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, str] | None:
    table = cues("en")["projects"]
    token = tokens[index]
    quoted = token.is_quote and is_capitalised(token) and index + 1 < len(tokens)
    if quoted and tokens[index + 1].low in table["quoted_heads"]:
        return index, index + 1, text[token.start : tokens[index + 1].end]
    if not token.is_word or token.low not in table["heads"]:
        return None
    if index + 1 < len(tokens) and tokens[index + 1].low in table["place_nouns"]:
        return None
    first = _name_start_en(tokens, index)
    if first == index or tokens[first].low in table["excluded_words"]:
        return None
    last = index
    if index + 3 < len(tokens) and tokens[index + 1].text == "(" and tokens[index + 3].text == ")":
        last = index + 3
    return first, last, text[tokens[first].start : tokens[last].end]


def _name_start_en(tokens: Sequence[Token], head: int) -> int:
    first = head
    while first > 0:
        previous = tokens[first - 1]
        if previous.text == ")" and first >= 3 and tokens[first - 3].text == "(":
            first -= 3
        elif _joins_name(tokens, first - 1):
            first -= 1
        else:
            break
    while first < head and tokens[first].low in ("the", "a", "an"):
        first += 1
    return first


def _joins_name(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word (not a possessive) or a dash between two, inside an English name."""
    token = tokens[index]
    if token.text in _DASHES:
        return index >= 1 and is_capitalised(tokens[index - 1])
    return token.is_word and is_capitalised(token) and not token.low.endswith(("'s", "’s"))


RULES: tuple[tuple[str, Rule], ...] = (
    ("quoted", _quoted),
    ("chain", _chain),
    ("proper", _proper),
    ("project_of", _project_of),
)
RULES_EN: tuple[tuple[str, Rule], ...] = (("titled", _titled_en),)
