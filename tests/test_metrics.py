"""The metrics extractor: kinds, subjects, periods, repeats and non-metrics.

Most tests give the extractor hand-made number mentions (what ``recognise.numbers`` documents),
so they pin the metric rules alone; dates come from the real date recogniser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.extract._metric_cues import cues_for
from sco_brief.extract._metric_dedup import Placed, dedupe
from sco_brief.extract.document import Document
from sco_brief.extract.meeting import MeetingHead
from sco_brief.extract.metrics import extract_metrics
from sco_brief.model import Evidence, Metric, Period, Quantity, Source, Span
from tests.strategies import metric_inputs


@attrs.frozen(kw_only=True)
class Mention:
    """A hand-made number mention with the fields of ``recognise.numbers.NumberMention``."""

    span: Span
    text: str
    value: Decimal
    kind: str
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    from_to: bool = False
    noun: str | None = None


def mention(text: str, phrase: str, value: str, kind: str, **fields: object) -> Mention:
    """A mention of ``phrase`` (its first occurrence in ``text``)."""
    start = text.index(phrase)
    span = Span(start=start, end=start + len(phrase))
    return Mention(span=span, text=phrase, value=Decimal(value), kind=kind, **fields)  # type: ignore[arg-type]


def run(
    text: str, mentions: Sequence[Mention], *, lang: str = "ru", published: dt.date | None = None
) -> tuple[Metric, ...]:
    """Metrics of ``text`` when the number recogniser finds exactly ``mentions``."""
    doc = Document(Source(id="t", text=text, lang=lang, published=published))
    doc.__dict__["numbers"] = tuple(sorted(mentions, key=lambda m: m.span.start))
    return extract_metrics(doc, MeetingHead(), (), ())


def brief(metric: Metric) -> tuple[str, Decimal, str | None, str | None, str | None]:
    """(kind, value, unit, direction, bound) of a metric."""
    return (metric.kind, metric.value.value, metric.value.unit, metric.direction, metric.bound)


KINDS = [
    (
        "Товарооборот вырос на 20% за год.",
        [("20%", "20", "percent", {"unit": "percent"})],
        [("change", Decimal(20), "percent", "up", None)],
    ),
    (
        "Расходы снизились на четверть.",
        [("четверть", "25", "fraction", {"unit": "percent"})],
        [("change", Decimal(25), "percent", "down", None)],
    ),
    (
        "Объём торговли увеличился в 3,5 раза.",
        [("3,5 раза", "3.5", "multiple", {"unit": "times"})],
        [("multiple", Decimal("3.5"), "times", "up", None)],
    ),
    (
        "Капельное орошение позволяет сократить расход воды вдвое.",
        [("вдвое", "2", "multiple", {"unit": "times"})],
        [("multiple", Decimal(2), "times", "down", None)],
    ),
    (
        "На страны союза приходится 75 процентов экспорта.",
        [("75 процентов", "75", "percent", {"unit": "percent"})],
        [("share", Decimal(75), "percent", None, None)],
    ),
    (
        "Доля расчётов в рублях превысила 90 процентов.",
        [("90 процентов", "90", "percent", {"unit": "percent"})],
        [("share", Decimal(90), "percent", None, "lower")],
    ),
    (
        "Время простоя удалось сократить с пяти до одного часа.",
        [("с пяти до одного часа", "1", "measure", {"unit": "hour", "low": Decimal(5), "from_to": True})],
        [("from_to", Decimal(1), "hour", "down", None)],
    ),
    (
        "Страна занимает третье место в регионе.",
        [("третье", "3", "ordinal", {})],
        [("rank", Decimal(3), "rank", None, None)],
    ),
    (
        "В стране работают более 300 совместных проектов.",
        [("более 300", "300", "cardinal", {"noun": "проект", "bound": "lower"})],
        [("count", Decimal(300), "project", None, "lower")],
    ),
    (
        "Экспорт вырос на 12,4% — до 5,2 млрд долларов.",
        [
            ("12,4%", "12.4", "percent", {"unit": "percent"}),
            ("до 5,2 млрд долларов", "5200000000", "money", {"unit": "USD", "bound": "upper"}),
        ],
        [("change", Decimal("12.4"), "percent", "up", None), ("level", Decimal(5200000000), "USD", None, None)],
    ),
    (
        "ГЭС сможет экспортировать до 1300 мегаватт.",
        [("до 1300 мегаватт", "1300", "measure", {"unit": "MW", "bound": "upper"})],
        [("level", Decimal(1300), "MW", None, "upper")],
    ),
    (
        "Стоимость поставок выросла на 12 млрд долларов.",
        [("12 млрд долларов", "12000000000", "money", {"unit": "USD"})],
        [("change", Decimal(12000000000), "USD", "up", None)],
    ),
    (
        "Перевезено 15 млн тонн грузов, что на 11% больше, чем годом ранее.",
        [
            ("15 млн тонн", "15000000", "measure", {"unit": "ton"}),
            ("11%", "11", "percent", {"unit": "percent"}),
        ],
        [("level", Decimal(15000000), "ton", None, None), ("change", Decimal(11), "percent", "up", None)],
    ),
]


@pytest.mark.parametrize(("text", "spec", "expected"), KINDS)
def test_kind_direction_and_bound(
    text: str, spec: list[tuple[str, str, str, dict[str, object]]], expected: list[tuple[object, ...]]
) -> None:
    """Each figure gets its kind, direction and bound from the words around it."""
    mentions = [mention(text, phrase, value, kind, **fields) for phrase, value, kind, fields in spec]
    assert expected == [brief(m) for m in run(text, mentions)]


NOT_METRICS = [
    ("Контакты для СМИ: +996 (312) 54-19-07", "54", "cardinal", {}),
    ("Заседание открылось в 10:00 по местному времени.", "10", "cardinal", {}),
    ("Программа утверждена постановлением № 312.", "312", "cardinal", {"noun": "постановление"}),
    ("Проект CASA-1000 позволит экспортировать энергию.", "1000", "cardinal", {}),
    ("В 2026 году Организация отметит 25-летие.", "25", "cardinal", {}),
    ("Гости посетили хозяйство 68-летнего фермера.", "68", "cardinal", {}),
    ("Глава кабмина выдвинул три предложения.", "три", "cardinal", {"noun": "предложение"}),
    ("Состоялось 24-е заседание Совета.", "24-е", "ordinal", {}),
    ("В 2024 году проект завершён.", "2024", "year", {}),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "fields"), NOT_METRICS)
def test_numbers_that_state_no_fact(text: str, phrase: str, kind: str, fields: dict[str, object]) -> None:
    """Phone numbers, times, document numbers, names, anniversaries, ages, list counts, ordinals, years."""
    assert () == run(text, [mention(text, phrase, "1", kind, **fields)])


def test_subjects_are_taken_from_the_sentence_in_the_nominative() -> None:
    """The subject is the measured noun phrase, its head put back in the nominative."""
    text = "В общем объеме торговли республики страны союза занимают 40 процентов."
    share = run(text, [mention(text, "40 процентов", "40", "percent", unit="percent")])
    text2 = "В 2024 году республику посетили около 8 миллионов граждан соседних стран."
    count = run(text2, [mention(text2, "около 8 миллионов граждан", "8000000", "cardinal", noun="гражданин")])
    assert ["общий объем торговли республики"] == [m.subject for m in share]
    assert ["граждане соседних стран"] == [m.subject for m in count]
    assert "person" == count[0].value.unit


def test_actor_is_the_country_in_the_subject() -> None:
    """ "товарооборот Кыргызстана" is about KG."""
    text = "За 2020–2024 годы товарооборот Кыргызстана с соседями увеличился в 2 раза."
    found = run(text, [mention(text, "2 раза", "2", "multiple", unit="times")])
    assert [("товарооборот Кыргызстана с соседями", "KG")] == [(m.subject, m.actor) for m in found]


PERIODS = [
    ("За 2020–2024 годы товарооборот увеличился в 2 раза.", "2 раза", "multiple", "2020–2024"),
    ("Сегодня на страны союза приходится 60 процентов инвестиций.", "60 процентов", "percent", None),
    ("Тяньцзиньский саммит 2025 года собрал лидеров 20 стран.", "20 стран", "cardinal", None),
    ("В 2024 году поставки газа составили 35 млрд кубометров.", "35 млрд кубометров", "measure", "2024"),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "expected"), PERIODS)
def test_period_of_the_clause(text: str, phrase: str, kind: str, expected: str | None) -> None:
    """A governing date in the figure's clause is its period; attributes and "сегодня" give none."""
    unit = {"multiple": "times", "percent": "percent", "measure": "m3"}.get(kind)
    found = run(text, [mention(text, phrase, "20", kind, unit=unit, noun="страна")])
    assert [expected] == [None if m.period is None else m.period.label for m in found]


