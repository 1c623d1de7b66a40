"""Figures as typed metrics (placeholder until the metrics extractor lands)."""

from __future__ import annotations

from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Initiative, Metric, Participant

__all__ = ["extract_metrics"]


def extract_metrics(
    doc: Document,
    head: MeetingHead,
    participants: tuple[Participant, ...],
    initiatives: tuple[Initiative, ...],
) -> tuple[Metric, ...]:
    """Turn the number mentions that state facts into metrics."""
    return ()
