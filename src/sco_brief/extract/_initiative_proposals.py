"""Proposals: "предложил создать ...", "выступил с инициативой проведения ...", "called for ...".

A cue word announces the proposal; the first proposing infinitive (or verbal noun) within a
few words governs the object, which becomes the title. A strengthening verb over
"сотрудничество" states a direction instead ("призвал активизировать сотрудничество в ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache
from operator import attrgetter

import attrs

from sco_brief.extract._initiative_phrase import (
    NEW_ITEM_ARTICLES,
    Phrase,
    action_item,
    clause_end,
    is_cooperation,
    new_clause,
    nominal_title,
    object_start,
    verb_phrase,
)
from sco_brief.extract._initiative_text import Found, Token, cue_set, cues, has_pos, lemma_of, sentence_tokens
from sco_brief.recognise.countries import find_countries

__all__ = ["find_proposals", "phrases_in"]

# How far (in tokens) a proposing verb may stand from its cue: "предложил партнёрам по ШОС запустить".
_WINDOW = 7
_STOPS = frozenset(".;:!?")
_COORDINATION_REACH = 20
# Words of a hosted event's title that may name it a regular meeting ("the next SCO summit").
_HEAD_WORDS = 4
_START = attrgetter("start")


@cache
def _cue_pattern(lang: str, key: str = "cue_patterns") -> re.Pattern[str]:
    alternatives = "|".join(cues(lang)["proposals"][key])
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def find_proposals(text: str, start: int, end: int, lang: str) -> Iterator[Found]:
    """Proposals (and directions stated as calls) in the sentence ``text[start:end]``."""
    covered = -1
    tokens: Sequence[Token] = ()
    for match in _cue_pattern(lang).finditer(text, start, end):
        if match.start() < covered:
            continue
        # Most sentences hold no cue: tokenise only those that do.
        tokens = tokens or sentence_tokens(text, start, end)
        words = _speech_tokens(tokens, match.start(), text)
        index = _token_after(words, match.end())
        by, asked = None, False
        readiness = _cue_pattern(lang, "direction_cue_patterns").fullmatch(match.group()) is not None
        for phrase in phrases_in(words, index, text, lang, direct=_takes_direct_object(match.group(), lang)):
            covered = max(covered, phrase.end)
            hosting = readiness and _offers_to_host(text[match.end() : phrase.start], phrase.title, lang)
            if readiness and not phrase.keep and not hosting:
                continue  # "готов провести саммит" is a promise, not a proposal
            kind = "direction" if readiness and not hosting else phrase.kind
            if not asked:  # asked only once a phrase is kept: the gazetteer scan is costly
                by, asked = _named_proposer(text, start, match.start(), match.end(), lang), True
            yield Found(
                kind=kind,
                title=phrase.title,
                start=start,
                end=end,
                anchor=match.start(),
                by=by,
                extent=(phrase.start, phrase.end),
            )


def _speech_tokens(tokens: Sequence[Token], offset: int, text: str) -> Sequence[Token]:
    """The words inside a quote that holds the cue: «Мы предлагаем создать ...» is direct speech,
    not a quoted name, so its own words carry the proposal."""
    # Tokens are in order and apart: only the last one starting before the offset can hold it.
    before = bisect.bisect_left(tokens, offset, key=_START) - 1
    quote = tokens[before] if before >= 0 else None
    if quote is None or not (quote.is_quote and offset < quote.end):
        return tokens
    return sentence_tokens(text, quote.start + 1, quote.end - 1)


def phrases_in(
    tokens: Sequence[Token], index: int, text: str, lang: str, *, direct: bool = False, nouns: bool = True
) -> Iterator[Phrase]:
    """The phrases governed from ``index`` on: "создать X и провести Y" gives two.

    Args:
        direct: the cue may take its object with no verb ("called for X").
        nouns: verbal nouns ("создания") may govern an object, not only infinitives.
    """
    while index < len(tokens):
        phrase, after = _first_phrase(tokens, index, text, lang, direct, nouns)
        if phrase is None:
            # "ускорить строительство <long route name> и создать X": the first object is a project (found
            # elsewhere) too long for the window; the coordinated verb after it still proposes.
            index = _coordinated_infinitive(tokens, index, lang) if not direct else -1
            if index == -1:
                return
            continue
        if not _is_vague(phrase.title, lang):
            yield _without_beneficiary(phrase, lang)
        if after >= len(tokens) or tokens[after].low not in ("и", ",", "and", "а", "также"):
            return
        if new_clause(tokens, after + 1, lang) or _relative_follows(tokens, after, lang):
            # "использовать порт, мощность которого ..., а также рассмотреть создание X": the cue's
            # verb governs the infinitive after "а также" past the clause that describes the object.
            index = _also_infinitive(tokens, after + 1, lang)
            if index == -1:
                return
            direct = False
            continue
        index = after + 1
        # "building an SCO bank and a cooperation centre": the verb governs the second object too.
        opens_item = index < len(tokens) and (tokens[index].low in NEW_ITEM_ARTICLES or action_item(tokens, index))
        direct = lang == "en" and opens_item



def _first_phrase(
    tokens: Sequence[Token], index: int, text: str, lang: str, direct: bool, nouns: bool
) -> tuple[Phrase | None, int]:
    # A direct-object cue takes a verb only right after it ("proposed establishing X", "the creation of X").
    reach = object_start(tokens, index, lang) + 1 - index if direct else _WINDOW
    for position in range(index, min(len(tokens), index + reach)):
        if tokens[position].text in _STOPS:
            break
        phrase = verb_phrase(tokens, position, text, lang, nouns=nouns)
        if phrase is not None:
            return phrase, _token_after(tokens, phrase.end)
    if not direct:
        return None, index
    start = object_start(tokens, index, lang)
    end = clause_end(tokens, start, lang)
    if end <= start or not tokens[start].is_word:
        return None, index
    title = nominal_title(tokens[start:end], text, lang, ("accs", "nomn", "datv"))  # "призвал к расширению"
    kind = "direction" if is_cooperation(tokens[start:end], lang) else "proposal"  # "called for closer cooperation"
    return Phrase(kind, title, tokens[start].start, tokens[end - 1].end), end


def _coordinated_infinitive(tokens: Sequence[Token], index: int, lang: str) -> int:
    """The infinitive right after the next "и" of the clause ("... и создать"), or -1."""
    for k in range(index, min(len(tokens) - 1, index + _COORDINATION_REACH)):
        if tokens[k].text in _STOPS:
            break
        if lang == "ru" and tokens[k].low == "и" and has_pos(tokens[k + 1].text, "INFN"):
            return k + 1
    return -1


def _also_infinitive(tokens: Sequence[Token], index: int, lang: str) -> int:
    """The infinitive right after the next ", а также" of the sentence, or -1."""
    joins = cue_set(lang, "clauses", "also_joins")
    for k in range(index, min(len(tokens) - 3, index + _COORDINATION_REACH)):
        if tokens[k].text in _STOPS:
            break
        if tokens[k].text == "," and f"{tokens[k + 1].low} {tokens[k + 2].low}" in joins:
            return k + 3 if has_pos(tokens[k + 3].text, "INFN") else -1
    return -1


def _token_after(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (tokens are in order)."""
    return bisect.bisect_left(tokens, offset, key=_START)


