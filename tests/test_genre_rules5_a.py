"""Rules widened in the fifth genre round (tests/genre/59-66): one table per rule."""

from __future__ import annotations

import pytest

from sco_brief.pipeline import extract
from sco_brief.recognise.names import find_persons

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
