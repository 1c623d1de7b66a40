"""Tests of sco_brief.extract.participants: who took part, their position, country and role."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.extract.document import Document
from sco_brief.extract.meeting import extract_meeting
from sco_brief.extract.participants import extract_participants
from sco_brief.model import Participant, Source


def _participants(text: str, lang: str | None = None) -> tuple[Participant, ...]:
    lang = lang or ("en" if text.isascii() else "ru")
    doc = Document(Source(id="t", text=text, lang=lang))
    return extract_participants(doc, extract_meeting(doc))


def _rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(p.name, p.position, p.country, p.role) for p in _participants(text)]


def test_seed_participant(seed_text: str) -> None:
    """The seed's only participant gets his position from "Глава кабмина" and country from context."""
    (person,) = _participants(seed_text)
    actual = (person.name, person.position, person.country, person.role, person.position_text)
    assert ("Адылбек Касымалиев", "Chairman of the Cabinet of Ministers", "KG", "speaker", "Глава кабмина") == actual
    assert person.evidence.quote.startswith("Адылбек Касымалиев принял участие")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Заседание прошло под председательством Председателя Правительства Российской Федерации "
            "Михаила Мишустина. Премьер-министр Республики Казахстан Олжас Бектенов отметил рост торговли.",
            [
                ("Михаил Мишустин", "Prime Minister", "RU", "chair"),
                ("Олжас Бектенов", "Prime Minister", "KZ", "speaker"),
            ],
        ),
        (
            "В заседании приняли участие президент России Владимир Путин и премьер-министр Индии Нарендра Моди.",
            [("Владимир Путин", "President", "RU", "attendee"), ("Нарендра Моди", "Prime Minister", "IN", "attendee")],
        ),
        (
            "Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев принял участие в заседании СМИД. "
            "Ж. Кулубаев представил приоритеты. Кулубаев также предложил провести форум.",
            [("Жээнбек Кулубаев", "Minister of Foreign Affairs", "KG", "speaker")],
        ),
        (
            "Кохир Расулзода принял участие в заседании. В своём выступлении глава Правительства "
            "Таджикистана остановился на ряде вопросов.",
            [("Кохир Расулзода", "Prime Minister", "TJ", "speaker")],
        ),
        (
            "Делегацию Узбекистана возглавил министр инвестиций, промышленности и торговли Лазиз Кудратов. "
            "По словам Л. Кудратова, товарооборот вырос.",
            [("Лазиз Кудратов", "Minister of Investment, Industry and Trade", "UZ", "speaker")],
        ),
        (
            "The meeting, chaired by Russian Prime Minister Mikhail Mishustin, was also attended by "
            "Chinese Premier Li Qiang.",
            [("Mikhail Mishustin", "Prime Minister", "RU", "chair"), ("Li Qiang", "Premier", "CN", "attendee")],
        ),
        (
            "SCO Secretary-General Nurlan Yermekbayev presented a report. He noted that trade grew.",
            [("Nurlan Yermekbayev", "SCO Secretary-General", None, "speaker")],
        ),
        (
            "Председатель Кабинета министров КР Адылбек Касымалиев провел встречу с Премьер-министром "
            "Республики Беларусь Романом Головченко на полях заседания СГП ШОС.",
            [
                ("Адылбек Касымалиев", "Chairman of the Cabinet of Ministers", "KG", "attendee"),
                ("Роман Головченко", "Prime Minister", "BY", "attendee"),
            ],
        ),
        (
            "Председатель Правительства Михаил Мишустин принял участие в заседании СГП ШОС.\n"
            "Из выступления Михаила Мишустина:\n«Уважаемые коллеги!»",
            [("Михаил Мишустин", "Prime Minister", "RU", "speaker")],
        ),
        ("Министры отметили важность сотрудничества. Лидеры подписали декларацию.", []),
        ("Курс рубля к доллару вырос, сообщил Центробанк.", []),
    ],
)
def test_participants_table(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    """Names in the nominative, positions from titles near or later, roles chair > speaker > attendee."""
    assert expected == _rows(text)


def test_state_as_subject_does_not_make_a_chair() -> None:
    """ "...напомнил, что Кыргызская Республика председательствует" makes the state, not him, chair."""
    text = (
        "Председатель Кабинета Министров Кыргызской Республики Адылбек Касымалиев принял участие в заседании. "
        "Глава Кабмина напомнил, что Кыргызская Республика председательствует в ШОС."
    )
    assert [("Адылбек Касымалиев", "speaker")] == [(p.name, p.role) for p in _participants(text)]


@given(st.text(max_size=300), st.sampled_from(["ru", "en"]))
def test_never_raises(text: str, lang: str) -> None:
    """Any string gives participants whose evidence quotes the text."""
    for person in _participants(text, lang):
        assert person.evidence.quote == person.evidence.span.slice(text)
