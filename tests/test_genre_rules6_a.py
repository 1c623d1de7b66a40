"""Round six (a) of rules widened for real SCO news: one table per rule, each row a phrase the
corpus lacked (Kommersant, kremlin.ru, the Kyrgyz MFA, Kazinform, The Hindu, Tehran Times, the SCO
Secretariat)."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract

_LEAD_RU = "Заседание министров ШОС прошло в Бишкеке. "
_LEAD_EN = "SCO ministers met in Bishkek. "

CITIES = [
    (
        "The seventh meeting of SCO agriculture ministers was held in the Kyrgyz city of Cholpon-Ata on October 8.",
        "Cholpon-Ata",
    ),
    ("The meeting of SCO transport ministers was held in the city of Tashkent on May 3.", "Tashkent"),
    ("Совещание министров культуры ШОС прошло в киргизском городе Чолпон-Ата 12 июня.", "Cholpon-Ata"),
]


@pytest.mark.parametrize(("text", "expected"), CITIES)
def test_a_described_town_before_the_city(text: str, expected: str) -> None:
    """ "in the Kyrgyz city of X", "в киргизском городе X" name the venue."""
    assert expected == extract(text).city


NAMES = [
    # An unknown title before a first name the dictionary reads as a common noun ("алмаз").
    ("Заседание прошло под председательством Посла по особым поручениям МИД КР Алмаза Иманкулова.", "Алмаз Иманкулов"),
    ("Заседание прошло под председательством Посла по особым поручениям МИД КР Улана Джусупова.", "Улан Джусупов"),
    # A feminine name in -а is nominative and stays as written.
    ("На заседании выступила Роза Иманкулова.", "Роза Иманкулова"),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES)
def test_noun_like_first_names_decline_back(sentence: str, expected: str) -> None:
    """The name comes back in the nominative even when the title before it is unknown."""
    assert [expected] == [p.name for p in extract(_LEAD_RU + sentence).participants]


def test_iranian_agriculture_jihad_is_a_ministry() -> None:
    """ "Minister of Agriculture Jihad": the ministry's name, not the minister's first name."""
    text = _LEAD_EN + "Iran's Minister of Agriculture Jihad Gholamreza Nouri Ghezeljeh spoke."
    assert ["Gholamreza Nouri Ghezeljeh"] == [p.name for p in extract(text).participants]


PROPOSALS = [
    # "and" before a finite verb ends the coordination: hosting a regular meeting is no proposal.
    (
        "He called for joint research on drought-resistant seeds and expressed readiness to host the next meeting.",
        1,
    ),
    # "put"/"set" after "and" are infinitives: the second object is still proposed.
    ("He proposed that the SCO prepare a list of terrorist groups and set up a drone data mechanism.", 2),
    # "and to" opens a second proposal; the first loses the dangling "and".
    (
        "Participants supported the proposal to create an SCO platform for women entrepreneurs"
        " and to hold the forum annually.",
        ["SCO platform for women entrepreneurs", "forum annually"],
    ),
    # A day opening the object is a time, not a proposal.
    ("Nouri made the proposal on Thursday at the seventh meeting of SCO agriculture ministers.", []),
    # Who the proposed thing serves is cut from its title.
    (
        "He proposed the establishment of a grain and fertiliser exchange for member states of the SCO.",
        ["grain and fertiliser exchange"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PROPOSALS)
def test_english_proposal_boundaries(sentence: str, expected: list[str] | int) -> None:
    """English proposals end where a new clause or item starts, and carry no time or beneficiary."""
    titles = [i.title for i in extract(_LEAD_EN + sentence).initiatives if i.kind == "proposal"]
    assert expected == (len(titles) if isinstance(expected, int) else titles)


PROJECTS = [
    ("Мы готовы участвовать в модернизации Улан-Баторской железной дороги.", "Улан-Баторская железная дорога"),
    ("Обсуждалось строительство Камбаратинской ГЭС-1.", "Камбаратинская ГЭС-1"),
]


@pytest.mark.parametrize(("sentence", "expected"), PROJECTS)
def test_place_adjective_projects(sentence: str, expected: str) -> None:
    """A place adjective the dictionary guesses as a surname still names a project, capitals kept."""
    titles = [i.title for i in extract("Путин провёл переговоры на полях саммита ШОС. " + sentence).initiatives]
    assert expected in titles


PERIODS = [
    ("Экспорт зерна в страны ШОС в сезоне 2025/26 года составил 14,2 млн тонн.", "ru", "2025–2026"),
    (
        "Грузопоток вырос на 23%. Участники рынка ожидают, что по итогам года показатель превысит 17 млн тонн.",
        "ru",
        "2026",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PERIODS)
def test_periods_of_the_genre(text: str, lang: str, expected: str) -> None:
    """A season's years and "по итогам года" give the last figure its period."""
    metric = extract(text, published=dt.date(2026, 11, 10)).metrics[-1]
    assert metric.period is not None
    assert expected == metric.period.label


def test_a_meeting_date_does_not_date_a_figure() -> None:
    """ "At the last meeting in Qingdao in June 2025": the month dates the meeting, not the toll."""
    text = _LEAD_EN + (
        "At the last meeting in Qingdao in June 2025, India declined to sign the statement after it "
        "failed to mention the terror attack, in which 26 people were killed."
    )
    metric = extract(text).metrics[0]
    assert (26, None) == (metric.value.value, metric.period)


NUMBER_OF = [
    ("Число совместных с партнерами по ШОС научных проектов выросло за три года с 9 до 26.", ("from_to", "project")),
    ("Число научных проектов выросло до 260.", ("count", "project")),
    ("Число запросов выросло вдвое – до 4,5 тысячи.", ("count", "request")),
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBER_OF)
def test_number_of_counts_its_noun(sentence: str, expected: tuple[str, str]) -> None:
    """ "число X" gives a bare count, or a from->to of one, the unit of its counted noun."""
    metric = extract(_LEAD_RU + sentence).metrics[-1]
    assert expected == (metric.kind, metric.value.unit)


PAST_YEARS = [
    ("Число совместных научных проектов выросло за три года с 9 до 26.", "2023–2025"),
    ("За пять лет товарооборот достиг 5 млрд долларов.", "2021–2025"),
    ("За три года до саммита товарооборот составил 5 млрд долларов.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), PAST_YEARS)
def test_za_n_let_is_the_last_n_years(sentence: str, expected: str | None) -> None:
    """ "за три года" reads as "за последние три года", unless counted from another point ("до")."""
    metric = extract(sentence, published=dt.date(2026, 11, 10)).metrics[-1]
    assert expected == (metric.period.label if metric.period else None)


DAYS = [
    (
        "Iran's farm trade with SCO members reached $8.4 billion in the past Iranian year (ended March 20, 2026).",
        "en",
    ),
    ("Министр на совещании в четверг, 11 июня, заявил, что доля национальных валют достигла 91,7%.", "ru"),
]


@pytest.mark.parametrize(("sentence", "lang"), DAYS)
def test_a_single_day_gives_a_statistic_no_period(sentence: str, lang: str) -> None:
    """A figure covers a stretch of time: a lone day in its sentence dates an event, not the figure."""
    metric = extract(sentence, published=dt.date(2026, 6, 12)).metrics[-1]
    assert metric.period is None
