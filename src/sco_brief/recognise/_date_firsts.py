"""How a date rule can begin: the possible first characters of a match, and whether a word must start there.

Read off the parsed pattern, so no rule has to state it. A match begins with one character-wide item
(a literal or a class); when a one-character negative look-behind stands right before that item with
nothing consumed in between ("(?<![а-яёa-z])май"), the match can only begin where its class does not
match the character before. The combined scan (``_date_scan``) uses both facts to try rules only
where they can start; anything this module cannot read makes the rule run on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import attrs

__all__ = ["ORDINARY", "Start", "char_class", "chars_of", "starts"]

# The characters whose membership is worked out one by one: Latin, Greek and Cyrillic letters,
# punctuation, the numeral mask. Any other character is treated as able to start every rule.
ORDINARY = "".join(
    chr(c)
    for low, high in ((0x0, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x214F), (0xE000, 0xE000))
    for c in range(low, high + 1)
)

_SINGLE = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


@attrs.frozen
class Start:
    """One way a match can begin: the characters (of :data:`ORDINARY`) its first item takes, and the
    characters the look-behinds just before it exclude (empty when there is none)."""

    first: frozenset[str]
    not_after: tuple[frozenset[str], ...]


class _Open(Exception):
    """The pattern may begin in a way this module does not read."""


def starts(pattern: re.Pattern[str]) -> tuple[Start, ...] | None:
    """Every way ``pattern`` can begin, or None when that is unknown or a match may be empty."""
    return _starts(pattern.pattern, pattern.flags)


@cache
def _starts(source: str, flags: int) -> tuple[Start, ...] | None:
    parsed = sre_parse.parse(source, flags)
    try:
        found, nullable = _sequence(parsed, parsed.state, flags, ())
    except _Open:
        return None
    return None if nullable else tuple(found)


def _sequence(items: Any, state: Any, flags: int, guards: tuple[frozenset[str], ...]) -> tuple[list[Start], bool]:
    """The starts of ``items`` and whether they can all match empty; ``guards`` hold where it begins."""
    found: list[Start] = []
    for op, value in items:
        if op is sre.ASSERT_NOT and value[0] == -1 and _single(value[1]):
            guards = (*guards, _item_chars(value[1][0], state, flags))
            continue
        if op in _ZERO_WIDTH:
            continue  # other look-arounds and anchors only narrow where a match begins
        if op in _SINGLE:
            found.append(Start(_item_chars((op, value), state, flags), guards))
            return found, False
        inner, nullable = _compound(op, value, state, flags, guards)
        found += inner
        if not nullable:
            return found, False
    return found, True


def _compound(
    op: Any, value: Any, state: Any, flags: int, guards: tuple[frozenset[str], ...]
) -> tuple[list[Start], bool]:
    # A look-behind inside a group guards only that group's first item: it is never carried out.
    if op is sre.SUBPATTERN:
        _, add, remove, inner = value
        return _sequence(inner, state, (flags | add) & ~remove, guards)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value, state, flags, guards)
    if op is sre.BRANCH:
        branches = [_sequence(branch, state, flags, guards) for branch in value[1]]
        return [s for found, _ in branches for s in found], any(nullable for _, nullable in branches)
    if op in _REPEATS:
        low, high, inner = value
        if high == 0:
            return [], True
        found, nullable = _sequence(inner, state, flags, guards)
        return found, nullable or low == 0
    raise _Open


def _single(sub: Any) -> bool:
    return len(sub.data) == 1 and sub.data[0][0] in _SINGLE


def _item_chars(item: tuple[Any, Any], state: Any, flags: int) -> frozenset[str]:
    """The characters of :data:`ORDINARY` that the one-character ``item`` matches under ``flags``."""
    compiled = sre_compile.compile(sre_parse.SubPattern(state, [item]), flags)
    return chars_of(compiled)


def chars_of(compiled: re.Pattern[str], universe: Sequence[str] = ORDINARY) -> frozenset[str]:
    """The characters of ``universe`` that a one-character pattern matches."""
    return frozenset(m.group() for m in compiled.finditer("".join(universe)))


def char_class(chars: Iterable[str], *, negate: bool = False) -> str:
    """A regex character class of ``chars`` (or of every other character), written as ranges."""
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return f"[{'^' if negate else ''}{body}]"
