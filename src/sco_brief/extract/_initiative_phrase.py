"""Object phrases after a proposing verb or noun, and the titles made from them.

"предложил провести в 2026 году в Ташкенте Форум промышленной кооперации ШОС": the
adjuncts ("в 2026 году", "в Ташкенте") are skipped, the object runs to the end of its
clause, and its head is put into the nominative: "Форум промышленной кооперации ШОС".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import attrs

from sco_brief.extract._initiative_text import Token, cue_set, cues, first_pos, has_pos, inflect_np, lemma_of
from sco_brief.morph import parses

__all__ = [
    "NEW_ITEM_ARTICLES",
    "Phrase",
    "action_item",
    "clause_end",
    "is_cooperation",
    "new_clause",
    "nominal_title",
    "object_start",
    "verb_phrase",
    "words_in",
]

_SENTENCE_END = frozenset(".;:!?…")
_DASHES = frozenset("–—-‑")
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTS"})
# After a comma a participle opens a clause of its own ("фонд, пострадавшим от ...").
_VERBAL_OR_PARTICIPLE = _VERBAL | {"PRTF"}
_ADJUNCT = frozenset({"NUMB", "ADJF", "PRTF", "NUMR"})
_PREDICATES = frozenset({"VERB", "ADJS", "PRTS", "INFN"})
_ARTICLES = frozenset({"the", "a", "an"})


@attrs.frozen
class Phrase:
    """A title made from tokens ``[first, last)`` and the kind of initiative it states."""

    kind: str
    title: str
    start: int
    end: int
    keep: bool = False


def words_in(tokens: Sequence[Token]) -> int:
    """How many word tokens there are."""
    return sum(1 for token in tokens if token.is_word)


def object_start(tokens: Sequence[Token], index: int, lang: str) -> int:
    """Index of the first token of the object, past adverbs and prepositional adjuncts."""
    skip = cue_set(lang, "clauses", "skip")
    while index < len(tokens):
        token = tokens[index]
        if token.low in skip:
            index += 1
        elif lang == "ru" and token.is_word and first_pos(token.text) == "PREP":
            index = _past_adjunct(tokens, index + 1)
        elif lang == "ru" and token.is_word and first_pos(token.text) in ("ADVB", "PRCL", "COMP"):
            index += 1
        else:
            return index
    return index


def _past_adjunct(tokens: Sequence[Token], index: int) -> int:
    """Skip the noun phrase a preposition governs ("в рамках ШОС", "в 2026 году")."""
    while index < len(tokens) and tokens[index].is_word:
        word = tokens[index].text
        pos = first_pos(word)
        index += 1
        if pos in _ADJUNCT or word.isdigit():
            continue
        # Indeclinable abbreviations right after the head belong to it ("при Секретариате ШОС").
        while index < len(tokens) and tokens[index].text.isupper() and len(tokens[index].text) > 1:
            index += 1
        return index
    return index


def clause_end(tokens: Sequence[Token], index: int, lang: str) -> int:
    """Index just past the last token of the phrase that starts at ``index``."""
    comma_breaks, breaks = cue_set(lang, "clauses", "comma_breaks"), cue_set(lang, "clauses", "breaks")
    limit = min(len(tokens), index + int(cues(lang)["clauses"]["max_object_words"]))
    position = index
    while position < limit:
        if position > index and _breaks_at(tokens, position, lang, comma_breaks, breaks):
            break
        position += 1
    return position


def _breaks_at(
    tokens: Sequence[Token], position: int, lang: str, comma_breaks: frozenset[str], breaks: frozenset[str]
) -> bool:
    token = tokens[position]
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    purpose_heads = cue_set(lang, "clauses", "purpose_heads")
    if token.low == "to" and position > 0 and tokens[position - 1].low in purpose_heads:
        return False  # "a mechanism to counter X": the purpose is the mechanism's name
    if token.text in _SENTENCE_END or token.text in "()/" or token.low in breaks:
        return token.text != "(" or lang != "en"
    if token.text in _DASHES:
        previous = tokens[position - 1]
        if following is not None and any(following.low.startswith(j) for j in cues(lang)["clauses"]["dash_joins"]):
            return False
        return not (following is not None and previous.text[:1].isupper() and following.text[:1].isupper())
    if token.text == ",":
        if following is None or following.low in comma_breaks:
            return True
        if lang == "en":
            return action_item(tokens, position + 1) or not _enumeration_follows(tokens, position + 1, comma_breaks)
        if _agreeing_participle(tokens, position):
            return False  # "реестр лиц, разыскиваемых за терроризм": the clause qualifies "лиц"
        return _is_verbal(following, lang, participle=True) or any(
            t.low.startswith("котор") for t in tokens[position + 1 : position + 5]
        )
    if lang == "en" and following is not None and _time_adjunct(token, following):
        return True
    if token.low in ("и", "and") and following is not None:
        second = following.low in NEW_ITEM_ARTICLES or following.low == "to" or action_item(tokens, position + 1)
        if lang == "en" and second:
            return True  # "a development bank and a cooperation centre", "create X and to hold Y": a second object
        return _is_verbal(following, lang) or (lang == "ru" and _predicate_follows(tokens, position + 1))
    return False


# "called for the creation of X, the digitalization of Y and the development of Z": "the" before an
# action noun and "of" opens the next item of the list, as "a"/"an" does.
_ACTION_ENDINGS = ("tion", "sion", "ment", "ance", "ence")


def action_item(tokens: Sequence[Token], index: int) -> bool:
    """Whether "the <action noun> of" starts at ``index`` (English)."""
    if index + 2 >= len(tokens) or tokens[index].low != "the" or tokens[index + 2].low != "of":
        return False
    return tokens[index + 1].low.endswith(_ACTION_ENDINGS)


# Past forms of the clause-verb list that are also bare infinitives after "and".
_BARE_FORMS = frozenset({"put", "set"})
# "an SCO bank and a China-SCO centre": an indefinite article after "and" opens a second object.
NEW_ITEM_ARTICLES = frozenset({"a", "an"})


# How many words before a comma may hold the noun a participle after it agrees with.
_AGREEMENT_REACH = 3
_PREP_REACH = 6


def _agreeing_participle(tokens: Sequence[Token], comma: int) -> bool:
    """A participle after the comma in the case and number of a noun just before it."""
    if comma + 1 >= len(tokens) or not tokens[comma + 1].is_word:
        return False
    forms = _agreements(tokens[comma + 1].low, "PRTF")
    if not forms or any(first_pos(t.text) == "PREP" for t in tokens[max(0, comma - _PREP_REACH) : comma] if t.is_word):
        # "фонд зерна для поддержки государств, пострадавших от ...": the clause qualifies a noun
        # inside a modifier, so it is a detail, not part of the name.
        return False
    for token in tokens[max(0, comma - _AGREEMENT_REACH) : comma][::-1]:
        if not token.is_word:
            return False
        nouns = _agreements(token.low, "NOUN")
        if nouns & forms:
            return True
    return False


@lru_cache(maxsize=65536)
def _agreements(word: str, pos: str) -> frozenset[tuple[str | None, str | None, str | None]]:
    """The (case, number, gender) of each parse of ``word`` as ``pos`` (cached per word form)."""
    return frozenset(_agreement(p.tag) for p in parses(word) if p.tag.POS == pos)


def _agreement(tag: Any) -> tuple[str | None, str | None, str | None]:
    number = tag.number
    return tag.case, number, tag.gender if number == "sing" else None


def _time_adjunct(token: Token, following: Token) -> bool:
    """ "... Forum in 2026", "... Conference next year": a time adjunct closes an English object."""
    if token.low in ("in", "by", "during", "since", "from") and following.text.isdigit() and len(following.text) == 4:
        return True
    return token.low in ("next", "this", "last") and following.low in ("year", "month", "week", "spring", "autumn")


# How far past "и" a predicate may open a new clause: "Банк развития ШОС и в течение следующих
# пяти лет готов принять ...".
_PREDICATE_REACH = 8


def _predicate_follows(tokens: Sequence[Token], index: int) -> bool:
    """ "X и готов подготовить ...": a finite verb or short adjective after "и" (before any
    punctuation) starts another clause, so the object ends at "и"."""
    return _first_predicate(tokens, index) is not None


def _first_predicate(tokens: Sequence[Token], index: int) -> str | None:
    for token in tokens[index : index + _PREDICATE_REACH]:
        if not token.is_word:
            return None
        pos = first_pos(token.text)
        if pos in _PREDICATES:
            return pos
    return None


def new_clause(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """After "и" at ``index - 1``: a clause with a predicate of its own ("и готов принять ..."),
    not a second object of the same proposing verb ("и провести форум"). In English a finite verb of
    the clause-verb list opens one ("... seeds and expressed readiness to host the next meeting")."""
    if lang == "en":  # "put" and "set" read as infinitives too ("and set up a mechanism")
        word = tokens[index].low if index < len(tokens) else ""
        return word in cue_set(lang, "clauses", "verbs") and word not in _BARE_FORMS
    return lang == "ru" and _first_predicate(tokens, index) in _PREDICATES - {"INFN"}


def _enumeration_follows(tokens: Sequence[Token], index: int, comma_breaks: frozenset[str]) -> bool:
    """English ", separatism, extremism and drug trafficking": lower-case words and commas closed by "and"."""
    seen_and = False
    for token in tokens[index : index + 16]:
        if token.text in _SENTENCE_END:
            return seen_and
        if token.low in ("and", "or"):
            seen_and = True
        elif token.text != "," and (not token.text.islower() or token.low in comma_breaks or _is_verbal(token, "en")):
            return False
    return seen_and and len(tokens) <= index + 16


def _is_verbal(token: Token, lang: str, *, participle: bool = False) -> bool:
    if lang != "ru":
        # A hyphenated "-ed" word is a compound adjective: "small and medium-sized enterprises", "state-owned".
        return (
            (token.low.endswith("ed") and "-" not in token.low)
            or token.low in ("is", "are", "was", "were", "will", "has", "have")
            or token.low in cue_set(lang, "clauses", "verbs")
        )
    verbal = _VERBAL_OR_PARTICIPLE if participle else _VERBAL
    return token.is_word and (first_pos(token.text) in verbal or has_pos(token.text, "INFN"))


def nominal_title(tokens: Sequence[Token], text: str, lang: str, cases: Sequence[str]) -> str:
    """The phrase as a readable title: leading noun phrase in the nominative, article dropped."""
    if not tokens:
        return ""
    if lang != "ru":
        if tokens[0].low in _ARTICLES and len(tokens) > 1:
            tokens = tokens[1:]
        return text[tokens[0].start : tokens[-1].end]
    return inflect_np(tokens, text, cases, "nomn")


def verb_phrase(tokens: Sequence[Token], index: int, text: str, lang: str, *, nouns: bool = True) -> Phrase | None:
    """The initiative stated by the verb (or verbal noun, if ``nouns``) at ``index`` and its object."""
    verb = _verb_key(tokens, index, lang)
    if verb is None:
        return None
    table = cues(lang)["proposals"]
    create_nouns = cue_set(lang, "proposals", "create_nouns")
    if not nouns and verb[0] in create_nouns:
        return None
    key, width = verb
    if _idiom_at(tokens, index, lang):
        return None
    start = object_start(tokens, index + width, lang)
    inner = _past_shell(tokens, start, lang)
    if inner is None and key in cue_set(lang, "proposals", "create_verbs") and _creates(tokens, start, lang):
        inner = start  # "рассмотреть создание X": the verbal noun proposes X, as after a shell
    if inner is not None:
        # "рассмотреть возможность создания X": the proposal is X, made by the verbal noun inside.
        return verb_phrase(tokens, inner, text, lang, nouns=True)
    if lang != "ru" and start < len(tokens) and tokens[start].low == "of":
        start = object_start(tokens, start + 1, lang)  # "the early launch of the SCO Bank"
    declared = key in cue_set(lang, "proposals", "declare_verbs")
    if declared:
        start = _past_year(tokens, start, lang)
    end = clause_end(tokens, start, lang)
    if end <= start or words_in(tokens[start:end]) == 0:
        return None
    obj = tokens[start:end]
    keep = table["keep_verbs"].get(key)
    nominal = key in create_nouns
    cases = ("gent",) if nominal or lang != "ru" else ("ablt",) if declared else ("accs", "nomn", "gent")
    if key in cue_set(lang, "proposals", "direction_verbs"):
        return Phrase("direction", nominal_title(obj, text, lang, cases), obj[0].start, obj[-1].end, True)
    if keep is not None and is_cooperation(obj, lang):
        return Phrase("direction", nominal_title(obj, text, lang, cases), obj[0].start, obj[-1].end, True)
    if keep is not None:
        return Phrase("proposal", f"{keep} {_genitive(obj, text, lang)}", tokens[index].start, obj[-1].end, True)
    return Phrase("proposal", nominal_title(obj, text, lang, cases), obj[0].start, obj[-1].end)


def _creates(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """Whether a verbal noun of creating ("создание", "establishment") stands at ``index``."""
    verb = _verb_key(tokens, index, lang) if index < len(tokens) else None
    return verb is not None and verb[0] in cue_set(lang, "proposals", "create_nouns")


def _past_year(tokens: Sequence[Token], start: int, lang: str) -> int:
    """Past "2027 год" / "2027 the" before the theme a declaring verb names the year after."""
    years = cue_set(lang, "proposals", "year_words")
    if start < len(tokens) and tokens[start].text.isdigit():
        start += 1
        if start < len(tokens) and _word_key(tokens[start], lang) in years:
            start += 1
    while start < len(tokens) and tokens[start].low in _ARTICLES:
        start += 1
    return start


def _word_key(token: Token, lang: str) -> str:
    return lemma_of(token.text) if lang == "ru" else token.low


def _idiom_at(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """ "принять во внимание", "take part": a proposing verb in an idiom proposes nothing."""
    head = lemma_of(tokens[index].text) if lang == "ru" else tokens[index].low
    for verb, rest in _split_phrases(lang, "idioms"):
        if not (head == verb if lang == "ru" else head.startswith(verb)):
            continue
        words = [t.low for t in tokens[index + 1 : index + 1 + 2 * len(rest)] if t.is_word][: len(rest)]
        if words == rest:
            return True
    return False


@cache
def _split_phrases(lang: str, key: str) -> tuple[tuple[str, list[str]], ...]:
    """The ``[clauses] key`` phrases as (first word, the other words), split once."""
    return tuple((phrase.split()[0], phrase.split()[1:]) for phrase in cues(lang)["clauses"][key])


def _past_shell(tokens: Sequence[Token], start: int, lang: str) -> int | None:
    """Index of a proposing verb (noun) right after a shell ("возможность", "the possibility of"), if any."""
    if start >= len(tokens):
        return None
    head = tokens[start].low if lang != "ru" else lemma_of(tokens[start].text)
    for first, rest in _split_phrases(lang, "shells"):
        if head != first:
            continue  # the first word settles most shells without reading the others
        words = [first, *rest]
        found = [t.low if lang != "ru" else lemma_of(t.text) for t in tokens[start : start + len(words)]]
        if found != words:
            continue
        inner = start + len(words)
        if lang == "ru" and inner < len(tokens) and tokens[inner].low == "о":
            inner += 1  # "вопрос о создании"
        if inner < len(tokens) and _verb_key(tokens, inner, lang) is not None:
            return inner
    return None


def _verb_key(tokens: Sequence[Token], index: int, lang: str) -> tuple[str, int] | None:
    """The table key of the verb at ``index`` (lemma, or English prefix) and its width in tokens."""
    if lang == "ru":
        return _ru_verb_key(tokens[index].text)
    table = cues(lang)["proposals"]
    if not tokens[index].text.islower():
        return None  # English verbs are lower case; "Development" is no "develop"
    pair = " ".join(t.low for t in tokens[index : index + 2])
    if tokens[index].low in table["create_nouns"]:
        # "the creation of X" names X; a bare noun ("creation") is no verb to take an object.
        return (tokens[index].low, 2) if pair.endswith(" of") else None
    for key in table["keep_verbs"]:
        if pair == key or tokens[index].low == key or tokens[index].low.startswith(key + "s"):
            return key, len(key.split())
    for prefix in (*table["create_verbs"], *table["declare_verbs"], *table["direction_verbs"]):
        if pair.startswith(prefix) if " " in prefix else tokens[index].low.startswith(prefix):
            return prefix, len(prefix.split())
    return None


@lru_cache(maxsize=65536)
def _ru_verb_key(word: str) -> tuple[str, int] | None:
    """A proposing infinitive's or verbal noun's lemma, with width 1 (cached per word form)."""
    key = lemma_of(word)
    if has_pos(word, "INFN") and key in _ru_verbs():
        return key, 1
    if key in cue_set("ru", "proposals", "create_nouns"):
        return key, 1
    return None


@cache
def _ru_verbs() -> frozenset[str]:
    table = cues("ru")["proposals"]
    names = ("keep_verbs", "create_verbs", "declare_verbs", "direction_verbs")
    return frozenset(key for name in names for key in table[name])


def is_cooperation(obj: Sequence[Token], lang: str) -> bool:
    """ "closer cooperation in water management": a priority area, not a thing to create."""
    nouns = _cooperation_nouns(lang)
    heads = [t for t in obj[:3] if t.is_word and t.low not in _ARTICLES]
    return any((lemma_of(t.text) if lang == "ru" else t.low) in nouns for t in heads[:2])


@cache
def _cooperation_nouns(lang: str) -> frozenset[str]:
    return frozenset(cues(lang)["proposals"]["direction"]["nouns"])


def _genitive(obj: Sequence[Token], text: str, lang: str) -> str:
    if lang != "ru":
        return text[obj[0].start : obj[-1].end]  # "sharing the platform": the article stays
    return inflect_np(obj, text, ("accs", "nomn"), "gent")
