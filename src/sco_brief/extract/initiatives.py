"""Directions, proposals and named projects put forward at a meeting.

The finders (``_initiative_directions``, ``_initiative_proposals``, ``_initiative_projects``)
each read one sentence or paragraph at a time and return :class:`Found` records; this module
resolves list items, drops duplicates, attributes each initiative to a country and orders
them: directions, then proposals, then projects, each in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

import attrs

from sco_brief.extract._initiative_directions import (
    Item,
    find_headings,
    find_inline,
    find_items,
    find_stated,
    is_collective,
    item_title,
)
from sco_brief.extract._initiative_phrase import Phrase
from sco_brief.extract._initiative_projects import find_projects
from sco_brief.extract._initiative_proposals import find_proposals, phrases_in
from sco_brief.extract._initiative_text import Found, cues, lemma_of, tokenize
from sco_brief.extract._initiative_who import Speakers
from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Initiative, Participant, Span
from sco_brief.segment import Paragraph

__all__ = ["extract_initiatives", "initiative_scopes", "title_key"]

_KINDS = ("direction", "proposal", "project")
_TERMINAL = '.!?…:»"”'
_SAME_TITLE = 0.8
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
    spans = [span for _i, span in directions]
    result = []
    for index, span in directions:
        if spans.count(span) > 1:
            result.append((index, span))
            continue
        end = _paragraph_end(doc.paragraphs, span.start, span.end)
        later = [s for s in starts if span.start < s < end]
        if later:
            end = later[0]
            while end > span.end and doc.text[end - 1].isspace():
                end -= 1
        result.append((index, Span(start=span.start, end=max(end, span.end))))
    return result


def title_key(title: str) -> frozenset[str]:
    """The lemmas of a title's content words, without case, quotes or dashes: used to match titles."""
    words = (lemma_of(w) if re.search(r"[а-яё]", w) else w.rstrip("s") for w in re.findall(r"\w+", title.lower()))
    return frozenset(w for w in words if w not in _stopwords())


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(w for lang in ("ru", "en") for w in cues(lang)["titles"]["stopwords"])


def _paragraph_end(paragraphs: Sequence[Paragraph], start: int, fallback: int) -> int:
    for paragraph in paragraphs:
        if paragraph.span.start <= start < paragraph.span.end:
            return paragraph.span.end
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
    found = list(find_headings(doc.paragraphs, first, lang))
    projects = [f for s in sentences for f in find_projects(text, s.span.start, s.span.end, lang)]
    proposals = [f for s in sentences for f in find_proposals(text, s.span.start, s.span.end, lang)]
    headed = [(h.start, _paragraph_end(doc.paragraphs, h.start, h.end), h.collective) for h in found]
    proposals = [p for p in proposals if not _names_project(p, projects) and not _detail(p, headed)]
    proposals = [_with_subject(doc, p, headed) for p in proposals]
    projects = [_with_subject(doc, p, headed) for p in projects]
    for sentence in sentences:
        found.extend(find_inline(text, sentence.span.start, sentence.span.end, lang))
        found.extend(find_stated(text, sentence.span.start, sentence.span.end, lang))
    for item in find_items(doc.paragraphs, first, lang):
        found.extend(_item_found(doc, item, proposals, projects))
    return found + proposals + projects


def _detail(record: Found, headed: Sequence[tuple[int, int, bool]]) -> bool:
    """A direction stated inside a heading direction's paragraph is one of its details."""
    return record.kind == "direction" and any(start <= record.anchor < end for start, end, _c in headed)


def _with_subject(doc: Document, record: Found, headed: Sequence[tuple[int, int, bool]]) -> Found:
    """Mark a statement collective when its clause opens with "участники", "the two leaders"...

    Statements under a heading of a collective list ("Участники согласовали ряд направлений")
    are collective too.
    """
    if record.by is not None:
        return record
    opening = doc.text[record.start : record.anchor].split()[:8]
    words = {w.strip(",.:;").lower() for w in opening}
    collective = bool(words & set(cues(doc.lang)["directions"]["collective_subjects"]))
    collective = collective or any(start <= record.anchor < end and c for start, end, c in headed)
    return attrs.evolve(record, collective=True) if collective else record


def _names_project(proposal: Found, projects: Sequence[Found]) -> bool:
    """A proposal whose object is a named project ("ускорить строительство дороги «X»") is that project."""
    if proposal.extent is None:
        return False
    low, high = proposal.extent
    return any(low <= p.anchor < high for p in projects)


def _item_found(doc: Document, item: Item, proposals: Sequence[Found], projects: Sequence[Found]) -> Iterator[Found]:
    """A list item states a direction unless it proposes, names a project, or adopts a document."""
    if any(item.start <= f.anchor < item.end for f in (*proposals, *projects)):
        return
    if _ADOPTING.match(doc.text, item.start):
        return
    evidence = doc.sentence_evidence(item.start).span
    collective = is_collective(item.intro, doc.lang)
    tokens = tokenize(doc.text, item.start, item.first_sentence_end)
    skip = 0
    while skip < len(tokens) and tokens[skip].low in ("to", "agreed", "decided", "resolved"):
        skip += 1
    found = phrases_in(tokens, skip, doc.text, doc.lang, nouns=False)
    phrases = [p for p in found if not _overlaps(p, projects)]
    for phrase in phrases:
        kind = "direction" if phrase.keep else phrase.kind
        yield _item_record(kind, phrase.title, evidence, item.start, collective)
    if not phrases:
        title = item_title(doc.text, item.start, item.first_sentence_end, doc.lang)
        if title:
            yield _item_record("direction", title, evidence, item.start, collective)


def _overlaps(phrase: Phrase, projects: Sequence[Found]) -> bool:
    return any(phrase.start <= p.anchor < phrase.end for p in projects)


def _item_record(kind: str, title: str, evidence: Span, anchor: int, collective: bool) -> Found:
    return Found(kind=kind, title=title, start=evidence.start, end=evidence.end, anchor=anchor, collective=collective)


def _unique(found: Sequence[Found]) -> list[Found]:
    """One record per (kind, title); a title with nearly the same words counts as the same."""
    kept: list[tuple[Found, frozenset[str]]] = []
    for record in sorted(found, key=lambda f: f.anchor):
        if not record.title.strip():
            continue
        key = title_key(record.title)
        if any(k.kind == record.kind and _dice(key, other) >= _SAME_TITLE for k, other in kept):
            continue
        kept.append((record, key))
    return [record for record, key in kept if not _part_of_longer(record, key, kept)]


def _part_of_longer(record: Found, key: frozenset[str], kept: Sequence[tuple[Found, frozenset[str]]]) -> bool:
    """ "железная дорога" next to "железная дорога «Китай – Кыргызстан»" in one sentence is the same project."""
    return any(
        other.kind == record.kind and other.start == record.start and key < other_key for other, other_key in kept
    )


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
