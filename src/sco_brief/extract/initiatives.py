"""Directions, proposals and named projects put forward at a meeting.

The finders (``_initiative_directions``, ``_initiative_proposals``, ``_initiative_projects``)
each read one sentence or paragraph at a time and return :class:`Found` records; this module
resolves list items, drops duplicates, attributes each initiative to a country and orders
them: directions, then proposals, then projects, each in text order.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

import attrs

from sco_brief.extract._initiative_cues import SentenceCues, cue_stems
from sco_brief.extract._initiative_directions import (
    Item,
    find_headings,
    find_inline,
    find_items,
    find_stated,
    has_list_cue,
    is_collective,
    item_title,
    summary_of,
)
from sco_brief.extract._initiative_projects import find_projects, project_sentences
from sco_brief.extract._initiative_proposals import find_proposals, phrases_in
from sco_brief.extract._initiative_text import Found, cue_set, cues, lemma_of, tokenize
from sco_brief.extract._initiative_who import Speakers
from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Initiative, Participant, Span
from sco_brief.segment import Paragraph, Sentence

__all__ = ["extract_initiatives", "initiative_scopes", "title_key"]

_KINDS = ("direction", "proposal", "project")
_TERMINAL = '.!?…:»"”'
_SAME_TITLE = 0.8
_NEAR = 50
# A row of figures ("- выработка электроэнергии – 6,8 млрд кВт·ч (+9,5%);"): a label, a dash or colon
# and a number state a statistic, not a direction.
_DATA_ROW = re.compile(r"[^\d\n]{1,80}?\s[–—:-]\s*[(~≈+−-]?\s*\d")
_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]\s*")
# Items opening with these adopt or sign a document, which is no initiative.
_ADOPTING = re.compile(r"(?:утверди|подписа|одобри|приня|approved|adopted|signed|endorsed)\w*", re.IGNORECASE)


def extract_initiatives(
    doc: Document, head: MeetingHead, participants: tuple[Participant, ...]
) -> tuple[Initiative, ...]:
    """Find the directions, proposals and named projects put forward, in that order.

    Every initiative's evidence is the sentence that states it (for a direction from a
    heading list, the heading sentence). ``by`` is a country the statement names as its
    subject, else the country of the participant who last spoke before it.
    """
    found = _unique(_find_all(doc))
    speakers = Speakers(doc.text, participants)
    ordered = sorted(found, key=lambda f: (_KINDS.index(f.kind), f.anchor))
    return tuple(_initiative(doc, f, speakers) for f in ordered)


def initiative_scopes(doc: Document, initiatives: tuple[Initiative, ...]) -> list[tuple[int, Span]]:
    """For each direction: its index and the span it governs.

    A direction from a heading or list item governs its sentence through the end of its
    paragraph, or up to the next direction that starts in the same paragraph. Directions
    enumerated together in one sentence share it and govern only that sentence.
    """
    directions = [(i, x.evidence.span) for i, x in enumerate(initiatives) if x.kind == "direction"]
    starts = sorted({span.start for _i, span in directions})
    shared = Counter(span for _i, span in directions)
    paragraphs = _Paragraphs(doc.paragraphs)
    result = []
    for index, span in directions:
        if shared[span] > 1:
            result.append((index, span))
            continue
        end = paragraphs.end_of(span.start, span.end)
        following = bisect.bisect_right(starts, span.start)
        if following < len(starts) and starts[following] < end:
            end = starts[following]
            while end > span.end and doc.text[end - 1].isspace():
                end -= 1
        result.append((index, Span(start=span.start, end=max(end, span.end))))
    return result


def title_key(title: str) -> frozenset[str]:
    """The lemmas of a title's content words, without case, quotes or dashes: used to match titles."""
    words = map(_title_word, re.findall(r"\w+", title.lower()))
    return frozenset(w for w in words if w not in _stopwords())


@lru_cache(maxsize=65536)
def _title_word(word: str) -> str:
    """A lower-case title word's key: its lemma if Russian, else without a plural "s" (cached per form)."""
    return lemma_of(word) if re.search(r"[а-яё]", word) else word.rstrip("s")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(w for lang in ("ru", "en") for w in cues(lang)["titles"]["stopwords"])


