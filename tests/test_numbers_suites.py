"""Forms that public Russian numeral suites test (ITN, number-to-words, numeral parsers), kind by kind.

Each table row is one phrase that must read as exactly one mention covering the whole phrase, with
the exact value and kind (and unit where one applies).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from sco_brief import InputError, find_numbers, parse_number
from tests.strategies import (
    num2words_decimals,
    num2words_money,
    num2words_ordinals,
    roman_ordinal_phrases,
    russian_collective_words,
    styled_digits,
)


def _read(text: str) -> list[tuple[str, Decimal, str, str | None]]:
    return [(m.text, m.value, m.kind, m.unit) for m in find_numbers(text)]


CARDINALS = [
    # Collective numerals count people and paired things; "оба"/"обе" are two.
    ("двое", "2"),
    ("двоих", "2"),
    ("троим", "3"),
    ("четверыми", "4"),
    ("пятеро", "5"),
    ("шестерых", "6"),
    ("семеро", "7"),
    ("восьмерых", "8"),
    ("девятеро", "9"),
    ("десятеро", "10"),
    ("оба", "2"),
    ("обе", "2"),
    ("обоих", "2"),
    ("обеих", "2"),
    ("обеими", "2"),
    # Half and one and a half of a scale.
    ("полмиллиона", "500000"),
    ("полтысячи", "500"),
    ("полмиллиарда", "500000000"),
    ("полтриллиона", "500000000000"),
    ("полсотни", "50"),
    ("полтора миллиона", "1500000"),
    ("полторы тысячи", "1500"),
    ("полутора миллиардов", "1500000000"),
    ("полтораста", "150"),
    ("полтора десятка", "15"),
    ("полторы сотни", "150"),
    # Counting nouns: "десяток", "сотня", "дюжина" multiply like scales.
    ("десяток", "10"),
    ("два десятка", "20"),
    ("трёх десятков", "30"),
    ("сотня", "100"),
    ("три сотни", "300"),
    ("дюжина", "12"),
    ("две дюжины", "24"),
    # Joined and spelt-out forms.
    ("тысяча и одна", "1001"),
    ("одна тысяча двести", "1200"),
    ("одну тысячу двести", "1200"),
    ("миллиард двести миллионов", "1200000000"),
    ("тыща", "1000"),
    ("две тыщи", "2000"),
    ("три с половиной тысячи", "3500"),
    ("двумя с половиной тысячами", "2500"),
    ("восьмьюстами", "800"),
    ("восьмьюдесятью", "80"),
    ("один квадриллион", "1000000000000000"),
    ("два квинтиллиона", "2000000000000000000"),
    ("ста двадцати пяти тысячам", "125000"),
    # Digits in every style.
    ("1 234 567", "1234567"),
    ("1.234.567", "1234567"),
    ("1'000'000", "1000000"),
    ("−5", "-5"),
    ("5,3млн", "5300000"),
    ("100к", "100000"),
    ("2 млрд 351 млн", "2351000000"),
    ("3 тыс.", "3000"),
    ("10-15 тыс.", "15000"),
]


@pytest.mark.parametrize(("text", "expected"), CARDINALS)
def test_cardinals_of_public_suites(text: str, expected: str) -> None:
    """Collectives, "пол-"/"полтора" scales, counting nouns, joined forms and digit styles are one cardinal."""
    found = _read(text)
    assert [(text, Decimal(expected))] == [(t, v) for t, v, _kind, _unit in found]
    assert found[0][2] in ("cardinal", "range")


ORDINALS = [
    ("двухсотпятидесятый", "250"),
    ("трёхсотпятидесятого", "350"),
    ("трёхсотый", "300"),
    ("тысячный", "1000"),
    ("двухтысячный", "2000"),
    ("двухтысячного", "2000"),
    ("стотысячный", "100000"),
    ("стодвадцатиоднотысячный", "121000"),
    ("миллионный", "1000000"),
    ("полуторамиллионный", "1500000"),
    ("десятитысячном", "10000"),
    ("две тысячи двадцать пятого", "2025"),
    ("тысяча и первый", "1001"),
    ("два миллиона тысячный", "2001000"),
    # num2words writes the thousands of some ordinals as ordinals too: still one number.
    ("сто сороковой тысяч восемьсот девяносто второй", "140892"),
    ("сотый тысяч сотый", "100100"),
    # One-word anniversaries are ordinals (the 50th), like "25-летие"; never a metric.
    ("пятидесятилетие", "50"),
    ("семидесятипятилетия", "75"),
    ("двадцатилетию", "20"),
    ("25-летие", "25"),
    ("100-летия", "100"),
    # Roman numerals where the genre puts an ordinal.
    ("XXI", "21"),
    ("ХХI", "21"),  # Cyrillic Х, as Russian texts often type it
]


@pytest.mark.parametrize(("text", "expected"), ORDINALS)
def test_ordinals_of_public_suites(text: str, expected: str) -> None:
    """Compound one-word ordinals, num2words' group ordinals, anniversaries and Roman numerals."""
    assert [(text, Decimal(expected), "ordinal", None)] == _read(text)


