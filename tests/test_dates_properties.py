"""Hypothesis properties of the dates recogniser: rendered dates read back, spans are exact, nothing raises."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise.dates import DateMention, find_dates
from tests.strategies import dates, en_rendered_dates, hostile_texts, ru_rendered_dates

_NOISE_RU = ["Заседание прошло", "в Москве.", "Объём вырос на 12%", "«Умный»", "тел. 62-58-14", "№ 7/25", "\n"]
_NOISE_EN = ["The meeting was held", "in Moscow.", "trade grew 12%", "the 24th meeting", "call 62-58-14", "\n"]


def _check_spans(text: str, found: list[DateMention]) -> None:
    for mention in found:
        assert mention.text == text[mention.span.start : mention.span.end]
        assert mention.span.end > mention.span.start
    for earlier, later in itertools.pairwise(found):
        assert earlier.span.end <= later.span.start


@given(ru_rendered_dates())
def test_russian_rendered_date_reads_back(case: tuple[str, dt.date, dt.date]) -> None:
    """Any date in any Russian form (every month, every case, any dash) is one mention of itself."""
    text, start, end = case
    found = list(find_dates(text, "ru"))
    assert [(text, start, end, False)] == [
        (m.text, m.period and m.period.start, m.period and m.period.end, m.year_inferred) for m in found
    ]


@given(en_rendered_dates())
def test_english_rendered_date_reads_back(case: tuple[str, str, dt.date, dt.date]) -> None:
    """Any date in any English form (full or short month, either order, any dash) reads back."""
    text, quote, start, end = case
    found = list(find_dates(text, "en"))
    assert [(quote, start, end)] == [(m.text, m.period and m.period.start, m.period and m.period.end) for m in found]


@given(ru_rendered_dates(), st.sampled_from(_NOISE_RU), st.sampled_from(_NOISE_RU))
def test_russian_date_in_a_sentence_keeps_its_reading(
    case: tuple[str, dt.date, dt.date], before: str, after: str
) -> None:
    """Words around a date change neither its span nor its period."""
    text, start, end = case
    sentence = f"{before} {text} {after}"
    found = [m for m in find_dates(sentence, "ru") if m.span.start == len(before) + 1]
    assert [(text, start, end)] == [(m.text, m.period and m.period.start, m.period and m.period.end) for m in found]


@given(hostile_texts, st.one_of(st.none(), dates), st.sampled_from(["ru", "en"]))
def test_never_raises_and_spans_are_exact(text: str, published: dt.date | None, lang: str) -> None:
    """Any string gives mentions in order whose text is exactly their span, and never an exception."""
    found = list(find_dates(text, lang, published=published))
    _check_spans(text, found)


@given(
    st.lists(st.sampled_from(_NOISE_RU + _NOISE_EN + ["18 ноября", "2024-25", "31 февраля", "Sept 24"])).map(" ".join)
)
def test_date_like_pieces_never_raise(text: str) -> None:
    """Texts built from date-like pieces give exact, ordered spans in both languages."""
    for lang in ("ru", "en"):
        _check_spans(text, list(find_dates(text, lang, published=dt.date(2025, 1, 1))))


@given(st.text(max_size=200), st.one_of(st.none(), dates))
def test_any_unicode_never_raises(text: str, published: dt.date | None) -> None:
    """Arbitrary unicode, lone surrogates included, never makes the recogniser raise."""
    _check_spans(text, list(find_dates(text, "ru", published=published)))
    _check_spans(text, list(find_dates(text, "en", published=published)))


def test_repeated_text_scales_linearly_in_mentions() -> None:
    """A text repeated N times gives N times the mentions: matching stays local, so work grows linearly."""
    unit = "Заседание прошло 18 ноября 2025 года, за 2020–2024 годы рост в 1,7 раза. В прошлом году тоже.\n"
    once = len(list(find_dates(unit, "ru", published=dt.date(2025, 11, 20))))
    many = len(list(find_dates(unit * 200, "ru", published=dt.date(2025, 11, 20))))
    assert 3 == once
    assert 200 * once == many
