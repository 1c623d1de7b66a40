"""The Russian date rules: days, ranges, months, parts of a year, years, relative periods, durations."""

from __future__ import annotations

import re
from functools import cache

from sco_brief.recognise._date_lexicon import DASH, HYPHEN, MASK, Lexicon, alternation, count_forms, lexicon
from sco_brief.recognise._date_periods import Raw
from sco_brief.recognise._date_rules import Builder, Match, Rule
from sco_brief.recognise._date_rules_common import builders, part_of_year, relative_builder

__all__ = ["rules"]

_L = "а-яёa-z"
# A number inside a phone number, a document number or a decimal is not a day.
_NOT_AFTER = r"(?<![\d.,/№:\-\u2010\u2011])(?<!№\s)"

# (rule name, builder name, template); the order is the priority on ties.
_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    (
        "day_range_cross",
        "day_range",
        r"{OPEN}(?P<d1>{DAY}){DORD}\s+(?P<m1>{MON})(?:\s+(?P<y1>{YEAR}){TAIL})?(?:{DASH}|\s+(?:по|до)\s+)"
        r"(?P<d2>{NUM}){DORD}\s+(?P<m2>{MON})(?:\s+(?P<y2>{YEAR}){TAIL})?",
    ),
    (
        "day_range",
        "day_range",
        r"{OPEN}(?P<d1>{DAY}){DORD}{JOIN}(?P<d2>{NUM}){DORD}\s+(?P<m1>{MON})(?:\s+(?P<y1>{YEAR}){TAIL})?",
    ),
    ("day", "day", r"(?P<d1>{DAY}){DORD}\s+(?P<m1>{MON})(?:\s+(?P<y1>{YEAR}){TAIL})?"),
    ("day_numeric", "day", r"{NOTAFTER}(?P<d1>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y1>{YEARD})(?!\.?\d){TAIL}"),
    ("day_iso", "day", r"(?<![\d.,/№\-])(?P<y1>{YEAR})-(?P<mn>\d\d)-(?P<d1>\d\d)(?![\d\-])"),
    ("month_range", "month", r"(?P<m1>{MON}){DASH}(?P<m2>{MON})(?:\s+(?P<y1>{YEAR}){TAIL})?"),
    # "с января по сентябрь 2026 года": the months in words, as agencies write a reporting period.
    (
        "month_range_words",
        "month",
        r"(?<![{L}])(?i:с|со)\s+(?P<m1>{MON})\s+(?:по|до)\s+(?P<m2>{MON})(?:\s+(?P<y1>{YEAR}){TAIL})?",
    ),
    ("month_year", "month", r"(?P<m1>{MON})\s+(?P<y1>{YEAR}){TAIL}"),
    ("month_bare", "month_bare", r"{MPREP}\s+(?P<m1>{FULLMON})"),
    (
        "months_to_date",
        "months_to_date",
        r"(?:(?P<first>{MASK}++)\s+)?(?P<n>{NUM})\s+{MONTHWORD}(?:\s+(?P<y1>{YEAR}){TAIL})?",
    ),
    (
        "quarters_to_date",
        "quarters_to_date",
        r"(?:(?P<first>{MASK}++)\s+)?(?P<n>{NUM})\s+{QUARTERS}(?:\s+(?P<y1>{YEAR}){TAIL})?",
    ),
    (
        "year_range",
        "year_range",
        r"(?:(?P<open>с|со)\s+)?(?P<y1>{YEAR})(?:{DASH}|/|\s+(?:по|и)\s+)(?P<y2>\d{{4}}|\d\d)(?!\d)(?P<tail>{TAIL})",
    ),
    # "с 78 млрд долларов в 2019 году до 129 млрд в 2023 году": a change over the years 2019-2023.
    (
        "year_pair",
        "year_range",
        r"(?<![{L}])(?P<open>с|со)\s{GAP}\s(?:в|во)\s+(?P<y1>{YEAR}){TAIL}\s+до\s{GAP}\s"
        r"(?:в|во)\s+(?P<y2>{YEAR})(?P<tail>{TAIL})",
    ),
    ("decade", "decade", r"(?<![\d.,/№])(?P<y1>(?:1[89]|20)\d0){HYPHEN}(?:{DECADE})(?![{L}])(?:\s*{YEARWORD})?"),
    ("year", "year", r"(?P<y1>{YEAR})(?P<tail>{TAIL})"),
    ("last_years", "last_years", r"{LAST}\s+(?P<n>{NUM})\s+{YEARWORD}"),
    # "выросло за три года с 9 до 26": a stretch of years ending now reads as "за последние три года";
    # "за три года до саммита" counts from another point and stays a duration.
    (
        "past_years",
        "last_years",
        r"(?<![{L}])(?i:за)\s+(?P<n>{NUM})\s+{YEARWORD}(?!\s+(?:до|после|вперёд|вперед)(?![{L}]))",
    ),
    ("duration", "duration", r"(?<![\d.,])(?P<n>\d{{1,3}}(?:[.,]\d+)?(?!\d)|{MASK}++)\s+(?P<u>{UNIT})"),
)


