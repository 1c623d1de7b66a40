"""Rules widened in the fourth genre round (tests/genre/47-58): one table per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract


def _figures(text: str) -> list[tuple[str, str | None, str]]:
    """(value, unit, kind) of each metric."""
    return [(str(m.value.value), m.value.unit, m.kind) for m in extract(text).metrics]


FIGURES = [
    ("He said India had trained more than 3,000 personnel from SCO countries.", [("3000", "person", "count")]),
    ("Rail freight on the routes exceeded 19,000 trips last year.", [("19000", "trip", "count")]),
    # "the 2022 floods" names an event by its year: no count of 2022.
    ("He noted that Pakistan had lost over 30 billion dollars in the 2022 floods.", [("30000000000", "USD", "level")]),
    ("The 2000 delegates met in Tashkent.", [("2000", "person", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_counted_nouns_and_year_attributes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Personnel and trips are counted units; a bare year after "the" is no figure, a count of people is."""
    assert expected == _figures(text)


def test_xinhua_dateline_gives_way_to_the_weekday() -> None:
    """ "Пекин, 22 мая /Синьхуа/ --" is a dateline: "в четверг" in the lead dates the meeting."""
    text = (
        "Пекин, 22 мая /Синьхуа/ -- Совещание министров энергетики государств-членов ШОС состоялось в четверг в Циндао."
    )
    meeting = extract(text, published=dt.date(2026, 5, 22))
    assert (dt.date(2026, 5, 21), "Qingdao") == (meeting.start, meeting.city)


def test_a_proposal_in_direct_speech() -> None:
    """A proposal cue inside «...» direct speech reads the quote's own words."""
    text = (
        "Министр Курбон Хакимзода принял участие в совещании министров сельского хозяйства ШОС. "
        "«Мы предлагаем создать в рамках ШОС сеть лабораторий по контролю пищевой продукции», – подчеркнул он."
    )
    expected = [("сеть лабораторий по контролю пищевой продукции", "proposal")]
    assert expected == [(i.title, i.kind) for i in extract(text).initiatives]


PLACES = [
    ("The ministers met in the Chinese port city of Qingdao on Thursday.", []),
    ("India backed the development of the Chabahar port.", ["Chabahar port"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_port_city_is_a_place_not_a_project(text: str, expected: list[str]) -> None:
    """ "port city of" describes the venue; "Chabahar port" stays a project."""
    assert expected == [i.title for i in extract(text).initiatives if i.kind == "project"]


SECRETARY_GENERAL = [
    (
        "Kazakh Foreign Minister Murat Nurtleu received SCO Secretary-General Nurlan Yermekbayev in Astana. "
        "The sides discussed preparations for the SCO Council of Heads of State.",
        "other",
    ),
    (
        "Глава МИД Казахстана принял Генерального секретаря ШОС Нурлана Ермекбаева в Астане. "
        "Стороны обсудили подготовку к заседанию Совета глав государств ШОС.",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECRETARY_GENERAL)
def test_receiving_the_secretary_general_is_an_sco_event(text: str, expected: str) -> None:
    """A minister receiving the SCO Secretary-General is not the summit being prepared."""
    assert expected == extract(text).body
