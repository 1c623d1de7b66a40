"""Table tests of the Russian dates recogniser, one table per form of the issue."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from sco_brief.errors import InputError
from sco_brief.recognise.dates import DateMention, find_dates, resolve_relative

D = dt.date
PUB = D(2025, 11, 20)  # a Thursday


def only(text: str, published: dt.date | None = None) -> DateMention:
    found = list(find_dates(text, "ru", published=published))
    assert 1 == len(found), found
    return found[0]


def spans(text: str, published: dt.date | None = None) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [
        (m.text, m.kind, m.period.start if m.period else None, m.period.end if m.period else None)
        for m in find_dates(text, "ru", published=published)
    ]


DAYS = [
    ("18 ноября 2025 года", "18 ноября 2025 года", D(2025, 11, 18), "18 Nov 2025"),
    ("Встреча 1 сентября 2025 г. прошла", "1 сентября 2025 г.", D(2025, 9, 1), "1 Sep 2025"),
    ("Дата: 18.11.2025.", "18.11.2025", D(2025, 11, 18), "18 Nov 2025"),
    ("2025-11-18", "2025-11-18", D(2025, 11, 18), "18 Nov 2025"),
    ("18 ноября 2025, 14:05", "18 ноября 2025", D(2025, 11, 18), "18 Nov 2025"),
    ("29 февраля 2024 года", "29 февраля 2024 года", D(2024, 2, 29), "29 Feb 2024"),
    ("прошло 5 сент. 2024 г. в Астане", "5 сент. 2024 г.", D(2024, 9, 5), "5 Sep 2024"),
    ("3-го октября 2025 года", "3-го октября 2025 года", D(2025, 10, 3), "3 Oct 2025"),
]


@pytest.mark.parametrize(("text", "quote", "day", "label"), DAYS)
def test_days_with_their_year(text: str, quote: str, day: dt.date, label: str) -> None:
    """A day with its own year is one day, not inferred, labelled in English."""
    mention = only(text)
    assert (quote, "day", day, day, label, False) == (
        mention.text,
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.period and mention.period.label,
        mention.year_inferred,
    )


DATELINES = [
    ("БИШКЕК, 18 ноя — Sputnik. Премьер выступил.", "18 ноя", D(2025, 11, 18)),
    ("ТЯНЬЦЗИНЬ, 1 сентября /Синьхуа/ -- Председатель КНР выступил.", "1 сентября", D(2025, 9, 1)),
    ("МОСКВА, 17 ноября. Встреча прошла.", "17 ноября", D(2025, 11, 17)),
]


@pytest.mark.parametrize(("text", "quote", "day"), DATELINES)
def test_datelines_take_the_year_of_published(text: str, quote: str, day: dt.date) -> None:
    """A dateline day has no year: it takes the article's, and its label says it was inferred."""
    mention = only(text, published=PUB)
    assert (quote, day, True) == (mention.text, mention.period and mention.period.start, mention.year_inferred)
    assert mention.period is not None and mention.period.label.endswith("(year inferred)")


def test_day_without_any_year_is_unresolved() -> None:
    """With no year in the text and no article date, a day is found but has no period."""
    mention = only("Заседание прошло 18 ноября в Москве.")
    assert ("18 ноября", "day", None) == (mention.text, mention.kind, mention.period)


def test_day_year_from_its_paragraph() -> None:
    """A yearless day takes the year of a full date in its paragraph before the article date."""
    text = "Саммит прошёл 4 июля 2024 года в Астане. Накануне, 3 июля, министры согласовали документы."
    assert [
        ("4 июля 2024 года", "day", D(2024, 7, 4), D(2024, 7, 4)),
        ("3 июля", "day", D(2024, 7, 3), D(2024, 7, 3)),
    ] == spans(text, published=PUB)


def test_day_skips_a_reporting_year_in_its_sentence() -> None:
    """'18 ноября' next to 'по итогам 2024 года' is this year's 18 November, the reporting year aside."""
    found = spans("18 ноября министры обсудили итоги 2024 года.", published=PUB)
    assert ("18 ноября", "day", D(2025, 11, 18), D(2025, 11, 18)) == found[0]


def test_day_takes_a_plan_year_in_its_sentence() -> None:
    """'в 2026 году ... 15 июня' is the planned day of 2026."""
    found = spans("В 2026 году саммит пройдёт 15 июня в Бишкеке.", published=PUB)
    assert ("15 июня", "day", D(2026, 6, 15), D(2026, 6, 15)) == found[1]


