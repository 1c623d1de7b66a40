"""``extract()``: the whole pipeline from text to a :class:`~sco_brief.model.Meeting`.

ingest -> segment -> recognise -> extract -> model. Each stage lives in its own module;
this one only wires them together.
"""

from __future__ import annotations

import datetime as dt

from sco_brief.extract.document import Document
from sco_brief.extract.initiatives import extract_initiatives
from sco_brief.extract.meeting import extract_meeting
from sco_brief.extract.metrics import extract_metrics
from sco_brief.extract.participants import extract_participants
from sco_brief.ingest import make_source
from sco_brief.model import Meeting
from sco_brief.recognise._gazetteer_memo import document_scope

__all__ = ["extract"]


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | None = None,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Meeting:
    """Read one press release or news text and build its Meeting.

    Args:
        text: the article text.
        lang: ``"ru"`` or ``"en"``; detected from the text when None.
        published: the article's date; relative dates ("в прошлом году") resolve against it
            and stay unresolved without it.
        source_id: the id of the source in the evidence; a hash of the text by default.

    Raises:
        InputError: the text is empty, too large, binary, or not a string.
    """
    source = make_source(text, lang=lang, published=published, source_id=source_id, title=title, url=url)
    doc = Document(source)
    # The extractors ask the recognisers about the same sentences many times: answer each once.
    with document_scope(doc.text):
        head = extract_meeting(doc)
        participants = extract_participants(doc, head)
        initiatives = extract_initiatives(doc, head, participants)
        metrics = extract_metrics(doc, head, participants, initiatives)
    return Meeting(
        sources=(source,),
        body=head.body,
        ordinal=head.ordinal,
        format=head.format,
        city=head.city,
        start=head.start,
        end=head.end,
        evidence=head.evidence,
        participants=participants,
        initiatives=initiatives,
        metrics=metrics,
    )
