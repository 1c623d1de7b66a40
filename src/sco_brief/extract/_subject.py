"""What a figure measures: a short noun phrase taken from its clause.

Russian phrases are found with pymorphy3 tags (a nominative head, its genitive and
prepositional dependents) and their head is put back in the nominative; English phrases are
cut between the clause opening and the verb. A clause whose subject is a pronoun or a bare
"рост" names no subject of its own: the caller carries the previous figure's subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import attrs

from sco_brief.extract._metric_cues import Cues, Token, cues_for, form_has, likely_parses
from sco_brief.extract._metric_view import SentenceView
from sco_brief.model import Span
from sco_brief.morph import inflect

__all__ = ["Phrase", "find_subject", "phrase_after"]

_MAX_WORDS = 10
_STOP_POS = ("VERB", "INFN", "PRTS", "GRND", "CONJ", "ADVB", "PRCL", "INTJ", "NUMR", "COMP", "PRED", "ADJS")
_NAME_TAGS = ("Name", "Surn", "Patr")
_DASHES = frozenset("-‑–—")
_OPEN_QUOTES = frozenset('«"„“')
_CLOSE_QUOTES = frozenset('»"“”')
_PHRASE_MARKS = _DASHES | _OPEN_QUOTES | _CLOSE_QUOTES  # punctuation that does not end a subject
_EN_AUX = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "been", "be"}
)
_EN_BREAKS = frozenset({"and", "worth", "which", "who", "that", "while", "attended", "took", "signed", "visited"})
# Verb cues that are nouns or adjectives just as often ("total foreign trade").
_EN_NOUN_LIKE = frozenset({"total", "top", "process", "amount", "rank", "hit", "stand", "cross", "growth", "cut"})
_EN_FRAME = frozenset({"said", "noted", "says", "stated", "added", "that", "he", "she", "announced", "reported"})
_EN_STOP = frozenset(
    {"in", "on", "at", "under", "across", "a", "per", "each", "to", "with", "for", "from", "by", "over"}
)


@attrs.frozen
class Phrase:
    """A subject phrase: its text (head put in the nominative), its span, and whether it is generic."""

    text: str
    span: Span
    generic: bool = False


def _is_noun(tok: Token, *grammemes: str) -> bool:
    return tok.lang == "ru" and tok.is_word and _common_noun(tok.lower, grammemes)


# Cached per word form: the phrase rules ask it of the same words many times per figure.
@lru_cache(maxsize=65536)
def _common_noun(word: str, grammemes: tuple[str, ...]) -> bool:
    """A noun reading with ``grammemes``, and no reading as a personal name."""
    return form_has(word, ("NOUN", *grammemes)) and not any(form_has(word, ("NOUN", t)) for t in _NAME_TAGS)


def _likely(tok: Token, pos: str) -> bool:
    """Whether the most likely parse of ``tok`` is ``pos`` (the POS of any parse is too lenient
    for heads: "прямых" can be a noun, "строительства" a nominative plural)."""
    return tok.tag.startswith(pos)


def _in_dates(tok: Token, dates: Sequence[Span]) -> bool:
    return bool(dates) and any(d.start < tok.end and tok.start < d.end for d in dates)


def _head_noun(tok: Token) -> bool:
    return _likely(tok, "NOUN") and _is_noun(tok) and len(tok.text) > 1


_OBLIQUE = ("gent", "datv", "ablt", "loct")


def _nominative_head(tok: Token) -> bool:
    """A noun that can head a subject: a nominative reading, and no oblique case more likely."""
    tag = tok.tag
    indeclinable = "Fixd" in tag  # "ВВП", "КНР" read every case alike
    return _head_noun(tok) and _is_noun(tok, "nomn") and (indeclinable or not any(c in tag for c in _OBLIQUE))


def _dependent(view: SentenceView, index: int, dates: Sequence[Span]) -> bool:
    """An indeclinable noun after an adjective or noun ("Рогунской ГЭС") depends on it."""
    if index == 0 or "Fixd" not in view.tokens[index].tag or _in_dates(view.tokens[index - 1], dates):
        return False
    prev = view.tokens[index - 1].tag
    return prev.startswith(("ADJF", "NOUN")) and any(c in prev for c in _OBLIQUE)


def _stops(tok: Token, dates: Sequence[Span]) -> bool:
    if _in_dates(tok, dates):
        return True
    if not tok.is_word:
        return tok.text not in _PHRASE_MARKS
    return _pos(tok.tag) in _STOP_POS or tok.lemma in ("итог", "период")


@lru_cache(maxsize=4096)
def _pos(tag: str) -> str:
    """The part of speech a tag text opens with ("NOUN,inan,masc sing,nomn" -> "NOUN")."""
    return tag.split(",")[0].split(" ")[0]


def _joins_nouns(view: SentenceView, i: int, end: int) -> bool:
    """"между Россией и Индией": "и" between two nouns in one case continues the phrase."""
    if view.tokens[i].lower != "и" or i == 0 or i + 1 >= end:
        return False
    before, after = view.tokens[i - 1], view.tokens[i + 1]
    if not (before.text[:1].isupper() and after.text[:1].isupper()):
        return False  # only names: "стран и глав 10 организаций" are two figures
    case = next((c for c in ("gent", "datv", "ablt", "loct") if c in before.tag), None)
    return case is not None and _likely(before, "NOUN") and _likely(after, "NOUN") and _is_noun(after, case)


def _ends_phrase(view: SentenceView, i: int, end: int, dates: Sequence[Span]) -> bool:
    tok = view.tokens[i]
    if _joins_nouns(view, i, end):
        return False
    if _stops(tok, dates):
        return True
    if _likely(tok, "PREP"):
        if i + 1 < end and _stops(view.tokens[i + 1], dates):
            return True
        time_nouns = cues_for(view.lang).time_nouns
        return any(t.lemma in time_nouns or t.lemma == "ряд" for t in view.tokens[i + 1 : min(i + 4, end)])
    # "проектов общей стоимостью около 15 млрд": a measure in the instrumental opens a new figure.
    following = view.tokens[i + 1] if i + 1 < len(view.tokens) else None
    opens_figure = following is not None and (
        following.text[:1].isdigit() or following.lower in cues_for(view.lang).qualifiers
    )
    return opens_figure and _likely(tok, "NOUN") and "ablt" in tok.tag


def _extend(view: SentenceView, start: int, end: int, dates: Sequence[Span]) -> int:
    """One past the last token of the noun phrase that starts at ``start`` (bounded by ``end``)."""
    i, quoted = start, False
    while i < end and i - start < _MAX_WORDS:
        tok = view.tokens[i]
        if tok.text in _OPEN_QUOTES and not quoted:
            quoted = True
        elif tok.text in _CLOSE_QUOTES and quoted:
            quoted = False
        elif tok.text in _CLOSE_QUOTES or (not quoted and _ends_phrase(view, i, end, dates)):
            break
        i += 1
    while i > start + 1 and (view.tokens[i - 1].has("PREP") or view.tokens[i - 1].text in _DASHES):
        i -= 1
    return max(i, start + 1)  # the head itself always belongs to its phrase


# Cached per word form: inflecting runs through every parse's tag, and subjects repeat.
@lru_cache(maxsize=65536)
def _nominative(text: str, case: str, agree: str | None) -> str:
    """The word ``text`` put in the nominative; adjectives take the gender or number ``agree`` of their head."""
    lower = text.lower()
    for parse in likely_parses(lower):
        if case not in parse.tag or parse.tag.POS not in ("NOUN", "ADJF", "PRTF"):
            continue
        if parse.tag.POS != "NOUN" and agree is not None and agree not in parse.tag:
            continue
        form = inflect(parse, {"nomn"} | ({"plur"} if "plur" in parse.tag else set()))
        if form is not None and not text.isupper():  # abbreviations keep their letters
            word = str(form.word)
            word = word if "ё" in lower else word.replace("ё", "е")
            return word.capitalize() if text[:1].isupper() and text[1:2].islower() else word
    return text


@lru_cache(maxsize=65536)
def _agreement(word: str, case: str) -> str | None:
    for parse in likely_parses(word):
        if parse.tag.POS == "NOUN" and case in parse.tag:
            return "plur" if "plur" in parse.tag else str(parse.tag.gender or "") or None
    return None


def _render(view: SentenceView, text: str, start: int, end: int, head: int | None) -> str:
    """The phrase's text with the head and the words agreeing before it in the nominative."""
    pieces: list[str] = []
    case = _phrase_case(view, start, head)
    agree = _agreement(view.tokens[head].lower, case) if case and head is not None else None
    for i in range(start, end):
        tok = view.tokens[i]
        word = _nominative(tok.text, case, agree) if case and head is not None and i <= head else tok.text
        gap = text[view.tokens[i - 1].end : tok.start] if i > start else ""
        pieces.append(gap + word)
    return "".join(pieces).strip()


