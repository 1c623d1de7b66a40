"""Round five (b) of rules widened for real SCO news: one table per rule, each row a phrase the
corpus lacked (Interfax, Montsame, government.by, The Astana Times)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sco_brief import find_numbers
from sco_brief.pipeline import extract
from sco_brief.recognise.names import find_persons

_LEAD = "Генеральный секретарь ШОС выступил на совещании министров обороны ШОС в Минске. "

NAMES = [
    # A first name that is also a common noun, before a surname the dictionary does not know.
    ("Министр обороны Киргизии Улан Джусупов выступил.", "Улан Джусупов"),
    ("Министр обороны Киргизии Алмаз Джусупов выступил.", "Алмаз Джусупов"),
    ("Министр обороны Киргизии Канат Джусупов выступил.", "Канат Джусупов"),
    # Chinese syllables in -й decline like "Андрей".
    ("Министр встретился с министром транспорта Китая Лю Вэем.", "Лю Вэй"),
    # Initials close up to the surname stay as written; spaced ones stay spaced.
    ("Председатель Великого Государственного Хурала Монголии Д.Амарбаясгалан выступил.", "Д.Амарбаясгалан"),
    ("Министр обороны Киргизии М.Т. Абдыкалыков выступил.", "М.Т. Абдыкалыков"),
    # A Kyrgyz patronymic particle ends the name; an indeclinable title takes the case of "с".
    ("Министр встретился с Торага Жогорку Кенеша Нурланбеком Тургунбек уулу.", "Нурланбек Тургунбек уулу"),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES)
def test_participant_names_of_the_genre(sentence: str, expected: str) -> None:
    """The participant's name comes back whole, in the nominative, spaced as written."""
    assert [expected] == [p.name for p in extract(_LEAD + sentence).participants]


def test_mongolian_spelling_of_ulaanbaatar_is_no_person() -> None:
    """Montsame's "Улаанбаатар" dateline is the city, not a person."""
    text = "Улаанбаатар, 24 сентября /МОНЦАМЭ/. Министр выступил."
    assert [] == [p.name for p in find_persons(text, "ru")]


POSITIONS = [
    (
        "Председатель Великого Государственного Хурала Монголии Д.Амарбаясгалан выступил.",
        "Chairman of the State Great Khural",
        "MN",
    ),
    ("Министр встретился с Торага Жогорку Кенеша Нурланбеком Тургунбек уулу.", "Speaker of the Jogorku Kenesh", "KG"),
]


@pytest.mark.parametrize(("sentence", "position", "country"), POSITIONS)
def test_parliament_speaker_titles(sentence: str, position: str, country: str) -> None:
    """Parliament speakers' titles give their English position and their country."""
    person = extract(_LEAD + sentence).participants[0]
    assert (position, country) == (person.position, person.country)


