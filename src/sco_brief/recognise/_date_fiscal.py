"""English year ranges, some of which are fiscal years ("in 2024-25", "fiscal year 2023-24").

The rule, with its data in ``lang/en/dates.toml`` ``[fiscal]``:

- "YYYY-YY" with consecutive years, or any consecutive range after a cue ("fiscal year", "FY"),
  is a fiscal-year candidate;
- the month it starts in comes from the first country word of the fiscal table found in the
  sentence, else the paragraph, else the most frequent one in the whole text (India: April,
  Pakistan: July...);
- with no country word, "financial year" (in the cue or the sentence) means April-March; a bare
  "fiscal year" stays unresolved (period None), and a bare "2024-25" with no cue at all is read
  as the calendar years 2024-2025.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from sco_brief.recognise._date_lexicon import Lexicon, lexicon
from sco_brief.recognise._date_periods import Raw
from sco_brief.recognise._date_rules import Match, year_of
from sco_brief.recognise._date_rules_common import after_preposition

__all__ = ["fiscal_year_ending", "fiscal_year_range"]

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\n")


def fiscal_year_range(match: Match, lex: Lexicon) -> Raw | None:
    """A calendar or fiscal year range read from a match with groups y1, y2, cue and open."""
    y1 = year_of(match.group("y1"))
    y2 = year_of(match.group("y2"), after=y1)
    if y1 is None or y2 is None or not y1 < y2 <= y1 + 100:
        return None
    cue = match.group("cue")
    two_digit = len(match.group("y2") or "") == 2
    if not (cue or two_digit or match.group("open") or after_preposition(match, lex)):
        return None
    fiscal = _fiscal_start(match, lex, cue) if y2 == y1 + 1 and (cue or two_digit) else None
    return Raw(start=match.start(), end=match.end(), kind="year_range", rule=match.rule, y1=y1, y2=y2, fiscal=fiscal)


def fiscal_year_ending(match: Match, lex: Lexicon) -> Raw | None:
    """ "FY2025", "FY25": the fiscal year that ends in that year (Pakistan's runs July 2024 - June 2025)."""
    written = match.group("y2") or ""
    y2 = year_of(written) if len(written) == 4 else year_of(written, after=1999)
    if y2 is None:
        return None
    fiscal = _fiscal_start(match, lex, "FY")
    start, end = match.start(), match.end()
    return Raw(start=start, end=end, kind="year_range", rule=match.rule, y1=y2 - 1, y2=y2, fiscal=fiscal)


def _fiscal_start(match: Match, lex: Lexicon, cue: str | None) -> int | None:
    data = lex.extra["fiscal"]
    text = match.masked.text
    sentence = _around(text, match.start(), match.end(), _SENTENCE_END)
    paragraph = _around(text, match.start(), match.end(), _PARAGRAPH_END)
    for scope in (sentence, paragraph):
        found = _countries(lex).findall(scope)
        if found:
            return int(data["start_month"][found[0]])
    everywhere = Counter(_countries(lex).findall(text))
    if everywhere:
        return int(data["start_month"][everywhere.most_common(1)[0][0]])
    said = f"{cue or ''} {sentence}".lower()
    if data["default_cue"].lower() in said:
        return int(data["default_start_month"])
    return 0 if cue or any(c.lower() in said for c in data["cues"] if len(c) > 2) else None


def _countries(lex: Lexicon) -> re.Pattern[str]:
    return _countries_of(lex.lang)


@cache
def _countries_of(lang: str) -> re.Pattern[str]:
    names = sorted(lexicon(lang).extra["fiscal"]["start_month"], key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(re.escape(n) for n in names)})(?![A-Za-z])")


def _around(text: str, start: int, end: int, boundary: re.Pattern[str]) -> str:
    """The stretch of text between the boundaries before ``start`` and after ``end``."""
    left = 0
    for found in boundary.finditer(text, max(0, start - 2000), start):
        left = found.end()
    right_match = boundary.search(text, end, end + 2000)
    return text[left : right_match.start() if right_match else min(len(text), end + 2000)]
