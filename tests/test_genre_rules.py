"""Rules widened for real SCO news: one table per rule, each row a phrase the dev corpus lacked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sco_brief import find_numbers
from sco_brief.pipeline import extract

COUNTED = [
    ("ru", "предотвращено более 200 террористических преступлений", ("200", "crime", "преступление")),
    ("ru", "задержано около 3 тысяч лиц", ("3000", "person", "лицо")),
    ("ru", "заблокировано свыше 12 тысяч интернет-ресурсов", ("12000", "website", "интернет-ресурс")),
    ("ru", "открыто 15 бизнес-центров", ("15", "centre", "центр")),
    ("ru", "спасли около 400 снежных барсов", ("400", None, "барс")),
    ("en", "China would train 1,000 professionals", ("1000", "person", "professional")),
    ("en", "some 300 camels crossed", ("300", None, "camel")),
    ("en", "trade reached 512.4 billion U.S. dollars", ("512400000000", "USD", None)),
    ("ru", "срок сокращён на 5 рабочих дней", ("5", "day", "день")),
    ("ru", "на стройке заняты 500 рабочих", ("500", "person", "рабочий")),
    ("en", "among the top three troop-contributing countries", ("3", None, None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED)
def test_counted_noun_and_unit(lang: str, text: str, expected: tuple[str, str | None, str | None]) -> None:
    """A count takes the genre's counted noun and its unit; compounds count by their last part."""
    mention = next(m for m in find_numbers(text, lang) if m.kind != "year")
    assert (Decimal(expected[0]), expected[1], expected[2]) == (mention.value, mention.unit, mention.noun)