def _pieces(lex: Lexicon) -> dict[str, str]:
    abbr = {a.lower() for group in lex.extra["month_abbreviations"] for a in group}
    full = alternation(set(lex.months) - abbr)
    short = alternation(abbr)
    return {
        "MASK": MASK,
        "MON": rf"(?<![{_L}])(?:{full}|(?:{short})\.?)(?![{_L}])",
        "FULLMON": rf"(?:{full})(?![{_L}])",
        "NOTAFTER": _NOT_AFTER,
        "DAY": rf"{_NOT_AFTER}(?:\d{{1,2}}(?!\d)|{MASK}++)",
        "NUM": rf"(?:\d{{1,2}}(?!\d)|{MASK}++)",
        "YEAR": rf"(?<![\d.,/№]){_YEAR}(?![\d{MASK}])(?!{HYPHEN}(?:{lex.decade_suffixes})(?![{_L}]))",
        "DECADE": lex.decade_suffixes,
        "HYPHEN": HYPHEN,
        "YEARD": rf"{_YEAR}(?![\d{MASK}])",
        "TAIL": lex.year_tail,
        "DASH": DASH,
        "L": _L,
        "GAP": r"(?:[^;\n.]|\.(?=\d)){1,60}?",
        "JOIN": rf"(?:{DASH}|\s+(?:{'|'.join(lex.extra['range_joiners'])})\s+)",
        "OPEN": rf"(?:(?<![{_L}])(?:{'|'.join(lex.extra['range_openers'])})\s+)?",
        "PREP": rf"(?<![{_L}])(?:{lex.year_prepositions})",
        "YEARWORD": rf"(?:{lex.year_words})(?![{_L}])",
        "MONTHWORD": rf"(?:(?:{lex.month_word_alt()})(?![{_L}])|{alternation(lex.extra['month_word_abbreviations'])})",
        "MPREP": rf"(?<![{_L}])(?:{alternation(lex.extra['month_prepositions'])})",
        "DORD": rf"(?:{HYPHEN}(?:{alternation(lex.extra['day_suffixes'])})(?![{_L}]))?",
        "LAST": rf"(?<![{_L}])(?:{lex.last_years})",
        "UNIT": rf"(?:{lex.duration_alt()})(?![{_L}])",
        "ORD": rf"(?:{HYPHEN}?(?:м|й|го|ом|е)(?![{_L}]))?",
        "QUARTER": rf"(?:{lex.quarter_words})(?![{_L}])",
        # "три квартала", "первых трёх кварталах" count quarters; "в 3 квартале" names one.
        "QUARTERS": rf"(?:{alternation(count_forms(lex.extra['quarter_lemma']))})(?![{_L}])",
        "HALF": rf"(?:{lex.half_words})(?![{_L}])",
        "WEEKDAY": rf"(?:{lex.weekday_alt()})(?![{_L}])",
        "BARE": rf"(?<![{_L}])(?:{alternation(lex.bare_durations)})(?![{_L}])",
    }


_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"


def _compile(template: str, pieces: dict[str, str]) -> re.Pattern[str]:
    return re.compile(template.format(**pieces), re.IGNORECASE)


def _half(lex: Lexicon) -> Builder:
    # "первой половине дня" is no half of a year: "половина" needs a year, or "года", after it.
    followed = re.compile(rf"\s+(?:[{_L}]+\s+)?(?:{lex.year_words})(?![{_L}])", re.IGNORECASE)

    def build(match: Match) -> Raw | None:
        loose = (match.group("w") or "").lower() in lex.loose_half
        if loose and not match.group("y1") and not followed.match(match.masked.text, match.end()):
            return None
        return part_of_year(match, "half")

    return build


def _weekday(lex: Lexicon) -> Builder:
    def build(match: Match) -> Raw | None:
        day = lex.weekdays.get((match.group("w") or "").lower())
        if day is None:
            return None
        return Raw(start=match.start("w"), end=match.end(), kind="relative", rule=match.rule, relative=("weekday", day))

    return build


def _bare_duration(lex: Lexicon) -> Builder:
    def build(match: Match) -> Raw | None:
        months = lex.bare_durations.get((match.group(0) or "").lower())
        return Raw(start=match.start(), end=match.end(), kind="duration", rule=match.rule, months=months)

    return build


def _special(lex: Lexicon, p: dict[str, str]) -> list[Rule]:
    part = r"(?:(?P<roman>IV|I{{1,3}})|(?P<n>[1-4]|{MASK}++)){ORD}\s+(?P<w>{WORD})(?:\s+(?P<y1>{YEAR}){TAIL})?"
    rules = [
        Rule("quarter", _compile(part.replace("{WORD}", "{QUARTER}"), p), lambda m: part_of_year(m, "quarter")),
        Rule("half", _compile(part.replace("{WORD}", "{HALF}"), p), _half(lex)),
        Rule("weekday", _compile(rf"(?<![{_L}])(?:в|во)\s+(?P<w>{{WEEKDAY}})", p), _weekday(lex)),
    ]
    for i, (pattern, meaning, count) in enumerate(lex.relative):
        compiled = re.compile(rf"(?<![{_L}])(?:{pattern})(?![{_L}])", re.IGNORECASE)
        rules.append(Rule(f"relative_{meaning}_{i}", compiled, relative_builder(meaning, count)))
    if lex.bare_durations:
        rules.append(Rule("duration_bare", _compile("{BARE}", p), _bare_duration(lex)))
    return rules


@cache
def rules() -> tuple[Rule, ...]:
    """All Russian rules in priority order (an earlier rule wins a tie)."""
    lex = lexicon("ru")
    pieces = _pieces(lex)
    build = builders(lex)
    listed = [Rule(name, _compile(template, pieces), build[builder]) for name, builder, template in _TEMPLATES]
    # Parts of a year and relative phrases go before durations, which are the weakest reading.
    return (*listed[:-1], *_special(lex, pieces), listed[-1])
