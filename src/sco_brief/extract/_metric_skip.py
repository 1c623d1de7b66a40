"""Numbers that state no fact: dates, times, phone and document numbers, names, ages.

Each rule is a named regular expression or test on the text around a mention, so a debug
run can say why a number was dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sco_brief.extract._metric_cues import Cues
from sco_brief.extract._metric_view import DateLike, NumberLike
from sco_brief.model import Span

__all__ = ["skip_reason"]

_PHONE = re.compile(r"\+\s?\d[\d\s()\-‑]{6,}\d|\(\d{2,5}\)\s?\d[\d\s\-‑]{4,}\d|\b\d{2,3}-\d{2}-\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# A character every match of the pattern holds: a window without any cannot match.
_PHONE_HINT = re.compile(r"[+(-]")
_TIME_HINT = re.compile(":")
# Kinds that a date mention over the same characters explains better than a number does.
_DATE_LIKE_KINDS = frozenset({"year", "cardinal", "ordinal", "decimal", "range", "measure", "fraction"})
_WINDOW = 24
# "the 2022 floods", "the 2025 summit": a bare year used as an attribute after the article.
_YEAR_ATTRIBUTE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PREFIX_BREAK = re.compile(r"[\s.:(]+")
_WORD = re.compile(r"\w+")


def _overlaps(span: Span, other: Span) -> bool:
    return span.start < other.end and other.start < span.end


def _in_pattern(text: str, span: Span, pattern: re.Pattern[str], hint: re.Pattern[str]) -> bool:
    """Whether a match of ``pattern`` near ``span`` overlaps it; every match holds a match of ``hint``."""
    lo, hi = max(0, span.start - _WINDOW), min(len(text), span.end + _WINDOW)
    window = text[lo:hi]
    if hint.search(window) is None:
        return False  # most figures stand far from any phone or time: skip the regex
    return any(lo + m.start() < span.end and span.start < lo + m.end() for m in pattern.finditer(window))


def _in_name(text: str, span: Span) -> bool:
    """ "CASA-1000", "ML-1", "G20", "5G": a number glued to letters is part of a name."""
    before = text[max(0, span.start - 2) : span.start]
    after = text[span.end : span.end + 1]
    glued_before = bool(before) and (before[-1].isalpha() or (before[-1] in "-‑" and before[:1].isalpha()))
    return glued_before or (after.isalpha() and not text[span.start : span.end][-1:].isalpha())


def _suffixed(text: str, span: Span, cues: Cues) -> bool:
    """ "25-летие", "68-летнего", "69-year-old": anniversaries and ages."""
    tail = text[span.end : span.end + 16].lower().lstrip("-‑ ")
    return tail.startswith(cues.suffix_tuple)


def _prefixed(text: str, span: Span, cues: Cues) -> bool:
    """ "№ 312", "No. 12", "Тел.:": document and phone numbers."""
    head = text[max(0, span.start - 12) : span.start].lower().rstrip(" .:\u00a0")
    words = _PREFIX_BREAK.split(head)
    return bool(words) and (words[-1] in cues.prefixes or head.endswith("№"))


def _amount_of_change(text: str, span: Span, cues: Cues) -> bool:
    """ "сократит сроки на 10 дней", "by up to 10 days": a duration after "на"/"by" may be a change.

    The date recogniser reads it as a duration; the kind rules decide whether a verb of change
    governs it.
    """
    before = _WORD.findall(text[max(0, span.start - 12) : span.start].lower())
    return bool(before) and before[-1] in cues.by


def _year_attribute(mention: NumberLike, text: str) -> bool:
    """A bare four-digit year after "the" with no counted noun names an event, not an amount."""
    plain_year = mention.unit is None and mention.text.isdigit() and 1900 <= mention.value <= 2100
    return plain_year and bool(_YEAR_ATTRIBUTE.search(text[max(0, mention.span.start - 8) : mention.span.start]))


def skip_reason(mention: NumberLike, text: str, dates: Sequence[DateLike], cues: Cues) -> str | None:
    """Why ``mention`` is no metric, or None when it may be one."""
    span = mention.span
    if mention.kind == "year" or _year_attribute(mention, text):
        return "year"
    dated = any(_overlaps(span, d.span) for d in dates)
    if not mention.from_to and mention.kind in _DATE_LIKE_KINDS and dated and not _amount_of_change(text, span, cues):
        return "date"
    if _in_pattern(text, span, _PHONE, _PHONE_HINT):
        return "phone"
    if _in_pattern(text, span, _TIME, _TIME_HINT):
        return "time"
    if _prefixed(text, span, cues):
        return "document_number"
    if _suffixed(text, span, cues):
        return "age_or_anniversary"
    if _in_name(text, span):
        return "name"
    return None