_CASES = ("gent", "datv", "accs", "ablt", "loct", "loc2", "gen2")


def _phrase_case(view: SentenceView, start: int, head: int | None) -> str:
    """The oblique case a phrase stands in ("" for the nominative or when unknown).

    A noun alone can hide its case ("помощь" is nominative and accusative), so an adjective
    opening the phrase decides when there is one ("безвозмездную помощь" is accusative).
    """
    if head is None:
        return ""
    opener = view.tokens[start]
    tag = opener.tag if start < head and opener.tag[:4] in ("ADJF", "PRTF") else ""
    if not _is_noun(view.tokens[head], "nomn") and not _is_noun(view.tokens[head], "accs"):
        tag = view.tokens[head].tag  # an unambiguous head decides: "общей стоимостью"
    if not tag:
        if _is_noun(view.tokens[head], "nomn"):
            return ""
        tag = view.tokens[head].tag
    case = next((c for c in _CASES if c in tag), "")
    return {"loc2": "loct", "gen2": "gent"}.get(case, case)


def phrase_after(view: SentenceView, text: str, start: int, end: int, dates: Sequence[Span]) -> Phrase | None:
    """The noun phrase starting at the first noun or adjective from token ``start`` (Russian or English)."""
    if view.lang == "en":
        return _en_phrase(view, text, start, end, dates)
    i = start
    while i < end and not (view.tokens[i].has("NOUN") or view.tokens[i].has("ADJF") or view.tokens[i].has("PRTF")):
        if _stops(view.tokens[i], dates) and not view.tokens[i].has("PREP"):
            return None
        i += 1
    if i >= end:
        return None
    stop = _trim(view, i, _extend(view, i, end, dates))
    head = _first_free_noun(view, i, stop)
    if stop <= i or head is None:
        return None
    return _phrase(view, text, i, stop, head)


