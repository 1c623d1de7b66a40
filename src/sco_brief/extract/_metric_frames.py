"""Periods that frame a list: a lead-in line ending in a colon names the period of its items.

"Показатели за январь–май 2026 года:" followed by "- выработка – 6,8 млрд кВт·ч (+9,5%);" lines:
each bulleted or numbered line after the lead-in is about that period, until a line that is no
list item. Items are their own paragraphs, so the ordinary carrying of periods within a
paragraph does not reach them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from sco_brief.extract._metric_view import DateLike, view_of
from sco_brief.extract._period import PeriodContext, sentence_period
from sco_brief.extract.document import Document
from sco_brief.model import Period

__all__ = ["list_frames"]

_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")


def list_frames(
    doc: Document, dates: Sequence[DateLike], anchor: dt.date | None, current_year: int | None
) -> dict[int, Period]:
    """Paragraph index -> the period its list item inherits from a lead-in line."""
    frames: dict[int, Period] = {}
    by_paragraph: dict[int, str] = {}
    for sentence in doc.sentences:
        if sentence.paragraph not in by_paragraph:
            by_paragraph[sentence.paragraph] = sentence.span.slice(doc.text)
    starts = [d.span.start for d in dates]  # dates come in text order: a sentence's are one slice
    for sentence in doc.sentences:
        if doc.text.find(":", sentence.span.start, sentence.span.end) < 0:
            continue  # most sentences hold no colon: skip slicing them
        if not sentence.span.slice(doc.text).rstrip().endswith(":"):
            continue
        lo = bisect.bisect_left(starts, sentence.span.start)
        here = list(dates[lo : bisect.bisect_left(starts, sentence.span.end, lo=lo)])
        if not here:
            continue
        view = view_of(doc.text, sentence.span, sentence.paragraph, doc.lang)
        ctx = PeriodContext(anchor=anchor, previous=None, continues=False, current_year=current_year)
        period = sentence_period(view, here, ctx)
        paragraph = sentence.paragraph + 1
        while period is not None and _ITEM.match(by_paragraph.get(paragraph, "")):
            frames[paragraph] = period
            paragraph += 1
    return frames
