"""Table tests of the English dates recogniser (lang="en"), one table per form."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.recognise.dates import DateMention, find_dates

D = dt.date
PUB = D(2025, 11, 20)  # a Thursday


def only(text: str, published: dt.date | None = None) -> DateMention:
    found = list(find_dates(text, "en", published=published))
    assert 1 == len(found), found
    return found[0]


def reading(mention: DateMention) -> tuple[str, str, dt.date | None, dt.date | None, str | None]:
    period = mention.period
    return (
        mention.text,
        mention.kind,
        period.start if period else None,
        period.end if period else None,
        period.label if period else None,
    )


TABLE = [
    ("On 15 July 2025 the ministers met", "15 July 2025", "day", D(2025, 7, 15), D(2025, 7, 15), "15 Jul 2025"),
    ("on the 18th of November 2025", "18th of November 2025", "day", D(2025, 11, 18), D(2025, 11, 18), "18 Nov 2025"),
    ("TIANJIN, Sep 1, 2025 (APP):", "Sep 1, 2025", "day", D(2025, 9, 1), D(2025, 9, 1), "1 Sep 2025"),
    (
        "held on November 17-18, 2025.",
        "November 17-18, 2025",
        "day_range",
        D(2025, 11, 17),
        D(2025, 11, 18),
        "17–18 Nov 2025",
    ),
    ("to be held on July 3-4, 2024.", "July 3-4, 2024", "day_range", D(2024, 7, 3), D(2024, 7, 4), "3–4 Jul 2024"),
    ("on 17–18 November 2025", "17–18 November 2025", "day_range", D(2025, 11, 17), D(2025, 11, 18), "17–18 Nov 2025"),
    (
        "from 30 June to 2 July 2025",
        "30 June to 2 July 2025",
        "day_range",
        D(2025, 6, 30),
        D(2025, 7, 2),
        "30 Jun – 2 Jul 2025",
    ),
    (
        "31 August – 1 September 2025",
        "31 August – 1 September 2025",
        "day_range",
        D(2025, 8, 31),
        D(2025, 9, 1),
        "31 Aug – 1 Sep 2025",
    ),
    ("in October 2024", "October 2024", "month", D(2024, 10, 1), D(2024, 10, 31), "Oct 2024"),
    (
        "in January-September 2025",
        "January-September 2025",
        "months_to_date",
        D(2025, 1, 1),
        D(2025, 9, 30),
        "Jan–Sep 2025",
    ),
    (
        "in the first nine months of 2025",
        "first nine months of 2025",
        "months_to_date",
        D(2025, 1, 1),
        D(2025, 9, 30),
        "Jan–Sep 2025",
    ),
    (
        "in the first three quarters of 2025",
        "first three quarters of 2025",
        "months_to_date",
        D(2025, 1, 1),
        D(2025, 9, 30),
        "Jan–Sep 2025",
    ),
    ("first half of 2024", "first half of 2024", "half", D(2024, 1, 1), D(2024, 6, 30), "H1 2024"),
    ("in H2 2024", "H2 2024", "half", D(2024, 7, 1), D(2024, 12, 31), "H2 2024"),
    ("in Q3 2025", "Q3 2025", "quarter", D(2025, 7, 1), D(2025, 9, 30), "Q3 2025"),
    ("in the third quarter of 2025", "third quarter of 2025", "quarter", D(2025, 7, 1), D(2025, 9, 30), "Q3 2025"),
    ("in 2024", "2024", "year", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("by 2030", "2030", "year", D(2030, 1, 1), D(2030, 12, 31), "2030"),
    ("in early 2025", "2025", "year", D(2025, 1, 1), D(2025, 12, 31), "2025"),
    ("over 2020-2024", "2020-2024", "year_range", D(2020, 1, 1), D(2024, 12, 31), "2020–2024"),
    ("between 2019 and 2023", "between 2019 and 2023", "year_range", D(2019, 1, 1), D(2023, 12, 31), "2019–2023"),
    (
        "from $78 billion in 2019 to $129.5 billion in 2023",
        "from $78 billion in 2019 to $129.5 billion in 2023",
        "year_range",
        D(2019, 1, 1),
        D(2023, 12, 31),
        "2019–2023",
    ),
    ("since the 1990s", "1990s", "year_range", D(1990, 1, 1), D(1999, 12, 31), "1990–1999"),
    ("2025-11-18", "2025-11-18", "day", D(2025, 11, 18), D(2025, 11, 18), "18 Nov 2025"),
]


@pytest.mark.parametrize(("text", "quote", "kind", "start", "end", "label"), TABLE)
def test_english_forms(text: str, quote: str, kind: str, start: dt.date, end: dt.date, label: str) -> None:
    """Each English form gives one mention with its span, kind, period and label."""
    assert (quote, kind, start, end, label) == reading(only(text))


YEARLESS = [
    ("ISLAMABAD, Sept 24: The minister on Tuesday chaired", "Sept 24", D(2025, 9, 24)),
    ("Astana, May 21: The minister said", "May 21", D(2025, 5, 21)),
    ("said on 18 November that", "18 November", D(2025, 11, 18)),
]


@pytest.mark.parametrize(("text", "quote", "day"), YEARLESS)
def test_yearless_days_take_published_year(text: str, quote: str, day: dt.date) -> None:
    """A dateline day without a year takes the article's year and says so."""
    mention = next(m for m in find_dates(text, "en", published=PUB) if m.kind == "day")
    assert (quote, day, True) == (mention.text, mention.period and mention.period.start, mention.year_inferred)