def test_same_period_and_continued_subject_inherit() -> None:
    """ "за тот же период" and a subjectless "рост продолжился" take the previous period and subject."""
    text = (
        "За 2020–2024 годы экспорт увеличился в 2 раза. "
        "Объём инвестиций за тот же период составил 3 млрд долларов.\n"
        "В 2024 году товарооборот вырос на 10%. Он составил 5 млрд долларов."
    )
    mentions = [
        mention(text, "2 раза", "2", "multiple", unit="times"),
        mention(text, "3 млрд долларов", "3000000000", "money", unit="USD"),
        mention(text, "10%", "10", "percent", unit="percent"),
        mention(text, "5 млрд долларов", "5000000000", "money", unit="USD"),
    ]
    found = run(text, mentions)
    assert ["2020–2024", "2020–2024", "2024", "2024"] == [m.period.label if m.period else None for m in found]
    assert "товарооборот" == found[3].subject


def test_present_time_blocks_inheritance() -> None:
    """A figure stated "сегодня" has no period even after a dated sentence."""
    text = "В 2024 году экспорт вырос на 10%. Сегодня он занимает 30 процентов рынка."
    mentions = [
        mention(text, "10%", "10", "percent", unit="percent"),
        mention(text, "30 процентов", "30", "percent", unit="percent"),
    ]
    assert ["2024", None] == [m.period.label if m.period else None for m in run(text, mentions)]