ROMAN = [
    ("XXI век", "XXI", "21"),
    ("в XXI веке", "XXI", "21"),
    ("III квартал", "III", "3"),
    ("во II полугодии", "II", "2"),
    ("XXV саммит", "XXV", "25"),
    ("XXV юбилейный саммит ШОС", "XXV", "25"),
    ("XXXIII Олимпийских игр", "XXXIII", "33"),
    ("глава IV", "IV", "4"),
    ("в I квартале", "I", "1"),
    ("V съезд", "V", "5"),
]


@pytest.mark.parametrize(("text", "span", "expected"), ROMAN)
def test_roman_numerals_before_or_after_their_noun_are_ordinals(text: str, span: str, expected: str) -> None:
    """The numeral alone is the span ("XXI", like "24-м"); its noun may be a case form, after adjectives."""
    assert [(span, Decimal(expected), "ordinal")] == [(t, v, k) for t, v, k, _unit in _read(text)]


def test_a_roman_pair_before_one_noun_reads_both() -> None:
    """ "XIX–XX веков" is two ordinals, 19 and 20."""
    assert [("XIX", Decimal(19)), ("XX", Decimal(20))] == [(t, v) for t, v, _k, _u in _read("XIX–XX веков")]


DECIMALS = [
    ("два с четвертью", "2.25"),
    ("пять с половиной", "5.5"),
    ("одна целая две сотых", "1.02"),
    ("две целых три десятых", "2.3"),
    ("ноль целых пять десятых", "0.5"),
    ("двенадцать целых триста сорок пять тысячных", "12.345"),
    ("минус три целых пять десятых", "-3.5"),
    ("тремя целыми двумя десятыми", "3.2"),
    ("одна целая одна вторая", "1.5"),
    ("три и пять десятых", "3.5"),
    ("три и одна четвёртая", "3.25"),
    ("1 1/2", "1.5"),
    ("2 3/4", "2.75"),
    ("1.234.567,89", "1234567.89"),
    ("20.409,6", "20409.6"),
    ("1 234 567,89", "1234567.89"),
    ("сто пятьдесят восемь тысяч сто семьдесят шесть целых пятьдесят тысячных", "158176.05"),
    ("две тысячи одна целая триста пятьдесят три тысячных", "2001.353"),
]


@pytest.mark.parametrize(("text", "expected"), DECIMALS)
def test_decimals_of_public_suites(text: str, expected: str) -> None:
    """Spoken decimals, "с четвертью", mixed fractions and dot-thousands with a decimal comma."""
    assert [(text, Decimal(expected), "decimal", None)] == _read(text)


FRACTIONS = [
    ("пять восьмых", Decimal(5) / 8),
    ("три четверти", Decimal(3) / 4),
    ("две трети", Decimal(2) / 3),
    ("одна вторая", Decimal(1) / 2),
    ("одну вторую", Decimal(1) / 2),
    ("семь двенадцатых", Decimal(7) / 12),
    ("три вторых", Decimal(3) / 2),
    ("тремя четвертями", Decimal(3) / 4),
    ("одна миллионная", Decimal("0.000001")),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS)
def test_fractions_of_public_suites(text: str, expected: Decimal) -> None:
    """A numerator and an ordinal denominator, in any case, is one fraction of its exact value."""
    assert [(text, expected, "fraction", None)] == _read(text)


