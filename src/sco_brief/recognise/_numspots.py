"""Where a number can start, and the windows of text the recogniser must tokenise around them.

A number starts only at a digit run or at a word the lexicon knows: a numeral form, a glued
compound ordinal ("двухтысячный"), a rank group ("тройку"), a half unit ("полчаса"), a Roman
numeral's first letter or a vulgar fraction. Two patterns built once from the lexicon find
those tokens in C, one over the text and one over its lower-case copy, so the words of a news
text that are none of these never become tokens at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sco_brief.recognise._numlex import Lexicon, lexicon

__all__ = ["spots", "windows"]

_LETTER = r"[^\W\d_]"  # a character of a word token
# Digit runs, a lone vulgar fraction, a word starting like a Roman numeral (see _numextra).
_TEXT_SPOTS = re.compile(rf"[0-9]+|(?<!{_LETTER})(?:[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?!{_LETTER})|[IVXLCDMХІ]{_LETTER}*)")
_SPACE_RUN = re.compile(r"\s+")
# Characters tokenised before and after a spot: enough for every reader's reach in nearly all
# texts (a reader that looks further finds a gap, and the text is read again in full).
_BEFORE = 100
_AFTER = 80
# Tokens a gap between windows holds at least: readers that measure a distance in tokens
# (a currency said once for two figures) look no further than this.
_MIN_GAP_SPACES = 9
_MIN_COMPOUND, _MAX_COMPOUND = 8, 40  # the word lengths lookup() reads as glued compounds


_Node = dict[str, "_Node"]  # a prefix tree; the key "" marks a word's end


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, factored on common prefixes."""
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: _Node) -> str:
    parts = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    group = "(?:" + "|".join(parts) + ")"
    return group + "?" if "" in node else group


@cache
def _word_spots(lang: str) -> re.Pattern[str]:
    """Whole lower-case words that may start a number in ``lang``."""
    lex = lexicon(lang)
    words = {*lex.words, *lex.half_units, *lex.rank_groups, *lex.rank_between, lex.half_prefix}
    alternatives = [_trie(w for w in words if w.isalpha())]
    if lang == "ru":
        ordinals = [w for w, word in lex.words.items() if word.kind == "ord" and w.isalpha()]
        alternatives.append(
            rf"(?={_LETTER}{{{_MIN_COMPOUND},{_MAX_COMPOUND}}}(?!{_LETTER}))"
            rf"{_trie(lex.glued_heads)}{_LETTER}*{_trie([*ordinals, *lex.anniversary])}"
        )
    return re.compile(rf"(?<!{_LETTER})(?:{'|'.join(alternatives)})(?!{_LETTER})")


def spots(text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """Sorted character spans of the tokens a number may start at; None if the text needs a full read.

    Lower-casing that changes the text's length ("İ") would shift the spans found in the copy.
    """
    low = text.lower().replace("ё", "е")
    if len(low) != len(text):
        return None
    found = {m.start(): m.end() for m in _TEXT_SPOTS.finditer(text)}
    found.update((m.start(), m.end()) for m in _word_spots(lex.lang).finditer(low))
    return sorted(found.items())


def _after_space(text: str, offset: int) -> int:
    """The end of the first whitespace run at or after ``offset`` (a token boundary), or the text's end."""
    match = _SPACE_RUN.search(text, offset)
    return len(text) if match is None else match.end()


def windows(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans around the spots, each starting and ending at a token boundary."""
    spans: list[tuple[int, int]] = []
    for start, end in found:
        left = 0 if start <= _BEFORE else _after_space(text, start - _BEFORE)
        left = 0 if left > start else left
        right = _after_space(text, end + _AFTER)
        if spans and (left <= spans[-1][1] or _few_spaces(text, spans[-1][1], left)):
            spans[-1] = (spans[-1][0], max(right, spans[-1][1]))
        else:
            spans.append((left, right))
    return spans


def _few_spaces(text: str, start: int, end: int) -> bool:
    return len(_SPACE_RUN.findall(text, start, end)) < _MIN_GAP_SPACES
