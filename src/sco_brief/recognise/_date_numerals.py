"""Word numerals inside dates ("двадцать восьмого июля", "девяти месяцев"), read by the numbers recogniser.

The text is copied with each word numeral overwritten by :data:`MASK` characters of the same length,
so the date rules can match "\ue000\ue000 июля" like "28 июля" while offsets stay those of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

import attrs

from sco_brief.morph import parses
from sco_brief.recognise._date_lexicon import MASK, lexicon
from sco_brief.recognise.numbers import parse_number

__all__ = ["Masked", "Numeral", "mask"]

_RU_WORD = re.compile(r"[А-Яа-яЁё]+")
_EN_WORD = re.compile(r"[A-Za-z]+")
_GAP = re.compile(r"[ \t\u00a0]+")
# Longer numerals than this never name a day, month count or year in words
# ("тысяча девятьсот девяносто шестого" has four).
_MAX_WORDS = 5


@attrs.frozen
class Numeral:
    """A word numeral: where it ends, its value, and whether it is an ordinal ("восьмого")."""

    end: int
    value: Decimal
    ordinal: bool


@attrs.frozen
class Masked:
    """The masked copy of a text and the numerals behind its masks, keyed by start offset."""

    text: str
    numerals: dict[int, Numeral]


def mask(text: str, lang: str) -> Masked:
    """Overwrite every word numeral of ``text`` with mask characters and remember its value."""
    found = dict(_ru_numerals(text) if lang == "ru" else _en_numerals(text, lang))
    if not found:
        return Masked(text, {})
    pieces, position = [], 0
    for start in sorted(found):
        pieces += [text[position:start], MASK * (found[start].end - start)]
        position = found[start].end
    pieces.append(text[position:])
    return Masked("".join(pieces), found)


@lru_cache(maxsize=65536)
def _is_numeral_word(word: str) -> bool:
    # Cached as written too: every distinct word of every text is judged, and most are no numerals.
    return _numeral_lower(word.lower())


@lru_cache(maxsize=65536)
def _numeral_lower(word: str) -> bool:
    # Tag lookups are slow in pymorphy3 and news repeats its words, so each word is judged once.
    return any("NUMR" in p.tag or "Anum" in p.tag for p in parses(word))


def _is_ordinal(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and "Anum" in found[0].tag and "Apro" not in found[0].tag


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Maximal runs of numeral words separated only by spaces."""
    run: list[re.Match[str]] = []
    for match in _numeral_occurrences(text):
        # Only spaces between two numerals means no other word stands between them.
        if run and not _GAP.fullmatch(text, run[-1].end(), match.start()):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


def _numeral_occurrences(text: str) -> list[re.Match[str]]:
    """Every word of ``text`` that is a numeral, in text order.

    Most words of a text are no numerals, and most repeat: each distinct word is judged once,
    then only the numerals are looked for.
    """
    numerals = [word for word in set(_RU_WORD.findall(text)) if _is_numeral_word(word)]
    if len(numerals) == 1:
        return list(_occurrence(numerals[0]).finditer(text))
    return sorted((m for word in numerals for m in _occurrence(word).finditer(text)), key=lambda m: m.start())


@lru_cache(maxsize=4096)
def _occurrence(word: str) -> re.Pattern[str]:
    """The word as a whole word: not inside a longer run of Cyrillic letters (as ``_RU_WORD`` reads words)."""
    # The word comes first so that the regex engine can search for it as a literal; the look-behind
    # then checks the character before it.
    return re.compile(rf"{re.escape(word)}(?![А-Яа-яЁё])(?<![А-Яа-яЁё][\s\S]{{{len(word)}}})")


def _ru_numerals(text: str) -> Iterator[tuple[int, Numeral]]:
    for run in _runs(text):
        i = 0
        while i < len(run):
            taken = _longest_prefix(text, run, i)
            if taken is None:
                i += 1
                continue
            j, value = taken
            yield run[i].start(), Numeral(run[j].end(), value, _is_ordinal(run[j].group()))
            i = j + 1


def _longest_prefix(text: str, run: list[re.Match[str]], i: int) -> tuple[int, Decimal] | None:
    for j in range(min(len(run), i + _MAX_WORDS) - 1, i - 1, -1):
        value = _parse(text[run[i].start() : run[j].end()])
        if value is not None:
            return j, value
    return None


@lru_cache(maxsize=16384)
def _parse(phrase: str) -> Decimal | None:
    # Cached: the same numerals recur across a text and across texts, and each parse costs a lot.
    try:
        return parse_number(phrase, lang="ru")
    # The numbers recogniser is another module; whatever it raises, a date must not fail on it.
    except Exception:
        return None


def _en_numerals(text: str, lang: str) -> Iterator[tuple[int, Numeral]]:
    data = lexicon(lang).extra
    counts = {word: n for n, word in enumerate(data["counts"], 1)}
    ordinals = {word: n for n, word in enumerate(data["ordinals"], 1)}
    for match in _EN_WORD.finditer(text):
        word = match.group().lower()
        if word in counts:
            yield match.start(), Numeral(match.end(), Decimal(counts[word]), False)
        elif word in ordinals:
            yield match.start(), Numeral(match.end(), Decimal(ordinals[word]), True)
