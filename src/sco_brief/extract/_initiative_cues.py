"""Which sentences may hold a cue, found with one pass of plain substring search per document.

The cue tables are regular expressions matched case-insensitively; running each over every
sentence was most of the finders' time, though few sentences hold a cue. Every match of an
alternative contains its leading literal (its *stem*: "предлож", "call"), so a sentence without
any stem cannot match, and stems are found with ``str.find`` in the lower-cased text. Lower
case stands in for ``re.IGNORECASE`` only for characters where the two agree (checked by a
test); a text with any other character is searched sentence by sentence, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache

from sco_brief.extract._initiative_text import cues
from sco_brief.segment import Sentence

__all__ = ["SentenceCues", "cue_stems", "literal_stems"]

# Characters whose lower case is what re.IGNORECASE matches them by (not "İ", "ı", "ſ": those
# match Latin letters they do not lower-case to).
_UNSAFE = re.compile("[^\x00-\u012f\u0132-\u017e\u0180-\u024f\u0400-\u052f\u2000-\u206f\u2116]")
_METACHARS = frozenset("\\.^$*+?{}[]|()")
_OPTIONAL = frozenset("?*{")


@cache
def cue_stems(lang: str, section: str, key: str) -> tuple[str, ...] | None:
    """The stems of the cue table ``[section] key`` of ``lang`` (None: some pattern has none)."""
    return literal_stems(cues(lang)[section][key])


def literal_stems(alternatives: Iterable[str]) -> tuple[str, ...] | None:
    """The lower-cased leading literal of each pattern, or None when one has none.

    "выдвинул\\w*" -> "выдвинул"; "call(?:ed|s)? for" -> "call"; "тем[аы]" -> "тем";
    "ab?c" -> "a" (a letter a quantifier makes optional is no part of every match).
    """
    stems = []
    for pattern in alternatives:
        if _top_level_bar(pattern):
            return None
        length = 0
        while length < len(pattern) and pattern[length] not in _METACHARS:
            length += 1
        if length < len(pattern) and pattern[length] in _OPTIONAL:
            length -= 1
        stem = pattern[: max(length, 0)].lower()
        if not stem:
            return None
        stems.append(stem)
    return tuple(stems)


def _top_level_bar(pattern: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


class SentenceCues:
    """The sentences of one document, asked which of them hold any of some stems."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.span.start for s in sentences]
        low = text.lower()
        self._low = low if len(low) == len(text) and _UNSAFE.search(text) is None else None

    def having(self, stems: tuple[str, ...] | None) -> list[Sentence]:
        """The sentences (in order) that contain one of ``stems``; all of them if unsure."""
        return [self.sentences[i] for i in self.indices(stems)]

    def indices(self, stems: tuple[str, ...] | None) -> list[int]:
        """The indices (in order) of the sentences that contain one of ``stems``; all if unsure."""
        low = self._low
        if stems is None or low is None or not self.sentences:
            return list(range(len(self.sentences)))
        begin, end = self._starts[0], self.sentences[-1].span.end
        chosen: set[int] = set()
        for stem in stems:
            position = low.find(stem, begin, end)
            while position != -1:
                chosen.add(bisect.bisect_right(self._starts, position) - 1)
                position = low.find(stem, position + 1, end)
        return sorted(chosen)
