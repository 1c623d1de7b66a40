"""Where a date rule can start: a cheap scan for the first character before the full pattern runs.

Most rules begin with a digit, a masked numeral or a Roman numeral, which are rare in text,
while Python's regex engine would try the whole pattern (look-behinds, optional groups) at every
position. The set of possible first characters is read off the parsed pattern; a rule whose set
holds no letter other than Roman numerals runs only at those positions, which finds exactly the
matches ``finditer`` finds (a match cannot start anywhere else).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["matches", "start_class"]

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
# Letters a rule may start with and still be rare in news text: Roman numerals ("IV квартал").
_RARE_LETTERS = frozenset("IVXivx")


class _Open(Exception):
    """The pattern may start with (almost) anything: no cheap scan helps."""


@cache
def start_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern matching every possible first character of ``pattern``, or None when
    that set is unknown, empty-matching, or holds common letters (scanning for it would not pay)."""
    try:
        pieces, nullable = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Open:
        return None
    if nullable or not pieces:
        return None
    return re.compile("[" + "".join(pieces) + "]", pattern.flags)


def matches(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where ``starts`` matches."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    position = 0
    for candidate in starts.finditer(text):
        start = candidate.start()
        if start < position:
            continue
        found = pattern.match(text, start)
        if found is not None:
            yield found
            position = found.end()


def _first(sequence: Any) -> tuple[list[str], bool]:
    """The character-class pieces that can start ``sequence``, and whether it can match empty."""
    pieces: list[str] = []
    for op, value in sequence:
        found, nullable = _item(op, value)
        pieces += found
        if not nullable:
            return pieces, False
    return pieces, True


def _item(op: Any, value: Any) -> tuple[list[str], bool]:
    if op is sre.LITERAL:
        return [_char(value)], False
    if op is sre.IN:
        return [_member(member_op, member) for member_op, member in value], False
    if op is sre.BRANCH:
        branches = [_first(branch) for branch in value[1]]
        return [p for found, _ in branches for p in found], any(nullable for _, nullable in branches)
    if op is sre.SUBPATTERN:
        return _first(value[3])
    if op is sre.ATOMIC_GROUP:
        return _first(value)
    if op in _REPEATS:
        found, nullable = _first(value[2])
        return found, nullable or value[0] == 0
    if op in _ZERO_WIDTH:
        return [], True  # look-arounds and anchors only narrow the set: ignoring them keeps it whole
    raise _Open


def _member(op: Any, value: Any) -> str:
    if op is sre.LITERAL:
        return _char(value)
    if op is sre.RANGE:
        low, high = value
        if any(chr(c).isalpha() and chr(c) not in _RARE_LETTERS for c in range(low, high + 1)):
            raise _Open
        return f"{re.escape(chr(low))}-{re.escape(chr(high))}"
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Open


def _char(code: int) -> str:
    char = chr(code)
    if char.isalpha() and char not in _RARE_LETTERS:
        raise _Open
    return re.escape(char)