FISCAL = [
    (
        "India's trade with SCO member states crossed $220 billion in 2024-25, up nearly 9 per cent from the "
        "previous financial year.",
        D(2024, 4, 1),
        D(2025, 3, 31),
    ),
    ("Pakistan's trade rose by 11.6 percent to $31.2 billion in fiscal year 2024-25.", D(2024, 7, 1), D(2025, 6, 30)),
    ("Exports rose in the financial year 2023-24.", D(2023, 4, 1), D(2024, 3, 31)),
    ("In FY2023-24, Pakistan's exports grew.", D(2023, 7, 1), D(2024, 6, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), FISCAL)
def test_fiscal_years_follow_the_country_convention(text: str, start: dt.date, end: dt.date) -> None:
    """Fiscal years start in the month of the country named nearby; 'financial year' alone means April."""
    mention = only(text)
    assert ("year_range", start, end) == (
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


def test_fiscal_year_country_from_the_whole_text() -> None:
    """With no country in the sentence, the text's most frequent country word decides."""
    text = (
        "Pakistan proposes a trade centre.\n\nISLAMABAD: Pakistan hosted the talks.\n\n"
        "The port handled about 883,200 TEUs in fiscal year 2023-24."
    )
    mention = next(m for m in find_dates(text, "en") if m.kind == "year_range")
    assert (D(2023, 7, 1), D(2024, 6, 30)) == (
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


def test_bare_fiscal_year_without_convention_is_unresolved() -> None:
    """'fiscal year 2024-25' with no country word and no 'financial year' has no period."""
    mention = only("Revenue grew in fiscal year 2024-25.")
    assert ("year_range", None) == (mention.kind, mention.period)


RELATIVE = [
    ("last year", ("prev_year", 1), D(2024, 1, 1), D(2024, 12, 31)),
    ("this year", ("this_year", 0), D(2025, 1, 1), D(2025, 12, 31)),
    ("over the last five years", ("last_years", 5), D(2020, 1, 1), D(2024, 12, 31)),
    ("in the past 3 years", ("last_years", 3), D(2022, 1, 1), D(2024, 12, 31)),
    ("on Monday", ("weekday", 0), D(2025, 11, 17), D(2025, 11, 17)),
    ("on Tuesday", ("weekday", 1), D(2025, 11, 18), D(2025, 11, 18)),
    ("yesterday", ("yesterday", 1), D(2025, 11, 19), D(2025, 11, 19)),
    ("since the beginning of the year", ("year_to_date", 0), D(2025, 1, 1), PUB),
]


@pytest.mark.parametrize(("text", "relative", "start", "end"), RELATIVE)
def test_english_relative_periods(text: str, relative: tuple[str, int], start: dt.date, end: dt.date) -> None:
    """Relative English periods resolve against published and keep their meaning."""
    mention = only(text, published=PUB)
    assert (relative, start, end) == (
        mention.relative,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


def test_first_months_of_this_year() -> None:
    """'the first nine months of this year' is January to September of the article's year."""
    mention = only("in the first nine months of this year", published=PUB)
    assert ("months_to_date", D(2025, 1, 1), D(2025, 9, 30)) == (
        mention.kind,
        mention.period and mention.period.start,
        mention.period and mention.period.end,
    )


NOT_DATES = [
    "The 69-year-old minister",
    "aged 70 years",
    "the 24th meeting",
    "at 10:00 local time",
    "call +92 51 920 1234",
    "over 2,000 people",
    "you may attend",
    "they march on",
    "31 February 2025",
    "Decision No. 12 of the Council",
    "three quarters of the members",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_english_not_dates(text: str) -> None:
    """Ages, ordinals, times, phones, modal 'may' and impossible dates give nothing."""
    assert [] == list(find_dates(text, "en", published=PUB))


def test_english_durations() -> None:
    """'for five years' is a duration of 60 months, not a period."""
    mention = only("for five years")
    assert ("duration", None, 60) == (mention.kind, mention.period, mention.months)
