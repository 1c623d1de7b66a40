"""Rules widened in the seventh genre round (b) (tests/genre/97-102): one table per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract
from sco_brief.recognise.names import find_persons


def _figures(text: str) -> list[tuple[str, str | None, str]]:
    """(value, unit, kind) of each metric."""
    return [(str(m.value.value), m.value.unit, m.kind) for m in extract(text).metrics]


FIGURES = [
    ("He noted that Pakistan ranked among the ten most climate-vulnerable countries.", [("10", "rank", "rank")]),
    ("Казахстан входит в число десяти крупнейших экспортеров зерна.", [("10", "rank", "rank")]),
    ("The floods damaged some 210,000 houses across the province.", [("210000", "house", "count")]),
    # Not a group of the best: a plain count after "among".
    ("The grant was shared among the ten member states.", [("10", "member", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_ranks_among_the_best_and_counted_houses(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ "among the ten most X" is a rank like "among the top ten"; houses are counted."""
    assert expected == _figures(text)


def test_among_the_ten_most_is_an_upper_bound() -> None:
    """A rank in a group of the best is reached or bettered: bound "upper"."""
    (metric,) = extract("Pakistan ranked among the ten most climate-vulnerable countries.").metrics
    assert "upper" == metric.bound


NAMES = [
    # "Чеботарь" reads as an imperative of "чеботарить" to pymorphy3.
    ("Министр экономики Беларуси Юрий Чеботарь провел совещание.", ["Юрий Чеботарь"]),
    ("Federal Minister for Climate Change and Environmental Coordination Musadik Malik spoke.", ["Musadik Malik"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_surnames_read_as_verbs_and_long_portfolios(text: str, expected: list[str]) -> None:
    """A surname the dictionary reads as an imperative; a portfolio of many field words ends at the name."""
    lang = "ru" if "Министр" in text else "en"
    assert expected == [p.name for p in find_persons(text, lang)]


def test_a_colon_dateline_names_the_city() -> None:
    """Dawn's "ISLAMABAD:" dateline places a meeting "held here"."""
    text = "ISLAMABAD: The fifth meeting of SCO environment ministers was held here on Tuesday."
    assert "Islamabad" == extract(text, published=dt.date(2026, 9, 30)).city


PROPOSALS = [
    (
        "Министр призвал к расширению расчетов в национальных валютах.",
        [("расширение расчетов в национальных валютах", "proposal")],
    ),
    ("Министр призвал к конкретным шагам.", []),
    (
        "He called for the creation of an SCO investment fund, the digitalization of border crossing points "
        "and the development of a joint platform.",
        [
            ("SCO investment fund", "proposal"),
            ("digitalization of border crossing points", "proposal"),
            ("joint platform", "proposal"),
        ],
    ),
    ("China was ready to share its experience in combating desertification.", []),
    (
        "He called for the development of the Trans-Caspian International Transport Route.",
        [("Trans-Caspian International Transport Route", "project")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS)
def test_calls_in_the_dative_and_lists_of_action_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    """ "призвал к X" takes a dative object; "the <action noun> of X" opens each item of an English list."""
    assert expected == [(i.title, i.kind) for i in extract(text).initiatives]


PERIODS = [
    (
        "Товарооборот за январь–август 2026 года составил 21,4 млрд долларов. "
        "На эти государства приходится 39,2% внешней торговли Узбекистана.",
        ["2026-01-01", "2026-01-01"],
    ),
    (
        "Trade reached $52.7 billion in 2025. These countries account for 37% of total trade.",
        ["2025-01-01", "2025-01-01"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_a_demonstrative_carries_the_period(text: str, expected: list[str]) -> None:
    """ "На эти государства приходится", "These countries account for": the share has the figure's period."""
    periods = [m.period for m in extract(text, published=dt.date(2026, 9, 22)).metrics]
    assert expected == [p.start.isoformat() if p else "" for p in periods]