BODIES = [
    (
        "Председатель парламента принял участие в шестой встрече председателей парламентов государств – членов ШОС,"
        " проходившей 22-23 сентября в Бишкеке.",
        ("other", 6, "Bishkek"),
    ),
    (
        "Национальные координаторы государств – членов ШОС провели 20–22 января в Ташкенте очередное заседание."
        " Форум молодежи ШОС пройдет 16–18 апреля в Самарканде.",
        ("other", None, "Tashkent"),
    ),
    ("The 5th Meeting of Speakers of Parliament of SCO member states was held in Bishkek.", ("other", 5, "Bishkek")),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_parliament_and_coordinator_meetings(text: str, expected: tuple[str, int | None, str]) -> None:
    """Meetings of parliament speakers and of national coordinators are SCO events of body "other"."""
    meeting = extract(text)
    assert expected == (meeting.body, meeting.ordinal, meeting.city)


def test_a_table_of_figures_is_no_list_of_directions() -> None:
    """Bulleted "label: figure" rows report figures; they are neither directions nor proposals."""
    text = (
        "The SCO Business Council met in Almaty on June 25. Its chairman presented key figures:\n\n"
        "- trade with SCO countries in 2025: $97.4 billion (+6.1%);\n\n"
        "- share of SCO countries in Kazakhstan's foreign trade: 46%;\n\n"
        "- joint ventures with SCO partners: 5,600.\n"
    )
    assert [] == [(i.kind, i.title) for i in extract(text).initiatives]


def test_directions_named_by_a_verb_after_the_cue() -> None:
    """ "Приоритетными направлениями министр назвал A и B" lists two directions."""
    text = (
        "Министр транспорта принял участие в совещании министров транспорта ШОС в Ханчжоу. Приоритетными"
        " направлениями сотрудничества министр назвал развитие мультимодальных перевозок и подготовку кадров"
        " для транспортной отрасли."
    )
    titles = [i.title for i in extract(text).initiatives if i.kind == "direction"]
    assert 2 == len(titles)
    assert titles[0].startswith("развитие мультимодальных перевозок")
    assert titles[1].startswith("подготовка кадров")


PEOPLE = [
    ("en", "bringing together more than 300 business leaders and bankers", "300"),
    ("en", "some 40 bankers attended", "40"),
    ("ru", "в работе приняли участие 120 депутатов", "120"),
]


@pytest.mark.parametrize(("lang", "text", "value"), PEOPLE)
def test_people_counted_by_their_occupation(lang: str, text: str, value: str) -> None:
    """Leaders, bankers and deputies are people."""
    mention = next(m for m in find_numbers(text, lang) if m.kind != "year")
    assert (Decimal(value), "person") == (mention.value, mention.unit)


ROLES_AND_POSITIONS = [
    (
        "Совещание министров энергетики ШОС прошло в Астане. Заседание провел министр энергетики Казахстана"
        " Ерлан Аккенженов.",
        ("Ерлан Аккенженов", "Minister of Energy", "chair"),
    ),
    (
        "Министр культуры и исламской ориентации Ирана Аббас Салехи выступил на совещании министров культуры ШОС.",
        ("Аббас Салехи", "Minister of Culture and Islamic Guidance", "speaker"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_AND_POSITIONS)
def test_inverted_chair_cue_and_long_ministry_names(text: str, expected: tuple[str, str, str]) -> None:
    """ "Заседание провел Х" makes Х the chair; a long ministry name keeps all its fields."""
    person = extract(text).participants[0]
    assert expected == (person.name, person.position, person.role)


PAKISTANI_FIGURES = [
    ("exports rose 12pc to $4.1bn", [("12", "percent"), ("4100000000", "USD")]),
    ("exports rose 12 pc.", [("12", "percent")]),
    ("the G20 summit", []),
]


@pytest.mark.parametrize(("text", "expected"), PAKISTANI_FIGURES)
def test_pakistani_press_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    """ "12pc" is a percent and "Rs2.5bn" money; letters glued before digits still make a name ("G20")."""
    assert [(Decimal(v), u) for v, u in expected] == [(m.value, m.unit) for m in find_numbers(text, "en")]


FISCAL_YEARS = [
    ("Pakistan's exports to SCO countries rose 12pc in FY2025.", "2024-07-01/2025-06-30"),
    ("India's exports to SCO countries rose 9 percent in FY25.", "2024-04-01/2025-03-31"),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_YEARS)
def test_fiscal_year_named_by_its_last_year(text: str, expected: str) -> None:
    """ "FY2025" and "FY25" are the fiscal year ending in 2025, starting in the country's month."""
    metric = extract("Ministers attended the meeting of SCO trade ministers. " + text).metrics[0]
    assert metric.period is not None
    assert expected == f"{metric.period.start.isoformat()}/{metric.period.end.isoformat()}"


ENGLISH_PEOPLE = [
    (
        "Iran's Defense Minister Brigadier General Aziz Nasirzadeh addressed the meeting of SCO defense ministers.",
        ("sco.other_ministers", "Aziz Nasirzadeh", "Defense Minister"),
    ),
    (
        "RATS Director Lieutenant General Ruslan Mirzayev briefed the RATS Council in Tashkent.",
        ("other", "Ruslan Mirzayev", "Director of the RATS Executive Committee"),
    ),
    (
        "Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal attended the SCO ministerial"
        " meeting on transport.",
        ("sco.other_ministers", "Ahsan Iqbal", "Federal Minister for Planning, Development and Special Initiatives"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_PEOPLE)
def test_ranks_rats_director_and_long_ministries(text: str, expected: tuple[str, str, str]) -> None:
    """Military ranks stand between title and name; RATS's director and long ministry names are titles."""
    meeting = extract(text)
    person = meeting.participants[0]
    assert expected == (meeting.body, person.name, person.position)


ENGLISH_FIGURES = [
    ("container traffic rose by a fifth", [("0.2", "fraction", None)]),
    ("trade grew by a third in 2025", [("0.3333333333333333333333333333", "fraction", None), ("2025", "year", None)]),
    ("transit by a third country", [("3", "ordinal", None)]),
    ("35 bcm of gas", [("35000000000", "measure", "m3")]),
    ("trade grew two-fold", [("2", "multiple", "times")]),
    ("a three-fold rise", [("3", "multiple", "times")]),
    ("a five-year plan", [("5", "cardinal", None)]),
    ("US$5.2 bln", [("5200000000", "money", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_FIGURES)
def test_english_fractions_scales_and_folds(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """ "by a fifth" is a fraction, "bcm" holds a billion, "two-fold" is a multiple, "bln" a scale."""
    assert [(Decimal(v), k, u) for v, k, u in expected] == [(m.value, m.kind, m.unit) for m in find_numbers(text, "en")]


def test_a_range_in_bcm_scales_its_low_end() -> None:
    """ "from 30 to 38 bcm": the baseline borrows the billion of "bcm"."""
    metric = extract(
        "Ministers met at the meeting of SCO energy ministers. Gas supplies rose from 30 to 38 bcm."
    ).metrics[0]
    assert metric.baseline is not None
    assert (Decimal("38000000000"), Decimal("30000000000")) == (metric.value.value, metric.baseline.value)


MONGOLIAN_NAMES = [
    ("Путин провел переговоры с президентом Монголии Ухнаагийном Хурэлсухом.", "Ухнаагийн Хурэлсух"),
    ("Путин провел переговоры с президентом Монголии Ухнаагийн Хурэлсухом.", "Ухнаагийн Хурэлсух"),
    ("Президент Монголии Ухнаагийн Хурэлсух выступил.", "Ухнаагийн Хурэлсух"),
]


@pytest.mark.parametrize(("text", "expected"), MONGOLIAN_NAMES)
def test_mongolian_names_in_russian_cases(text: str, expected: str) -> None:
    """A declined Mongolian patronymic and a surname pymorphy3 guesses as an adjective stay in the name."""
    assert expected == [p.name for p in find_persons(text, "ru")][-1]


POSSESSIVES = [
    (
        "The SCO defense ministers gathered in Bishkek. Russia's Andrei Belousov said Moscow supplied arms."
        " India's Rajnath Singh stayed away.",
        [("Andrei Belousov", "RU"), ("Rajnath Singh", "IN")],
    ),
    ("China's Belt and Road Initiative was discussed at the SCO summit in Astana.", []),
    # Words that define an acronym of their initials name a system or a body, not a person.
    (
        "The SCO finance ministers met in Tianjin. India's Unified Payments Interface (UPI) now processes"
        " billions of transactions.",
        [],
    ),
    ("The SCO defense ministers met in Qingdao. Pakistan's Khawaja Asif (PML-N) attended.", [("Khawaja Asif", "PK")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_country_possessive_vouches_for_an_english_name(text: str, expected: list[tuple[str, str]]) -> None:
    """Analysis prose names people as "Russia's Andrei Belousov": a person, of that country."""
    assert expected == [(p.name, p.country) for p in extract(text).participants]


MONTSAME_MONEY = [
    ("товарооборот составил 16,8 млрд ам.долл.", ("16800000000", "USD")),
    ("инвестиции в 1,2 млн ам. долл.", ("1200000", "USD")),
    ("бюджет в 500 млрд тугриков", ("500000000000", "MNT")),
    ("500 млрд монгольских тугриков", ("500000000000", "MNT")),
]


@pytest.mark.parametrize(("text", "expected"), MONTSAME_MONEY)
def test_montsame_currencies(text: str, expected: tuple[str, str]) -> None:
    """Montsame's "ам.долл." is US dollars (the abbreviated adjective is skipped); the tugrik is MNT."""
    mention = next(m for m in find_numbers(text, "ru") if m.kind != "year")
    assert (Decimal(expected[0]), expected[1]) == (mention.value, mention.unit)
