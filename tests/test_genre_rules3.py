"""Rules widened in the third genre round (tests/genre/31-43): one table per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract
from sco_brief.recognise.numbers import find_numbers


def _figures(text: str, published: dt.date | None = None) -> list[tuple[str, str | None, str, str | None]]:
    """(value, unit, kind, bound) of each metric."""
    metrics = extract(text, published=published).metrics
    return [(str(m.value.value), m.value.unit, m.kind, m.bound) for m in metrics]


RANK_GROUPS = [
    ("входит в тройку ведущих стран", [("тройку", "3", "rank", "upper")]),
    ("вошла в первую десятку лидеров", [("первую десятку", "10", "rank", "upper")]),
    ("остается в пятёрке крупнейших", [("пятёрке", "5", "rank", "upper")]),
    ("две десятки стран", [("две десятки стран", "20", "country", None)]),
    ("первую десятку", [("первую", "1", None, None), ("десятку", "10", None, None)]),
    ("в первую очередь", [("первую", "1", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANK_GROUPS)
def test_a_group_noun_after_v_is_a_rank_reached_or_bettered(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """"в тройку", "в первую десятку" read as a rank with an upper bound; without "в" the noun counts."""
    assert expected == [(m.text, str(m.value), m.unit, m.bound) for m in find_numbers(text, "ru")]


def test_a_rank_group_is_a_rank_metric() -> None:
    """"входит в пятёрку крупнейших инвесторов" is a rank of 5, reached or bettered."""
    text = "Министр заявил, что Россия входит в пятёрку крупнейших инвесторов в регионе."
    assert [("5", "rank", "rank", "upper")] == _figures(text)


EVERY_NTH = [
    ("каждый третий житель планеты", [("каждый третий", "fraction")]),
    ("every fifth citizen", [("every fifth", "fraction")]),
    ("каждую вторую неделю", [("вторую", "ordinal")]),
]


@pytest.mark.parametrize(("text", "expected"), EVERY_NTH)
def test_every_nth_is_one_in_n_but_not_a_frequency(text: str, expected: list[tuple[str, str]]) -> None:
    """"каждый третий" is the fraction 1/3; "каждую вторую неделю" stays an ordinal (a frequency)."""
    lang = "en" if text.isascii() else "ru"
    assert expected == [(m.text, m.kind) for m in find_numbers(text, lang)]


RANGES_AND_ELLIPSES = [
    ("Министр сказал, что торговля растет на 6–7% в год.", [("7", "percent", "change", "upper")]),
    (
        "Министр сказал, что капитал банка может составить от 5 до 10 млрд долларов.",
        [("10000000000", "USD", "level", "upper")],
    ),
    (
        "Товарооборот достиг 12 млрд долларов, экспорт – 5,1 млрд, импорт – 6,9 млрд.",
        [(value, "USD", "level", None) for value in ("12000000000", "5100000000", "6900000000")],
    ),
    ("Министр сказал, что каждый третий житель планеты живет в странах ШОС.", [("33.33", "percent", "share", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES_AND_ELLIPSES)
def test_ranges_in_a_unit_and_currencies_said_once(
    text: str, expected: list[tuple[str, str | None, str, str | None]]
) -> None:
    """A range in a unit is that unit's figure bounded by its upper end; bare scaled figures beside
    money of the same scale in one sentence share its currency; one in N is a share."""
    assert expected == _figures(text)


CHANGES_WRITTEN_AROUND = [
    (
        "The minister said capacity has reached 220 GW, up from 76 GW in 2014.",
        [("220", "GW", "from_to", "76", "up")],
    ),
    ("The minister said that renewables make up about 45% of capacity.", [("45", "percent", "share", None, None)]),
    (
        "Экспорт сократился на 5%, импорт – на 3%.",
        [("5", "percent", "change", None, "down"), ("3", "percent", "change", None, "down")],
    ),
    ("Dar said Pakistan had lost more than 80,000 lives to terrorism.", [("80000", "person", "count", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES_WRITTEN_AROUND)
def test_to_first_changes_phrasal_up_elided_verbs_and_lives(
    text: str, expected: list[tuple[str, str | None, str, str | None, str | None]]
) -> None:
    """"220 GW, up from 76 GW" is a from→to change; "make up 45%" a share; "импорт – на 3%" repeats the
    verb of change said before; lives lost are people."""
    metrics = extract(text).metrics
    baselines = [None if m.baseline is None else str(m.baseline.value) for m in metrics]
    rows = zip(metrics, baselines, strict=True)
    actual = [(str(m.value.value), m.value.unit, m.kind, b, m.direction) for m, b in rows]
    assert expected == actual


def _meeting_row(text: str, published: dt.date | None = None) -> tuple[str | None, str | None, str | None]:
    meeting = extract(text, published=published)
    return meeting.body, meeting.city, None if meeting.start is None else meeting.start.isoformat()


MEETINGS = [
    (
        "Министры юстиции ШОС соберутся в Минске\n\nМИНСК, 2 сентября (БЕЛТА) – Совещание министров юстиции"
        " государств – членов ШОС пройдет 18–19 сентября в Минске.",
        dt.date(2026, 9, 2),
        ("sco.other_ministers", "Minsk", "2026-09-18"),
    ),
    (
        "МИНСК, 18 ноября (БЕЛТА) – Премьер-министр Беларуси принял участие в заседании Совета глав"
        " правительств государств – членов ШОС в Москве.",
        dt.date(2026, 11, 18),
        ("sco.heads_of_government", "Moscow", "2026-11-18"),
    ),
    (
        "Tokayev, Sharif discuss trade on sidelines of SCO summit\n\nASTANA, July 4 (Kazinform) – President"
        " Tokayev met with Prime Minister Shehbaz Sharif on the sidelines of the SCO summit in Astana.",
        dt.date(2026, 7, 4),
        ("bilateral", "Astana", "2026-07-04"),
    ),
    (
        "SCO defence ministers to meet in Bishkek\n\nThe meeting of SCO defence ministers will be held in"
        " Bishkek on June 25.",
        dt.date(2026, 6, 1),
        ("sco.other_ministers", "Bishkek", "2026-06-25"),
    ),
    (
        "Вопрос обсуждался на заседании Совета министров финансов и глав центральных банков государств –"
        " членов ШОС, прошедшем 10 октября в Пекине.",
        dt.date(2026, 10, 11),
        ("sco.other_ministers", "Beijing", "2026-10-10"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), MEETINGS)
def test_datelines_announced_meetings_headline_sidelines_and_finance_councils(
    text: str, published: dt.date, expected: tuple[str | None, str | None, str | None]
) -> None:
    """A dateline's date yields to another date in its sentence; an article naming only an announced
    meeting reports it; "on sidelines" in a headline makes talks bilateral; the finance council is a
    ministers' meeting."""
    assert expected == _meeting_row(text, published)


