"""Rules widened in the sixth genre round (b) (tests/genre/83-90): one table per rule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sco_brief.pipeline import extract

MULTIPLE_VERBS = [
    # A Russian verb of multiplication is a multiple, as "doubled" is in English.
    ("За последние пять лет объём инвестиций в экономики стран организации удвоился.", Decimal(2)),
    ("Число рейсов между странами ШОС утроилось.", Decimal(3)),
    ("Стороны намерены удвоить товарооборот к 2030 году.", Decimal(2)),
]


@pytest.mark.parametrize(("sentence", "expected"), MULTIPLE_VERBS)
def test_russian_verbs_of_multiplication(sentence: str, expected: Decimal) -> None:
    """«удвоился», «утроилось», «удвоить» give a multiple in times."""
    meeting = extract("Совещание министров экономики ШОС прошло в Казани. " + sentence, published=dt.date(2026, 6, 11))
    assert [("multiple", expected, "times")] == [(m.kind, m.value.value, m.value.unit) for m in meeting.metrics]


COUNT_NOUNS = [
    ("The scheme provides health cover to over 55 crore beneficiaries.", "person"),
    ("India supplied over 300 million doses of vaccines to partners.", "dose"),
    ("Программа охватила 12 тыс. получателей помощи.", "person"),
]


@pytest.mark.parametrize(("sentence", "unit"), COUNT_NOUNS)
def test_beneficiaries_and_doses_are_counted(sentence: str, unit: str) -> None:
    """Beneficiaries and recipients are people; vaccine doses count in doses."""
    meeting = extract(sentence, published=dt.date(2026, 10, 16))
    assert [unit] == [m.value.unit for m in meeting.metrics]


def test_title_after_a_name_and_a_ministry_of_two_fields() -> None:
    """ "Name, Secretary of the Security Council of X" and "Minister of Health and Family Welfare Shri Name"
    make people; the initials of a headline ("Shri J P Nadda") do not make a second person."""
    text = (
        "Union Health Minister Shri J P Nadda addresses SCO meeting\n\n"
        "Union Minister of Health and Family Welfare Shri Jagat Prakash Nadda addressed the meeting of the SCO "
        "health ministers. The meeting was chaired by Nasrullo Mahmudzoda, Secretary of the Security Council "
        "of Tajikistan."
    )
    names = {p.name: p for p in extract(text, published=dt.date(2026, 10, 16)).participants}
    assert {"Jagat Prakash Nadda", "Nasrullo Mahmudzoda"} == set(names)
    assert "TJ" == names["Nasrullo Mahmudzoda"].country


MEETINGS = [
    # An ordinal after the body, before an event word, later in the lead.
    (
        "The secretaries of the security councils of the SCO member states gathered in Dushanbe on September 2 "
        "for their 22nd annual meeting.",
        ("sco.other_ministers", 22, "Dushanbe"),
    ),
    # A place noun between "in" and the city.
    (
        "BISHKEK, July 14 (Reuters) - Foreign ministers of the Shanghai Cooperation Organisation met on Tuesday "
        "in the resort town of Cholpon-Ata.",
        ("sco.foreign_ministers", None, "Cholpon-Ata"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_ordinal_after_the_body_and_city_after_a_place_noun(text: str, expected: tuple[object, ...]) -> None:
    """The body, ordinal and city of the lead."""
    meeting = extract(text, published=dt.date(2026, 9, 3))
    assert expected == (meeting.body, meeting.ordinal, meeting.city)


def test_trend_dateline_date_is_not_the_meeting_date() -> None:
    """ "Баку, 21 мая, Trend:" is when the story was filed; the meeting's own date follows it."""
    text = (
        "Баку, 21 мая, Trend: Министр Азербайджана принял участие в совещании министров транспорта "
        "государств – членов ШОС, которое прошло 20 мая в Самарканде."
    )
    meeting = extract(text, published=dt.date(2026, 5, 21))
    assert (dt.date(2026, 5, 20), "Samarkand") == (meeting.start, meeting.city)