UNKNOWN_NOUN_COUNTS = [
    ("Пограничники задержали более 400 нарушителей режима.", [("400", "count")]),
    ("В рамках программы спасли около 400 снежных барсов.", [("400", "count")]),
    ("Делегацию сопровождали пять братьев Ивановых.", []),
    ("Rangers counted some 300 camels in the reserve.", [("300", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_NOUN_COUNTS)
def test_counts_of_unknown_nouns_that_read_as_statistics(text: str, expected: list[tuple[str, str]]) -> None:
    """A count of a noun with no unit is kept when bounded, approximate or large, and has no unit."""
    metrics = extract(text).metrics
    assert [(Decimal(v), k) for v, k in expected] == [(m.value.value, m.kind) for m in metrics]
    assert all(m.value.unit is None for m in metrics)


BODIES = [
    (
        "Президент России провёл встречу с Премьером Госсовета КНР Ли Цяном, прибывшим в Москву для участия"
        " в заседании Совета глав правительств государств – членов ШОС.",
        "bilateral",
    ),
    ("Президент Кыргызстана встретился с Премьер-министром Пакистана, прибывшим на саммит ШОС.", "bilateral"),
    ("Prime Minister Shehbaz Sharif held talks with President Tokayev in Astana ahead of the SCO summit.", "bilateral"),
    ("Премьер-министр принял участие в заседании Совета глав правительств ШОС в Москве.", "sco.heads_of_government"),
    ("Li Qiang attended the meeting of the SCO Council of Heads of Government in Moscow.", "sco.heads_of_government"),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_talks_with_a_counterpart_are_bilateral(text: str, expected: str) -> None:
    """Talks with someone who came for an SCO meeting are bilateral even without "на полях"."""
    assert expected == extract(text).body


ORDINALS = [
    ("10 июня в Чолпон-Ате состоялась XXI встреча секретарей советов безопасности государств – членов ШОС.", 21),
    ("В Ташкенте состоялось 46-е заседание Совета Региональной антитеррористической структуры (РАТС) ШОС.", 46),
    ("The 12th Meeting of the Ministers of Education of the SCO member states was held via videoconference.", 12),
    ("The XXIV meeting of the SCO Council of Heads of Government was held in Moscow.", 24),
]


@pytest.mark.parametrize(("text", "expected"), ORDINALS)
def test_session_numbers_in_roman_and_long_body_names(text: str, expected: int) -> None:
    """Roman session numbers and bodies named in full ("Meeting of the Ministers of ...") keep their ordinal."""
    assert expected == extract(text).ordinal


MEETING_DAYS = [
    (
        "ТАШКЕНТ, 22 мая — Кабар. В Ташкенте состоялось заседание Совета РАТС ШОС.\n\n"
        "За 2025 год предотвращено более 200 преступлений.",
        "2026-05-22",
    ),
    (
        "ТАШКЕНТ, 22 мая — Кабар. В Ташкенте состоялось заседание Совета РАТС ШОС.\n\n"
        "По итогам 2025 года товарооборот составил 3 млрд долларов.",
        "2026-05-22",
    ),
    (
        "22 мая в Ташкенте состоялось заседание Совета РАТС ШОС.\n\n"
        "В 2026 году Узбекистан председательствует в организации.",
        "2026-05-22",
    ),
    (
        "22 мая 2025 года в Ташкенте состоялось заседание Совета РАТС ШОС.\n\n"
        "За 2024 год предотвращено 200 преступлений.",
        "2025-05-22",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_DAYS)
def test_a_reporting_year_is_the_weakest_cue_for_a_meeting_day(text: str, expected: str) -> None:
    """A day without a year sums up a finished reporting year, so it falls in the year after it."""
    meeting = extract(text)
    assert expected == (meeting.start.isoformat() if meeting.start else None)


TITLES = [
    (
        "Ли Цян предложил рассмотреть возможность создания совместного консорциума"
        " по развитию Северного морского пути.",
        ("proposal", "совместный консорциум по развитию Северного морского пути"),
    ),
    ("Он предложил рассмотреть вопрос о создании Фонда развития ШОС.", ("proposal", "Фонд развития ШОС")),
    (
        "Li proposed setting up an SCO digital economy cooperation platform and said China was ready to help.",
        ("proposal", "SCO digital economy cooperation platform"),
    ),
    ("He proposed considering the possibility of creating an SCO energy club.", ("proposal", "SCO energy club")),
    ("He called for the launch of the SCO Development Bank.", ("proposal", "SCO Development Bank")),
    (
        "Президент выступил с предложением принять Программу развития транспортных коридоров до 2035 года.",
        ("proposal", "Программа развития транспортных коридоров до 2035 года"),
    ),
    ("Он предложил принять решение о создании Фонда развития ШОС.", ("proposal", "Фонд развития ШОС")),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_proposal_titles_lose_their_shell_and_stop_at_the_next_clause(text: str, expected: tuple[str, str]) -> None:
    """Modal shells ("рассмотреть возможность") and run-on clauses ("and said ...") stay out of titles."""
    assert expected in [(i.kind, i.title) for i in extract(text).initiatives]


NOT_PROPOSALS = [
    "Он предложил принять во внимание опыт Китая.",
    "Министр предложил партнёрам принять участие в форуме.",
    "Calling on member states to build a closer community with a shared future, Li praised the SCO.",
    "Президент призвал строить сообщество единой судьбы.",
]


@pytest.mark.parametrize("text", NOT_PROPOSALS)
def test_slogans_and_idioms_are_no_proposals(text: str) -> None:
    """Slogans ("a community with a shared future") and idioms ("принять участие") propose nothing."""
    assert [] == [i.title for i in extract(text).initiatives if i.kind == "proposal"]


SUBJECTS = [
    ("Правоохранительные органы стран ШОС изъяли свыше 15 тонн наркотиков.", "наркотики"),
    ("Law enforcement agencies seized over 15 tons of drugs.", "drugs"),
    ("Экспорт угля в 2024 году составил 110 млн тонн.", "Экспорт угля"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_an_amount_moved_by_an_action_is_of_its_material(text: str, expected: str) -> None:
    """After an action verb the genitive after the unit names the subject; after "составил" the clause's subject."""
    assert [expected] == [m.subject for m in extract(text).metrics]


MULTIPLES = [
    ("a joint SCO programme of double degrees", []),
    ("an agreement on the avoidance of double taxation", []),
    ("plans to double trade by 2030", ["2"]),
    ("exports doubled in 2024", ["2"]),
    ("the parties aim to triple investment", ["3"]),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLES)
def test_double_before_a_noun_is_an_adjective(text: str, expected: list[str]) -> None:
    """ "double degrees" and "double taxation" are no multiples; "to double trade" is one."""
    assert [Decimal(v) for v in expected] == [m.value for m in find_numbers(text, "en") if m.kind == "multiple"]


PARTICIPANTS = [
    (
        "Raksha Mantri Shri Rajnath Singh addressed the SCO Defence Ministers' Meeting in Bishkek on June 25, 2026.",
        [("Rajnath Singh", "Defence Minister", "IN")],
    ),
    (
        "The Meeting of the Ministers of Education of the SCO member states was chaired by the Minister of Science"
        " and Higher Education of Kazakhstan Sayasat Nurbek.",
        [("Sayasat Nurbek", "Minister of Science and Higher Education", "KZ")],
    ),
    ("According to a statement issued by the PM Office, SCO trade stood at $226 million in 2024.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPANTS)
def test_titles_with_honorifics_and_long_ministries(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Hindi titles and honorifics ("Raksha Mantri Shri"), long ministry names, no "Office" as a person."""
    assert expected == [(p.name, p.position, p.country) for p in extract(text).participants]


DURATION_CHANGES = [
    ("Новая дорога сократит сроки доставки грузов на 10 дней.", [("change", "10", "day", "down")]),
    ("The railway would cut the delivery time of goods by up to 10 days.", [("change", "10", "day", "down")]),
    ("Срок действия соглашения продлён на 5 лет.", []),
    ("Визит запланирован на 3 дня.", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CHANGES)
def test_a_duration_cut_by_a_verb_of_change_is_a_change(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """ "сократит сроки на 10 дней" is a change of a duration; a bare duration states no fact."""
    got = [(m.kind, m.value.value, m.value.unit, m.direction) for m in extract(text).metrics]
    assert [(k, Decimal(v), u, d) for k, v, u, d in expected] == got
