"""Which meeting the text reports (placeholder until the meeting extractor lands)."""

from __future__ import annotations

import datetime as dt

import attrs

from sco_brief.extract.document import Document
from sco_brief.model import Evidence

__all__ = ["MeetingHead", "extract_meeting"]


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


def extract_meeting(doc: Document) -> MeetingHead:
    """Find the body, ordinal, format, city and dates of the reported meeting."""
    return MeetingHead()