def test_one_sum_in_two_currencies_is_one_metric() -> None:
    """ "два миллиарда юаней (280 млн долларов)": the first currency is kept."""
    text = "Сторона направит два миллиарда юаней (280 млн долларов) на проекты."
    mentions = [
        mention(text, "два миллиарда юаней", "2000000000", "money", unit="CNY"),
        mention(text, "280 млн долларов", "280000000", "money", unit="USD"),
    ]
    assert [("level", Decimal(2000000000), "CNY", None, None)] == [brief(m) for m in run(text, mentions)]


def test_english_from_to_amounts_are_one_metric() -> None:
    """ "from $78 billion in 2019 to $129 billion in 2023" is one from→to over 2019–2023."""
    text = "Trade grew 1.7 times, from $78 billion in 2019 to $129 billion in 2023."
    mentions = [
        mention(text, "1.7 times", "1.7", "multiple", unit="times"),
        mention(text, "$78 billion", "78000000000", "money", unit="USD"),
        mention(text, "$129 billion", "129000000000", "money", unit="USD"),
    ]
    found = run(text, mentions, lang="en")
    assert [("multiple", "2019–2023"), ("from_to", "2019–2023")] == [
        (m.kind, m.period.label if m.period else None) for m in found
    ]
    assert Decimal(78000000000) == found[1].baseline.value  # type: ignore[union-attr]


def _metric(subject: str, value: int, start: int, period: Period | None = None) -> Metric:
    evidence = Evidence(source_id="t", span=Span(start=start, end=start + 1), quote="x")
    quantity = Quantity(value=value, unit="USD")
    return Metric(subject=subject, kind="level", value=quantity, evidence=evidence, period=period)


def test_headline_figure_repeated_in_the_body_is_one_metric() -> None:
    """The body's statement (with its period) is kept over the headline's."""
    year = Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 9, 30), label="Jan–Sep 2025")
    placed = [
        Placed(_metric("Товарооборот", 3, 0), 0),
        Placed(_metric("товарооборот между странами", 3, 50, year), 1),
        Placed(_metric("инвестиции", 7, 90), 1),
    ]
    assert [("товарооборот между странами", year), ("инвестиции", None)] == [
        (m.subject, m.period) for m in dedupe(placed)
    ]


def test_same_value_about_different_things_stays_two_metrics() -> None:
    """Equal figures in the body about unrelated subjects are not merged."""
    placed = [Placed(_metric("экспорт зерна", 5, 10), 1), Placed(_metric("импорт нефти", 5, 40), 2)]
    assert 2 == len(dedupe(placed))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_language_data_loads(lang: str) -> None:
    """Both cue tables load and map counted nouns to unit names of the vocabulary."""
    cues = cues_for(lang)
    assert cues.up and cues.down and cues.units
    assert all(unit.isascii() and unit.isidentifier() for unit in cues.units.values())


