"""Integrity of the gazetteer data files: schema, unique keys, valid codes, generated forms."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from importlib import resources
from typing import Any

import pytest

from sco_brief.lang import load_toml
from sco_brief.morph import parses
from sco_brief.recognise._gazetteer import noun_phrase_forms

ALPHA2 = re.compile(r"[A-Z]{2}")
ALPHA3 = re.compile(r"[A-Z]{3}")
STATUSES = {"member", "partner", "guest"}
COUNTRY_FIELDS = {"names", "old", "adjectives", "abbr", "abbr_in_context"}


def _raw(folder: str, name: str) -> str:
    package = "sco_brief.data" if folder == "data" else f"sco_brief.lang.{folder}"
    return resources.files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8")


def _no_duplicate_keys(text: str) -> None:
    # tomllib already rejects duplicate keys; parsing again proves the file still loads.
    tomllib.loads(text)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("data", "countries"),
        ("data", "cities"),
        ("ru", "countries"),
        ("en", "countries"),
        ("ru", "cities"),
        ("en", "cities"),
    ],
)
def test_files_parse_without_duplicate_keys(folder: str, name: str) -> None:
    """Each data file is valid TOML, which forbids duplicate keys."""
    _no_duplicate_keys(_raw(folder, name))
    assert isinstance(load_toml(folder, name), dict)


def test_country_facts_schema() -> None:
    """Every state has a valid alpha-2 key, alpha-3 code, status, date and a known capital."""
    cities = load_toml("data", "cities")["cities"]
    countries: dict[str, Any] = load_toml("data", "countries")
    alpha3 = [facts["alpha3"] for facts in countries.values()]
    assert len(alpha3) == len(set(alpha3))
    for code, facts in countries.items():
        assert ALPHA2.fullmatch(code), code
        assert ALPHA3.fullmatch(facts["alpha3"]), code
        assert facts["status"] in STATUSES, code
        assert isinstance(facts.get("since", dt.date(2001, 6, 15)), dt.date), code
        assert code == cities[facts["capital"]], code


def test_ten_members() -> None:
    """The SCO has ten member states since Belarus joined in July 2024."""
    members = {code for code, facts in load_toml("data", "countries").items() if facts["status"] == "member"}
    assert {"BY", "IN", "IR", "KZ", "KG", "CN", "PK", "RU", "TJ", "UZ"} == members


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_country_names_cover_every_state(lang: str) -> None:
    """Each language names every state, uses only known fields, and never gives one phrase two states."""
    names: dict[str, Any] = load_toml(lang, "countries")
    assert set(load_toml("data", "countries")) == set(names)
    seen: dict[str, str] = {}
    for code, table in names.items():
        assert set(table) <= COUNTRY_FIELDS, code
        assert table["names"], code
        for field in COUNTRY_FIELDS:
            for phrase in table.get(field, ()):
                assert seen.setdefault(phrase, code) == code, phrase


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_city_names_are_known_cities(lang: str) -> None:
    """Every city named in a language file is a city of data/cities.toml."""
    known = set(load_toml("data", "cities")["cities"])
    assert set(load_toml(lang, "cities")["cities"]) <= known
    for country in load_toml("data", "cities")["cities"].values():
        assert ALPHA2.fullmatch(country)


def test_russian_adjectives_are_adjectives() -> None:
    """pymorphy3 knows each adjective lemma as an adjective, so its forms can be generated."""
    for code, table in load_toml("ru", "countries").items():
        for lemma in table.get("adjectives", ()):
            assert any(p.tag.POS == "ADJF" for p in parses(lemma)), (code, lemma)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Кыргызская Республика", "Кыргызской Республики"),
        ("Республика Казахстан", "Республики Казахстан"),
        ("Москва", "Москве"),
        ("Владивосток", "Владивостоке"),
        ("Тяньцзинь:masc", "Тяньцзине"),
        ("Чолпон-Ата", "Чолпон-Ате"),
    ],
)
def test_generated_forms(phrase: str, expected: str) -> None:
    """Case forms come from pymorphy3, including the appositive and hyphenated patterns."""
    assert expected in noun_phrase_forms(phrase)