INITIATIVES = [
    # An apposition that sums up the object is no second proposal.
    (
        "Kulubaev said Russia had proposed setting up an SCO development bank, an idea China has backed in principle.",
        "en",
        [("proposal", "SCO development bank")],
    ),
    # The cue in the instrumental with a verb of judging opens an inline list of directions.
    (
        "Приоритетными направлениями сотрудничества мы считаем энергетику, логистику и продовольственную безопасность.",
        "ru",
        [("direction", "энергетика"), ("direction", "логистика"), ("direction", "продовольственная безопасность")],
    ),
]


@pytest.mark.parametrize(("sentence", "lang", "expected"), INITIATIVES)
def test_appositions_and_judged_directions(sentence: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """Initiatives of one sentence, kind and title."""
    meeting = extract(sentence, lang=lang, published=dt.date(2026, 7, 14))
    assert expected == [(i.kind, i.title) for i in meeting.initiatives]


BACK_REFERENCES = [
    (
        "За январь – сентябрь товарооборот вырос на 6,3% и достиг 247 млрд долларов. "
        "Доля расчётов в национальных валютах в нём превысила 90%.",
        "ru",
        3,
    ),
    ("In 2025 the banks issued loans worth $1.2 billion. Of this amount, 40% went to energy projects.", "en", 2),
]


@pytest.mark.parametrize(("text", "lang", "count"), BACK_REFERENCES)
def test_a_part_of_the_figure_before_takes_its_period(text: str, lang: str, count: int) -> None:
    """ "в нём", "из них", "of this amount": a share of the figure before has that figure's period."""
    meeting = extract(text, lang=lang, published=dt.date(2026, 11, 17))
    periods = [(m.period.start, m.period.end) if m.period else None for m in meeting.metrics]
    assert count == len(periods)
    assert 1 == len(set(periods))
    assert None not in periods


FLASH_BODIES = [
    (
        "ИСЛАМАБАД, 14 октября. /ТАСС/. Министры обороны государств ШОС на совещании в Исламабаде договорились "
        "провести учения.",
        ("sco.other_ministers", "Islamabad", dt.date(2026, 10, 14)),
    ),
    (
        "БИШКЕК, 14 июля. /ТАСС/. Главы МИД стран ШОС на встрече в Бишкеке обсудили ситуацию в Афганистане.",
        ("sco.foreign_ministers", "Bishkek", dt.date(2026, 7, 14)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLASH_BODIES)
def test_ministers_of_the_sco_states_stand_for_their_meeting(text: str, expected: tuple[object, ...]) -> None:
    """A flash that names the ministers of the SCO states, not their meeting, still reports it."""
    meeting = extract(text, published=dt.date(2026, 10, 14))
    assert expected == (meeting.body, meeting.city, meeting.start)


def test_a_states_adjective_inside_a_national_title() -> None:
    """ "Name, Secretary of the Russian Security Council": the title with the state's adjective after "the"
    makes a person of that state, with the plain position."""
    text = (
        "The SCO security council secretaries met in Dushanbe. Russia was represented by Sergei Shoigu, "
        "Secretary of the Russian Security Council."
    )
    found = [(p.name, p.position, p.country) for p in extract(text, published=dt.date(2026, 9, 3)).participants]
    assert [("Sergei Shoigu", "Secretary of the Security Council", "RU")] == found


def test_also_infinitive_after_a_descriptive_clause() -> None:
    """ "предложил использовать X, мощность которого ..., а также рассмотреть создание Y" proposes Y too."""
    sentence = (
        "Министр предложил партнерам использовать мощности морского порта, пропускная способность которого "
        "будет доведена до 25 млн тонн, а также рассмотреть создание единой цифровой платформы для перевозок."
    )
    titles = [i.title for i in extract(sentence, lang="ru", published=dt.date(2026, 5, 21)).initiatives]
    assert "единая цифровая платформа для перевозок" in titles
