"""Who took part and in what role (placeholder until the participants extractor lands)."""

from __future__ import annotations

from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Participant

__all__ = ["extract_participants"]


def extract_participants(doc: Document, head: MeetingHead) -> tuple[Participant, ...]:
    """Find the participants of the reported meeting."""
    return ()
