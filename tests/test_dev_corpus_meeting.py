"""Meeting fields and participants over the whole dev corpus, with floors that only go up.

Prints per-field accuracy and participant precision/recall (names matched exactly, then
position, country and role agreement), so a run shows where the extractor stands.
"""

from __future__ import annotations

from typing import Any

import pytest

from sco_brief.model import Meeting

# Not `sco_brief.extract`: once the subpackage sco_brief.extract is imported, that attribute is
# the subpackage, not the function.
from sco_brief.pipeline import extract

FIELDS = ("body", "ordinal", "format", "city", "date_start", "date_end")
# Floors: raise them as the extractors improve. Ordinals written in words ("двадцать четвёртом")
# and dates depend on the numbers and dates recognisers.
MEETING_FLOORS = {
    "body": 1.0,
    "ordinal": 1.0,
    "format": 1.0,
    "city": 1.0,
    "date_start": 0.95,
    "date_end": 0.95,
}
PARTICIPANT_FLOORS = {"precision": 0.98, "recall": 0.98, "position": 0.95, "country": 0.98, "role": 0.95}


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    return {
        "body": meeting.body,
        "ordinal": meeting.ordinal,
        "format": meeting.format,
        "city": meeting.city,
        "date_start": meeting.start.isoformat() if meeting.start else None,
        "date_end": meeting.end.isoformat() if meeting.end else None,
    }


@pytest.fixture(scope="module")
def extracted(dev_corpus: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, Meeting, dict[str, Any]]]:
    return [(doc_id, extract(text, source_id=doc_id), gold) for doc_id, text, gold in dev_corpus]


def test_meeting_field_accuracy(extracted: list[tuple[str, Meeting, dict[str, Any]]]) -> None:
    """Each meeting field matches the gold annotation in at least its floor share of documents."""
    hits = dict.fromkeys(FIELDS, 0)
    for doc_id, meeting, gold in extracted:
        row = _meeting_row(meeting)
        for field in FIELDS:
            if row[field] == gold["meeting"].get(field):
                hits[field] += 1
            else:
                print(f"{doc_id} {field}: expected {gold['meeting'].get(field)!r}, got {row[field]!r}")
    accuracy = {field: hits[field] / len(extracted) for field in FIELDS}
    print("meeting accuracy:", {k: round(v, 3) for k, v in accuracy.items()})
    for field, floor in MEETING_FLOORS.items():
        assert accuracy[field] >= floor, f"{field}: {accuracy[field]:.3f} < {floor}"


def test_participants_precision_recall(extracted: list[tuple[str, Meeting, dict[str, Any]]]) -> None:
    """Participants match the gold by name; matched ones agree on position, country and role."""
    found = expected = matched = 0
    agree = {"position": 0, "country": 0, "role": 0}
    for doc_id, meeting, gold in extracted:
        got = {p.name: p for p in meeting.participants}
        want = {g["name"]: g for g in gold["participants"]}
        found, expected = found + len(got), expected + len(want)
        for name in sorted(set(got) ^ set(want)):
            print(f"{doc_id} participant {'missing' if name in want else 'extra'}: {name}")
        for name in set(got) & set(want):
            matched += 1
            for field in agree:
                if getattr(got[name], field) == want[name][field]:
                    agree[field] += 1
                else:
                    print(f"{doc_id} {name} {field}: expected {want[name][field]!r}, got {getattr(got[name], field)!r}")
    scores = {"precision": matched / max(found, 1), "recall": matched / max(expected, 1)}
    scores |= {field: agree[field] / max(matched, 1) for field in agree}
    print("participants:", {k: round(v, 3) for k, v in scores.items()})
    for key, floor in PARTICIPANT_FLOORS.items():
        assert scores[key] >= floor, f"{key}: {scores[key]:.3f} < {floor}"


def test_every_participant_and_meeting_has_evidence(
    extracted: list[tuple[str, Meeting, dict[str, Any]]],
) -> None:
    """The meeting (when found) and every participant quote a sentence of their source."""
    for _doc_id, meeting, _gold in extracted:
        text = meeting.sources[0].text
        if meeting.body is not None:
            assert meeting.evidence is not None
            assert meeting.evidence.quote == meeting.evidence.span.slice(text)
        for participant in meeting.participants:
            assert participant.evidence.quote == participant.evidence.span.slice(text)
            assert participant.name.split()[-1] in participant.evidence.quote or participant.position_text