def test_day_near_new_year_takes_the_nearest_year() -> None:
    """'29 декабря' in an article of 3 January is the day five days before, not next December."""
    mention = only("Соглашение подписано 29 декабря.", published=D(2026, 1, 3))
    assert D(2025, 12, 29) == (mention.period and mention.period.start)


DAY_RANGES = [
    ("17–18 ноября 2025 года", D(2025, 11, 17), D(2025, 11, 18), "17–18 Nov 2025"),
    ("17-18 ноября 2025 года", D(2025, 11, 17), D(2025, 11, 18), "17–18 Nov 2025"),
    ("28—29 июля 2025 года", D(2025, 7, 28), D(2025, 7, 29), "28–29 Jul 2025"),
    ("28 − 29 июля 2025 года", D(2025, 7, 28), D(2025, 7, 29), "28–29 Jul 2025"),
    ("17 и 18 ноября 2025 года", D(2025, 11, 17), D(2025, 11, 18), "17–18 Nov 2025"),
    ("с 30 июня по 2 июля 2025 года", D(2025, 6, 30), D(2025, 7, 2), "30 Jun – 2 Jul 2025"),
    ("31 августа – 1 сентября 2025 года", D(2025, 8, 31), D(2025, 9, 1), "31 Aug – 1 Sep 2025"),
    ("с 30 декабря 2024 года по 2 января 2025 года", D(2024, 12, 30), D(2025, 1, 2), "30 Dec 2024 – 2 Jan 2025"),
    ("30 декабря – 2 января 2025 года", D(2024, 12, 30), D(2025, 1, 2), "30 Dec 2024 – 2 Jan 2025"),
    ("с 30 декабря 2024 года по 2 января", D(2024, 12, 30), D(2025, 1, 2), "30 Dec 2024 – 2 Jan 2025"),
]


@pytest.mark.parametrize(("text", "start", "end", "label"), DAY_RANGES)
def test_day_ranges_any_dash_and_across_months(text: str, start: dt.date, end: dt.date, label: str) -> None:
    """Day ranges read with any dash, with 'и', and across months and years."""
    mention = only(text)
    assert (text, "day_range", start, end, label) == (
        mention.text,
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.period and mention.period.label,
    )


def test_yearless_day_range_takes_published_year() -> None:
    """'17 и 18 ноября' with no year in the text resolves in the article's year, marked inferred."""
    mention = only("Мероприятия прошли 17 и 18 ноября.", published=PUB)
    assert (D(2025, 11, 17), D(2025, 11, 18), True) == (
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.year_inferred,
    )