def _first_free_noun(view: SentenceView, start: int, stop: int) -> int | None:
    """The first noun of ``[start, stop)`` not governed by a preposition inside the phrase."""
    after_prep = False
    for k in range(start, stop):
        tok = view.tokens[k]
        if _likely(tok, "PREP"):
            after_prep = True
        elif _head_noun(tok):
            if not after_prep:
                return k
            after_prep = False
    return None


def _trim(view: SentenceView, start: int, stop: int) -> int:
    """Drop trailing words that cannot end a noun phrase ("… в физическом")."""
    while stop > start + 1 and not (
        _likely(view.tokens[stop - 1], "NOUN")
        or view.tokens[stop - 1].text in _CLOSE_QUOTES
        or view.tokens[stop - 1].tag[:4] in ("", "UNKN", "LATN")
    ):
        stop -= 1
    return stop


def _phrase(view: SentenceView, text: str, start: int, stop: int, head: int | None) -> Phrase:
    cues = cues_for(view.lang)
    stop = min(max(stop, start + 1), len(view.tokens))
    span = Span(start=view.tokens[start].start, end=view.tokens[stop - 1].end)
    words = [t for t in view.tokens[start:stop] if t.is_word]
    generic = len(words) == 1 and (words[0].lemma in cues.generic or words[0].lower in cues.generic)
    return Phrase(_render(view, text, start, stop, head), span, generic)


def _ru_nominative_head(
    view: SentenceView, start: int, end: int, cues: Cues, dates: Sequence[Span]
) -> int | None:
    after_prep = False
    for i in range(start, end):
        tok = view.tokens[i]
        if _in_dates(tok, dates) or (i + 1 < end and view.tokens[i + 1].text == "." and len(tok.text) == 1):
            after_prep = False  # a preposition before a date belongs to the date
            continue  # "2025-го", "январь–сентябрь", the initial of "Л. Кудратова"
        if _likely(tok, "PREP"):
            after_prep = True
        elif tok.has("NPRO", "nomn") and tok.lemma in cues.generic:
            return i
        elif _head_noun(tok):
            free = not after_prep and not _dependent(view, i, dates)
            if free and _nominative_head(tok) and tok.lemma not in cues.skip:
                return i
            after_prep = False
    return None


def _ru_subject(view: SentenceView, text: str, first: int, last: int, dates: Sequence[Span]) -> Phrase | None:
    cues = cues_for("ru")
    lo, hi = view.clause_of(first)
    before = view.tokens[lo:first]
    near = first - 1
    while near > lo and view.tokens[near].lower in cues.qualifiers:
        near -= 1
    if near >= lo and _is_noun(view.tokens[near], "ablt"):  # "протяжённостью около 760 км"
        last_ablt = near
        start = last_ablt - 1 if last_ablt > lo and view.tokens[last_ablt - 1].has("ADJF", "ablt") else last_ablt
        return _phrase(view, text, start, last_ablt + 1, last_ablt)
    verb = next((lo + k for k in range(len(before) - 1, -1, -1) if _change_verb(before[k], cues)), None)
    if verb is not None and verb + 1 < first:
        found = phrase_after(view, text, verb + 1, first, dates)
        if found is not None:
            return found
    # "ВВП вырос на 5%, инфляция замедлилась до 7%": a comma-led stretch with its own subject.
    comma = next((k for k in range(first - 1, lo - 1, -1) if view.tokens[k].text == ","), None)  # the last one
    head = _ru_nominative_head(view, comma + 1, first, cues, dates) if comma is not None else None
    if head is None:
        head = _ru_nominative_head(view, lo, first, cues, dates)
    if head is not None:
        begin = head
        while begin > lo and view.tokens[begin - 1].has("ADJF") and not view.tokens[begin - 1].has("PREP"):
            begin -= 1
        return _phrase(view, text, begin, _trim(view, head, _extend(view, head, first, dates)), head)
    after = next((k for k in range(last, hi) if _change_verb(view.tokens[k], cues)), None)
    return phrase_after(view, text, after + 1, hi, dates) if after is not None else None


