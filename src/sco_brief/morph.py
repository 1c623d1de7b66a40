"""One lazily created pymorphy3 analyser for the whole process.

Creating it loads the Russian dictionaries (about 15 MB, a few hundred ms), so it is built
on first use, never at import time, and only once.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

__all__ = ["analyzer", "inflect", "is_known", "lemma", "parses"]


@cache
def analyzer() -> Any:
    """The shared ``pymorphy3.MorphAnalyzer``."""
    import pymorphy3  # heavy: imported here so that `import sco_brief` stays fast

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """All pymorphy3 parses of ``word`` (cached: news vocabulary repeats a lot)."""
    try:
        return tuple(analyzer().parse(word))
    except ValueError:
        # pymorphy3 looks up unicodedata.name() of every letter, which fails for letters that
        # have no name (e.g. Tangut); such a word has no Russian parse.
        return ()


def lemma(word: str) -> str:
    """The normal form of ``word`` by its most likely parse."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()


def inflect(parse: Any, grammemes: set[str] | frozenset[str]) -> Any:
    """``parse.inflect(grammemes)``, cached: pymorphy3 rebuilds the whole lexeme each time (~50 µs)."""
    return _inflect(parse, frozenset(grammemes))


@lru_cache(maxsize=65536)
def _inflect(parse: Any, grammemes: frozenset[str]) -> Any:
    return parse.inflect(set(grammemes))


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """Whether pymorphy3's dictionary holds ``word`` (cached per word form)."""
    return bool(analyzer().word_is_known(word))
