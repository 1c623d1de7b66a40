"""Who put an initiative forward: the speaker who was last named before it.

Press releases name the speaker once ("Олжас Бектенов отметил") and then refer back to
them by office ("Глава кабмина", "the minister"); so the proposer of a statement is the
speaking participant whose name was last mentioned before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from sco_brief.model import Participant

__all__ = ["Speakers"]

_ROLE_ORDER = ("speaker", "chair", "attendee")


def _name_pattern(name: str) -> str | None:
    """A pattern for the inflected forms of a name's words ("Бектенов" -> "Бектенова")."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if len(w) > 1 and not w.isupper()]
    alternatives = []
    for word in words:
        stem = word[:-1] if len(word) >= 5 else word
        alternatives.append(re.escape(stem) + r"\w{0,3}")
    if not alternatives:
        return None
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


class Speakers:
    """The country of whoever spoke last before an offset."""

    def __init__(self, text: str, participants: Sequence[Participant]) -> None:
        speaking = [p for p in participants if p.role == "speaker"]
        self._speakers = _Mentions(text, speaking)
        self._anyone = _Mentions(text, participants)
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


class _Mentions:
    """Where each participant's name occurs, in text order."""

    def __init__(self, text: str, participants: Sequence[Participant]) -> None:
        mentions: list[tuple[int, str | None]] = []
        for participant in participants:
            pattern = _name_pattern(participant.name)
            if pattern is not None:
                mentions.extend((m.start(), participant.country) for m in re.finditer(pattern, text))
        mentions.sort(key=lambda pair: pair[0])
        self._offsets = [offset for offset, _country in mentions]
        self._countries = [country for _offset, country in mentions]

    def before(self, offset: int) -> tuple[bool, str | None]:
        position = bisect.bisect_left(self._offsets, offset)
        return (True, self._countries[position - 1]) if position else (False, None)
