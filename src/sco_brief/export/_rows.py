"""A human, exporter-neutral view of the model: formatted values, titles and table rows.

The Word briefing, the workbook and the CLI all show the same facts; this module words them
once ("3.5×", "≈ 8 million", "5 → 1 h", "$5.2 bn", "2020–2024") in English or Russian, with
labels from ``lang/<lang>/labels.toml``. Everything here is pure and never raises on model data.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, localcontext
from typing import Any

from sco_brief.errors import InputError
from sco_brief.lang import load_toml
from sco_brief.model import Meeting, Metric, Participant, Period, Quantity, Source

__all__ = [
    "EMPTY",
    "LABEL_LANGS",
    "body_name",
    "country_name",
    "format_date",
    "format_date_range",
    "format_number",
    "format_period",
    "format_quantity",
    "initiative_rows",
    "labels",
    "meeting_title",
    "metric_row",
    "metric_rows",
    "participant_row",
    "participant_rows",
    "source_citation",
    "source_title",
]

LABEL_LANGS: tuple[str, ...] = ("en", "ru")
EMPTY = "—"  # an empty table cell: a dash reads as "nothing stated", a blank as "forgotten"
# Largest scale first; a value is scaled only when that stays exact to three decimals.
_SCALES: tuple[tuple[int, str], ...] = ((12, "trillion"), (9, "billion"), (6, "million"))
_MAX_SCALED_DECIMALS = 3
_TITLE_WORDS = 8  # an untitled source is named by this many of its first words


def labels(lang: str) -> dict[str, Any]:
    """The label table of ``lang`` ("en" or "ru").

    Raises:
        InputError: ``lang`` is not one of LABEL_LANGS.
    """
    if lang not in LABEL_LANGS:
        raise InputError(f"'lang' must be one of {LABEL_LANGS!r}, got {lang!r}")
    return load_toml(lang, "labels")


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _plain(value: Decimal, lab: dict[str, Any]) -> str:
    """Digits with grouping and the language's decimal mark; exact, never in exponent form."""
    text = format(value, "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    grouped = _group(whole, lab["numbers"]["group"]) if len(whole) > 4 else whole
    return grouped + (lab["numbers"]["decimal"] + frac if frac else "")


def format_number(value: Decimal, lang: str = "en") -> str:
    """``Decimal("8000000")`` -> "8 million", ``Decimal("3.5")`` -> "3.5" (ru: "8 млн", "3,5")."""
    lab = labels(lang)
    sign = "−" if value < 0 else ""
    size = value.copy_abs()
    with localcontext() as exact:
        exact.prec = len(size.as_tuple().digits) + 2  # scaleb and normalize round to this precision
        for exponent, key in _SCALES:
            if size >= Decimal(10) ** exponent:
                scaled = size.scaleb(-exponent).normalize()
                if -int(scaled.as_tuple().exponent) <= _MAX_SCALED_DECIMALS:
                    return f"{sign}{_plain(scaled, lab)} {lab['numbers'][key]}"
                break
    return sign + _plain(size, lab)


def _english_plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _with_unit(value: Decimal, unit: str | None, lang: str) -> str:
    number = format_number(value, lang)
    if unit is None:
        return number
    spec = labels(lang)["units"].get(unit)
    if spec is not None:
        suffix = spec.get("one", spec.get("suffix", "")) if value == 1 else spec.get("suffix", "")
        return f"{spec.get('prefix', '')}{number}{suffix}"
    if len(unit) == 3 and unit.isupper():  # an ISO 4217 code without a symbol: "KGS 5 bn"
        return f"{unit} {number}"
    noun = unit if value == 1 or lang != "en" else _english_plural(unit)
    return f"{number} {noun}"


def _number_only(quantity: Quantity, lang: str) -> bool:
    spec = labels(lang)["units"].get(quantity.unit or "", {})
    return quantity.unit is None or not spec.get("prefix")


def format_quantity(
    value: Quantity,
    *,
    approx: bool = False,
    bound: str | None = None,
    kind: str | None = None,
    baseline: Quantity | None = None,
    direction: str | None = None,
    lang: str = "en",
) -> str:
    """A value as people read it: "3.5×", "75%", "≈ 8 million", "5 → 1 h", "$5.2 bn", "+12%"."""
    marks = labels(lang)["value_marks"]
    text = _with_unit(value.value, value.unit, lang)
    if kind == "from_to" and baseline is not None:
        same = baseline.unit == value.unit and _number_only(baseline, lang)
        start = format_number(baseline.value, lang) if same else _with_unit(baseline.value, baseline.unit, lang)
        text = f"{start} → {text}"
    elif kind == "change" and direction in ("up", "down") and value.value > 0:
        text = ("+" if direction == "up" else "−") + text
    elif direction == "down" and kind == "multiple":
        text = marks["down"] + text
    prefix = (marks["approx"] if approx else "") + (marks[bound] if bound in ("lower", "upper") else "")
    return prefix + text


def format_date(day: dt.date, lang: str = "en") -> str:
    """``date(2025, 11, 18)`` -> "18 November 2025" (ru: "18 ноября 2025 г.")."""
    lab = labels(lang)["dates"]
    return str(lab["day"].format(day=day.day, month=lab["months"][day.month - 1], year=day.year))


def format_date_range(start: dt.date | None, end: dt.date | None, lang: str = "en") -> str:
    """One day, "18–19 November 2025", or two full dates; "not stated" when both are None."""
    lab = labels(lang)
    first, last = start or end, end or start
    if first is None or last is None:
        return str(lab["not_stated"])
    if first == last:
        return format_date(first, lang)
    months = lab["dates"]["months"]
    if (first.year, first.month) == (last.year, last.month):
        return str(
            lab["dates"]["same_month"].format(
                day1=first.day, day2=last.day, month=months[first.month - 1], year=first.year
            )
        )
    if first.year == last.year:
        return str(
            lab["dates"]["same_year"].format(
                day1=first.day, month1=months[first.month - 1], day2=last.day, month2=months[last.month - 1],
                year=first.year,
            )
        )
    return f"{format_date(first, lang)} – {format_date(last, lang)}"


def _month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def format_period(period: Period, lang: str = "en") -> str:
    """Whole years "2020–2024", whole months "Jan–Sep 2025", otherwise the dates."""
    start, end = period.start, period.end
    if start.day != 1 or not _month_end(end):
        return format_date_range(start, end, lang)
    if start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    short = labels(lang)["dates"]["months_short"]
    if start.year != end.year:
        return f"{short[start.month - 1]} {start.year} – {short[end.month - 1]} {end.year}"
    if start.month == end.month:
        return f"{short[start.month - 1]} {start.year}"
    return f"{short[start.month - 1]}–{short[end.month - 1]} {start.year}"


def _ordinal(number: int, lang: str) -> str:
    suffixes = labels(lang)["titles"]["ordinal_suffixes"]
    last = number % 10 if number % 100 not in (11, 12, 13) else 0
    return f"{number}{suffixes[last] if last < len(suffixes) else suffixes[0]}"


def body_name(body: str | None, lang: str = "en") -> str:
    """The body's name, e.g. "SCO Council of Heads of Government"; "not stated" for None."""
    lab = labels(lang)
    entry = lab["bodies"].get(body or "")
    return str(entry["name"]) if entry else str(lab["not_stated"])


def meeting_title(meeting: Meeting, lang: str = "en") -> str:
    """E.g. "24th Meeting of the SCO Council of Heads of Government (expanded format)"."""
    lab = labels(lang)
    entry = lab["bodies"].get(meeting.body or "")
    if entry is None:
        title = str(lab["titles"]["fallback"])
    elif meeting.ordinal and meeting.body != "bilateral":
        title = lab["titles"]["with_ordinal"].format(ordinal=_ordinal(meeting.ordinal, lang), event=entry["event"])
    else:
        title = entry["event"][:1].upper() + entry["event"][1:]
    if meeting.format is not None:
        title = lab["titles"]["with_format"].format(title=title, format=lab["formats"][meeting.format])
    return str(title)


def country_name(code: str | None, lang: str = "en") -> str:
    """"KG" -> "Kyrgyzstan"; an unknown code stays as it is; None is the empty-cell dash."""
    if code is None:
        return EMPTY
    return str(labels(lang)["countries"].get(code, code))


def participant_row(participant: Participant, lang: str = "en") -> tuple[str, str, str, str]:
    """(name, position, country, role): the position in the label language when the model has it."""
    english, source = participant.position, participant.position_text
    position = (english or source) if lang == "en" else (source or english)
    role = labels(lang)["roles"][participant.role]
    return participant.name, position or EMPTY, country_name(participant.country, lang), str(role)


def participant_rows(meeting: Meeting, lang: str = "en") -> list[tuple[str, str, str, str]]:
    """One row per participant, in model order."""
    return [participant_row(p, lang) for p in meeting.participants]


def _marks(metric: Metric, lang: str) -> str:
    lab = labels(lang)["marks"]
    found = (["approx"] if metric.approx else []) + ([metric.bound] if metric.bound else [])
    return ", ".join(str(lab[key]) for key in found) or EMPTY


def metric_row(metric: Metric, lang: str = "en") -> tuple[str, str, str, str, str, str]:
    """(subject, value, period, kind, marks, actor) as people read them."""
    value = format_quantity(
        metric.value,
        approx=metric.approx,
        bound=metric.bound,
        kind=metric.kind,
        baseline=metric.baseline,
        direction=metric.direction,
        lang=lang,
    )
    period = format_period(metric.period, lang) if metric.period else EMPTY
    kind = str(labels(lang)["metric_kinds"][metric.kind])
    return metric.subject, value, period, kind, _marks(metric, lang), country_name(metric.actor, lang)


def metric_rows(meeting: Meeting, lang: str = "en") -> list[tuple[str, str, str, str, str, str]]:
    """One row per metric, in model order."""
    return [metric_row(m, lang) for m in meeting.metrics]


def initiative_rows(meeting: Meeting, lang: str = "en") -> list[tuple[str, str, str, str]]:
    """(title, kind, put forward by, summary) per initiative, in model order."""
    kinds = labels(lang)["initiative_kinds"]
    return [
        (i.title, str(kinds[i.kind]), country_name(i.by, lang), i.summary or EMPTY) for i in meeting.initiatives
    ]


def source_title(source: Source, lang: str = "en") -> str:
    """The source's title, else its opening words: a press release is known by its first line."""
    if source.title and source.title.strip():
        return source.title.strip()
    # Split off the opening words only: a footnote per figure must not split the whole text each time.
    words = source.text.split(None, _TITLE_WORDS)
    if not words:
        return str(labels(lang)["untitled_source"])
    opening = " ".join(words[:_TITLE_WORDS])
    return opening if len(words) <= _TITLE_WORDS else opening + " …"


def source_citation(source: Source, lang: str = "en") -> str:
    """"Title (id), https://..., 18 November 2025": how a footnote or a cell names a source."""
    parts: Iterable[str] = (
        f"{source_title(source, lang)} ({source.id})",
        *([source.url] if source.url else []),
        *([format_date(source.published, lang)] if source.published else []),
    )
    return ", ".join(parts)