QUANTITIES = [
    ("полпроцента", "0.5", "percent", "percent"),
    ("полтора процента", "1.5", "percent", "percent"),
    ("пять с половиной процентов", "5.5", "percent", "percent"),
    ("+3,2%", "3.2", "percent", "percent"),
    ("12 1/2 %", "12.5", "percent", "percent"),
    ("полчаса", "0.5", "measure", "hour"),
    ("около полугода", "0.5", "measure", "year"),
    ("пол-литра", "0.5", "measure", "litre"),
    ("полтонны", "0.5", "measure", "ton"),
    ("двое суток", "2", "measure", "day"),
    ("трое суток", "3", "measure", "day"),
    ("20 с лишним лет", "20", "measure", "year"),
    ("20 °C", "20", "measure", "degree"),
    ("−5°С", "-5", "measure", "degree"),
    ("30 градусов Цельсия", "30", "measure", "degree"),
    ("двадцать градусов по Цельсию", "20", "measure", "degree"),
    ("5 л", "5", "measure", "litre"),
    ("5 м2", "5", "measure", "m2"),
    ("4,5 тыс. руб.", "4500", "money", "RUB"),
    ("100 ₽", "100", "money", "RUB"),
    ("₽100", "100", "money", "RUB"),
    ("$100", "100", "money", "USD"),
    ("€50", "50", "money", "EUR"),
    ("¥1000", "1000", "money", "CNY"),
    ("5 млн руб.", "5000000", "money", "RUB"),
    ("2 трлн юаней", "2000000000000", "money", "CNY"),
    ("20 долларов 43 цента", "20.43", "money", "USD"),
    ("5 руб. 50 коп.", "5.5", "money", "RUB"),
    ("пять фунтов стерлингов", "5", "money", "GBP"),
    # num2words spells money with a comma before the subunit; the subunit keeps the first currency.
    ("один рубль, пятьдесят копеек", "1.5", "money", "RUB"),
    ("сто один евро, десять центов", "101.1", "money", "EUR"),
    ("двенадцать тысяч триста сорок пять тенге, шестьдесят семь тиынов", "12345.67", "money", "KZT"),
    ("две тысячи сумов, один тийин", "2000.01", "money", "UZS"),
    ("пять тысяч рублей ноль копеек", "5000", "money", "RUB"),
    # Years: word ordinals before "год" and decades are times, never durations.
    ("тысяча девятьсот восемьдесят четвёртый год", "1984", "year", None),
    ("две тысячи двадцать пятом году", "2025", "year", None),
    ("1990-х годов", "1990", "year", None),
    ("90-е годы", "90", "year", None),
]


@pytest.mark.parametrize(("text", "expected", "kind", "unit"), QUANTITIES)
def test_quantities_of_public_suites(text: str, expected: str, kind: str, unit: str | None) -> None:
    """Half units, temperatures, currency signs and spelt-out sums read whole, with their unit."""
    assert [(text, Decimal(expected), kind, unit)] == _read(text)


def test_something_more_after_a_number_is_a_lower_bound() -> None:
    """ "20 с лишним лет" and "сто с небольшим" are at least 20 and 100."""
    found = [(m.value, m.bound) for text in ("20 с лишним лет", "сто с небольшим") for m in find_numbers(text)]
    assert [(Decimal(20), "lower"), (Decimal(100), "lower")] == found


NOT_NUMBERS = [
    "пара слов",  # "пара" is never read: "пара слов", "в паре с", "пару дней" (about two) are vague
    "пару дней",
    "полдень",
    "пол-Европы",
    "полугодие",
    "десятилетия сотрудничества",  # a decade, not a 10th anniversary
    "в прошлом столетии",
    "CD диск",
    "Пётр I",  # a regnal number after a name is left to names
    "I Форум регионов",  # a lone capital before a capitalised word: an initial as often as a numeral
    "1e6",
    "10^6",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_lookalikes_of_the_new_forms_are_no_numbers(text: str) -> None:
    """ "пара" idioms, "пол-" before other words, decades, stray Latin capitals and notations: no whole mention."""
    assert [] == [m.text for m in find_numbers(text) if m.text == text or m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("две тысячи и три тысячи", [("две тысячи", "2000"), ("три тысячи", "3000")]),
        ("пять и шесть", [("пять", "5"), ("шесть", "6")]),
        ("первый миллион долларов", [("первый", "1"), ("миллион долларов", "1000000")]),
        ("10-ти лет", [("10-ти лет", "10")]),
        ("продано 5 тонн, 20 копеек", [("5 тонн", "5"), ("20 копеек", "0.2")]),
    ],
)
def test_new_joins_stop_where_the_number_stops(text: str, expected: list[tuple[str, str]]) -> None:
    """ "и", a comma and an ordinal before a scale join only what makes one number."""
    assert [(t, Decimal(v)) for t, v in expected] == [(m.text, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("в 3,5 раза", "3.5"), ("на 20%", "20"), ("в 2025 году", "2025"), ("полчаса", "0.5"), ("XXI", "21")],
)
def test_parse_number_lets_an_introducing_preposition_stand(phrase: str, expected: str) -> None:
    """ "в"/"на" before one number do not make the phrase more than a number."""
    assert Decimal(expected) == parse_number(phrase)


