"""Russian dates and periods (placeholder until the dates recogniser lands)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from sco_brief.model import Period, Span

__all__ = ["DateMention", "find_dates"]


@attrs.frozen(kw_only=True)
class DateMention:
    span: Span
    text: str
    kind: str
    period: Period | None


def find_dates(text: str, lang: str = "ru", *, published: dt.date | None = None) -> Iterator[DateMention]:
    """Yield date mentions in text order."""
    return iter(())
