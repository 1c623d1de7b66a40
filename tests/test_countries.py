"""Tests of sco_brief.recognise.countries: states and cities named in Russian and English text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise.countries import capital_of, city_country, find_cities, find_countries


def _found(text: str, lang: str = "ru") -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.form) for m in find_countries(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кыргызская Республика", [("Кыргызская Республика", "KG", "name")]),
        ("Президента Кыргызской Республики", [("Кыргызской Республики", "KG", "name")]),
        ("председательства Кыргызстана в ШОС", [("Кыргызстана", "KG", "name")]),
        ("делегация Киргизии", [("Киргизии", "KG", "name")]),
        ("кыргызская сторона продолжит", [("кыргызская", "KG", "adjective")]),
        ("позиция КР", [("КР", "KG", "abbr")]),
        ("Премьер Госсовета КНР", [("КНР", "CN", "abbr")]),
        ("с китайскими партнёрами", [("китайскими", "CN", "adjective")]),
        ("Премьер-министр Республики Казахстан", [("Республики Казахстан", "KZ", "name")]),
        ("Президента Российской Федерации", [("Российской Федерации", "RU", "name")]),
        ("российской стороне", [("российской", "RU", "adjective")]),
        ("Премьер-министра Республики Индии", [("Республики Индии", "IN", "name")]),
        ("в Белоруссии", [("Белоруссии", "BY", "name")]),
        ("Объединённых Арабских Эмиратов", [("Объединённых Арабских Эмиратов", "AE", "name")]),
        ("из Шри-Ланки", [("Шри-Ланки", "LK", "name")]),
        ("министр энергетики ИРИ", [("ИРИ", "IR", "abbr")]),
        ("в Бишкеке", [("Бишкеке", "KG", "capital")]),
        ("Chinese Premier Li Qiang", [("Chinese", "CN", "adjective")]),
        ("Pakistan's trade", [("Pakistan", "PK", "name")]),
        ("the People's Republic of China", [("People's Republic of China", "CN", "name")]),
        ("Kyrgyz Republic", [("Kyrgyz Republic", "KG", "name")]),
    ],
)
def test_find_countries_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Every name form of a state resolves to its ISO alpha-2 code and says which form it was."""
    lang = "en" if text.isascii() else "ru"
    assert expected == _found(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министерства транспорта РК", []),
        ("Казахстан. Министерства транспорта РК", [("Казахстан", "KZ", "name"), ("РК", "KZ", "abbr")]),
        ("Республика Татарстан и РТ", []),
        ("Таджикистан и РТ", [("Таджикистан", "TJ", "name"), ("РТ", "TJ", "abbr")]),
        ("рк и кр", []),
    ],
)
def test_ambiguous_abbreviations_need_context(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "РК"/"РТ"/"РБ" name a state only when the same text names it unambiguously; case matters."""
    assert expected == _found(text)


def test_forms_filter_leaves_out_capitals() -> None:
    """Asking for names and adjectives only drops capitals, which often just say where."""
    found = find_countries("в Москве российская сторона", forms=("name", "adjective"))
    assert [("российская", "RU", "adjective")] == [(m.text, m.code, m.form) for m in found]


def test_spans_point_into_the_text() -> None:
    """Each mention's span slices exactly its text out of the input."""
    text = "Садыр Жапаров (Кыргызстан) встретился с Президентом Китайской Народной Республики."
    for mention in find_countries(text):
        assert mention.text == mention.span.slice(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в Москве", [("Москве", "Moscow")]),
        ("в г. Москве", [("Москве", "Moscow")]),
        ("во Владивостоке", [("Владивостоке", "Vladivostok")]),
        ("в Тяньцзине", [("Тяньцзине", "Tianjin")]),
        ("в Чолпон-Ате", [("Чолпон-Ате", "Cholpon-Ata")]),
        ("в Урумчи", [("Урумчи", "Urumqi")]),
        ("в Исламабаде", [("Исламабаде", "Islamabad")]),
        ("ТЯНЬЦЗИНЬ, 1 сентября", [("ТЯНЬЦЗИНЬ", "Tianjin")]),
        ("в Нур-Султане", [("Нур-Султане", "Astana")]),
        ("held in Tianjin", [("Tianjin", "Tianjin")]),
        ("a male delegate", []),
    ],
)
def test_find_cities_table(text: str, expected: list[tuple[str, str]]) -> None:
    """Cities in any case form resolve to their English names."""
    lang = "en" if text.isascii() else "ru"
    assert expected == [(m.text, m.name) for m in find_cities(text, lang=lang)]


def test_capitals_and_city_countries() -> None:
    """The capitals table resolves "столица Кыргызстана" to Bishkek and cities back to states."""
    assert ("Bishkek", "Moscow", None) == (capital_of("KG"), capital_of("RU"), capital_of("XX"))
    assert ("CN", "KG", None) == (city_country("Tianjin"), city_country("Cholpon-Ata"), city_country("Atlantis"))


@given(st.text(max_size=200), st.sampled_from(["ru", "en", "xx"]))
def test_never_raises(text: str, lang: str) -> None:
    """Any string in any language gives mentions whose spans slice their own text."""
    for mention in find_countries(text, lang=lang):
        assert mention.text == mention.span.slice(text)
    for city in find_cities(text, lang=lang):
        assert city.text == city.span.slice(text)
