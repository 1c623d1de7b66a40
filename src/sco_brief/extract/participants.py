"""Who took part in the reported meeting, with position, country and role.

People are found by rule evidence (recognise.names), then merged: a surname alone or with
initials after the first mention ("Бектенов отметил", "Л. Кудратова") is the same person, and
a bare title ("Глава кабмина обозначил", "the prime minister said") refers back to the person
who holds it, or, when nobody does yet, to the text's protagonist, who thereby gets the position.
Roles come from cue words around each mention: chair > speaker > attendee.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

import attrs

from sco_brief.extract._meeting_place import dateline_city
from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.lang import load_toml, load_words
from sco_brief.model import Participant
from sco_brief.morph import lemma, parses
from sco_brief.recognise._gazetteer_cues import Cue, find_cues, find_cues_in
from sco_brief.recognise._gazetteer_titles import nominative_title
from sco_brief.recognise.countries import city_country, find_country_spans, possessive_country_before
from sco_brief.recognise.names import PersonMention, TitleMention, find_persons, find_titles
from sco_brief.segment import Sentence

__all__ = ["extract_participants"]

_RANK = {"attendee": 0, "speaker": 1, "chair": 2}
_PRONOUN = re.compile(r"\b(?:Он|он|Она|она|He|he|She|she)\b")
_DELEGATION = re.compile(r"делегаци|delegation", re.IGNORECASE)
_COUNTERPART_REACH = 20  # characters before a name that may hold "counterpart"
_REFERENCE_REACH = 40  # characters before a name or its title that may hold a reference noun


@attrs.define
class _Person:
    words: tuple[str, ...]
    mentions: list[PersonMention]
    titles: list[TitleMention] = attrs.field(factory=list)
    refs: list[TitleMention] = attrs.field(factory=list)
    role: str = "attendee"
    cued: bool = False
    country: str | None = None

    @property
    def start(self) -> int:
        return min(m.span.start for m in self.mentions)


@attrs.frozen
class _Actor:
    start: int
    end: int
    person: _Person


def extract_participants(doc: Document, head: MeetingHead) -> tuple[Participant, ...]:
    """Find the participants of the reported meeting."""
    if not doc.text.strip():
        return ()
    people = _cluster(_counterparts_named(doc, list(find_persons(doc.text, doc.lang))))
    if not people:
        return ()
    actors = _actors(doc, people)
    _assign_roles(doc, actors)
    _delegation_countries(doc, people)
    fallback = _main_country(doc, people)
    return tuple(_participant(doc, person, fallback) for person in people if _is_participant(doc, person))


def _cluster(mentions: list[PersonMention]) -> list[_Person]:
    """Merge mentions of one person: full names first, then surnames and initials onto them."""
    people: list[_Person] = []
    full = [m for m in mentions if len(_bare(m.words)) >= 2]
    ordered = [m for m in full if m.strong] + [m for m in full if not m.strong]
    for mention in ordered + [m for m in mentions if len(_bare(m.words)) < 2]:
        person = next((p for p in people if _same(p, mention)), None)
        if person is None:
            if not mention.strong or (len(_bare(mention.words)) < 2 and len(mention.words) < 2 and not mention.title):
                continue  # capitals alone, or a lone word, name nobody we know
            person = _Person(words=mention.words, mentions=[])
            people.append(person)
        person.mentions.append(mention)
        if len(_bare(mention.words)) > len(_bare(person.words)):
            person.words = mention.words
        if mention.title is not None:
            person.titles.append(mention.title)
    return sorted(people, key=lambda p: p.start)


@lru_cache(maxsize=4096)
def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if not w.endswith(".") and len(w) > 1)


def _same(person: _Person, mention: PersonMention) -> bool:
    mine = _bare_keys(mention.words)
    if len(mine) == 2 and _patronymic(mine[1]):
        mine = mine[:1]  # "Уважаемый Михаил Владимирович!": a name and patronymic address a known person
    if not mine:
        return False
    names = _bare(person.words)
    known = _bare_keys(person.words)
    if len(mine) >= 2:
        return mine[-1] == _key(names[-1]) or set(mine) <= set(known)
    initials = [w[0] for w in mention.words if w.endswith(".")]
    if initials and len(names) >= 2 and names[0][0] != initials[0]:
        return False
    return mine[0] in known or any(_stem_match(mine[0], k) for k in known)


# Clustering compares every mention with every person: the keys of a name's words are cached.
@lru_cache(maxsize=4096)
def _bare_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_key(w) for w in _bare(words))


@lru_cache(maxsize=65536)
def _patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in parses(word))


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _stem_match(word: str, known: str) -> bool:
    # "кудратова" is a declined "кудратов": same stem, a short ending.
    return len(known) >= 4 and word.startswith(known) and len(word) - len(known) <= 3


def _actors(doc: Document, people: list[_Person]) -> list[_Actor]:
    """Every place a person is named or referred to: names, bare titles and pronouns."""
    actors = [_Actor(m.span.start, m.span.end, p) for p in people for m in p.mentions]
    named = {(m.title.span.start, m.title.span.end) for p in people for m in p.mentions if m.title is not None}
    bodies = _Taken((c.start, c.end) for c in find_cues(doc.text, doc.lang, "bodies"))
    starts = [p.start for p in people]  # people come sorted by their first mention
    for title in find_titles(doc.text, doc.lang):
        if (title.span.start, title.span.end) in named or _inside(title, bodies):
            continue
        person = _referent(people[: bisect.bisect_left(starts, title.span.start)], title)
        if person is not None:
            person.refs.append(title)
            actors.append(_Actor(title.span.start, title.span.end, person))
    actors.sort(key=lambda a: a.start)
    actors += list(_pronoun_actors(doc, actors))
    return sorted(actors, key=lambda a: a.start)


def _inside(title: TitleMention, spans: _Taken) -> bool:
    # "глав правительств" in "Совета глав правительств" names a body, not a person.
    return spans.overlaps(title.span.start, title.span.end - 1)


def _referent(before: list[_Person], title: TitleMention) -> _Person | None:
    """Who a bare title ("Глава кабмина", "the minister") refers to, among the people named before it."""
    if not before or title.kind == "other" or _plural(title):
        return None
    if title.country:
        # "Глава МИД Кыргызстана", "the Chinese premier": only a holder from that country.
        matching = [p for p in before if any(t.country == title.country for t in p.titles)]
        untitled = [p for p in before if not p.titles]
        return matching[-1] if matching else (untitled[0] if untitled else None)
    holders = [p for p in before if any(_fits(t, title) for t in p.titles)]
    if holders:
        protagonist = before[0]
        return protagonist if protagonist in holders else holders[-1]
    untitled = [p for p in before if not p.titles]
    return untitled[0] if untitled else None


def _plural(title: TitleMention) -> bool:
    # "Министры отметили", "лидеры подписали": a group, not one person.
    head = title.written.split()[0]
    nouns = [p for p in parses(head) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def _fits(held: TitleMention, title: TitleMention) -> bool:
    if title.country and held.country and title.country != held.country:
        return False
    return held.kind == title.kind or held.position == title.position


def _pronoun_actors(doc: Document, actors: list[_Actor]) -> Iterator[_Actor]:
    starts = [a.start for a in actors]  # actors come sorted by start
    for match in _PRONOUN.finditer(doc.text):
        # The last actor (in start order) that ends before the pronoun; only one starting before it can.
        before = bisect.bisect_left(starts, match.start())
        earlier = next((a for a in reversed(actors[:before]) if a.end <= match.start()), None)
        if earlier is not None:
            yield _Actor(match.start(), match.end(), earlier.person)


def _assign_roles(doc: Document, actors: list[_Actor]) -> None:
    starts = [a.start for a in actors]  # actors come sorted by start: a sentence's are one slice
    for sentence in doc.sentences:
        first = bisect.bisect_left(starts, sentence.span.start)
        inside = actors[first : bisect.bisect_left(starts, sentence.span.end, lo=first)]
        if not inside:
            continue
        states: list[tuple[int, int]] | None = None  # read only for a sentence with a role cue
        for cue in find_cues_in(doc.text, doc.lang, "roles", sentence.span.start, sentence.span.end):
            if _participle(doc.text, cue):
                continue
            states = _states(doc, sentence) if states is None else states
            actor = _actor_for(cue.key, (cue.start, cue.end), inside, states)
            if actor is not None:
                _give(actor.person, _role_of(cue.key))


def _states(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names a state (document offsets)."""
    found = find_country_spans(doc.text, doc.lang, forms=("name", "abbr"), within=_bounds(sentence))
    return [(start, end) for start, end, _code, _form in found]


