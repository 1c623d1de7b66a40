"""The English date rules: day-month and month-day orders, fiscal years, relative periods, durations.

Month and weekday names must be capitalised (as English writes them), which keeps "may" and
"march" the verbs out; the other words match in any case.
"""

from __future__ import annotations

import re
from functools import cache

from sco_brief.recognise._date_fiscal import fiscal_year_ending, fiscal_year_range
from sco_brief.recognise._date_lexicon import DASH, MASK, Lexicon, alternation, lexicon
from sco_brief.recognise._date_periods import Raw
from sco_brief.recognise._date_rules import Builder, Match, Rule
from sco_brief.recognise._date_rules_common import builders, part_of_year, relative_builder

__all__ = ["rules"]

_L = "A-Za-z"
_ORD = r"(?:st|nd|rd|th)?"
_Y1 = r"(?:,?\s+(?P<y1>{YEAR}))?"
_Y2 = r"(?:,?\s+(?P<y2>{YEAR}))?"
_TO = rf"(?:{DASH}|\s+(?i:to|until|through|till)\s+)"

# (rule name, builder name, template); the order is the priority on ties.
_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    (
        "day_range_cross_dmy",
        "day_range",
        rf"(?P<d1>{{DAY}}){_ORD}\s+(?P<m1>{{MON}}){_Y1}{_TO}"
        rf"(?P<d2>{{NUM}}){_ORD}\s+(?P<m2>{{MON}}){_Y2}",
    ),
    (
        "day_range_cross_mdy",
        "day_range",
        rf"(?P<m1>{{MON}})\s+(?P<d1>{{DAY}}){_ORD}{_Y1}{_TO}"
        rf"(?P<m2>{{MON}})\s+(?P<d2>{{NUM}}){_ORD}{_Y2}",
    ),
    (
        "day_range_dmy",
        "day_range",
        rf"(?P<d1>{{DAY}}){_ORD}(?:{_TO}|\s+(?i:and)\s+)(?P<d2>{{NUM}}){_ORD}\s+(?:(?i:of)\s+)?(?P<m1>{{MON}}){_Y1}",
    ),
    (
        "day_range_mdy",
        "day_range",
        rf"(?P<m1>{{MON}})\s+(?P<d1>{{DAY}}){_ORD}(?:{_TO}|\s+(?i:and)\s+)(?P<d2>{{NUM}}){_ORD}(?![\d:]){_Y1}",
    ),
    ("day_dmy", "day", rf"(?P<d1>{{DAY}}){_ORD}\s+(?:(?i:of)\s+)?(?P<m1>{{MON}}){_Y1}"),
    ("day_mdy", "day", rf"(?P<m1>{{MON}})\s+(?P<d1>{{DAY}}){_ORD}(?![\d:.,]\d){_Y1}"),
    ("day_iso", "day", r"(?<![\d.,/#\-])(?P<y1>{YEAR})-(?P<mn>\d\d)-(?P<d1>\d\d)(?![\d\-])"),
    ("month_range", "month", rf"(?P<m1>{{MON}}){DASH}(?P<m2>{{MON}}){_Y1}"),
    # "From January to September", "between January and June 2026": a reporting period in words.
    (
        "month_range_words",
        "month",
        rf"(?:(?<![{_L}])(?i:from)\s+)?(?P<m1>{{MON}})\s+(?i:to|through|until|till)\s+(?P<m2>{{MON}}){_Y1}"
        r"(?!\s*\d)",
    ),
    (
        "month_range_between",
        "month",
        rf"(?<![{_L}])(?i:between)\s+(?P<m1>{{MON}})\s+(?i:and)\s+(?P<m2>{{MON}}){_Y1}(?!\s*\d)",
    ),
    ("month_year", "month", r"(?P<m1>{MON}),?\s+(?P<y1>{YEAR})"),
    ("month_bare", "month_bare", r"(?<![{L}])(?i:{MPREP})\s+(?P<m1>{FULLMON})"),
    (
        "months_to_date",
        "months_to_date",
        r"(?:(?P<first>{MASK}+)\s+)?(?P<n>{NUM})\s+(?i:months)(?![{L}])(?:\s+(?i:of)\s+(?P<y1>{YEAR}))?",
    ),
    (
        "quarters_to_date",
        "quarters_to_date",
        r"(?:(?P<first>{MASK}+)\s+)?(?P<n>{NUM})\s+(?i:quarters)(?![{L}])(?:\s+(?i:of)\s+(?P<y1>{YEAR}))?",
    ),
    ("quarter_q", "quarter", r"(?<![{L}\d])Q(?P<n>[1-4])(?![{L}\d])(?:\s+(?P<y1>{YEAR}))?"),
    ("quarter", "quarter", r"(?P<n>{MASK}+|[1-4](?=st|nd|rd|th)){ORD}\s+(?i:quarter)(?:\s+(?i:of)\s+(?P<y1>{YEAR}))?"),
    ("half_h", "half", r"(?<![{L}\d])H(?P<n>[12])(?![{L}\d])(?:\s+(?P<y1>{YEAR}))?"),
    ("half", "half", r"(?P<n>{MASK}+)\s+(?i:half)(?:\s+(?i:of)\s+(?P<y1>{YEAR}))?"),
    (
        "year_range",
        "year_range_en",
        r"(?:(?P<cue>{FISCAL})\s*)?(?:(?P<open>(?i:from|between))\s+)?(?P<y1>{YEAR})"
        r"(?:{DASH}|/|\s+(?i:to|and|through)\s+)(?P<y2>\d{{4}}|\d\d)(?![\d{L}])",
    ),
    ("fiscal_year_ending", "fiscal_year_ending", r"(?<![{L}\d])FY\s?(?P<y2>\d{{4}}|\d\d)(?![\d{L}\-–/])"),
    # "from $78 billion in 2019 to $129 billion in 2023": a change over the years 2019-2023.
    (
        "year_pair",
        "year_range",
        r"(?<![{L}])(?P<open>(?i:from))\s{GAP}\s(?i:in)\s+(?P<y1>{YEAR})\s+(?i:to)\s{GAP}\s"
        r"(?i:in)\s+(?P<y2>{YEAR})",
    ),
    ("decade", "decade", r"(?<![\d.,/#$])(?P<y1>(?:1[89]|20)\d0)'?s(?![{L}])"),
    ("year", "year", r"(?P<y1>{YEAR})(?P<tail>)"),
    ("last_years", "last_years", r"(?<![{L}])(?i:{LAST})\s+(?P<n>{NUM})\s+(?i:years)(?![{L}])"),
    ("duration", "duration", r"(?<![\d.,])(?P<n>\d{{1,3}}(?:\.\d+)?(?!\d)|{MASK}+)\s+(?P<u>(?i:{UNIT}))(?![{L}\-])"),
)


