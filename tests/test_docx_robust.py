"""Hostile strings, huge texts, thousands of rows, and generated Meetings: the briefing still opens."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import docx
from hypothesis import given, settings

from sco_brief.export.docx import build_docx
from sco_brief.model import Evidence, Initiative, Meeting, Metric, Participant, Quantity, Source, Span
from tests.strategies import HOSTILE, meetings
from tests.test_docx import footnotes, headings, references

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def _whole(source: Source) -> Evidence:
    return Evidence(source_id=source.id, span=Span(start=0, end=len(source.text)), quote=source.text)


def hostile_meeting(text: str) -> Meeting:
    """A meeting whose every free-text field is ``text`` (which may hold XML-invalid characters)."""
    source = Source(id="s1", text=text, lang="ru", title=text, url="https://example.org/" + text)
    evidence = _whole(source)
    return Meeting(
        sources=(source,), city=text, evidence=evidence, body="other",
        participants=[Participant(name=text, role="speaker", evidence=evidence, position=text, position_text=text)],
        initiatives=[Initiative(title=text, kind="direction", evidence=evidence, summary=text)],
        metrics=[Metric(subject=text, kind="level", value=Quantity(value=1), evidence=evidence, initiative=0)],
    )


def test_xml_invalid_characters_are_dropped() -> None:
    """Control characters vanish, tabs and line breaks become spaces; the rest of the text stays."""
    text = f"Си Цзиньпин{CONTROL}\t習近平\n🙂 &<>'\""
    document = docx.Document(io.BytesIO(build_docx(hostile_meeting(text))))
    assert "Си Цзиньпин 習近平 🙂 &<>'\"" == document.tables[0].rows[1].cells[0].text


def test_every_hostile_string_opens() -> None:
    """Each of the suite's hostile strings gives a document python-docx reopens, with its footnotes."""
    for text in HOSTILE:
        blob = build_docx(hostile_meeting(text + " x"))
        assert "Meeting" == headings(docx.Document(io.BytesIO(blob)))[0][1]
        assert [1, 2, 3, 4, 5] == references(blob)


def test_a_megabyte_of_text() -> None:
    """A one-megabyte quote goes whole into its footnote and the Sources section."""
    text = "Товарооборот вырос. " * 50_000
    blob = build_docx(hostile_meeting(text))
    assert text.strip() in footnotes(blob)[1]


def test_five_thousand_figures() -> None:
    """A 5,000-row figures table is built by cloning rows (python-docx's add_row would take minutes)."""
    source = Source(id="big", text="Объём торговли вырос на 7 процентов.", lang="ru", published=dt.date(2025, 1, 1))
    figures = [
        Metric(subject=f"показатель {n}", kind="level", value=Quantity(value=Decimal(n), unit="USD"),
               evidence=_whole(source))
        for n in range(5000)
    ]
    blob = build_docx(Meeting(sources=(source,), metrics=figures))
    table = docx.Document(io.BytesIO(blob)).tables[0]
    assert 5001 == len(table.rows)
    assert ("показатель 4999", "$4999") == (table.rows[5000].cells[0].text, table.rows[5000].cells[1].text)
    assert 5000 == len(references(blob))


@settings(max_examples=25)
@given(meetings())
def test_generated_meetings_reopen(meeting: Meeting) -> None:
    """Any valid Meeting, hostile strings included, gives a document that reopens with all its notes."""
    for lang in ("en", "ru"):
        blob = build_docx(meeting, lang=lang)
        if lang == "en":
            assert blob == build_docx(meeting, lang=lang)  # deterministic, whatever the content
        document = docx.Document(io.BytesIO(blob))
        assert "Title" == headings(document)[0][0]
        refs = references(blob)
        assert {-1, 0, *refs} == set(footnotes(blob))
        in_directions = sum(1 for m in meeting.metrics if m.initiative is not None)
        facts = len(meeting.participants) + len(meeting.initiatives) + len(meeting.metrics) + in_directions
        assert facts + (meeting.evidence is not None) == len(refs)
