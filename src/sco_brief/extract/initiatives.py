"""Directions, proposals and projects (placeholder until the initiatives extractor lands)."""

from __future__ import annotations

from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Initiative, Participant

__all__ = ["extract_initiatives"]


def extract_initiatives(
    doc: Document, head: MeetingHead, participants: tuple[Participant, ...]
) -> tuple[Initiative, ...]:
    """Find the directions, proposals and named projects put forward."""
    return ()