@given(metric_inputs())
def test_no_exception_and_quotes_match_on_any_input(case: tuple[str, list[Mention], str]) -> None:
    """Any text with any mentions gives metrics whose evidence quotes are slices of the text."""
    text, raw, lang = case
    mentions = [Mention(**fields) for fields in raw]  # type: ignore[arg-type]
    for metric in run(text, mentions, lang=lang):
        span = metric.evidence.span
        assert text[span.start : span.end] == metric.evidence.quote


@given(st.one_of(st.text(max_size=300), metric_inputs().map(lambda case: case[0])), st.sampled_from(["ru", "en"]))
def test_real_recognisers_never_raise(text: str, lang: str) -> None:
    """With the real number and date recognisers, any string gives metrics quoting their source."""
    doc = Document(Source(id="t", text=text, lang=lang))
    for metric in extract_metrics(doc, MeetingHead(start=dt.date(2025, 11, 18)), (), ()):
        assert text[metric.evidence.span.start : metric.evidence.span.end] == metric.evidence.quote


def real(text: str, lang: str = "ru", published: dt.date | None = dt.date(2025, 6, 10)) -> tuple[Metric, ...]:
    """Metrics of ``text`` through the real number and date recognisers."""
    doc = Document(Source(id="t", text=text, lang=lang, published=published))
    return extract_metrics(doc, MeetingHead(), (), ())


def row(metric: Metric) -> tuple[str, Decimal, str | None, str | None, str | None]:
    """(kind, value, unit, bound, period label) of a metric."""
    label = None if metric.period is None else metric.period.label
    return (metric.kind, metric.value.value, metric.value.unit, metric.bound, label)


GENRE = [
    (
        "Объем взаимной торговли стран ШОС в 2023 году достиг 890 млрд долларов.",
        "ru",
        [("level", Decimal(890000000000), "USD", None, "2023")],
    ),
    (
        "В январе–марте 2025 года грузооборот снизился на 4,3% по сравнению с аналогичным периодом прошлого года.",
        "ru",
        [("change", Decimal("4.3"), "percent", None, "Jan–Mar 2025")],
    ),
    (
        "В саммите приняли участие лидеры 26 государств. Во-первых, Президент предложил три инициативы.",
        "ru",
        [("count", Decimal(26), "country", None, None)],
    ),
    ("Первое – создать фонд. Документы рассмотрят в течение 30 дней. Указ № 45 от 12 марта 2025 года.", "ru", []),
    (
        "Стороны договорились увеличить товарооборот до 10 млрд долларов к 2030 году.",
        "ru",
        [("level", Decimal(10000000000), "USD", None, "2030")],
    ),
    (
        "В 2024 году товарооборот составил 1,5 млрд долларов. В первом квартале 2025 года он увеличился на 20%.",
        "ru",
        [("level", Decimal(1500000000), "USD", None, "2024"), ("change", Decimal(20), "percent", None, "Q1 2025")],
    ),
    (
        "Trade between Russia and China reached a record $245 billion in 2024, up 1.9 percent year on year.",
        "en",
        [("level", Decimal(245000000000), "USD", None, "2024"), ("change", Decimal("1.9"), "percent", None, "2024")],
    ),
    (
        "Kazakhstan accounts for about 60 percent of Central Asia's GDP, the president said.",
        "en",
        [("share", Decimal(60), "percent", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GENRE)
def test_genre_sentences_through_the_real_recognisers(text: str, lang: str, expected: list[tuple[object, ...]]) -> None:
    """Kind, value, unit, bound and period of figures in news-style sentences, end to end."""
    assert expected == [row(m) for m in real(text, lang)]


def test_comma_led_clause_keeps_its_own_subject() -> None:
    """ "ВВП вырос на 5%, инфляция замедлилась до 7,2%": two subjects, and "до" after a change is no limit."""
    found = real("ВВП республики вырос на 5 процентов, инфляция замедлилась до 7,2%.")
    assert [("ВВП республики", None), ("инфляция", None)] == [(m.subject, m.bound) for m in found]
