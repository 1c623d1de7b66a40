"""Tests of sco_brief.extract.meeting: which meeting a text reports, and its details."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead, extract_meeting
from sco_brief.model import Source
from tests.strategies import meeting_texts


def _head(text: str, lang: str | None = None) -> MeetingHead:
    lang = lang or ("en" if text.isascii() else "ru")
    return extract_meeting(Document(Source(id="t", text=text, lang=lang)))


def test_seed_meeting(seed_text: str) -> None:
    """The seed reports the 24th Council of Heads of Government, expanded, with no city or date."""
    head = _head(seed_text)
    actual = (head.body, head.ordinal, head.format, head.city, head.start, head.end)
    assert ("sco.heads_of_government", 24, "expanded", None, None, None) == actual
    assert head.evidence is not None and "24‑м заседании" in head.evidence.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Премьер принял участие в 24-м заседании Совета глав правительств ШОС.", ("sco.heads_of_government", 24)),
        ("Состоялось очередное заседание Совета глав государств – членов ШОС.", ("sco.heads_of_state", None)),
        ("Министр выступил на заседании СМИД ШОС в Астане.", ("sco.foreign_ministers", None)),
        ("Прошло 10-е совещание министров транспорта государств – членов ШОС.", ("sco.other_ministers", 10)),
        ("В Бишкеке прошло 18-е заседание Делового совета ШОС.", ("other", 18)),
        (
            "Министры обсудили подготовку к заседанию Совета глав государств, которое состоится в июле. "
            "Заседание Совета министров иностранных дел прошло в Астане.",
            ("sco.foreign_ministers", None),
        ),
        (
            "Премьер-министр встретился с коллегой на полях 24-го заседания Совета глав правительств ШОС.",
            ("bilateral", None),
        ),
        (
            "Глава МИД напомнил, что на 24-м заседании Совета глав государств в Астане лидеры поручили это. "
            "Заседание СМИД прошло в Тяньцзине.",
            ("sco.foreign_ministers", None),
        ),
        (
            "The minister addressed the 24th meeting of the SCO Council of Heads of Government.",
            ("sco.heads_of_government", 24),
        ),
        ("The two leaders held talks on the sidelines of the SCO summit.", ("bilateral", None)),
        ("Погода в Москве была тёплой, прошёл дождь.", (None, None)),
    ],
)
def test_body_and_ordinal(text: str, expected: tuple[str | None, int | None]) -> None:
    """The reported meeting's body and ordinal; other meetings' ordinals are ignored."""
    head = _head(text)
    assert expected == (head.body, head.ordinal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Заседание Совета глав правительств ШОС прошло в узком составе.", "narrow"),
        ("Заседание СГП ШОС прошло в расширенном составе.", "expanded"),
        ("Заседание СМИД ШОС прошло в формате видеоконференции.", "video"),
        ("Совещание министров энергетики ШОС прошло в режиме видеоконференции.", "video"),
        (
            "Заседание СГП ШОС. Вначале прошла встреча в узком составе, затем в расширенном формате. "
            "Выступая на заседании в расширенном составе, премьер отметил рост торговли.",
            "expanded",
        ),
        ("Заседание СГП ШОС прошло в Москве.", None),
    ],
)
def test_format(text: str, expected: str | None) -> None:
    """Narrow, expanded or video; with both sessions named, the one the speaker spoke at."""
    assert expected == _head(text).format


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Заседание СГП ШОС прошло в Москве.", "Moscow"),
        ("Заседание СГП ШОС прошло в г. Москве.", "Moscow"),
        ("Во Владивостоке состоялось совещание министров ШОС.", "Vladivostok"),
        ("В столице Кыргызстана прошло заседание Делового совета ШОС.", "Bishkek"),
        ("ТЯНЬЦЗИНЬ, 1 сентября /Синьхуа/ -- Лидеры провели заседание Совета глав государств ШОС.", "Tianjin"),
        ("МОСКВА, 24 октября. Совещание министров энергетики ШОС прошло в режиме видеоконференции.", None),
        ("Заседание СГП ШОС прошло. Саммит ШОС пройдёт в Бишкеке.", None),
        ("The meeting of the SCO Council of Foreign Ministers was held in Tianjin.", "Tianjin"),
    ],
)
def test_city(text: str, expected: str | None) -> None:
    """The venue in English; a dateline does not make a video meeting's venue."""
    assert expected == _head(text).city


@given(st.text(max_size=300), st.sampled_from(["ru", "en"]))
def test_never_raises(text: str, lang: str) -> None:
    """Any string gives a MeetingHead; without a body there is no ordinal either."""
    head = _head(text, lang)
    if head.body is None:
        assert (None, None) == (head.ordinal, head.evidence)


@given(st.sampled_from(["Погода", "Курс рубля вырос", "The weather was fine", "Футбол"]), st.text(max_size=50))
def test_text_about_no_meeting_gives_no_body(prefix: str, noise: str) -> None:
    """Text that names no meeting of any SCO body has body None."""
    text = f"{prefix}. {noise.replace('ШОС', '')}"
    body = _head(text).body
    assert body is None or any(w in text.lower() for w in ("саммит", "summit", "форум", "совет", "council", "брифинг"))


@given(meeting_texts())
def test_reported_meeting_wins(case: tuple[str, str, int, str]) -> None:
    """The reported meeting's body, ordinal and city survive a mention of an upcoming meeting."""
    text, body, ordinal, city = case
    head = _head(text)
    assert (body, ordinal, city) == (head.body, head.ordinal, head.city)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Прошло двадцать пятое заседание СГГ в Тяньцзине.", ("sco.heads_of_state", 25)),
        ("Министр принял участие в десятом совещании министров транспорта ШОС.", ("sco.other_ministers", 10)),
    ],
)
def test_ordinals_in_words(text: str, expected: tuple[str, int]) -> None:
    """Ordinals written in words come from the numbers recogniser."""
    head = _head(text)
    assert expected == (head.body, head.ordinal)