def _change_verb(tok: Token, cues: Cues) -> bool:
    return tok.lemma in cues.change and not tok.has("NOUN")


def _en_phrase(view: SentenceView, text: str, start: int, end: int, dates: Sequence[Span]) -> Phrase | None:
    i = start
    while i < end and view.tokens[i].lower in {"of", "the", "a", "an"} | cues_for("en").qualifiers:
        i += 1
    cues = cues_for("en")
    verbs = (cues.level_verbs | cues.up | cues.down) - _EN_NOUN_LIKE
    stop_words = _EN_AUX | _EN_STOP | _EN_BREAKS | verbs
    j = i
    while j < end and view.tokens[j].is_word and view.tokens[j].lower not in stop_words:
        if any(d.start < view.tokens[j].end and view.tokens[j].start < d.end for d in dates):
            break
        j += 1
    return _phrase(view, text, i, j, None) if j > i else None


def _en_subject(view: SentenceView, text: str, first: int, last: int, dates: Sequence[Span]) -> Phrase | None:
    cues = cues_for("en")
    lo, _hi = view.clause_of(first)
    verbs = cues.level_verbs | cues.up | cues.down | _EN_AUX | cues.lower_bound
    # The mention may hold its verb ("crossed $220 billion" is one mention with its bound).
    found_verb = next((k for k in range(last - 1, lo - 1, -1) if view.tokens[k].lower in verbs), None)
    if found_verb is None:
        return None
    verb = found_verb
    if view.tokens[verb].lower in cues.change and verb + 1 < first:
        found = _en_phrase(view, text, verb + 1, first, dates)  # "reduce transport costs ... by 30%"
        if found is not None:
            return found
    while verb > lo and view.tokens[verb - 1].lower in verbs | {"now", "also", "already"}:
        verb -= 1
    start = lo
    for k in range(lo, verb):
        if view.tokens[k].lower in _EN_FRAME or view.tokens[k].text == ",":
            start = k + 1
    if any(t.lower in _RELATIVE for t in view.tokens[start:verb][:2]):
        return _antecedent(view, text, lo)
    lead = {"the", "a", "an", "and"} | cues.openers
    while start < verb and (view.tokens[start].lower in lead or not view.tokens[start].is_word):
        start += 1
    stop = start
    while stop < verb and not any(d.start < view.tokens[stop].end and view.tokens[stop].start < d.end for d in dates):
        stop += 1
    dangling = _EN_STOP | _EN_AUX | cues.qualifiers | {"last", "this", "the"}
    while stop > start and view.tokens[stop - 1].lower in dangling:
        stop -= 1
    return _phrase(view, text, start, stop, None) if stop > start else None


_RELATIVE = frozenset({"which", "that", "who"})
_NOT_IN_ANTECEDENT = frozenset({"the", "of", "a", "an", "to", "and", "with", "for", "in", "on"}) | _EN_AUX


def _antecedent(view: SentenceView, text: str, clause_start: int) -> Phrase | None:
    """"the Main Line-1 (ML-1) railway, which runs 1,700 km": what "which" stands for."""
    end = clause_start - 1 if clause_start > 0 and view.tokens[clause_start - 1].text == "," else clause_start
    start = end
    while start > 0 and end - start < 10 and view.tokens[start - 1].lower not in _NOT_IN_ANTECEDENT:
        if view.tokens[start - 1].text in {",", ".", ";", ":"}:
            break
        start -= 1
    return _phrase(view, text, start, end, None) if end > start else None


def find_subject(view: SentenceView, text: str, span: Span, dates: Sequence[Span]) -> Phrase | None:
    """The phrase naming what the figure at ``span`` measures, or None when the clause has none.

    Args:
        dates: spans of date mentions, which never belong to a subject phrase.
    """
    first, last = view.token_range(span)
    if first >= len(view.tokens):
        return None
    if view.lang == "en":
        return _en_subject(view, text, first, last, dates)
    return _ru_subject(view, text, first, last, dates)
