"""The combined scan of the date rules finds exactly what each rule's own ``finditer`` finds."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.recognise._date_adaptive import RuleMatcher
from sco_brief.recognise._date_scan import Scanner, _shared
from sco_brief.recognise.dates import _rules, mask
from tests.strategies import date_rule_soup, date_scan_soup

_TEXTS = sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))


@cache
def _scanner(lang: str) -> Scanner:
    return Scanner.build([rule.pattern for rule in _rules(lang)])


def _expected(patterns: list[re.Pattern[str]], text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.finditer(text)] for p in patterns]


def _actual(scanner: Scanner, text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in found] for found in scanner.find(text)]


def _check(text: str) -> None:
    for lang in ("ru", "en"):
        masked = mask(text, lang).text
        patterns = [rule.pattern for rule in _rules(lang)]
        assert _expected(patterns, masked) == _actual(_scanner(lang), masked), lang


@given(date_scan_soup)
def test_scan_equals_finditer(text: str) -> None:
    """On date-like soup (beginnings of every rule, look-alikes, case-folding oddities), same matches."""
    _check(text)


@given(date_rule_soup)
def test_scan_equals_finditer_on_rule_soup(text: str) -> None:
    """On the soup of the start-scan tests too."""
    _check(text)


@pytest.mark.parametrize("path", _TEXTS, ids=lambda p: p.name)
def test_scan_equals_finditer_on_news(path: Path) -> None:
    """On real press releases, as written, upper-cased and lower-cased."""
    text = path.read_text(encoding="utf-8")
    for variant in (text, text.upper(), text.lower()):
        _check(variant)


@given(st.lists(date_scan_soup, max_size=6), st.integers(0, 200))
def test_matcher_switches_paths_without_changing_matches(texts: list[str], build_after: int) -> None:
    """Before and after the matcher builds its combined scan, each text gets finditer's matches."""
    patterns = [rule.pattern for rule in _rules("ru")]
    matcher = RuleMatcher(patterns, build_after=build_after)
    seen = 0
    for text in texts:
        masked = mask(text, "ru").text
        seen += len(masked)
        found = [[m.span() for m in each] for each in matcher.find(masked)]
        assert _expected(patterns, masked) == found
        assert (seen > build_after) == (matcher.scanner is not None)


def test_unreadable_patterns_run_alone() -> None:
    """A pattern that may match empty, has an unnamed group or a conditional, is scanned by itself."""
    sources = [r".\d", r"(?:\d+)?", r"(?P<a>a)?(?(a)b|c)", r"(?<![a-z])may\b", r"\d+x", r"(\d)y"]
    patterns = [re.compile(s, re.I) for s in sources]
    scanner = Scanner.build(patterns)
    assert (1, 2, 5) == scanner.alone
    for text in ("", "May 5x 12x a1 may", "MAY", "1x2x33x", "ab c b\n1"):
        assert _expected(patterns, text) == _actual(scanner, text)


SHARED = [
    # (patterns, their shared beginning)
    (["abc(?:d|e)f", "abc(?:d|e)g"], "abc(?:d|e)"),
    (["ab+c", "ab+d"], "ab+"),
    (["ab+c", "ab+?c"], "a"),  # "b+" and "b+?" are different items
    (["a\\u2010x", "a\\u2011y"], "a"),  # never inside an escape
    (["(?:ab)c", "(?:ad)c"], ""),  # never inside a group
    (["x[ab]y", "x[ab]z"], "x[ab]"),
]


@pytest.mark.parametrize(("sources", "expected"), SHARED)
def test_shared_beginning_is_whole_items(sources: list[str], expected: str) -> None:
    """Patterns share only a beginning that is a whole sequence of regex items."""
    assert expected == _shared([re.compile(s) for s in sources])


def test_different_flags_share_nothing() -> None:
    """A case-insensitive and a case-sensitive pattern cannot share a beginning."""
    assert "" == _shared([re.compile("abcdef", re.I), re.compile("abcdeg")])