def _initiatives(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.title) for i in extract(text).initiatives]


INITIATIVES = [
    (
        "Генеральный секретарь ответил на вопросы журналистов.\n\n– Каковы итоги встречи?\n\n– Министры"
        " подготовили документы к саммиту.\n\n– Что дальше?\n\n– Следующий саммит пройдет летом.",
        [],
    ),
    (
        "Li Qiang proposed building an SCO development bank and a China-SCO AI cooperation centre.",
        [("proposal", "SCO development bank"), ("proposal", "China-SCO AI cooperation centre")],
    ),
    (
        "Dar called for the creation of an SCO mechanism to counter terrorist financing.",
        [("proposal", "SCO mechanism to counter terrorist financing")],
    ),
    (
        "Министр транспорта Узбекистана предложил ускорить строительство железной дороги Китай – Кыргызстан –"
        " Узбекистан и создать в ШОС единую цифровую платформу для транзита.",
        [("project", "железная дорога Китай – Кыргызстан – Узбекистан"),
         ("proposal", "единая цифровая платформа для транзита")],
    ),
]


INVITATIONS_TO_JOIN = [
    (
        "He invited SCO members to join the International Solar Alliance and proposed an SCO green hydrogen"
        " partnership.",
        [("proposal", "International Solar Alliance"), ("proposal", "SCO green hydrogen partnership")],
    ),
    ("He urged member states to join hands to fight terrorism.", []),
    (
        "Kulubaev called for closer cooperation in water management.",
        [("direction", "closer cooperation in water management")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVITATIONS_TO_JOIN)
def test_an_invitation_to_join_a_body_proposes_it_but_joining_hands_does_not(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """"invited ... to join the X Alliance" proposes the alliance; "join hands" is an idiom; a call for
    closer cooperation names a priority area (a direction)."""
    assert sorted(expected) == sorted(_initiatives(text))


@pytest.mark.parametrize(("text", "expected"), INITIATIVES)
def test_interviews_coordinated_objects_purpose_names_and_verbs_after_long_projects(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Dash lines with questions are an interview, no list; "X and a Y" are two objects; "a mechanism to
    counter X" keeps its purpose; "и создать" after a long project name still proposes."""
    assert sorted(expected) == sorted(_initiatives(text))


PARTICIPANTS = [
    (
        "Премьер-министр Азербайджана Али Асадов выступил на заседании Совета глав правительств ШОС.",
        ["Али Асадов"],
    ),
    (
        "Russian Interior Minister Vladimir Kolokoltsev held talks with his Kyrgyz counterpart Ulan Niyazbekov.",
        ["Vladimir Kolokoltsev", "Ulan Niyazbekov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPANTS)
def test_names_read_as_function_words_and_counterparts_without_titles(text: str, expected: list[str]) -> None:
    """"Али" is a first name before a surname, not the conjunction; a name right after "counterpart"
    is a participant of the talks even with no title."""
    assert expected == [p.name for p in extract(text).participants]


ROUTES = [
    ("Время доставки грузов по коридору Китай – Кыргызстан – Узбекистан сокращено с 12 до 7 суток.", []),
    (
        "Министр предложил ускорить строительство железной дороги Китай – Кыргызстан – Узбекистан.",
        [("project", "железная дорога Китай – Кыргызстан – Узбекистан")],
    ),
    ("Cargo shipped via the Middle Corridor rose by 12 percent.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUTES)
def test_a_corridor_goods_travel_along_is_no_project(text: str, expected: list[tuple[str, str]]) -> None:
    """A corridor after "по"/"via" in a statistic is the route used; a railway to be built stays a project."""
    assert expected == _initiatives(text)


def test_za_god_after_a_dated_figure_is_that_year() -> None:
    """"за год" with no date of its own is the year the figure before it is about."""
    text = (
        "В 2025 году объем перевозок вырос на 24% и составил 95 тыс. ДФЭ. Всего через пункты пропуска"
        " за год прошло около 1,3 млн грузовых автомобилей."
    )
    periods = [(str(m.value.value), m.period.label if m.period else None) for m in extract(text).metrics]
    assert ("1300000", "2025") == periods[-1]


NUMBER_OF = [
    ("Число запросов о правовой помощи выросло почти вдвое – до 4,5 тысячи в год.", ("4500", "request")),
    ("The number of requests doubled to 4,500 a year.", ("4500", "request")),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_OF)
def test_a_bare_count_counts_the_noun_after_chislo(text: str, expected: tuple[str, str]) -> None:
    """"число запросов ... – до 4,5 тысячи" counts requests ("в год" is no counted noun)."""
    counts = [(str(m.value.value), m.value.unit) for m in extract(text).metrics if m.kind == "count"]
    assert [expected] == counts


def test_a_year_after_an_up_from_baseline_is_the_baseline_s() -> None:
    """"has reached 220 GW, up from 76 GW in 2014": 2014 dates the baseline, not the figure."""
    metrics = extract("The minister said capacity has reached 220 GW, up from 76 GW in 2014.").metrics
    assert [("220", None)] == [(str(m.value.value), m.period) for m in metrics]


BLIND_CHECK = [
    ("Kyrgyzstan is among top five SCO partners of Kazakhstan.", [("5", "rank", "rank", "upper")]),
    ("The top 10 km of the road was built.", [("10", "km", "level", "lower")]),
]


@pytest.mark.parametrize(("text", "expected"), BLIND_CHECK)
def test_top_n_of_counted_things_is_a_rank_but_not_of_amounts(
    text: str, expected: list[tuple[str, str | None, str, str | None]]
) -> None:
    """"top five SCO partners" ranks even with its counted noun; "top 10 km" is a length."""
    assert expected == _figures(text)


def test_long_indian_ministries_stay_in_the_title() -> None:
    """"Minister of Road Transport and Highways Nitin Gadkari": the ministry is the title, not the name."""
    text = "Union Minister of Road Transport and Highways Nitin Gadkari attended the meeting."
    assert [("Nitin Gadkari", "Minister of Road Transport and Highways")] == [
        (p.name, p.position) for p in extract(text).participants
    ]
