"""Which meeting the text reports: body, ordinal, format, city and dates.

A text often names several meetings: the one it reports, an upcoming summit, last year's
session. The reported meeting is the first body mention that no "elsewhere" cue ("которое
состоится", "подготовки к", "напомнил", "to be held") puts in another time; its ordinal,
format, city and dates are read only around mentions of that meeting. A body named "на полях"
("on the sidelines") makes the reported event bilateral talks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Set
from functools import cache

import attrs

from sco_brief.extract._meeting_place import DATELINE, meeting_city
from sco_brief.extract.document import Document
from sco_brief.lang import load_toml
from sco_brief.model import Evidence
from sco_brief.morph import parses
from sco_brief.recognise._gazetteer import fold, lemma_key, word_keys, word_lists, word_texts
from sco_brief.recognise._gazetteer_cues import Cue, find_cues, find_cues_in, has_elsewhere_cue
from sco_brief.recognise.countries import find_city_spans
from sco_brief.segment import Sentence

__all__ = ["MeetingHead", "extract_meeting"]

# An ordinal written in digits: "24-м", "24‑м", "25-е", "24th" (word ordinals come from doc.numbers).
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})\s?[-‑–]?\s?(?:го|му|ми|ом|ым|ое|ий|ая|ой|ую|м|е|й|я|th|st|nd|rd)\b")
# A Roman session number: "XXI встреча", "XXIV заседание" (a single "I" or "V" is too often a word).
_ROMAN_ORDINAL = re.compile(r"\b([IVXLC]{2,8}|X|L|C)\b(?:-?(?:го|м|е|й|я|th))?")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_SINGLE_ROMAN = re.compile(r"\b([IV])\s+([^\W\d_]+)")
_WORD_AHEAD = 40  # room to read the word after a lone Roman letter
_TALKS_GAP = 5  # words from "провести" to its talks noun ("провел в Кремле встречу с")
_LEAD_SENTENCES = 4
# Words allowed between an ordinal and the body it numbers: "24-м заседании", "24th meeting of the SCO".
_ORDINAL_GAP = 5
# The dash or agency that closes a dateline: "МИНСК, 2 сентября (БЕЛТА) –", "ASTANA, July 4 (Kazinform) –".
# Xinhua writes "Пекин, 22 мая /Синьхуа/ --" with the agency in slashes and a double hyphen.
# Trend closes it with the agency's name and a colon: "Баку, 21 мая, Trend:".
_DATELINE_END = re.compile(r"[)/]\s*[-–—:]|\s(?:--|[-–—])\s|,\s[^\W\d_][\w.-]*:\s")
_DATELINE_MAX = 80
_CLAUSE_END = re.compile(r"[.;:!?]")
_RELATIVE = re.compile(r"(?:котор\w+|to (?:be|meet|convene|gather)|which|that|will)\b.*", re.IGNORECASE)
_PRESS_BEFORE = re.compile(r"\b(?:media|press)\s+$", re.IGNORECASE)
_DAYS_LONG = {"двух": 2, "трех": 3, "трёх": 3, "two": 2, "three": 3}
_CLOSED_MULTIDAY = re.compile(
    r"(?:заверши\w*|закрыл\w*|подошл\w*\s+к\s+концу|завершени\w*)\s+(?:\w+\s+){0,2}?(?P<ru>двух|тр[её]х)дневн"
    r"|(?:concluded|closed|wrapped\s+up|ended)\s+(?:\w+\s+){0,2}?(?P<en>two|three)-day",
    re.IGNORECASE,
)
_ORDINAL_BREAK = re.compile(r"[.,;:!?«»\"()]")


@attrs.frozen(kw_only=True)
class MeetingHead:
    """The meeting-level fields of :class:`~sco_brief.model.Meeting`."""

    body: str | None = None
    ordinal: int | None = None
    format: str | None = None
    city: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    evidence: Evidence | None = None


@attrs.frozen
class _Mention:
    cue: Cue
    sentence: Sentence
    elsewhere: bool


def extract_meeting(doc: Document) -> MeetingHead:
    """Find the body, ordinal, format, city and dates of the reported meeting."""
    if not doc.text.strip():
        return MeetingHead()
    mentions = list(_mentions(doc))
    reported = next((m for m in mentions if not m.elsewhere), None)
    if reported is None:
        talks = _talks_only(doc)
        if talks.body is not None or not mentions:
            return talks
        # Only an announced (or past) meeting is named, and no talks: the article is about it.
        reported = mentions[0]
        mentions = [attrs.evolve(m, elsewhere=False) if m.cue.key == reported.cue.key else m for m in mentions]
    # Only the reported mention's sidelines matter: the others are not asked.
    body = "bilateral" if _sidelines(doc, reported.sentence, reported.cue) else reported.cue.key
    same = [m for m in mentions if not m.elsewhere and m.cue.key == reported.cue.key]
    sentences = _meeting_sentences(doc, same)
    elsewhere = {m.sentence.span.start for m in mentions if m.elsewhere}
    fmt = _format(doc, sentences, body, elsewhere)
    start, end = _dates(doc, sentences)
    if start is not None and start == end and sentences:
        start = _opening_day(sentences[0].text, start)
    return MeetingHead(
        body=body,
        ordinal=None if body == "bilateral" else _first_ordinal(doc, same),
        format=fmt,
        city=None if fmt == "video" else meeting_city(doc, sentences),
        start=start,
        end=end,
        evidence=doc.evidence(reported.sentence.span.start, reported.sentence.span.end),
    )


def _mentions(doc: Document) -> Iterator[_Mention]:
    for cue in find_cues(doc.text, doc.lang, "bodies"):
        sentence = doc.sentence_at(cue.start)
        if sentence is None or _one_persons_meeting(doc.text, cue, doc.lang) or _press_briefing(doc.text, cue):
            continue
        yield _Mention(
            cue=cue,
            sentence=sentence,
            elsewhere=_elsewhere(doc, sentence, cue),
        )


def _press_briefing(text: str, cue: Cue) -> bool:
    """ "Weekly Media Briefing by the Official Spokesperson": the ministry's own press briefing, which
    reports a meeting but is none (a Secretary-General's "briefing at the Secretariat" is one)."""
    return text[cue.start : cue.end].lower().startswith("briefing") and bool(
        _PRESS_BEFORE.search(text[max(0, cue.start - 20) : cue.start])
    )


def _one_persons_meeting(text: str, cue: Cue, lang: str) -> bool:
    """ "встрече Министра иностранных дел ... с ...": one minister's meeting (talks), not a meeting of
    the ministers, which the lemma-matched cue "встреча министров" would also find."""
    words = text[cue.start : cue.end].split()
    if lang != "ru" or len(words) < 2 or not words[0].lower().startswith("встреч"):
        return False
    found = parses(words[1])
    return bool(found) and all(p.tag.number == "sing" for p in found)


def _elsewhere(doc: Document, sentence: Sentence, cue: Cue) -> bool:
    """An "elsewhere" cue within a few words before the mention, or in the clause after it."""
    before = doc.text[max(sentence.span.start, cue.start - 60) : cue.start]
    before = " ".join(before.split()[-6:])
    after = doc.text[cue.end : sentence.span.end]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    # The clause after counts only from a relative word on ("..., которое состоится", "to be held").
    relative = _RELATIVE.search(clause[:120])
    return has_elsewhere_cue(before, doc.lang) or (
        relative is not None and has_elsewhere_cue(relative.group(), doc.lang)
    )


def _sidelines(doc: Document, sentence: Sentence, cue: Cue) -> bool:
    """ "на полях" or talks with someone ("провёл встречу с", "held talks with") before the body."""
    head = doc.text[sentence.span.start : cue.start]
    return any(True for _ in find_cues(head, doc.lang, "sidelines")) or _has_talks(head, doc.lang)


def _has_talks(text: str, lang: str) -> bool:
    """Talks with a counterpart: a talks phrase, or "провёл в Кремле встречу с", not with journalists."""
    words = word_lists(text)
    keys = _word_keys(lang, text)
    ends = dict(zip(words.ends, range(len(words.ends)), strict=True))
    for cue in find_cues(text, lang, "talks"):
        after = ends.get(cue.end)
        if after is not None and not _outsiders(keys, after + 1, lang):
            return True
    return lang == "ru" and _gapped_talks(keys, words.texts)


def _outsiders(keys: list[str], index: int, lang: str) -> bool:
    """The talks are with journalists, students, experts: no counterpart."""
    if index >= len(keys):
        return False
    return keys[index] in _talks_with(lang, "not_counterparts")


def _gapped_talks(keys: list[str], texts: list[str]) -> bool:
    """ "провел в Кремле встречу с ...": a talks noun and "с" a few words after "провести"."""
    if "провести" not in keys:
        return False
    for i, key in enumerate(keys):
        if key != "провести":
            continue
        for j in range(i + 1, min(len(keys) - 1, i + _TALKS_GAP)):
            if keys[j] in _talks_with("ru", "nouns") and texts[j + 1].lower() in ("с", "со"):
                return not _outsiders(keys, j + 2, "ru")
    return False


@cache
def _talks_with(lang: str, key: str) -> frozenset[str]:
    return frozenset(_word_key(lang, w) for w in load_toml(lang, "bodies").get("talks_with", {}).get(key, ()))


def _talks_only(doc: Document) -> MeetingHead:
    """No SCO body is reported: talks with a counterpart in the lead are a bilateral meeting."""
    lead = list(doc.sentences[:_LEAD_SENTENCES])
    talks = next((s for s in lead if _has_talks(s.text, doc.lang)), None)
    if talks is None:
        return MeetingHead()
    sentences = [talks] + [s for s in lead if s != talks and not has_elsewhere_cue(s.text, doc.lang)]
    # "The meeting took place on July 3, ahead of the SCO summit": the talks' own date, wherever it is.
    named = [s for s in doc.sentences if s not in sentences and _has_event_word(doc, word_texts(s.text))]
    start, end = _dates(doc, sentences + named)
    return MeetingHead(
        body="bilateral",
        format=_format(doc, sentences, "bilateral", frozenset()),
        city=meeting_city(doc, sentences),
        start=start,
        end=end,
        evidence=doc.evidence(talks.span.start, talks.span.end),
    )


def _meeting_sentences(doc: Document, same: list[_Mention]) -> list[Sentence]:
    """Where to read the reported meeting's details: its mentions first, then the lead."""
    found: list[Sentence] = []
    seen: set[int] = set()  # sentence starts, unique in a document
    mentioned = {m.sentence.span.start for m in same}
    for sentence in [m.sentence for m in same] + list(doc.sentences[:_LEAD_SENTENCES]):
        if sentence.span.start not in seen and not _about_elsewhere(doc, sentence, mentioned):
            found.append(sentence)
            seen.add(sentence.span.start)
    return found


def _about_elsewhere(doc: Document, sentence: Sentence, mentioned: Set[int]) -> bool:
    if sentence.span.start in mentioned:
        return False
    return has_elsewhere_cue(sentence.text, doc.lang)


def _first_ordinal(doc: Document, same: list[_Mention]) -> int | None:
    for mention in same:
        value = _ordinal_before(doc, mention)
        if value is not None:
            return value
    return next((v for m in same if (v := _ordinal_after(doc, m)) is not None), None)


def _ordinal_after(doc: Document, mention: _Mention) -> int | None:
    """ "The secretaries ... gathered in Dushanbe for their 22nd annual meeting": an ordinal later in
    a mention's sentence numbers the meeting when an event word follows it within two words."""
    end = mention.sentence.span.end
    for value, stop in _ordinals(doc, mention.cue.end, end):
        if _has_event_word(doc, word_texts(doc.text[stop:end])[:2]):
            return value
    return None


def _ordinal_before(doc: Document, mention: _Mention) -> int | None:
    """The ordinal numbering this mention: "24-м заседании Совета", "the 24th meeting of the SCO"."""
    start = max(mention.sentence.span.start, mention.cue.start - 80)
    for value, end in reversed(list(_ordinals(doc, start, mention.cue.start))):
        gap = doc.text[end : mention.cue.start]
        words = word_texts(gap)
        if len(words) > _ORDINAL_GAP or _ORDINAL_BREAK.search(gap):
            continue
        if not words or _has_event_word(doc, words) or _starts_with_event(doc, mention.cue):
            return value
    return None


def _ordinals(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(value, end offset) of ordinal numbers between ``start`` and ``end``."""
    seen: set[int] = set()
    for number in doc.numbers:
        if getattr(number, "kind", None) == "ordinal" and start <= number.span.start and number.span.end <= end:
            seen.add(number.span.end)
            yield int(number.value), number.span.end
    for match in _DIGIT_ORDINAL.finditer(doc.text, start, end):
        if match.end() not in seen and 0 < int(match.group(1)) < 200:
            yield int(match.group(1)), match.end()
    for match in _ROMAN_ORDINAL.finditer(doc.text, start, end):
        value = _roman(match.group(1))
        if 0 < value < 200:
            yield value, match.end()
    for match in _SINGLE_ROMAN.finditer(doc.text, start, end + _WORD_AHEAD):
        # "V Совещание министров энергетики": a lone letter numbers a session only right before one.
        if match.end(1) <= end and _word_key(doc.lang, match.group(2)) in _event_words(doc.lang):
            yield _roman(match.group(1)), match.end(1)


def _roman(numeral: str) -> int:
    """ "XXI" -> 21, as Russian and Central Asian outlets number sessions ("XXI встреча")."""
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _has_event_word(doc: Document, words: list[str]) -> bool:
    events = _event_words(doc.lang)
    return any(_word_key(doc.lang, w) in events for w in words)


def _starts_with_event(doc: Document, cue: Cue) -> bool:
    first = word_texts(doc.text[cue.start : cue.end])
    return bool(first) and _word_key(doc.lang, first[0]) in _event_words(doc.lang)


def _word_key(lang: str, word: str) -> str:
    return lemma_key(word) if lang == "ru" else fold(word)


def _word_keys(lang: str, text: str) -> list[str]:
    """:func:`_word_key` of every word of ``text``, memoised per text."""
    return word_keys(text, lemma_key if lang == "ru" else fold)


@cache
def _event_words(lang: str) -> frozenset[str]:
    words = load_toml(lang, "bodies").get("events", {}).get("words", ())
    return frozenset(_word_key(lang, w) for w in words)


def _format(doc: Document, sentences: list[Sentence], body: str, elsewhere: Set[int]) -> str | None:
    # Sentences go by their start offset (unique in a document): hashing a Sentence hashes its text.
    """The format of the reported session; with several, the one the speaker spoke at."""
    found: list[tuple[str, Sentence]] = []
    for sentence in sentences:
        found += [(key, sentence) for key in _format_keys(doc, sentence)]
    skipped = {s.span.start for s in sentences} | elsewhere
    for sentence in doc.sentences:
        if sentence.span.start not in skipped:
            found += [(key, sentence) for key in _format_keys(doc, sentence)]
    if body == "bilateral":
        found = [f for f in found if f[0] == "video"]
    kinds = {key for key, _ in found}
    if len(kinds) <= 1:
        return found[0][0] if found else None
    spoken = [key for key, sentence in found if _has_speech(doc, sentence)]
    return spoken[0] if spoken else found[0][0]


def _format_keys(doc: Document, sentence: Sentence) -> list[str]:
    span = sentence.span
    return [cue.key for cue in find_cues_in(doc.text, doc.lang, "formats", span.start, span.end)]


def _has_speech(doc: Document, sentence: Sentence) -> bool:
    return any(cue.key == "speaker" for cue in find_cues(sentence.text, doc.lang, "roles"))


def _dates(doc: Document, sentences: list[Sentence]) -> tuple[dt.date | None, dt.date | None]:
    """The first short date or date range in the meeting's sentences.

    A dateline's date ("МИНСК, 2 сентября (БЕЛТА) – Совещание ... пройдет 18–19 сентября") is when the
    story was filed: another date in its sentence is the meeting's.
    """
    for sentence in sentences:
        found = list(_short_dates(doc, sentence))
        head = _dateline_end(doc, sentence)
        inside = [f for f in found if f[0] >= head]
        for _start, start, end in inside or found:
            return start, end
    return None, None


def _opening_day(text: str, end: dt.date) -> dt.date:
    """ "В Хиве завершилось двухдневное совещание", "wrapped up a two-day meeting": a closing day dates
    a meeting of N days, which opened N - 1 days before it."""
    match = _CLOSED_MULTIDAY.search(text)
    if match is None:
        return end
    return end - dt.timedelta(days=_DAYS_LONG[(match["ru"] or match["en"]).lower()] - 1)


def _short_dates(doc: Document, sentence: Sentence) -> Iterator[tuple[int, dt.date, dt.date]]:
    """(offset, start, end) of the dates in ``sentence`` spanning a week at most."""
    for mention in doc.dates:
        period = getattr(mention, "period", None)
        if period is None or not sentence.span.start <= mention.span.start < sentence.span.end:
            continue
        if (period.end - period.start).days <= 7:
            yield mention.span.start, period.start, period.end


def _dateline_end(doc: Document, sentence: Sentence) -> int:
    """Where a dateline opening ``sentence`` ends ("МИНСК, 2 сентября (БЕЛТА) –"), or its start."""
    match = DATELINE.match(sentence.text)
    head = _DATELINE_END.search(sentence.text[:_DATELINE_MAX])
    if match is None or head is None or not any(True for _ in find_city_spans(match.group(1), doc.lang)):
        return sentence.span.start
    return sentence.span.start + head.end()
