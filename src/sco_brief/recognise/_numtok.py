"""Tokens for the numbers recogniser: digit runs, words, whitespace and single marks.

One regular expression with no nested repetition splits the text, so tokenising is linear
even on hostile input; every later step looks at most a fixed number of tokens around.

Most of a news text holds no number, so the recogniser tokenises only windows of text around
the places a number can start (``sparse``). A window is split at whitespace, where the full
tokenisation has a boundary too, so its tokens are exactly the full text's; token indices stay
in text order, and the text between two windows is a gap of indices holding no token. Reading
a gap raises ``Gap``: the caller then reads the whole text again with every token (``dense``),
so what is found never depends on the windows, only how fast it is found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

__all__ = [
    "DASHES", "HYPHENS", "SPACES", "Gap", "Token", "Tokens", "dense", "glued", "next_tok", "prev_tok", "sparse",
    "tight",
]

# Only ASCII digits: other scripts' digits are not numbers in this genre.
_TOKEN = re.compile(r"([0-9]+)|([^\W\d_]+)|(\s+)|(.)", re.S)
# The same tokens (the first three alternatives start with disjoint characters), most frequent first.
_PIECE = re.compile(r"[^\W\d_]+|\s+|[0-9]+|.", re.S)
_KINDS = ("", "d", "w", "s", "p")
# Thousand separators a single space may be written with.
SPACES = frozenset(" \u00a0\u202f\u2009\u2007\u200a")
# Joining an ordinal suffix ("24‑м") or a compound ("25-летие").
HYPHENS = frozenset("-\u2010\u2011\u2012\u2013")
# Between the two ends of a range ("2020–2024").
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")
# Window k holds the token indices from k << bits on (bits at least this, and enough for the
# longest window); the indices after its last token are a gap, more than any reader steps
# over, so a step into a gap never lands in a window.
_MIN_BITS = 20


class Token(NamedTuple):
    """``kind`` is "d" (digits), "w" (word), "s" (whitespace) or "p" (one other character)."""

    kind: str
    text: str
    low: str
    start: int
    end: int


class Gap(LookupError):
    """A reader looked at text outside the tokenised windows."""


def _classify(char: str) -> str:
    match = _TOKEN.match(char)
    return _KINDS[match.lastindex or 0] if match is not None else "p"


# A token's kind is its first character's; precomputed for the scripts of the genre.
_KIND_OF = {chr(c): _classify(chr(c)) for c in (*range(0x500), *range(0x2000, 0x2070), 0x3000)}
_new_token = tuple.__new__  # Token's fields, without the keyword handling of its __new__


class Tokens(dict[int, Token]):
    """Tokens by index, each built on first use (plain dict look-ups after that).

    ``size`` is the number of token indices, as ``len`` of a list of all tokens would be;
    negative indices count from the end like a list's.
    """

    __slots__ = ("_bits", "_bounds", "_mask", "_starts", "_text", "size")

    def __init__(self, text: str, bounds: list[list[int]]) -> None:
        super().__init__()
        self._text = text
        self._bounds = bounds  # per window: the text offsets of its token boundaries ([] for the leading gap)
        self._starts = [b[0] if b else -1 for b in bounds]  # each window's first offset, for bisection
        self._bits = max(_MIN_BITS, max(map(len, bounds)).bit_length())
        self._mask = (1 << self._bits) - 1
        last = bounds[-1]
        tail = 1 << self._bits if last and last[-1] < len(text) else 0
        self.size = ((len(bounds) - 1) << self._bits) + len(last) - 1 + tail

    def __missing__(self, index: int) -> Token:
        position = index + self.size if index < 0 else index
        if not 0 <= position < self.size:
            raise IndexError(f"token index {index} out of range")
        bounds, local = self._bounds[position >> self._bits], position & self._mask
        if local + 1 >= len(bounds):
            raise Gap(index)
        start, end = bounds[local], bounds[local + 1]
        piece = self._text[start:end]
        kind = _KIND_OF.get(piece[0]) or _classify(piece[0])
        low = piece.lower().replace("ё", "е") if kind == "w" else piece
        token: Token = _new_token(Token, (kind, piece, low, start, end))
        self[index] = token
        return token

    def index_at(self, offset: int) -> int:
        """The index of the token starting at text ``offset``, or -1 if no window has one there."""
        number = bisect_right(self._starts, offset) - 1
        bounds = self._bounds[number] if number >= 0 else []
        if not bounds or offset >= bounds[-1]:
            return -1
        local = bisect_left(bounds, offset)
        return (number << self._bits) + local if bounds[local] == offset else -1


def _bounds(text: str, start: int, end: int) -> list[int]:
    """The token boundaries of ``text[start:end]``, from ``start`` to ``end``."""
    return list(accumulate(map(len, _PIECE.findall(text, start, end)), initial=start))


def dense(text: str) -> Tokens:
    """All tokens of ``text``."""
    return Tokens(text, [_bounds(text, 0, len(text))])


def sparse(text: str, spans: Sequence[tuple[int, int]]) -> Tokens:
    """The tokens of the windows ``spans`` (sorted, at token boundaries, gaps between them)."""
    bounds: list[int] | None = [] if spans and spans[0][0] > 0 else None
    windows = [_bounds(text, start, end) for start, end in spans]
    return Tokens(text, [bounds, *windows] if bounds is not None else windows or [[0]])


def next_tok(tokens: Tokens, index: int) -> int:
    """Index of the token after ``index`` across at most one in-line space, or -1."""
    j = index + 1
    if j >= tokens.size:
        return -1
    token = tokens[j]
    if token.kind != "s":
        return j
    if not (token.text == " " or _BREAKS.isdisjoint(token.text)):
        return -1  # a line break ends a phrase: numbers never join across lines
    j += 1
    return j if j < tokens.size and tokens[j].kind != "s" else -1


def prev_tok(tokens: Tokens, index: int) -> int:
    """Index of the token before ``index`` across at most one in-line space, or -1."""
    j = index - 1
    if j < 0:
        return -1
    token = tokens[j]
    if token.kind != "s":
        return j
    if not (token.text == " " or _BREAKS.isdisjoint(token.text)):
        return -1
    j -= 1
    return j if j >= 0 and tokens[j].kind != "s" else -1


def glued(tokens: Tokens, left: int, right: int) -> bool:
    """True when token ``right`` follows token ``left`` with nothing between."""
    return 0 <= left < right < tokens.size and tokens[left].end == tokens[right].start


def tight(tokens: Tokens, left: int, right: int) -> bool:
    """True when tokens ``left`` to ``right`` are all present and no space separates them."""
    if not 0 <= left <= right < tokens.size:
        return False
    for k in range(left, right + 1):  # noqa: SIM110 - a loop, not all() over a generator: hot path
        if tokens[k].kind == "s":
            return False
    return True
