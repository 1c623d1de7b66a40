"""Tables of Russian numbers: one phrase, one mention, the exact value, kind and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sco_brief import InputError, find_numbers, parse_number

THIRD = Decimal(1) / Decimal(3)
TWO_THIRDS = Decimal(2) / Decimal(3)


def _one(text: str, lang: str = "ru") -> tuple[str, Decimal, str, str | None]:
    mentions = list(find_numbers(text, lang))
    assert 1 == len(mentions), [m.text for m in mentions]
    m = mentions[0]
    return m.text, m.value, m.kind, m.unit


WORDS = [
    ("двести тридцать пять тысяч четыреста", "235400"),
    ("пять", "5"),
    ("пяти", "5"),
    ("пятью", "5"),
    ("один", "1"),
    ("одного", "1"),
    ("одному", "1"),
    ("одним", "1"),
    ("одном", "1"),
    ("одна", "1"),
    ("одну", "1"),
    ("одной", "1"),
    ("восьми", "8"),
    ("восемьюдесятью двумя", "82"),
    ("двадцати трём", "23"),
    ("двадцати трем", "23"),
    ("сорока", "40"),
    ("девяноста девяти", "99"),
    ("ста", "100"),
    ("семистах", "700"),
    ("тысяча", "1000"),
    ("одна тысяча девятьсот девяносто шесть", "1996"),
    ("два миллиона триста тысяч", "2300000"),
    ("восемьсот восемьдесят восемь миллиардов", "888000000000"),
    ("триллион", "1000000000000"),
    ("ноль", "0"),
    ("трое", "3"),
    ("пятерых", "5"),
    ("полторы тысячи", "1500"),
    ("полутора миллионов", "1500000"),
    ("полмиллиона", "500000"),
    ("два десятка", "20"),
    ("пять сотен", "500"),
    ("три с половиной миллиона", "3500000"),
    ("пять тыс.", "5000"),
    ("минус пять", "-5"),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_cardinal_words_in_any_case(text: str, expected: str) -> None:
    """Cardinals in words, in every case and gender, read as one mention with the exact value."""
    assert (text, Decimal(expected)) == _one(text)[:2]


ORDINALS = [
    ("сто двадцать первого", "121"),
    ("две тысячи двадцать пятый", "2025"),
    ("тысяча девятьсот девяносто шестого", "1996"),
    ("двадцать первого", "21"),
    ("двадцать четвёртом", "24"),
    ("двадцать четвертом", "24"),
    ("восемнадцатое", "18"),
    ("сороковых", "40"),
    ("двухтысячном", "2000"),
    ("двадцатипятитысячный", "25000"),
    ("миллионного", "1000000"),
    ("24-м", "24"),
    ("24\u2011го", "24"),
    ("24\u2010го", "24"),
    ("24\u2013м", "24"),
    ("2025-го", "2025"),
    ("1-ая", "1"),
    ("3-й", "3"),
]


@pytest.mark.parametrize(("text", "expected"), ORDINALS)
def test_ordinals_in_words_and_digits(text: str, expected: str) -> None:
    """Ordinals in any case, and digits with a suffix after any kind of hyphen."""
    assert (text, Decimal(expected), "ordinal") == _one(text)[:3]


FRACTIONS = [
    ("пять восьмых", Decimal("0.625"), "fraction"),
    ("две третьих", TWO_THIRDS, "fraction"),
    ("две трети", TWO_THIRDS, "fraction"),
    ("одна десятая", Decimal("0.1"), "fraction"),
    ("одной пятой", Decimal("0.2"), "fraction"),
    ("три четверти", Decimal("0.75"), "fraction"),
    ("треть", THIRD, "fraction"),
    ("четверть", Decimal("0.25"), "fraction"),
    ("половина", Decimal("0.5"), "fraction"),
    ("пятая часть", Decimal("0.2"), "fraction"),
    ("1/5", Decimal("0.2"), "fraction"),
    ("¾", Decimal("0.75"), "fraction"),
    ("1½", Decimal("1.5"), "decimal"),
    ("семь десятитысячных", Decimal("0.0007"), "fraction"),
    ("три целых пять десятых", Decimal("3.5"), "decimal"),
    ("ноль целых семьсот двадцать девять тысячных", Decimal("0.729"), "decimal"),
    ("две целых и три десятых", Decimal("2.3"), "decimal"),
    ("три с половиной", Decimal("3.5"), "decimal"),
    ("полтора", Decimal("1.5"), "decimal"),
    ("три запятая пять", Decimal("3.5"), "decimal"),
    ("ноль запятая ноль пять", Decimal("0.05"), "decimal"),
    ("три целых двадцать пять", Decimal("3.25"), "decimal"),
    ("полутора", Decimal("1.5"), "decimal"),
]


@pytest.mark.parametrize(("text", "expected", "kind"), FRACTIONS)
def test_fractions_and_decimals_in_words(text: str, expected: Decimal, kind: str) -> None:
    """Fractions keep their own value (1/3, not 33.33); decimals in words add up exactly."""
    assert (text, expected, kind) == _one(text)[:3]


DIGITS = [
    ("1 234 567,89", "1234567.89"),
    ("1\u00a0234\u00a0567", "1234567"),
    ("1\u202f234\u202f567", "1234567"),
    ("1\u2009234\u2009567", "1234567"),
    ("3,5", "3.5"),
    ("3.5", "3.5"),
    ("1,234,567", "1234567"),
    ("−5", "-5"),
    ("-5", "-5"),
    ("5,3млн", "5300000"),
    ("5,3 млн", "5300000"),
    ("100к", "100000"),
    ("2 млрд 351 млн", "2351000000"),
    ("1,2 трлн", "1200000000000"),
    ("3 тыс.", "3000"),
    ("5,2 млрд", "5200000000"),
    ("3 с половиной тысячи", "3500"),
    ("13 тысяч", "13000"),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_digits_with_separators_signs_and_scales(text: str, expected: str) -> None:
    """Every thousand separator, decimal comma, sign and glued scale word reads exactly."""
    assert (text, Decimal(expected)) == _one(text)[:2]


QUANTITIES = [
    ("75 процентов", "75", "percent", "percent"),
    ("75%", "75", "percent", "percent"),
    ("75 %", "75", "percent", "percent"),
    ("3,1 проц.", "3.1", "percent", "percent"),
    ("2,5 п.п.", "2.5", "percent", "percent"),
    ("двадцать пять процентов", "25", "percent", "percent"),
    ("-10%", "-10", "percent", "percent"),
    ("3,5 раза", "3.5", "multiple", "times"),
    ("вдвое", "2", "multiple", "times"),
    ("втрое", "3", "multiple", "times"),
    ("вчетверо", "4", "multiple", "times"),
    ("пять раз", "5", "multiple", "times"),
    ("$66 млрд", "66000000000", "money", "USD"),
    ("66 млрд долларов США", "66000000000", "money", "USD"),
    ("5 млн. долл. США", "5000000", "money", "USD"),
    ("33,1 трлн рублей", "33100000000000", "money", "RUB"),
    ("два миллиарда юаней", "2000000000", "money", "CNY"),
    ("2,5 тыс руб.", "2500", "money", "RUB"),
    ("20 долларов 43 цента", "20.43", "money", "USD"),
    ("два рубля пятьдесят копеек", "2.5", "money", "RUB"),
    ("двадцать копеек", "0.2", "money", "RUB"),
    ("500 сомов", "500", "money", "KGS"),
    ("1 млн тенге", "1000000", "money", "KZT"),
    ("10 тыс. сумов", "10000", "money", "UZS"),
    ("40 сомони", "40", "money", "TJS"),
    ("5 млрд индийских рупий", "5000000000", "money", "INR"),
    ("5 млрд пакистанских рупий", "5000000000", "money", "PKR"),
    ("7 млн евро", "7000000", "money", "EUR"),
    ("12 часов", "12", "measure", "hour"),
    ("трое суток", "3", "measure", "day"),
    ("пять лет", "5", "measure", "year"),
    ("4,5 млн тонн", "4500000", "measure", "ton"),
    ("760 км", "760", "measure", "km"),
    ("5 м²", "5", "measure", "m2"),
    ("100 км/ч", "100", "measure", "km_h"),
    ("сто километров в час", "100", "measure", "km_h"),
    ("1 млн TEU", "1000000", "measure", "TEU"),
    ("6 ГВт", "6", "measure", "GW"),
    ("35 млрд кубометров", "35000000000", "measure", "m3"),
    ("8 миллионов граждан", "8000000", "measure", "person"),
    ("1,5 млн туристов", "1500000", "measure", "person"),
    ("сто человек", "100", "measure", "person"),
    ("300 совместных проектов", "300", "measure", "project"),
    ("20 документов", "20", "measure", "document"),
    ("23 государств", "23", "measure", "country"),
    ("200 рейсов", "200", "measure", "flight"),
    ("800 грузовых автомобилей", "800", "measure", "vehicle"),
    ("13 тысяч ледников", "13000", "measure", "glacier"),
    ("150 мероприятий", "150", "measure", "event"),
    ("590 тыс. контейнеров в двадцатифутовом эквиваленте", "590000", "measure", "TEU"),
    ("третье место", "3", "ordinal", "rank"),
    ("2025 году", "2025", "year", None),
]


@pytest.mark.parametrize(("text", "expected", "kind", "unit"), QUANTITIES)
def test_percent_multiples_money_and_measures(text: str, expected: str, kind: str, unit: str | None) -> None:
    """Units from the documented vocabulary; the span covers the unit and the counted noun."""
    assert (text, Decimal(expected), kind, unit) == _one(text)


QUALIFIED = [
    ("около 8 миллионов граждан", "около 8 миллионов граждан", True, None),
    ("порядка 57%", "порядка 57%", True, None),
    ("примерно 5 тонн", "примерно 5 тонн", True, None),
    ("почти вдвое", "почти вдвое", True, None),
    ("почти в два раза", "почти в два раза", True, None),
    ("приблизительно 10 км", "приблизительно 10 км", True, None),
    ("более 20 документов", "более 20 документов", False, "lower"),
    ("свыше 200 рейсов", "свыше 200 рейсов", False, "lower"),
    ("превысил 380 млрд долларов", "превысил 380 млрд долларов", False, "lower"),
    ("не менее 6 ГВт", "не менее 6 ГВт", False, "lower"),
    ("более чем на 20%", "более чем на 20%", False, "lower"),
    ("менее 5%", "менее 5%", False, "upper"),
    ("не более 10 дней", "не более 10 дней", False, "upper"),
    ("до 800 грузовых автомобилей", "до 800 грузовых автомобилей", False, "upper"),
    ("вырос до 5 млрд долларов", "5 млрд долларов", False, None),
    ("скидки до 5%", "до 5%", False, "upper"),
    ("в 3,5 раза", "3,5 раза", False, None),
    ("на 20%", "20%", False, None),
]


@pytest.mark.parametrize(("text", "span", "approx", "bound"), QUALIFIED)
def test_qualifiers_set_approx_and_bound(text: str, span: str, approx: bool, bound: str | None) -> None:
    """Qualifiers join the span; "до" after a verb of change is a level, not a limit."""
    mentions = list(find_numbers(text))
    assert [(span, approx, bound)] == [(m.text, m.approx, m.bound) for m in mentions]


def test_upto_after_a_rate_of_change_is_the_level_reached() -> None:
    """"вырос на 15,3% (до 2,1 млрд долларов)": the second figure is a level, with no bound."""
    found = [(m.text, m.bound) for m in find_numbers("вырос на 15,3% (до 2,1 млрд долларов)")]
    assert [("15,3%", None), ("2,1 млрд долларов", None)] == found


PAIRS = [
    ("от 5 до 10", "от 5 до 10", "5", "10", False, None),
    ("2020-2024", "2020-2024", "2020", "2024", False, None),
    ("5–7 млн тонн", "5–7 млн тонн", "5000000", "7000000", False, "ton"),
    ("с пяти до одного часа", "с пяти до одного часа", "5", "1", True, "hour"),
    ("с 3 дней до 6 часов", "с 3 дней до 6 часов", "72", "6", True, "hour"),
    ("сократилось с 48 до 12 часов", "с 48 до 12 часов", "48", "12", True, "hour"),
    ("с 2020 по 2024 год", "с 2020 по 2024 год", "2020", "2024", False, None),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "from_to", "unit"), PAIRS)
def test_ranges_and_from_to_pairs(text: str, span: str, low: str, high: str, from_to: bool, unit: str | None) -> None:
    """A range or a change is one mention: value is the high / "to" end, low in its unit."""
    mentions = list(find_numbers(text))
    expected = [(span, Decimal(low), Decimal(high), Decimal(high), from_to, unit)]
    assert expected == [(m.text, m.low, m.high, m.value, m.from_to, m.unit) for m in mentions]


NOT_QUANTITIES = [
    "позвоните по телефону +7 (495) 123-45-67",
    "тел. 8 800 555 35 35",
    "тел.: 123-45-67",
    "в 9:20",
    "18.11.2025",
    "18.11 состоялось",
    "в 10.30 начнётся",
    "2025-11-18",
    "приказ № 123-р",
    "постановление № 7/25",
    "однако",
    "Троицк",
    "ещё раз",
    "создать семью и",
    "тысячи туристов",
    "сотни тысяч",
    "COVID-19",
    "саммит G20",
    "сеть 5G",
    "18 ноября",
    "17–18 ноября",
    "1) создать",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    """Phones, times, dates, document numbers and look-alike words give no mention."""
    assert [] == [m.text for m in find_numbers(text)]


def test_longest_reading_wins_and_spans_do_not_overlap() -> None:
    """ "два миллиарда юаней" is one mention, not three, and the seed reads as it should."""
    text = "За девять месяцев 2025-го КР посетили около 8 миллионов граждан, а товарооборот вырос в 3,5 раза."
    found = [(m.text, m.kind) for m in find_numbers(text)]
    expected = [
        ("девять месяцев", "measure"),
        ("2025-го", "ordinal"),
        ("около 8 миллионов граждан", "measure"),
        ("3,5 раза", "multiple"),
    ]
    assert expected == found


def test_counted_noun_is_named_even_without_a_unit() -> None:
    """An unknown counted noun leaves the span but still names the subject by its lemma."""
    mentions = list(find_numbers("четыре предложения"))
    assert [("четыре", None, "предложение")] == [(m.text, m.unit, m.noun) for m in mentions]


PARSE = [
    ("двести тридцать пять", "235"),
    ("  1 234 567,89 ", "1234567.89"),
    ("двадцать пять процентов", "25"),
    ("минус пять", "-5"),
    ("полторы тысячи", "1500"),
]


@pytest.mark.parametrize(("phrase", "expected"), PARSE)
def test_parse_number_reads_one_number(phrase: str, expected: str) -> None:
    """parse_number returns the value of a phrase that is exactly one number."""
    assert Decimal(expected) == parse_number(phrase)


@pytest.mark.parametrize("phrase", ["", "однако", "пять и шесть", "5 и 6", "около пяти лет назад", "18.11.2025"])
def test_parse_number_raises_on_anything_else(phrase: str) -> None:
    """No number, two numbers, or a number with more text around it is an InputError."""
    with pytest.raises(InputError):
        parse_number(phrase)


def test_parse_number_rejects_an_unknown_language() -> None:
    """parse_number names the bad language; find_numbers reads an unknown one as Russian."""
    with pytest.raises(InputError, match="'lang'"):
        parse_number("пять", lang="de")
    assert [Decimal(5)] == [m.value for m in find_numbers("пять", lang="de")]
