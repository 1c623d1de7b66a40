"""Builders shared by the Russian and English rules: they read named groups into a :class:`Raw`.

Group names: ``d1 m1 y1 d2 m2 y2`` (day, month word, year), ``mn`` (month as digits), ``n`` (a count),
``u`` (a duration unit), ``tail`` (what follows a year), ``first`` ("первые"/"first").
"""

from __future__ import annotations

import re

from sco_brief.recognise._date_lexicon import Lexicon
from sco_brief.recognise._date_periods import Raw
from sco_brief.recognise._date_rules import Builder, Match, small_int, year_of

__all__ = ["after_preposition", "builders", "part_of_year", "relative_builder", "year_range"]


def builders(lex: Lexicon) -> dict[str, Builder]:
    """Every builder by name, bound to the vocabulary of one language."""
    return {
        "day": lambda m: _day(m, lex),
        "day_range": lambda m: _day(m, lex),
        "month": lambda m: _month(m, lex),
        "month_bare": lambda m: _month(m, lex, bare=True),
        "months_to_date": lambda m: _months_to_date(m, lex),
        "quarters_to_date": lambda m: _months_to_date(m, lex, per=3),
        "year": lambda m: _year(m, lex),
        "year_range": lambda m: year_range(m, lex),
        "decade": _decade,
        "last_years": _last_years,
        "duration": lambda m: _duration(m, lex),
    }


def relative_builder(meaning: str, count: int) -> Builder:
    def build(match: Match) -> Raw | None:
        return Raw(start=match.start(), end=match.end(), kind="relative", rule=match.rule, relative=(meaning, count))

    return build


def _month_number(match: Match, name: str, lex: Lexicon) -> int | None:
    text = match.group(name)
    if text is None:
        return None
    if text.isascii() and text.isdecimal():
        return int(text) if 1 <= int(text) <= 12 else None
    return lex.months.get(text.rstrip(".")) or lex.months.get(text.rstrip(".").lower())


def _day(match: Match, lex: Lexicon) -> Raw | None:
    d1 = small_int(match, "d1", 1, 31)
    m2 = _month_number(match, "m2", lex)
    m1 = _month_number(match, "m1", lex) or _month_number(match, "mn", lex)
    if d1 is None or m1 is None or not _day_numeral(match, "d1"):
        return None
    d2 = small_int(match, "d2", 1, 31) if match.group("d2") else None
    if match.group("d2") and d2 is None:
        return None
    kind = "day" if d2 is None else "day_range"
    y1, y2 = year_of(match.group("y1")), year_of(match.group("y2"))
    if m2 is not None:  # "с 30 июня по 2 июля": both ends name their month
        return Raw(
            start=match.start(), end=match.end(), kind=kind, rule=match.rule, d1=d1, m1=m1, y1=y1, d2=d2, m2=m2, y2=y2
        )
    return Raw(
        start=match.start(),
        end=match.end(),
        kind=kind,
        rule=match.rule,
        d1=d1,
        m1=m1,
        d2=d2,
        m2=m1 if d2 else None,
        y2=y1,
    )


def _day_numeral(match: Match, name: str) -> bool:
    # A day in words is an ordinal ("двадцать восьмого"); "пять мая" is no date.
    return (match.group(name) or "").isdecimal() or match.ordinal(name)


def _month(match: Match, lex: Lexicon, *, bare: bool = False) -> Raw | None:
    m1 = _month_number(match, "m1", lex)
    m2 = _month_number(match, "m2", lex) or m1
    if m1 is None or m2 is None or m2 < m1:
        return None
    kind = "months_to_date" if m1 == 1 and m2 > 1 else "month"
    start = match.start("m1") if bare else match.start()
    return Raw(start=start, end=match.end(), kind=kind, rule=match.rule, m1=m1, m2=m2, y1=year_of(match.group("y1")))