@pytest.mark.parametrize(
    ("text", "quote", "start", "end"),
    [
        ("Двадцать восьмого — двадцать девятого июля 2025 года", None, D(2025, 7, 28), D(2025, 7, 29)),
        (
            "Двадцать восьмого июля 2025 года во Владивостоке",
            "Двадцать восьмого июля 2025 года",
            D(2025, 7, 28),
            D(2025, 7, 28),
        ),
    ],
)
def test_days_in_words(text: str, quote: str | None, start: dt.date, end: dt.date) -> None:
    """Days written as ordinal words read like digits."""
    mention = only(text)
    assert (quote or text, start, end) == (
        mention.text,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


YEARS = [
    ("в 2024 году", "2024 году", "year", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("по итогам 2024 года", "2024 года", "year", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("за девять месяцев 2025-го", None, None, None, None, None),
    ("итоги 2025-го", "2025-го", "year", D(2025, 1, 1), D(2025, 12, 31), "2025"),
    ("к 2030 году", "2030 году", "year", D(2030, 1, 1), D(2030, 12, 31), "2030"),
    ("с 2019 года", "2019 года", "year", D(2019, 1, 1), D(2019, 12, 31), "2019"),
    ("за 2020-2024 годы", "2020-2024 годы", "year_range", D(2020, 1, 1), D(2024, 12, 31), "2020–2024"),
    ("в 2020–2024 гг. рост", "2020–2024 гг.", "year_range", D(2020, 1, 1), D(2024, 12, 31), "2020–2024"),
    ("в 2025–2026 годах", "2025–2026 годах", "year_range", D(2025, 1, 1), D(2026, 12, 31), "2025–2026"),
    ("с 2019 по 2023 год", "с 2019 по 2023 год", "year_range", D(2019, 1, 1), D(2023, 12, 31), "2019–2023"),
    ("на 2026–2035 годы", "2026–2035 годы", "year_range", D(2026, 1, 1), D(2035, 12, 31), "2026–2035"),
    ("в 2000-х годах", "2000-х годах", "year_range", D(2000, 1, 1), D(2009, 12, 31), "2000–2009"),
    ("в 1990-е годы", "1990-е годы", "year_range", D(1990, 1, 1), D(1999, 12, 31), "1990–1999"),
    ("в 2025-м году", "2025-м году", "year", D(2025, 1, 1), D(2025, 12, 31), "2025"),
    (
        "вырос с 78 млрд долларов в 2019 году до 129 млрд долларов в 2023 году",
        "с 78 млрд долларов в 2019 году до 129 млрд долларов в 2023 году",
        "year_range",
        D(2019, 1, 1),
        D(2023, 12, 31),
        "2019–2023",
    ),
]


@pytest.mark.parametrize(("text", "quote", "kind", "start", "end", "label"), [y for y in YEARS if y[1]])
def test_years_and_year_ranges(text: str, quote: str, kind: str, start: dt.date, end: dt.date, label: str) -> None:
    """Years cover January to December; ranges cover all their years, labelled with an en dash."""
    mention = only(text)
    assert (quote, kind, start, end, label) == (
        mention.text,
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.period and mention.period.label,
    )


PARTS = [
    ("в первом полугодии 2025 года", "half", D(2025, 1, 1), D(2025, 6, 30), "H1 2025"),
    ("во втором полугодии 2024 г.", "half", D(2024, 7, 1), D(2024, 12, 31), "H2 2024"),
    ("в первой половине 2025 года", "half", D(2025, 1, 1), D(2025, 6, 30), "H1 2025"),
    ("в 1-м полугодии 2025 г.", "half", D(2025, 1, 1), D(2025, 6, 30), "H1 2025"),
    ("в III квартале 2025 года", "quarter", D(2025, 7, 1), D(2025, 9, 30), "Q3 2025"),
    ("в I квартале 2024 года", "quarter", D(2024, 1, 1), D(2024, 3, 31), "Q1 2024"),
    ("в 4-м квартале 2024 года", "quarter", D(2024, 10, 1), D(2024, 12, 31), "Q4 2024"),
    ("в третьем квартале 2025 года", "quarter", D(2025, 7, 1), D(2025, 9, 30), "Q3 2025"),
    ("за январь–сентябрь 2025 года", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за январь-июнь 2025 года", "months_to_date", D(2025, 1, 1), D(2025, 6, 30), "Jan–Jun 2025"),
    ("в январе—октябре 2025 г.", "months_to_date", D(2025, 1, 1), D(2025, 10, 31), "Jan–Oct 2025"),
    ("в июле–сентябре 2025 года", "month", D(2025, 7, 1), D(2025, 9, 30), "Jul–Sep 2025"),
    ("в декабре 2024 года", "month", D(2024, 12, 1), D(2024, 12, 31), "Dec 2024"),
    ("за три квартала 2025 года", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("в первых трёх кварталах 2025 г.", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за 3 квартала 2025 г.", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("по итогам 3 квартала 2025 года", "quarter", D(2025, 7, 1), D(2025, 9, 30), "Q3 2025"),
    ("за 9 мес. 2025 г.", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за январь-сентябрь 2025г.", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за 9 месяцев 2025 года", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за девять месяцев 2025-го", "months_to_date", D(2025, 1, 1), D(2025, 9, 30), "Jan–Sep 2025"),
    ("за первые семь месяцев 2025 года", "months_to_date", D(2025, 1, 1), D(2025, 7, 31), "Jan–Jul 2025"),
]


@pytest.mark.parametrize(("text", "kind", "start", "end", "label"), PARTS)
def test_parts_of_a_year(text: str, kind: str, start: dt.date, end: dt.date, label: str) -> None:
    """Halves, quarters, month ranges and months-to-date with their own year."""
    mention = only(text)
    assert (kind, start, end, label, False) == (
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.period and mention.period.label,
        mention.year_inferred,
    )


def test_quarter_without_year_takes_the_sentence_year() -> None:
    """'в III квартале' takes the year the same sentence names."""
    found = spans("В 2025 году рост ускорился: в III квартале он составил 5%.")
    assert ("III квартале", "quarter", D(2025, 7, 1), D(2025, 9, 30)) == found[1]


def test_months_to_date_year_from_paragraph_not_a_later_plan() -> None:
    """'по итогам восьми месяцев' skips a plan for a later year and takes the year of the text's full date."""
    text = (
        "Председательство началось 1 сентября 2025 года.\n"
        "Он напомнил, что в 2026 году Организация отметит 25-летие.\n"
        "Он сообщил, что по итогам восьми месяцев товарооборот вырос на 11,2 процента."
    )
    mention = next(m for m in find_dates(text) if m.kind == "months_to_date")
    assert ("восьми месяцев", D(2025, 1, 1), D(2025, 8, 31), True) == (
        mention.text,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.year_inferred,
    )
    assert mention.period is not None and "Jan–Aug 2025 (year inferred)" == mention.period.label


def test_months_to_date_with_published_ends_before_it() -> None:
    """'за 11 месяцев' in an article of January is last year's January to November."""
    mention = only("За 11 месяцев товарооборот вырос.", published=D(2026, 1, 15))
    assert (D(2025, 1, 1), D(2025, 11, 30)) == (
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


YEAR_FROM_PUBLISHED = [
    ("в начале ноября", "ноября", D(2025, 11, 1), D(2025, 11, 30)),
    ("в конце октября прошлого года", "октября прошлого года", D(2024, 10, 1), D(2024, 10, 31)),
    ("18 ноября т.г.", "18 ноября т.г.", D(2025, 11, 18), D(2025, 11, 18)),
    ("с 1-го по 3-е октября", "с 1-го по 3-е октября", D(2025, 10, 1), D(2025, 10, 3)),
    ("в первой половине текущего года", "первой половине текущего года", D(2025, 1, 1), D(2025, 6, 30)),
]


@pytest.mark.parametrize(("text", "quote", "start", "end"), YEAR_FROM_PUBLISHED)
def test_yearless_forms_take_the_article_year(text: str, quote: str, start: dt.date, end: dt.date) -> None:
    """Months, days and halves with no year (or "т.г.", "прошлого года") resolve against published."""
    mention = only(text, published=PUB)
    assert (quote, start, end, True) == (
        mention.text,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
        mention.year_inferred,
    )


def test_part_of_year_with_relative_year() -> None:
    """'за 9 месяцев текущего года' and 'в III квартале прошлого года' take their year from published."""
    assert [
        ("9 месяцев текущего года", "months_to_date", D(2025, 1, 1), D(2025, 9, 30)),
        ("III квартале прошлого года", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ] == spans("За 9 месяцев текущего года и в III квартале прошлого года рост продолжился.", published=PUB)


RELATIVE = [
    ("в прошлом году", "прошлом году", ("prev_year", 1), D(2024, 1, 1), D(2024, 12, 31)),
    ("по итогам минувшего года", "минувшего года", ("prev_year", 1), D(2024, 1, 1), D(2024, 12, 31)),
    ("в позапрошлом году", "позапрошлом году", ("prev_year", 2), D(2023, 1, 1), D(2023, 12, 31)),
    ("в текущем году", "текущем году", ("this_year", 0), D(2025, 1, 1), D(2025, 12, 31)),
    ("в этом году", "этом году", ("this_year", 0), D(2025, 1, 1), D(2025, 12, 31)),
    ("в следующем году", "следующем году", ("next_year", 1), D(2026, 1, 1), D(2026, 12, 31)),
    ("за последние 5 лет", "последние 5 лет", ("last_years", 5), D(2020, 1, 1), D(2024, 12, 31)),
    ("с начала года", "с начала года", ("year_to_date", 0), D(2025, 1, 1), PUB),
    ("с начала текущего года", "с начала текущего года", ("year_to_date", 0), D(2025, 1, 1), PUB),
    ("в прошлом месяце", "прошлом месяце", ("prev_month", 1), D(2025, 10, 1), D(2025, 10, 31)),
    ("сегодня", "сегодня", ("today", 0), PUB, PUB),
    ("вчера", "вчера", ("yesterday", 1), D(2025, 11, 19), D(2025, 11, 19)),
    ("в среду", "среду", ("weekday", 2), D(2025, 11, 19), D(2025, 11, 19)),
    ("в четверг", "четверг", ("weekday", 3), PUB, PUB),
    ("в понедельник", "понедельник", ("weekday", 0), D(2025, 11, 17), D(2025, 11, 17)),
    ("во вторник", "вторник", ("weekday", 1), D(2025, 11, 18), D(2025, 11, 18)),
]


@pytest.mark.parametrize(("text", "quote", "relative", "start", "end"), RELATIVE)
def test_relative_periods_resolve_against_published(
    text: str, quote: str, relative: tuple[str, int], start: dt.date, end: dt.date
) -> None:
    """Relative periods keep their meaning and resolve against the article date (20 Nov 2025, a Thursday)."""
    mention = only(text, published=PUB)
    assert (quote, "relative", relative, start, end) == (
        mention.text,
        mention.kind,
        mention.relative,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


@pytest.mark.parametrize(("text", "quote", "relative", "start", "end"), RELATIVE)
def test_relative_periods_without_published_stay_unresolved(
    text: str, quote: str, relative: tuple[str, int], start: dt.date, end: dt.date
) -> None:
    """Without an article date a relative period is found but never resolved against today."""
    mention = only(text)
    assert (quote, relative, None) == (mention.text, mention.relative, mention.period)


def test_resolve_relative_against_another_anchor() -> None:
    """resolve_relative re-reads a relative mention against the meeting date."""
    mention = only("за последние 5 лет")
    period = resolve_relative(mention, D(2024, 5, 21))
    assert (D(2019, 1, 1), D(2023, 12, 31), "2019–2023") == (
        period and period.start,
        period and period.end,
        period and period.label,
    )


def test_resolve_relative_rereads_an_inferred_year() -> None:
    """A day whose year was inferred is read again with the new anchor as its context."""
    mention = only("МОСКВА, 17 ноября. Встреча прошла.", published=PUB)
    period = resolve_relative(mention, D(2024, 11, 30))
    assert D(2024, 11, 17) == (period and period.start)


DURATIONS = [
    ("в течение 5 лет", "5 лет", 60),
    ("в течение пяти лет", "пяти лет", 60),
    ("два часа", "два часа", None),
    ("за 3 месяца", None, None),
    ("в течение 18 месяцев", "18 месяцев", 18),
    ("на полгода", "полгода", 6),
    ("в течение 10 дней", "10 дней", None),
]


@pytest.mark.parametrize(("text", "quote", "months"), DURATIONS)
def test_durations_are_not_periods(text: str, quote: str | None, months: int | None) -> None:
    """Durations have no period; their length in months is kept when it has one."""
    if quote is None:  # "за 3 месяца" is a months-to-date cue with a count: January to March
        assert "months_to_date" == only(text).kind
        return
    mention = only(text)
    assert (quote, "duration", None, months) == (mention.text, mention.kind, mention.period, mention.months)


NOT_DATES = [
    "в 10:00 по московскому времени",
    "Тел.: +996 (312) 62-58-14",
    "Пресс-служба: +7 (7172) 98-36-20.",
    "Меморандум № 7/25 подписан",
    "распоряжение № 123-р от министерства",
    "в возрасте 70 лет",
    "68-летнего политика",
    "25-летие ШОС",
    "к 80-летию Победы",
    "24-е заседание Совета",
    "более 2000 человек",
    "31 февраля",
    "30 февраля 2025 года",
    "31.02.2025",
    "29 февраля 2025 года",
    "5,2 млрд долларов",
    "около 280 км",
    "пять мая",  # a cardinal in words is no day
    "во второй половине дня",
    "три квартала подряд",
    "в течение трех кварталов",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    """Times, phones, document numbers, ages, anniversaries, ordinals and impossible dates give nothing."""
    assert [] == list(find_dates(text, published=PUB))


def test_published_may_be_a_datetime() -> None:
    """An article timestamp works as its date."""
    mention = only("вчера", published=dt.datetime(2025, 11, 20, 14, 5))
    assert (D(2025, 11, 19), D(2025, 11, 19)) == (
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )
    period = resolve_relative(mention, dt.datetime(2025, 1, 2, 9, 0))
    assert D(2025, 1, 1) == (period and period.start)


def test_unknown_language_is_an_input_error() -> None:
    """Only 'ru' and 'en' are supported; another language is a caller's mistake."""
    with pytest.raises(InputError):
        list(find_dates("18 ноября", "de"))


def test_mentions_come_in_text_order_with_exact_spans(seed_text: str) -> None:
    """On the seed, mentions are ordered, do not overlap, and quote their span exactly."""
    found = list(find_dates(seed_text, published=D(2025, 11, 18)))
    assert found
    for earlier, later in itertools.pairwise(found):
        assert earlier.span.end <= later.span.start
    for mention in found:
        assert mention.text == seed_text[mention.span.start : mention.span.end]
