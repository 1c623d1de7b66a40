"""Integrity of the numbers language data (lang/*/numerals.toml, lang/*/units.toml)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from sco_brief.lang import load_toml
from sco_brief.morph import parses
from sco_brief.recognise._numlex import forms, lexicon, norm

DOCS = Path(__file__).resolve().parent.parent / "docs" / "units.md"
# Compound suffixes the recogniser turns into a kind rather than a unit ("25-летие" is an ordinal).
INTERNAL_UNITS = {"anniversary"}


def _unit_values(lang: str) -> set[str]:
    data = load_toml(lang, "units")
    found: set[str] = set()
    for table in (
        "currency",
        "currency_abbr",
        "currency_sign",
        "measure",
        "measure_abbr",
        "measure_phrase",
        "count",
        "rank",
        "compound",
    ):
        found |= set(data[table].values())
    for codes in data["currency_adjective"].values():
        found |= set(codes.values())
    return found - INTERNAL_UNITS


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_unit_is_in_the_documented_vocabulary(lang: str) -> None:
    """Each unit the data can produce is a valid unit identifier listed in docs/units.md."""
    doc = DOCS.read_text(encoding="utf-8")
    missing = sorted(u for u in _unit_values(lang) if f"`{u}`" not in doc or not re.fullmatch(r"[A-Za-z]\w{0,31}", u))
    assert [] == missing


def test_russian_numeral_lemmas_are_known_to_pymorphy() -> None:
    """Every cardinal and ordinal lemma is a dictionary word, so its forms can be generated."""
    data = load_toml("ru", "numerals")
    lemmas = [lemma for part in ("cardinal", "ordinal") for table in data[part].values() for lemma in table]
    unknown = [lemma for lemma in lemmas if not any(norm(p.normal_form) == norm(lemma) for p in parses(lemma))]
    assert [] == unknown


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_numeral_form_has_two_values(lang: str) -> None:
    """No generated form of one numeral is also a form of another with a different value."""
    data = load_toml(lang, "numerals")
    values: dict[str, set[Decimal]] = {}
    for part in ("cardinal", "ordinal"):
        for table in data[part].values():
            for lemma, value in table.items():
                for form, _tag in forms(lang, lemma, ("NUMR", "ADJF", "NOUN")):
                    values.setdefault(form, set()).add(Decimal(str(value)))
    assert {} == {form: found for form, found in values.items() if len(found) > 1}


def test_russian_forms_are_generated_not_typed() -> None:
    """The lexicon holds the case forms pymorphy3 generates from the few lemmas in the data."""
    words = lexicon("ru").words
    expected = [("восемьюдесятью", 80), ("семисот", 700), ("одною", 1), ("тысячами", 1000), ("сорокового", 40)]
    assert expected == [(form, int(words[form].value)) for form, _ in expected]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_qualifiers_and_tables_are_well_formed(lang: str) -> None:
    """Every qualifier is approx/lower/upper, and time/mass conversions share a base unit family."""
    lex = lexicon(lang)
    assert {"approx", "lower", "upper"} >= set(lex.qualifiers.values())
    convert = lex.units.convert
    assert all(base in convert and convert[base][1] == 1 for base, _factor in convert.values())


def test_unknown_nouns_inflect_like_their_model() -> None:
    """Nouns pymorphy3 does not know get forms from a model noun ("сум" like "сом")."""
    currency = lexicon("ru").units.currency
    assert [("сум", "UZS"), ("сум", "UZS")] == [currency["сумов"], currency["сумами"]]
