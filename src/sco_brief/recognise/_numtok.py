"""Tokens for the numbers recogniser: digit runs, words, whitespace and single marks.

One regular expression with no nested repetition splits the text, so tokenising is linear
even on hostile input; every later step looks at most a fixed number of tokens around.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["DASHES", "HYPHENS", "SPACES", "Token", "glued", "next_tok", "prev_tok", "tight", "tokenize"]

# Only ASCII digits: other scripts' digits are not numbers in this genre.
_TOKEN = re.compile(r"([0-9]+)|([^\W\d_]+)|(\s+)|(.)", re.S)
# Thousand separators a single space may be written with.
SPACES = frozenset(" \u00a0\u202f\u2009\u2007\u200a")
# Joining an ordinal suffix ("24‑м") or a compound ("25-летие").
HYPHENS = frozenset("-\u2010\u2011\u2012\u2013")
# Between the two ends of a range ("2020–2024").
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


class Token(NamedTuple):
    """``kind`` is "d" (digits), "w" (word), "s" (whitespace) or "p" (one other character)."""

    kind: str
    text: str
    low: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens that cover it exactly."""
    tokens = []
    for match in _TOKEN.finditer(text):
        digits, word, space, _mark = match.groups()
        piece = match.group()
        if digits is not None:
            kind = "d"
        elif word is not None:
            kind = "w"
        elif space is not None:
            kind = "s"
        else:
            kind = "p"
        low = piece.lower().replace("ё", "е") if kind == "w" else piece
        tokens.append(Token(kind, piece, low, match.start(), match.end()))
    return tokens


def _soft_space(token: Token) -> bool:
    # A line break ends a phrase: numbers never join across lines.
    return token.kind == "s" and (token.text == " " or _BREAKS.isdisjoint(token.text))


def next_tok(tokens: list[Token], index: int) -> int:
    """Index of the token after ``index`` across at most one in-line space, or -1."""
    j = index + 1
    if j < len(tokens) and _soft_space(tokens[j]):
        j += 1
    return j if j < len(tokens) and tokens[j].kind != "s" else -1


def prev_tok(tokens: list[Token], index: int) -> int:
    """Index of the token before ``index`` across at most one in-line space, or -1."""
    j = index - 1
    if j >= 0 and _soft_space(tokens[j]):
        j -= 1
    return j if j >= 0 and tokens[j].kind != "s" else -1


def glued(tokens: list[Token], left: int, right: int) -> bool:
    """True when token ``right`` follows token ``left`` with nothing between."""
    return 0 <= left < right < len(tokens) and tokens[left].end == tokens[right].start


def tight(tokens: list[Token], left: int, right: int) -> bool:
    """True when tokens ``left`` to ``right`` are all present and no space separates them."""
    if not 0 <= left <= right < len(tokens):
        return False
    return all(tokens[k].kind != "s" for k in range(left, right + 1))
