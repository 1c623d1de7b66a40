"""Integrity of the date language data (lang/ru/dates.toml, lang/en/dates.toml), as dateparser checks its own."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.lang import load_toml
from sco_brief.morph import parses
from sco_brief.recognise._date_lexicon import lexicon
from sco_brief.recognise._date_periods import resolve_meaning

RU = load_toml("ru", "dates")
EN = load_toml("en", "dates")


def test_russian_months_and_weekdays_are_complete() -> None:
    """Twelve months with an abbreviation list each, seven weekdays, all dictionary words pymorphy3 knows."""
    assert (12, 12, 7) == (len(RU["months"]), len(RU["month_abbreviations"]), len(RU["weekdays"]))
    for lemma in [*RU["months"], *RU["weekdays"], RU["year_lemma"], RU["quarter_lemma"], RU["half_lemma"]]:
        assert any(lemma == p.normal_form for p in parses(lemma)), lemma


def test_russian_month_forms_map_to_one_month_each() -> None:
    """Every generated month form and abbreviation names exactly the month it was generated for."""
    months = lexicon("ru").months
    assert 11 == months["ноябре"]
    assert 11 == months["ноя"]
    assert 5 == months["мае"]
    assert {m for m in range(1, 13)} == set(months.values())


def test_english_months_and_weekdays_are_complete() -> None:
    """Twelve months (full name first) and seven capitalised weekdays."""
    assert (12, 7) == (len(EN["months"]), len(EN["weekdays"]))
    assert all(spellings[0][0].isupper() for spellings in EN["months"])
    assert all(day[0].isupper() for day in EN["weekdays"])


@pytest.mark.parametrize("data", [RU, EN], ids=["ru", "en"])
def test_durations_are_months_per_unit(data: dict[str, object]) -> None:
    """Each duration unit maps to a whole number of months, 0 for units shorter than a month."""
    durations = data["durations"]
    assert isinstance(durations, dict)
    assert all(isinstance(v, int) and 0 <= v <= 12 for v in durations.values())


def test_relative_meanings_all_resolve() -> None:
    """Every relative meaning in the data is one that resolve_meaning knows."""
    meanings = {(e["meaning"], e["count"]) for e in RU["relative"]}
    meanings |= {(m, 1) for m in RU["phrases"]}
    meanings |= {(m, c) for m, c in EN["relative"].values()}
    for meaning, count in meanings:
        assert resolve_meaning(meaning, count, dt.date(2025, 11, 20)) is not None, meaning


def test_fiscal_table() -> None:
    """Fiscal years start in a real month; the default cue is one of the cues."""
    fiscal = EN["fiscal"]
    assert all(1 <= month <= 12 for month in fiscal["start_month"].values())
    assert fiscal["default_cue"] in fiscal["cues"]
    assert 1 <= fiscal["default_start_month"] <= 12