@pytest.mark.parametrize("phrase", ["по 5", "в в 5", "в", "пара", "тысяча и", "пять и шесть", "", "абв"])
def test_parse_number_still_rejects_anything_else(phrase: str) -> None:
    """Other words before a number, two numbers or none are an InputError."""
    with pytest.raises(InputError):
        parse_number(phrase)


@given(russian_collective_words())
def test_every_collective_numeral_in_every_case_reads_back(case: tuple[str, int]) -> None:
    """"двое" ... "десятеро", "оба"/"обе" in any case parse back to their count."""
    phrase, n = case
    assert Decimal(n) == parse_number(phrase)


@given(num2words_ordinals())
def test_every_num2words_ordinal_up_to_a_million_reads_back(case: tuple[str, int]) -> None:
    """num2words(n, lang="ru", to="ordinal") inflected by pymorphy3 is one ordinal mention of n."""
    phrase, n = case
    assert [(phrase, Decimal(n), "ordinal")] == [(m.text, m.value, m.kind) for m in find_numbers(phrase)]


@given(roman_ordinal_phrases())
def test_roman_numerals_before_their_noun_read_back(case: tuple[str, int]) -> None:
    """Any Roman numeral 1..3999 before a noun it numbers is the ordinal n."""
    phrase, n = case
    assert [(Decimal(n), "ordinal")] == [(m.value, m.kind) for m in find_numbers(phrase)][:1]


@given(styled_digits())
def test_dot_and_apostrophe_thousands_read_back(case: tuple[str, Decimal]) -> None:
    """ "1.234.567,89", "20.409,6" and "1'234'567" parse back exactly."""
    text, value = case
    assert value == parse_number(text)


RANGES = [
    ("от пяти до десяти", "5", "10", None),
    ("между 5 и 10", "5", "10", None),
    ("между пятью и десятью процентами", "5", "10", "percent"),
    ("пять–семь процентов", "5", "7", "percent"),
    ("5 – 7", "5", "7", None),
    ("5—7", "5", "7", None),
    ("10–12 млрд долларов", "10000000000", "12000000000", "USD"),
    ("от 5 тыс. до 10 тыс.", "5000", "10000", None),
    ("2-3 тыс. человек", "2000", "3000", "person"),
    ("в 3-4 раза", "3", "4", "times"),
    ("в полтора-два раза", "1.5", "2", "times"),
    ("от сорока до пятидесяти одного", "40", "51", None),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGES)
def test_ranges_of_public_suites(text: str, low: str, high: str, unit: str | None) -> None:
    """Both ends of a range, in words or digits, scaled and in the unit of the second."""
    found = [(m.low, m.high, m.unit) for m in find_numbers(text)]
    assert [(Decimal(low), Decimal(high), unit)] == found


def test_range_openers_take_their_own_link() -> None:
    """ "от 5 и 10" is no range: "от" pairs with "до", "между" with "и"."""
    assert ["от 5", "10"] == [m.text for m in find_numbers("от 5 и 10")]


@pytest.mark.parametrize(
    ("text", "value", "approx", "bound"),
    [
        ("ок. 5 млн", "5000000", True, None),
        ("св. 100 человек", "100", False, "lower"),
        ("макс. 10%", "10", False, "upper"),
    ],
)
def test_abbreviated_qualifiers_join_the_span(text: str, value: str, approx: bool, bound: str | None) -> None:
    """ "ок.", "св.", "макс." qualify the number after them like "около", "свыше", "не более"."""
    assert [(text, Decimal(value), approx, bound)] == [(m.text, m.value, m.approx, m.bound) for m in find_numbers(text)]


def test_a_mixed_fraction_may_be_joined_by_and() -> None:
    """ "1 и 3/4" is 1.75, as recipe-style suites write it; "1 и 3" stays two numbers."""
    assert [("1 и 3/4", Decimal("1.75"))] == [(m.text, m.value) for m in find_numbers("1 и 3/4")]
    assert ["1", "3"] == [m.text for m in find_numbers("1 и 3")]


@given(num2words_decimals())
def test_every_num2words_decimal_reads_back(case: tuple[str, Decimal]) -> None:
    """num2words' decimals, a scaled whole part included ("две тысячи одна целая ..."), parse back."""
    phrase, value = case
    assert [(phrase, value, "decimal")] == [(m.text, m.value, m.kind) for m in find_numbers(phrase)]


@given(num2words_money())
def test_every_num2words_sum_reads_back(case: tuple[str, Decimal, str]) -> None:
    """num2words' sums ("..., пятьдесят копеек") are one money mention in the first currency."""
    phrase, value, currency = case
    assert [(phrase, value, currency)] == [(m.text, m.value, m.unit) for m in find_numbers(phrase)]