def _bounds(sentence: Sentence) -> tuple[int, int]:
    return sentence.span.start, sentence.span.end


def _participle(text: str, cue: Cue) -> bool:
    # "председательствующей стороны" is a description, not a person presiding.
    words = text[cue.start : cue.end].split()
    return bool(words) and _participle_word(words[0])


@lru_cache(maxsize=65536)
def _participle_word(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("PRTF", "PRTS", "ADJF")


def _actor_for(kind: str, cue: tuple[int, int], inside: list[_Actor], states: list[tuple[int, int]]) -> _Actor | None:
    start, end = cue
    after = [a for a in inside if a.start >= end]
    before = [a for a in inside if a.end <= start]
    if kind in ("chair_before", "quote_after"):
        return after[0] if after else None
    if before:
        # "..., что Кыргызская Республика председательствует": the state is the subject.
        between = any(before[-1].end <= s and e <= start for s, e in states)
        return None if between else before[-1]
    return after[0] if after else None


def _role_of(kind: str) -> str:
    return {"chair_before": "chair", "chair": "chair", "quote_after": "speaker"}.get(kind, kind)


def _give(person: _Person, role: str) -> None:
    person.cued = True
    if _RANK.get(role, 0) > _RANK[person.role]:
        person.role = role


def _delegation_countries(doc: Document, people: list[_Person]) -> None:
    """ "Делегацию Узбекистана возглавил министр ..." and "Russia's Andrei Belousov" give the person's country."""
    for sentence in doc.sentences:
        if not _DELEGATION.search(sentence.text):
            continue
        found = find_country_spans(doc.text, doc.lang, forms=("name", "adjective"), within=_bounds(sentence))
        codes = {code for _start, _end, code, _form in found}
        if len(codes) != 1:
            continue
        for person in people:
            if any(sentence.span.start <= m.span.start < sentence.span.end for m in person.mentions):
                person.country = person.country or next(iter(codes))
    for person in people if doc.lang == "en" else ():  # "Russia's Andrei Belousov"
        first = min(person.mentions, key=lambda m: m.span.start)
        person.country = person.country or possessive_country_before(doc.text, first.span.start)


def _main_country(doc: Document, people: list[_Person]) -> str | None:
    """The state the text is mostly about, for people whose own country the text leaves implicit.

    States in other people's titles do not count; the dateline city's state counts double, since
    an agency datelines from home.
    """
    in_title = _Taken((t.span.start - 3, t.span.end) for p in people for t in p.titles + p.refs)
    counts: Counter[str] = Counter()
    for start, end, code, _form in find_country_spans(doc.text, doc.lang, forms=("name", "adjective", "abbr")):
        # A state right before a title ("Chinese Premier") belongs to that title too.
        if not in_title.overlaps(start, end):
            counts[code] += 1
    dateline = dateline_city(doc)
    country = city_country(dateline) if dateline else None
    if country:
        counts[country] += 2
    return counts.most_common(1)[0][0] if counts else None


class _Taken:
    """Spans (start, end), asked whether any has ``start <= end_of_query`` and ``start_of_query < end``."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        # The furthest end among the spans starting at or before each one: one bisection answers.
        self._reach = list(accumulate((end for _start, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        count = bisect.bisect_right(self._starts, end)
        return count > 0 and self._reach[count - 1] > start


def _is_participant(doc: Document, person: _Person) -> bool:
    if all(_referenced(doc, m) for m in person.mentions):
        return False  # only ever named as the author of someone's proposal or instruction
    strong = any(m.strong for m in person.mentions)
    return bool(person.titles or person.refs or person.cued or (strong and len(_bare(person.words)) >= 2))


def _counterparts_named(doc: Document, mentions: list[PersonMention]) -> list[PersonMention]:
    """ "his Kyrgyz counterpart Ulan Niyazbekov": a name right after "counterpart" is surely a person."""
    words = load_words("en" if doc.lang == "en" else "ru", "counterparts")
    marked = []
    for mention in mentions:
        before = doc.text[max(0, mention.span.start - _COUNTERPART_REACH) : mention.span.start].split()
        counterpart = bool(before) and before[-1].lower() in words
        marked.append(attrs.evolve(mention, strong=True) if counterpart else mention)
    return marked


def _referenced(doc: Document, mention: PersonMention) -> bool:
    """The mention stands in the complement of a reference noun ("о предложении президента ...")."""
    words = load_words("en" if doc.lang == "en" else "ru", "references")
    start = mention.title.span.start if mention.title is not None else mention.span.start
    before = doc.text[max(0, start - _REFERENCE_REACH) : start].split()
    if doc.lang == "en":
        before = [w for w in before if w.lower() != "the"]
        return len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower().strip(",") in words
    return bool(before) and lemma(before[-1].strip(",").lower()) in words


def _name(person: _Person) -> str:
    """The person's fullest name, spaced as a mention of those words writes it ("Д.Амарбаясгалан")."""
    return next((m.name for m in person.mentions if m.words == person.words), " ".join(person.words))


def _participant(doc: Document, person: _Person, fallback: str | None) -> Participant:
    title = _best_title(person)
    country = _country(person, title, fallback)
    position = _resolve(title.position, country) if title else None
    first = min(person.mentions, key=lambda m: m.span.start)
    return Participant(
        name=_name(person),
        role=person.role,
        evidence=doc.sentence_evidence(first.span.start),
        position=position,
        position_text=_short_form(doc, title) if title else None,
        country=country,
    )


def _short_form(doc: Document, title: TitleMention) -> str:
    """The title as written, in the nominative ("председателем КНР" -> "председатель КНР")."""
    if doc.lang != "ru":
        return " ".join(title.written.split())
    return nominative_title(title.written, title.case)


def _best_title(person: _Person) -> TitleMention | None:
    ranked = [t for t in person.titles if t.kind != "other"] + person.titles + person.refs
    return ranked[0] if ranked else None


def _country(person: _Person, title: TitleMention | None, fallback: str | None) -> str | None:
    if title is not None and title.kind == "sco":
        return None
    for held in person.titles + person.refs:
        if held.country:
            return held.country
    return person.country or fallback


def _resolve(position: str, country: str | None) -> str:
    """Fill "{head_of_state}"/"{head_of_government}" from the country's facts."""
    if "{" not in position:
        return position
    facts = load_toml("data", "countries").get(country or "", {})
    key = position.strip("{}")
    value = facts.get(key)
    if isinstance(value, str):
        return value
    return "President" if key == "head_of_state" else "Prime Minister"