def _pieces(lex: Lexicon) -> dict[str, str]:
    abbr = {a for spellings in lex.extra["months"] for a in spellings[1:]}
    abbr |= {a.upper() for a in abbr}
    full = alternation(set(lex.months) - abbr)
    short = alternation(abbr)
    return {
        "L": _L,
        "ORD": _ORD,
        "MASK": MASK,
        "MON": rf"(?<![{_L}])(?:{full}|(?:{short})\.?)(?![{_L}])",
        "FULLMON": rf"(?:{full})(?![{_L}])",
        "DAY": r"(?<![\d.,/#:$\-])\d{1,2}(?!\d)",
        "NUM": rf"(?:\d{{1,2}}(?!\d)|{MASK}+)",
        "YEAR": r"(?<![\d.,/#$])(?:1[89]\d\d|20\d\d|2100)(?![\d]|'?s(?![A-Za-z]))",
        "DASH": DASH,
        "GAP": r"(?:[^;\n.]|\.(?=\d)){1,60}?",
        "MPREP": "|".join(re.escape(w) for w in lex.extra["month_prepositions"]),
        "LAST": lex.last_years,
        "UNIT": lex.duration_alt(),
        "FISCAL": "|".join(re.escape(c) for c in lex.extra["fiscal"]["cues"]),
        "WEEKDAY": rf"(?:{lex.weekday_alt()})(?![{_L}])",
    }


def _weekday(lex: Lexicon) -> Builder:
    def build(match: Match) -> Raw | None:
        day = lex.weekdays.get(match.group("w") or "")
        if day is None:
            return None
        return Raw(start=match.start("w"), end=match.end(), kind="relative", rule=match.rule, relative=("weekday", day))

    return build


def _special(lex: Lexicon, pieces: dict[str, str]) -> list[Rule]:
    weekday = re.compile(rf"(?<![{_L}])(?i:on|last)\s+(?P<w>{pieces['WEEKDAY']})")
    rules = [Rule("weekday", weekday, _weekday(lex))]
    for i, (pattern, meaning, count) in enumerate(lex.relative):
        compiled = re.compile(rf"(?<![{_L}])(?:{pattern})(?![{_L}])", re.IGNORECASE)
        rules.append(Rule(f"relative_{meaning}_{i}", compiled, relative_builder(meaning, count)))
    return rules


@cache
def rules() -> tuple[Rule, ...]:
    """All English rules in priority order (an earlier rule wins a tie)."""
    lex = lexicon("en")
    pieces = _pieces(lex)
    build = {
        **builders(lex),
        "quarter": lambda m: part_of_year(m, "quarter"),
        "half": lambda m: part_of_year(m, "half"),
        "year_range_en": lambda m: fiscal_year_range(m, lex),
        "fiscal_year_ending": lambda m: fiscal_year_ending(m, lex),
    }
    listed = [Rule(name, re.compile(t.format(**pieces)), build[b]) for name, b, t in _TEMPLATES]
    # Relative phrases go before durations, which are the weakest reading.
    return (*listed[:-1], *_special(lex, pieces), listed[-1])