def _offers_to_host(between: str, title: str, lang: str) -> bool:
    """ "готовы выступить площадкой для проведения Форума ШОС": an offer to host a new event."""
    table = cues(lang)["proposals"]
    low = between.lower()
    if not any(re.search(rf"(?<!\w){re.escape(p)}", low) for p in table["hosting_patterns"]):
        return False
    head = re.findall(r"\w+", title)[:_HEAD_WORDS]
    return not any((lemma_of(w) if lang == "ru" else w.lower()) in table["regular_events"] for w in head)


def _relative_follows(tokens: Sequence[Token], after: int, lang: str) -> bool:
    """ ", which holds reserves ...": a relative clause or an apposition after the object proposes nothing more."""
    following = tokens[after + 1].low if after + 1 < len(tokens) else ""
    if tokens[after].text != ",":
        return False
    # ", an idea China has backed": an article and a noun that sums up the object is an apposition.
    noun = tokens[after + 2].low if after + 2 < len(tokens) else ""
    apposition = following in NEW_ITEM_ARTICLES and noun in cue_set(lang, "clauses", "appositions")
    return apposition or following in cue_set(lang, "clauses", "relatives")


def _takes_direct_object(cue: str, lang: str) -> bool:
    """Cues that name the proposal with no verb: "called for X", "выступил за создание X"."""
    return _cue_pattern(lang, "direct_cue_patterns").fullmatch(cue) is not None


@cache
def _beneficiary(lang: str) -> re.Pattern[str] | None:
    tails = cues(lang)["clauses"].get("beneficiaries", [])
    if not tails:
        return None
    return re.compile(rf"\s+for\s+(?:the\s+)?(?:SCO\s+)?(?:{'|'.join(tails)})(?!\w).*$", re.IGNORECASE | re.DOTALL)


def _without_beneficiary(phrase: Phrase, lang: str) -> Phrase:
    """ "a grain exchange for member states of the SCO" names the exchange: who it serves is no part of it."""
    pattern = _beneficiary(lang)
    cut = pattern.search(phrase.title) if pattern is not None else None
    if cut is None or cut.start() == 0:
        return phrase
    return attrs.evolve(phrase, title=phrase.title[: cut.start()])


def _is_vague(title: str, lang: str) -> bool:
    table = cues(lang)["clauses"]
    words = [w.lower() for w in re.findall(r"\w+", title)]
    keys = list(map(lemma_of, words)) if lang == "ru" else words
    joined = f" {' '.join(keys)} "
    if any(f" {slogan} " in joined for slogan in table["slogans"]):
        return True
    if not keys or keys[0] in cue_set(lang, "clauses", "time_words"):
        return True  # "made the proposal on Thursday at the meeting": a time, not an object
    return any(k in cue_set(lang, "clauses", "vague") for k in keys[:2])


def _named_proposer(text: str, sentence_start: int, cue_start: int, cue_end: int, lang: str) -> str | None:
    """A country that is the subject of the cue: "Кыргызская сторона выступила с инициативой"."""
    sides = cue_set(lang, "clauses", "side_words")
    for mention in find_countries(text[cue_start:cue_end], lang):
        return mention.code
    before = text[sentence_start:cue_start]
    mentions = list(find_countries(before, lang))
    if not mentions:
        return None
    last = mentions[-1]
    rest = before[last.span.end :].split()
    next_word = lemma_of(rest[0]) if rest and lang == "ru" else (rest[0].lower() if rest else "")
    if next_word in sides or (last.form == "name" and len(rest) <= 1 and _subject_position(before, last.span.start)):
        return last.code
    return None


def _subject_position(before: str, start: int) -> bool:
    """The country name opens its clause: "Кыргызстан предлагает", "..., а Китай призвал"."""
    head = before[:start].rstrip()
    return not head or head[-1] in ".,;:–—" or head.endswith((" а", " и", " and"))
