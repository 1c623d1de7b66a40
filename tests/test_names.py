"""Tests of sco_brief.recognise.names: person names, titles, and names back in the nominative."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise._gazetteer_names import nominative
from sco_brief.recognise.names import find_persons, find_titles


@pytest.mark.parametrize(
    ("words", "case", "expected"),
    [
        ("Михаилом Мишустиным", "ablt", "Михаил Мишустин"),
        ("Михаила Мишустина", "gent", "Михаил Мишустин"),
        ("Ли Цяна", "gent", "Ли Цян"),
        ("Шахбаза Шарифа", "gent", "Шахбаз Шариф"),
        ("Касым-Жомарта Токаева", "gent", "Касым-Жомарт Токаев"),
        ("Ван И", "gent", "Ван И"),
        ("Кохир Расулзода", "gent", "Кохир Расулзода"),
        ("Сергея Лаврова", "gent", "Сергей Лавров"),
        ("Оксаны Лут", "gent", "Оксана Лут"),
        ("Абдуллы Арипова", "gent", "Абдулла Арипов"),
        ("Нарендры Моди", "gent", "Нарендра Моди"),
        ("Олжасом Бектеновым", "ablt", "Олжас Бектенов"),
        ("Л. Кудратова", "gent", "Л. Кудратов"),
        ("Адылбек Касымалиев", "nomn", "Адылбек Касымалиев"),
        ("Михаилом Владимировичем Мишустиным", "ablt", "Михаил Владимирович Мишустин"),
        ("Романом Головченко", "ablt", "Роман Головченко"),
        ("Эмомали Рахмона", "gent", "Эмомали Рахмон"),
    ],
)
def test_nominative(words: str, case: str, expected: str) -> None:
    """Names, known to pymorphy3 or not, decline back to the nominative by their case."""
    assert expected == " ".join(nominative(words.split(), case))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "под председательством Председателя Правительства Российской Федерации Михаила Мишустина",
            [("Михаил Мишустин", "Prime Minister", "RU")],
        ),
        (
            "Премьер Госсовета КНР Ли Цян встретился с премьер-министром Казахстана Олжасом Бектеновым.",
            [("Ли Цян", "Premier of the State Council", "CN"), ("Олжас Бектенов", "Prime Minister", "KZ")],
        ),
        (
            "Председатель Кабинета министров Адылбек Касымалиев",
            [("Адылбек Касымалиев", "Chairman of the Cabinet of Ministers", None)],
        ),
        ("вице-министр транспорта Даурен Алиханов", [("Даурен Алиханов", "Vice Minister of Transport", None)]),
        ("Генеральный секретарь ШОС Нурлан Ермекбаев", [("Нурлан Ермекбаев", "SCO Secretary-General", None)]),
        ("Садыр Жапаров выступил", [("Садыр Жапаров", None, None)]),
        # An adjective opens the title: its noun tells the name's case.
        ("принял Генерального секретаря ШОС Нурлана Ермекбаева", [("Нурлан Ермекбаев", "SCO Secretary-General", None)]),
        # "Токаев" is also a form of a common noun; after a first name it is a surname.
        ("Президент Казахстана Касым-Жомарт Токаев", [("Касым-Жомарт Токаев", "President", "KZ")]),
        # "Jun" is a Chinese given name as well as a month abbreviation.
        ("Chinese Defence Minister Dong Jun said", [("Dong Jun", "Defence Minister", "CN")]),
        ("Председатель КНР Си Цзиньпин", [("Си Цзиньпин", "President", "CN")]),
        ("М.Т. Абдыкалыков сообщил", [("М.Т. Абдыкалыков", None, None)]),
        ("Transport ministers met in Tianjin.", []),
        ("Chinese Premier Li Qiang", [("Li Qiang", "Premier", "CN")]),
        (
            "Minister of Foreign Affairs of the Republic of Belarus Maxim Ryzhenkov",
            [("Maxim Ryzhenkov", "Minister of Foreign Affairs", "BY")],
        ),
        ("External Affairs Minister S. Jaishankar said", [("S. Jaishankar", "External Affairs Minister", None)]),
        (
            "Wang Yi, Minister of Foreign Affairs of the People's Republic of China",
            [("Wang Yi", "Minister of Foreign Affairs", "CN")],
        ),
    ],
)
def test_find_persons_with_titles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Names come back in the nominative with the title next to them and its country."""
    lang = "en" if text.isascii() else "ru"
    found = [p for p in find_persons(text, lang) if p.strong]
    actual = [(p.name, p.title.position if p.title else None, p.title.country if p.title else None) for p in found]
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в Чуйской области", []),
        ("Рогунской ГЭС", []),
        ("По словам министра", []),
        ("проект «Жибек Жолу» на границе", []),
        ("Транспортная взаимосвязанность. Цифровизация.", []),
    ],
)
def test_not_names(text: str, expected: list[str]) -> None:
    """Adjectives, quoted project names and section headings are not people."""
    assert expected == [p.name for p in find_persons(text) if p.strong]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("министр инвестиций, промышленности и торговли", "Minister of Investment, Industry and Trade"),
        ("Министр энергетики Российской Федерации", "Minister of Energy"),
        ("Глава кабмина", "Chairman of the Cabinet of Ministers"),
        ("Премьер Государственного совета Китайской Народной Республики", "Premier of the State Council"),
    ],
)
def test_title_positions(text: str, expected: str) -> None:
    """Ministry fields compose into the canonical English position."""
    assert [expected] == [t.position for t in find_titles(text)]


def test_deputy_and_minister_merge() -> None:
    """Two titles joined by "and" make one double position with the country of the second."""
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs of the Islamic Republic of Pakistan Mohammad Ishaq Dar"
    )
    titles = list(find_titles(text, "en"))
    assert [("Deputy Prime Minister and Minister of Foreign Affairs", "PK")] == [
        (t.position, t.country) for t in titles
    ]


@given(st.text(max_size=200), st.sampled_from(["ru", "en"]))
def test_never_raises(text: str, lang: str) -> None:
    """Any string gives person mentions whose spans slice their own text."""
    for person in find_persons(text, lang):
        assert person.text == person.span.slice(text)
