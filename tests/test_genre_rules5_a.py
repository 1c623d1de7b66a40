"""Rules widened in the fifth genre round (tests/genre/59-66): one table per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract
from sco_brief.recognise.names import find_persons
from sco_brief.recognise.numbers import find_numbers

NAMES = [
    # mid.ru writes initials close up to the surname: the name keeps that spelling.
    ("встреча Министра иностранных дел Российской Федерации С.В.Лаврова с коллегой.", ["С.В.Лавров"]),
    ("Министром иностранных дел Исламской Республики Иран А.Аракчи.", ["А.Аракчи"]),
    ("Председатель кыргызской части Делового совета ШОС М. Т. Абдыкалыков", ["М.Т. Абдыкалыков"]),
    # A first name pymorphy3 reads as a common noun ("улан"), between a title and a surname.
    (
        "Директор Исполнительного комитета Региональной антитеррористической структуры ШОС Улан Ниязбеков.",
        ["Улан Ниязбеков"],
    ),
    ("с Директором Исполнительного комитета РАТС ШОС Уланом Ниязбековым", ["Улан Ниязбеков"]),
    # A surname pymorphy3 reads as a common noun ("Джума"), right after a first name.
    ("Как отметил министр энергетики Республики Таджикистан Далер Джума, мощность растёт.", ["Далер Джума"]),
    # A genitive noun after a title stays out of the name.
    ("Секретарь Совета Безопасности Иванов выступил.", ["Иванов"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_initials_and_names_read_as_common_nouns(text: str, expected: list[str]) -> None:
    """Close-up initials keep their spelling; a noun-like first name or surname joins the name."""
    assert expected == [p.name for p in find_persons(text)]


BODIES = [
    (
        "14 июля в Чолпон-Ате на полях заседания Совета министров иностранных дел государств – членов ШОС "
        "состоялась встреча Министра иностранных дел Российской Федерации С.В.Лаврова с Министром "
        "иностранных дел Ирана А.Аракчи.",
        "bilateral",
    ),
    ("В Бишкеке прошла встреча министров иностранных дел государств – членов ШОС.", "sco.foreign_ministers"),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_one_ministers_meeting_is_talks(text: str, expected: str) -> None:
    """ "встреча Министра ... с ..." is one minister's talks; "встреча министров" is their meeting."""
    assert expected == extract(text).body


PERIODS = [
    ("From January to September, more than 1,000 freight trains departed from the hub.", "2026-01-01/2026-09-30"),
    ("Between January and June 2025, 300 freight trains departed from the hub.", "2025-01-01/2025-06-30"),
    ("С января по сентябрь с хаба отправлено более 1000 поездов.", "2026-01-01/2026-09-30"),
    # A founding year dates the organisation, not the figures of the sentence.
    ("The SCO, founded in 2001, has 10 member states.", None),
    ("ШОС, созданная в 2001 году, объединяет 10 государств.", None),
    # After the figure such a year still dates it; a year with no founding word governs as before.
    ("Some 1,200 companies established in 2025 export goods.", "2025-01-01/2025-12-31"),
    ("В 2025 году, по данным ведомства, экспорт вырос на 5%.", "2025-01-01/2025-12-31"),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_month_ranges_in_words_and_founding_years(text: str, expected: str | None) -> None:
    """ "From January to September" is a period; "founded in 2001" frames no figure."""
    period = extract(text, published=dt.date(2026, 10, 20)).metrics[0].period
    assert expected == (None if period is None else f"{period.start}/{period.end}")


COUNTED = [
    ("more than 1,000 China-Europe and China-Central Asia freight trains departed", ("1000", "train")),
    ("1,000 China-Europe freight trains departed", ("1000", "train")),
    # A capitalised counted noun is still the noun, not a name to skip.
    ("It has 10 Member States of the SCO.", ("10", "member")),
    ("about 3 Kazakhstan and", ("3", None)),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_names_before_an_english_counted_noun(text: str, expected: tuple[str, str | None]) -> None:
    """Capitalised place names (joined by "and") between a number and its noun are skipped."""
    number = next(iter(find_numbers(text, lang="en")))
    assert expected == (str(number.value), number.unit)


RUSSIAN_COUNTED = [
    ("реализуются 52 совместных с партнерами по ШОС инвестиционных проекта", ("52", "project")),
    ("реализуются 300 совместных проектов", ("300", "project")),
    ("рост на 5 процентов по сравнению с прошлым годом", ("5", "percent")),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN_COUNTED)
def test_a_phrase_inside_the_adjectives_of_a_count(text: str, expected: tuple[str, str | None]) -> None:
    """A prepositional phrase between two adjectives of a counted noun does not hide the noun."""
    number = next(iter(find_numbers(text, lang="ru")))
    assert expected == (str(number.value), number.unit)
