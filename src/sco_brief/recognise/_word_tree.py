"""A word alternation written as a prefix tree, which the regex engine walks instead of trying each word.

``(?:сентября|сентябрь|сен)`` makes the engine try every word in turn wherever it stands; the tree
``се(?:нтябр(?:я|ь)|н)`` reads each character once. Both try the words that fit the text in the
same order, longest first, so any pattern built around either finds the same matches:

- words that fit the text at one position are prefixes of one another, so they lie on one path of
  the tree; a node tries its longer continuations before ending there (the empty branch comes last);
- two children of a node never fit the same character. Case-insensitive patterns use these
  alternations too, so the tree is built only from characters no two of which are the same letter
  in another case (lower-case Latin and Cyrillic, digits, punctuation); other word lists stay plain.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence

__all__ = ["TREE_CHARS", "alternatives", "by_first", "word_tree"]

# No two of these characters match each other, or a common character, under re.IGNORECASE.
TREE_CHARS = frozenset(string.ascii_lowercase + string.digits + "абвгдеёжзийклмнопрстуфхцчшщъыьэюя .-'")


def alternatives(words: Sequence[str]) -> str:
    """The plain alternation of ``words`` in their order."""
    return "|".join(re.escape(w) for w in words)


def word_tree(words: Sequence[str]) -> str:
    """An alternation of ``words`` (given longest first) that tries them in that order, as a prefix tree.

    Falls back to :func:`alternatives` when a word has a character outside :data:`TREE_CHARS`.
    """
    if any(not TREE_CHARS.issuperset(w) for w in words):
        return alternatives(words)
    return _node(sorted(set(words)))


def by_first(words: Iterable[str]) -> dict[str, list[str]]:
    """``words`` grouped by their first character: that character -> the rests, longest first."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    return groups


def _node(suffixes: list[str]) -> str:
    """The tree of ``suffixes`` (sorted), ending where the empty suffix is, after every longer one."""
    ends = "" in suffixes
    children: dict[str, list[str]] = {}
    for suffix in suffixes:
        if suffix:
            children.setdefault(suffix[0], []).append(suffix[1:])
    branches = [re.escape(char) + _tail(rest) for char, rest in children.items()]
    if ends:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _tail(suffixes: list[str]) -> str:
    if suffixes == [""]:
        return ""
    return _node(suffixes)
