"""Dates and periods in Russian and English news: what the text says, resolved to calendar intervals.

``find_dates`` reads days ("18 ноября 2025 года", "Sep 1, 2025"), day ranges, months, quarters,
halves, months-to-date ("за девять месяцев 2025-го"), years and year ranges (with fiscal years in
English), relative periods ("в прошлом году", "last year") and durations ("в течение пяти лет").
Relative mentions resolve only against ``published``, never against today's date. Impossible
dates ("31 февраля") give no mention; no string makes it raise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

import attrs

from sco_brief.errors import InputError
from sco_brief.model import Period, Span
from sco_brief.recognise._date_adaptive import RuleMatcher
from sco_brief.recognise._date_context import Inferred, infer_years
from sco_brief.recognise._date_lexicon import alternation, lexicon
from sco_brief.recognise._date_numerals import mask
from sco_brief.recognise._date_periods import Raw, build_period, needs_year, resolve_meaning
from sco_brief.recognise._date_rules import Rule, attach_relative_years, select

__all__ = ["DateMention", "find_dates", "resolve_relative"]

_LANGS = ("ru", "en")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# A leap year, to tell "29 февраля" (a date in some years) from "31 февраля" (in none).
_ANY_YEAR = 2000


@attrs.frozen(kw_only=True)
class DateMention:
    """One date or period in a text.

    ``kind`` is one of day, day_range, month, year, year_range, quarter, half, months_to_date,
    relative, duration. ``year_inferred`` says the year came from context, not from the mention;
    ``relative`` keeps what a relative mention means before resolution, e.g. ("last_years", 5);
    ``months`` is the length in months of a duration (when it has one) or of a months-to-date period.
    """

    span: Span
    text: str
    kind: str
    period: Period | None
    year_inferred: bool = False
    relative: tuple[str, int] | None = None
    months: int | None = None


def find_dates(text: str, lang: str = "ru", *, published: dt.date | None = None) -> Iterator[DateMention]:
    """Yield the date mentions of ``text`` in text order.

    Args:
        text: any string.
        lang: "ru" or "en".
        published: the article's date; relative mentions and years missing from context resolve
            against it, and stay unresolved (period None) without it.
    """
    if lang not in _LANGS:
        raise InputError(f"'lang' must be one of {_LANGS!r}, got {lang!r}")
    published = _day(published)
    masked = mask(text, lang)
    found = _matcher(lang).find(masked.text)
    readings = zip(_rules(lang), found, strict=True)
    raws = select(raw for rule, matches in readings if matches for raw in rule.read(matches, masked))
    lex = lexicon(lang)
    raws = attach_relative_years(raws, text, lex.year_link)
    inferred_years = infer_years(text, raws, published, lex.target_prepositions, _reporting(lang))
    for raw, inferred in zip(raws, inferred_years, strict=True):
        mention = _mention(text, raw, inferred, published)
        if mention is not None:
            yield mention


def resolve_relative(mention: DateMention, anchor: dt.date) -> Period | None:
    """The period of ``mention`` when its text is read as said on ``anchor`` (e.g. the meeting date).

    Relative mentions ("в прошлом году") resolve against ``anchor``; a mention whose year was
    inferred is read again with ``anchor`` as its only context; any other keeps its period.
    """
    anchor = _day(anchor) or anchor
    if mention.relative is not None:
        return resolve_meaning(*mention.relative, anchor)
    if not mention.year_inferred:
        return mention.period
    lang = "ru" if _CYRILLIC.search(mention.text) else "en"
    for again in find_dates(mention.text, lang, published=anchor):
        return again.period
    return None


def _day(value: dt.date | None) -> dt.date | None:
    # A datetime is a date too, but the model's periods take dates only.
    return value.date() if isinstance(value, dt.datetime) else value


def _rules(lang: str) -> tuple[Rule, ...]:
    # Imported here: building the rules loads pymorphy3, which `import sco_brief` must not do.
    from sco_brief.recognise import _date_rules_en, _date_rules_ru

    return _date_rules_ru.rules() if lang == "ru" else _date_rules_en.rules()


@cache
def _reporting(lang: str) -> str:
    return alternation(lexicon(lang).extra.get("reporting_prepositions", ()))


@cache
def _matcher(lang: str) -> RuleMatcher:
    return RuleMatcher([rule.pattern for rule in _rules(lang)])


def _mention(text: str, raw: Raw, inferred: Inferred | None, published: dt.date | None) -> DateMention | None:
    period: Period | None = None
    if raw.relative is not None:
        period = resolve_meaning(*raw.relative, published) if published is not None else None
    elif raw.year_shift is not None:
        year = published.year + raw.year_shift if published is not None else None
        period = build_period(raw, year, inferred=True) if year is not None else None
    elif needs_year(raw):
        if build_period(raw, _ANY_YEAR) is None:
            return None  # impossible whatever the year: "31 февраля", "с 5 по 3 мая"
        year = inferred.year if inferred is not None else None
        period = build_period(raw, year, inferred=True) if year is not None else None
    elif raw.kind != "duration":
        period = build_period(raw)
        if period is None and raw.fiscal != 0:
            return None  # "31.02.2025", "29 февраля 2025 года"
    return DateMention(
        span=Span(start=raw.start, end=raw.end),
        text=text[raw.start : raw.end],
        kind=raw.kind,
        period=period,
        year_inferred=(needs_year(raw) or raw.year_shift is not None) and period is not None,
        relative=raw.relative,
        months=raw.m2 if raw.kind == "months_to_date" else raw.months,
    )