class _Paragraphs:
    """Finds the paragraph around an offset by bisection (long inputs have many)."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._starts = [p.span.start for p in paragraphs]

    def end_of(self, offset: int, fallback: int) -> int:
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self._paragraphs[position].span.end:
            return self._paragraphs[position].span.end
        return fallback


def _body_start(paragraphs: Sequence[Paragraph]) -> int:
    """Index of the first body paragraph: date lines and headlines (no final stop) are skipped."""
    first = 0
    while first < min(3, len(paragraphs) - 1) and not paragraphs[first].text.rstrip().endswith(tuple(_TERMINAL)):
        first += 1
    return first


def _find_all(doc: Document) -> list[Found]:
    text, lang = doc.text, doc.lang
    first = _body_start(doc.paragraphs)
    sentences = [s for s in doc.sentences if s.paragraph >= first]
    cued = SentenceCues(text, sentences)
    found = list(find_headings(doc.paragraphs, first, lang))
    projects = [f for s in project_sentences(text, sentences, lang) for f in find_projects(text, *_bounds(s), lang)]
    proposals = [
        f
        for s in cued.having(cue_stems(lang, "proposals", "cue_patterns"))
        for f in find_proposals(text, s.span.start, s.span.end, lang)
    ]
    headed = _Headed(found, _Paragraphs(doc.paragraphs))
    project_anchors = _Anchors(p.anchor for p in projects)
    proposals = [p for p in proposals if not _names_project(text, p, project_anchors, lang) and not _detail(p, headed)]
    proposals = [_with_subject(doc, p, headed) for p in proposals]
    projects = [_with_subject(doc, p, headed) for p in projects]
    found.extend(_directions_stated(text, lang, cued))
    stated = _Anchors(f.anchor for f in (*proposals, *projects))
    where = _Sentences(sentences)
    for item in find_items(doc.paragraphs, first, lang):
        details = summary_of(where.within(item.first_sentence_end, item.end))
        found.extend(_item_found(doc, item, stated, project_anchors, where.span_at(item.start), details))
    return found + proposals + projects


def _bounds(sentence: Sentence) -> tuple[int, int]:
    return sentence.span.start, sentence.span.end


def _directions_stated(text: str, lang: str, cued: SentenceCues) -> Iterator[Found]:
    """Inline enumerations and named directions, sentence by sentence (only those with a cue).

    Within a sentence inline ones come first, as they always have: records on one anchor keep
    that order through the sort in ``_unique``.
    """
    inline = set(cued.indices(cue_stems(lang, "directions", "inline_cues")))
    named = set(cued.indices(cue_stems(lang, "stated", "patterns")))
    for index in sorted(inline | named):
        span = cued.sentences[index].span
        if index in inline:
            yield from find_inline(text, span.start, span.end, lang)
        if index in named:
            yield from find_stated(text, span.start, span.end, lang)


class _Anchors:
    """Sorted offsets, asked whether any falls in a range."""

    def __init__(self, offsets: Iterable[int]) -> None:
        self._offsets = sorted(offsets)

    def any_in(self, low: int, high: int) -> bool:
        return self.first_in(low, high) is not None

    def first_in(self, low: int, high: int) -> int | None:
        position = bisect.bisect_left(self._offsets, low)
        return self._offsets[position] if position < len(self._offsets) and self._offsets[position] < high else None


class _Headed:
    """The paragraphs that heading directions govern, and whether their list was collective."""

    def __init__(self, headings: Sequence[Found], paragraphs: _Paragraphs) -> None:
        spans = sorted((h.start, paragraphs.end_of(h.start, h.end), h.collective) for h in headings)
        self._spans = spans
        self._starts = [start for start, _end, _collective in spans]

    def at(self, offset: int) -> tuple[bool, bool]:
        """(inside a heading's paragraph, that list is collective)."""
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self._spans[position][1]:
            return True, self._spans[position][2]
        return False, False


class _Sentences:
    """The sentence around an offset, by bisection."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._spans = [s.span for s in sentences]
        self._starts = [s.span.start for s in sentences]

    def within(self, start: int, end: int) -> Sequence[Sentence]:
        """The sentences that lie wholly inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [s for s in self._sentences[first:last] if s.span.end <= end]

    def span_at(self, offset: int) -> Span:
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self._spans[position].end:
            return self._spans[position]
        return Span(start=offset, end=offset)


def _detail(record: Found, headed: _Headed) -> bool:
    """A direction stated inside a heading direction's paragraph is one of its details."""
    return record.kind == "direction" and headed.at(record.anchor)[0]


def _with_subject(doc: Document, record: Found, headed: _Headed) -> Found:
    """Mark a statement collective when its clause opens with "участники", "the two leaders"...

    Statements under a heading of a collective list ("Участники согласовали ряд направлений")
    are collective too.
    """
    if record.by is not None:
        return record
    opening = doc.text[record.start : record.anchor].split()[:8]
    words = {w.strip(",.:;").lower() for w in opening}
    collective = bool(words & cue_set(doc.lang, "directions", "collective_subjects"))
    collective = collective or headed.at(record.anchor)[1]
    return attrs.evolve(record, collective=True) if collective else record


def _names_project(text: str, proposal: Found, projects: _Anchors, lang: str) -> bool:
    """A proposal whose object is a named project ("ускорить строительство дороги «X»") is that project.

    A project inside a prepositional modifier ("консорциум по развитию Северного морского пути")
    only qualifies the proposal, which stands on its own.
    """
    if proposal.extent is None:
        return False
    anchor = projects.first_in(*proposal.extent)
    if anchor is None:
        return False
    lead = [w.lower() for w in re.findall(r"\w+", text[proposal.extent[0] : anchor])]
    return not set(lead) & cue_set(lang, "clauses", "modifier_prepositions")


def _item_found(
    doc: Document, item: Item, stated: _Anchors, projects: _Anchors, evidence: Span, details: str | None
) -> Iterator[Found]:
    """A list item states a direction unless it proposes, names a project, or adopts a document.

    A direction item's summary is its details: the sentences after its first, condensed.
    """
    if stated.any_in(item.start, item.end) or _ADOPTING.match(doc.text, item.start):
        return
    if _DATA_ROW.match(doc.text, item.start, item.first_sentence_end) or _numbered_paragraph(doc, item):
        return
    collective = is_collective(item.intro, doc.lang)
    tokens = tokenize(doc.text, item.start, item.first_sentence_end)
    skip = 0
    while skip < len(tokens) and tokens[skip].low in ("to", "agreed", "decided", "resolved"):
        skip += 1
    found = phrases_in(tokens, skip, doc.text, doc.lang, nouns=False)
    phrases = [p for p in found if not projects.any_in(p.start, p.end)]
    for phrase in phrases:
        kind = "direction" if phrase.keep else phrase.kind
        summary = details if kind == "direction" else None
        yield _item_record(kind, phrase.title, evidence, item.start, collective, summary)
    if not phrases:
        title = item_title(doc.text, item.start, item.first_sentence_end, doc.lang)
        if title:
            yield _item_record("direction", title, evidence, item.start, collective, details)


def _numbered_paragraph(doc: Document, item: Item) -> bool:
    """ "2. In his remarks, EAM underlined ...": press releases number their paragraphs; a numbered
    list of directions is announced ("следующие предложения:", "a number of initiatives")."""
    line_start = doc.text.rfind("\n", 0, item.start) + 1
    if not _NUMBER_MARK.fullmatch(doc.text, line_start, item.start):
        return False
    intro = item.intro.rstrip()
    return not intro.endswith(":") and not has_list_cue(intro, doc.lang)


def _item_record(kind: str, title: str, evidence: Span, anchor: int, collective: bool, summary: str | None) -> Found:
    return Found(
        kind=kind,
        title=title,
        start=evidence.start,
        end=evidence.end,
        anchor=anchor,
        collective=collective,
        summary=summary,
    )


def _unique(found: Sequence[Found]) -> list[Found]:
    """One record per (kind, title); a title with nearly the same words counts as the same.

    Exact repeats are caught anywhere; near repeats among the last ``_NEAR`` records of a kind,
    which keeps the work linear on very long inputs.
    """
    exact: set[tuple[str, frozenset[str]]] = set()
    recent: dict[str, list[frozenset[str]]] = {}
    kept: list[tuple[Found, frozenset[str]]] = []
    for record in sorted(found, key=lambda f: f.anchor):
        key = title_key(record.title)
        window = recent.setdefault(record.kind, [])
        if not record.title.strip() or (record.kind, key) in exact:
            continue
        if any(_dice(key, other) >= _SAME_TITLE for other in window[-_NEAR:]):
            continue
        exact.add((record.kind, key))
        window.append(key)
        kept.append((record, key))
    by_sentence: dict[tuple[str, int], list[frozenset[str]]] = {}
    for record, key in kept:
        by_sentence.setdefault((record.kind, record.start), []).append(key)
    # "железная дорога" beside "железная дорога «Китай – Кыргызстан»" in one sentence is the same project.
    return [r for r, key in kept if not any(key < other for other in by_sentence[(r.kind, r.start)])]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def _initiative(doc: Document, found: Found, speakers: Speakers) -> Initiative:
    by = found.by
    if by is None and not found.collective:
        by = speakers.country_before(found.anchor)
    return Initiative(
        title=found.title.strip(),
        kind=found.kind,
        evidence=doc.evidence(found.start, found.end),
        summary=found.summary,
        by=by,
    )
