"""The words of a text for the gazetteer: one split per text, pieces sliced from the document.

Every recogniser here matches words, so a text's words are computed once per document scope,
as parallel lists (starts, ends, texts) that the scans index without building objects, and a
piece of the document (a sentence, a clause) takes its words from the document's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import accumulate
from typing import ClassVar, NamedTuple

from sco_brief.recognise._gazetteer_memo import document_text, remembered

__all__ = ["Token", "Words", "cut", "fold", "fold_words", "tokens", "word_keys", "word_lists", "word_texts"]

# Words, with inner hyphens ("Шри-Ланка", "Чолпон-Ата"); apostrophes split ("People's" -> People, s).
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The matching key of a word: lower-case, "ё" as "е", any dash as "-"."""
    return _fold_text(word)


def _fold_text(text: str) -> str:
    return text.lower().replace("ё", "е").replace("‑", "-")


def fold_words(words: list[str]) -> list[str]:
    """:func:`fold` of every word, in a few C-level passes over the words joined by spaces.

    Exact: words hold no space and lower-casing makes none, and the one context-dependent
    lower-casing (a final sigma) looks no further than a space.
    """
    return _fold_text(" ".join(words)).split(" ") if words else []


class Token(NamedTuple):
    """One word of a text with its offsets (a named tuple: thousands are made per document)."""

    start: int
    end: int
    text: str


_new_token = partial(tuple.__new__, Token)


class Words(NamedTuple):
    """The words of a text as parallel lists: the scans index these, no Token object is needed."""

    starts: list[int]
    ends: list[int]
    texts: list[str]


def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` in order (tokenised once per text within a document scope)."""
    return remembered(("tokens", text), lambda: _tokens(text))


def _tokens(text: str) -> tuple[Token, ...]:
    # zip and tuple.__new__ build the named tuples in C, with no Python call per word.
    words = _words(text)
    return tuple(map(_new_token, zip(words.starts, words.ends, words.texts, strict=True)))


def word_texts(text: str) -> list[str]:
    """The words of ``text`` as strings, for callers that need no offsets (do not modify the list)."""
    return _words(text).texts


def word_keys(text: str, key: Callable[[str], str]) -> list[str]:
    """``key`` of every word of ``text`` (memoised per text in a document scope; do not modify)."""
    return _keys(text, key)


def word_lists(text: str) -> Words:
    """The words of ``text`` as parallel lists of starts, ends and texts (do not modify them)."""
    return _words(text)


def _words(text: str) -> Words:
    return remembered(("words", text), lambda: _piece_words(text) or _split(text))


def _piece_words(text: str) -> Words | None:
    """The words of a piece of the scope's document, sliced from the document's own.

    A word is a maximal run of letters (and inner hyphens), found by looking only at its own
    characters and the one after it; so a piece whose edges cut no word of the document holds
    exactly the document's words between its edges. None when that does not apply.
    """
    document = document_text()
    if document is None or len(text) >= len(document):
        return None
    start = document.find(text)
    if start < 0:
        return None
    words = _words(document)
    end = start + len(text)
    bounds = (words.starts, words.ends)
    if cut(bounds, start) or cut(bounds, end):
        return None
    first = bisect.bisect_left(words.starts, start)
    last = bisect.bisect_left(words.starts, end, first)
    shift = start.__rsub__  # offset - start, mapped in C
    starts, ends = words.starts[first:last], words.ends[first:last]
    return Words(list(map(shift, starts)), list(map(shift, ends)), words.texts[first:last])


def _split(text: str) -> Words:
    """One C-level split gives the words and the gaps between them; offsets are running lengths."""
    parts = _TOKEN_SPLIT.split(text)  # [gap, word, gap, word, ..., gap]
    offsets = list(accumulate(map(len, parts)))
    return Words(offsets[0:-1:2], offsets[1::2], parts[1::2])


def _keys(text: str, key: Callable[[str], str]) -> list[str]:
    # fold needs no memo: the whole text's words fold at once.
    compute = fold_words if key is fold else _WordMemo.of(key).keys
    return remembered(("keys", key, text), lambda: compute(_words(text).texts))


class _WordMemo:
    """A bounded memo of one key function, read for a whole text's words with C-level calls.

    An lru_cache hit still costs a Python-visible call and its bookkeeping per word; a dict's
    ``get`` mapped over the words costs neither, and only unseen words reach the function.
    """

    _SIZE = 65536  # word forms; the memo starts afresh when full, so it never grows with a stream
    _memos: ClassVar[dict[Callable[[str], str], _WordMemo]] = {}

    def __init__(self, key: Callable[[str], str]) -> None:
        self._key = key
        self._known: dict[str, str] = {}

    @classmethod
    def of(cls, key: Callable[[str], str]) -> _WordMemo:
        memo = cls._memos.get(key)
        if memo is None:
            memo = cls._memos[key] = cls(key)
        return memo

    def keys(self, words: list[str]) -> list[str]:
        found: list[str | None] = list(map(self._known.get, words))
        if None in found:
            if len(self._known) > self._SIZE:
                self._known.clear()
            for index, value in enumerate(found):
                if value is None:
                    found[index] = self._known[words[index]] = self._key(words[index])
        return found  # type: ignore[return-value]  # every None was filled


def cut(spans: tuple[list[int], list[int]], offset: int) -> bool:
    """Whether one of the sorted, disjoint spans has ``start < offset < end``."""
    starts, ends = spans
    index = bisect.bisect_left(starts, offset) - 1  # the last span starting before offset
    return index >= 0 and ends[index] > offset
