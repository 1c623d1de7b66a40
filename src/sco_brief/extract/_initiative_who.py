"""Who put an initiative forward: the speaker who was last named before it.

Press releases name the speaker once ("Олжас Бектенов отметил") and then refer back to
them by office ("Глава кабмина", "the minister"); so the proposer of a statement is the
speaking participant whose name was last mentioned before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from sco_brief.model import Participant

__all__ = ["Speakers"]

_ROLE_ORDER = ("speaker", "chair", "attendee")


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern for the inflected forms of a name's words ("Бектенов" -> "Бектенова").

    Each word must start a word, i.e. follow no word character. That test comes after the
    word's first letter ("Б(?<!\\w.)ектенов"), not before it: a pattern that opens with a letter
    lets the regex engine skip to the places that letter occurs, several times faster than
    trying every position; the letter is never a newline, so "." always matches it.
    """
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if len(w) > 1 and not w.isupper()]
    alternatives = []
    for word in words:
        stem = word[:-1] if len(word) >= 5 else word
        alternatives.append(re.escape(stem[0]) + r"(?<!\w.)" + re.escape(stem[1:]) + r"\w{0,3}")
    if not alternatives:
        return None
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


class Speakers:
    """The country of whoever spoke last before an offset."""

    def __init__(self, text: str, participants: Sequence[Participant]) -> None:
        found = [(_offsets(text, p.name), p) for p in participants]
        self._speakers = _Mentions([(offsets, p.country) for offsets, p in found if p.role == "speaker"])
        self._anyone = _Mentions([(offsets, p.country) for offsets, p in found])
        ranked = sorted(participants, key=lambda p: _ROLE_ORDER.index(p.role) if p.role in _ROLE_ORDER else 9)
        self._default = ranked[0].country if ranked else None

    def country_before(self, offset: int) -> str | None:
        """The country of the speaker last named before ``offset``.

        A chair or attendee named between two statements of the speaker does not take them
        over; before any speaker is named, whoever was named last counts (a chair who speaks).
        """
        for mentions in (self._speakers, self._anyone):
            found, country = mentions.before(offset)
            if found:
                return country
        return self._default


def _offsets(text: str, name: str) -> list[int]:
    """Where the words of ``name`` occur in ``text``, in text order."""
    pattern = _name_pattern(name)
    return [] if pattern is None else [m.start() for m in pattern.finditer(text)]


class _Mentions:
    """Where each participant's name occurs, in text order."""

    def __init__(self, participants: Sequence[tuple[list[int], str | None]]) -> None:
        mentions = [(offset, country) for offsets, country in participants for offset in offsets]
        mentions.sort(key=lambda pair: pair[0])
        self._offsets = [offset for offset, _country in mentions]
        self._countries = [country for _offset, country in mentions]

    def before(self, offset: int) -> tuple[bool, str | None]:
        position = bisect.bisect_left(self._offsets, offset)
        return (True, self._countries[position - 1]) if position else (False, None)