def _months_to_date(match: Match, lex: Lexicon, per: int = 1) -> Raw | None:
    """January to the N-th month ("девять месяцев"), or to the end of the N-th quarter (``per`` = 3)."""
    count = small_int(match, "n", 2, 12 // per)
    if count is None or match.ordinal("n"):
        return None
    year = year_of(match.group("y1"))
    first = match.group("first") is not None and small_int(match, "first", 1, 1) == 1
    cue = _cue(match, lex.extra.get("months_to_date_cues", []))
    if year is None and not first and cue is None:
        return None  # "в течение девяти месяцев" is a duration, not January to September
    digits = per > 1 and (match.group("n") or "").isdecimal() and not first
    # "по итогам 3 квартала" is the third quarter; only "за 3 квартала" counts three of them.
    if digits and _cue(match, lex.extra.get("quarters_to_date_digit_cues", [])) is None:
        return None
    start = match.start("first") if first else match.start("n")
    return Raw(start=start, end=match.end(), kind="months_to_date", rule=match.rule, m1=1, m2=count * per, y1=year)


def _cue(match: Match, cues: list[str]) -> re.Match[str] | None:
    """The cue word just before the match, if it is one of ``cues``."""
    if not cues:
        return None
    return re.search(rf"(?:^|[^\w])(?:{'|'.join(cues)})\s+$", match.preceding(24), re.IGNORECASE)


def after_preposition(match: Match, lex: Lexicon, name: str = "y1") -> bool:
    tail = match.preceding(16, name)
    return re.search(rf"(?:^|[^\w])(?:{lex.year_prepositions})\s+$", tail, re.IGNORECASE) is not None


def _year(match: Match, lex: Lexicon) -> Raw | None:
    year = year_of(match.group("y1"))
    if year is None or not (match.group("tail") or after_preposition(match, lex)):
        return None
    return Raw(start=match.start(), end=match.end(), kind="year", rule=match.rule, y1=year)


def year_range(match: Match, lex: Lexicon) -> Raw | None:
    y1 = year_of(match.group("y1"))
    y2 = year_of(match.group("y2"), after=y1)
    if y1 is None or y2 is None or not y1 < y2 <= y1 + 100:
        return None
    opened = match.group("open") is not None
    if not (match.group("tail") or opened or after_preposition(match, lex)):
        return None
    return Raw(start=match.start(), end=match.end(), kind="year_range", rule=match.rule, y1=y1, y2=y2)


def _decade(match: Match) -> Raw | None:
    first = year_of(match.group("y1"))
    if first is None:
        return None
    return Raw(start=match.start(), end=match.end(), kind="year_range", rule=match.rule, y1=first, y2=first + 9)


def _last_years(match: Match) -> Raw | None:
    count = small_int(match, "n", 1, 100)
    if count is None:
        return None
    return Raw(start=match.start(), end=match.end(), kind="relative", rule=match.rule, relative=("last_years", count))


def _duration(match: Match, lex: Lexicon) -> Raw | None:
    unit = (match.group("u") or "").lower()
    if unit not in lex.durations or match.ordinal("n"):
        return None
    value = _count(match)
    if value is None or _is_age(match, lex):
        return None
    per = lex.durations[unit]
    total = value * per
    months = int(total) if per and total == int(total) else None
    return Raw(start=match.start(), end=match.end(), kind="duration", rule=match.rule, months=months)


def _count(match: Match) -> float | None:
    text = match.group("n") or ""
    if re.fullmatch(r"\d+[.,]\d+", text):
        return float(text.replace(",", "."))
    value = match.number("n")
    return float(value) if value is not None and value > 0 else None


def _is_age(match: Match, lex: Lexicon) -> bool:
    before = match.preceding(24).lower()
    if lex.age_words and re.search(rf"(?:^|[^\w])(?:{lex.age_words})\s+(?:\S+\s+)?$", before):
        return True
    after = match.masked.text[match.end() : match.end() + 12].lower()
    return bool(lex.age_after and re.match(rf"\s*(?:{lex.age_after})(?!\w)", after))


def part_of_year(match: Match, kind: str) -> Raw | None:
    """A quarter ("III квартал") or a half ("первое полугодие") of a year."""
    parts = 4 if kind == "quarter" else 2
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}.get((match.group("roman") or "").upper())
    index = roman if roman is not None and roman <= parts else small_int(match, "n", 1, parts)
    if index is None or (match.group("n") and not (match.group("n") or "").isdecimal() and not match.ordinal("n")):
        return None
    size = 12 // parts
    year = year_of(match.group("y1"))
    return Raw(
        start=match.start(),
        end=match.end(),
        kind=kind,
        rule=match.rule,
        m1=size * index - size + 1,
        m2=size * index,
        y1=year,
    )
