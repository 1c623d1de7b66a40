"""One scan for all date rules of a language: where any rule matches, and which rules to try there.

Running each of ~40 rules over the whole text enters the regex engine at every position once per
rule. Instead two combined patterns are built from the rules (see ``_date_firsts`` for how a rule
can begin):

- the *word* scan steps on every character that cannot precede a word (a space, a digit, "«") and
  looks at the next position; it serves rules that begin with a look-behind such as ``(?<![а-яё])``;
- the *rare* scan steps on the first characters of the other rules (digits, the numeral mask, "с").

At each step, a branch picked by the next character tries, as one look-ahead, the alternation of
the rules that can start with that character, so the scan stops only where some rule matches. Each
rule is then matched there on its own, skipping positions inside its previous match: exactly the
matches ``finditer`` yields. A rule whose start cannot be read runs ``finditer`` itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from re import _parser as sre_parse  # type: ignore[attr-defined]

import attrs

from sco_brief.recognise._date_firsts import ORDINARY, Start, char_class, starts
from sco_brief.recognise._date_starts import matches, start_class

__all__ = ["Scanner"]

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A character outside ORDINARY may start any rule: it is tried against all of them.
_OTHER = ""
_FLAGS = re.IGNORECASE | re.UNICODE

# Per character at a scan's stop: the rules to try there and the scan's group that says each matched.
Table = dict[str, tuple[tuple[int, int], ...]]


@attrs.frozen
class _Scan:
    """A combined pattern and, per character at the position it stops before, the rules to try."""

    pattern: re.Pattern[str]
    rules: Table
    shift: int  # the rule position minus the scan's match start


@attrs.frozen
class Scanner:
    """Finds the matches of many patterns, per pattern in ``finditer`` order, with one or two scans."""

    patterns: tuple[re.Pattern[str], ...]
    scans: tuple[_Scan, ...]
    at_start: _Scan | None  # the word branches tried at position 0, which no character precedes
    alone: tuple[int, ...]  # patterns whose starts are unknown: scanned by themselves

    @classmethod
    def build(cls, patterns: Sequence[re.Pattern[str]]) -> Scanner:
        """The scanner of ``patterns`` (which must not use named back-references or conditionals)."""
        word: dict[int, set[str]] = defaultdict(set)
        rare: dict[int, set[str]] = defaultdict(set)
        guards: list[frozenset[str]] = []
        alone = []
        for index, pattern in enumerate(patterns):
            found = starts(pattern) if _combinable(pattern) else None
            if found is None:
                alone.append(index)
                continue
            for start in found:
                guard = _word_guard(start)
                (word if guard else rare)[index] |= start.first
                guards += [guard] if guard else []
        scans, at_start = [], None
        if word:
            branches = _branches(word)
            not_letters = char_class(frozenset.intersection(*guards), negate=True)
            scans.append(_scan(f"{not_letters}(?={{}})", branches, patterns, shift=1))
            at_start = _scan("{}", branches, patterns, shift=0)
        if rare:
            branches = _branches(rare)
            first = char_class(set(ORDINARY) - {c for chars in branches for c in chars}, negate=True)
            scans.append(_scan(f"{first}(?<={{}})", branches, patterns, shift=0))
        return cls(tuple(patterns), tuple(scans), at_start, tuple(alone))

    def find(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, the matches ``pattern.finditer(text)`` yields."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for index in self.alone:
            pattern = self.patterns[index]
            found[index] = list(matches(pattern, start_class(pattern), text))
        ends = [0] * len(self.patterns)
        for position, indices in sorted(self._candidates(text)):
            for index in indices:
                if position >= ends[index]:
                    match = self.patterns[index].match(text, position)
                    if match is not None:
                        found[index].append(match)
                        ends[index] = match.end()
        return found

    def _candidates(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """Where some pattern matches, and which patterns match there."""
        candidates = []
        if self.at_start is not None and text:
            first = self.at_start.pattern.match(text)
            if first is not None:
                candidates.append((0, _matched(self.at_start, first, text[0])))
        for scan in self.scans:
            for m in scan.pattern.finditer(text):
                position = m.start() + scan.shift
                candidates.append((position, _matched(scan, m, text[position])))
        return candidates


def _matched(scan: _Scan, match: re.Match[str], char: str) -> tuple[int, ...]:
    """The rules that may match where ``match`` stopped: the first that did, and those after it."""
    pairs = scan.rules.get(char)
    if pairs is None:
        pairs = scan.rules[_OTHER]
    first = match.lastindex
    return tuple(index for index, group in pairs if group >= first)  # type: ignore[operator]


def _word_guard(start: Start) -> frozenset[str] | None:
    """The look-behind class that keeps ``start`` at the beginning of a word, if one does."""
    return next((guard for guard in start.not_after if guard >= _ASCII_LETTERS), None)


def _branches(firsts: dict[int, set[str]]) -> dict[str, tuple[int, ...]]:
    """The rules to try per group of first characters (characters with the same rules share a group)."""
    by_char: dict[str, list[int]] = defaultdict(list)
    for index in sorted(firsts):
        for char in firsts[index]:
            by_char[char].append(index)
    groups: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for char, indices in by_char.items():
        groups[tuple(indices)].append(char)
    result = {"".join(sorted(chars)): indices for indices, chars in groups.items()}
    result[_OTHER] = tuple(sorted(firsts))
    return result


def _scan(frame: str, branches: dict[str, tuple[int, ...]], patterns: Sequence[re.Pattern[str]], shift: int) -> _Scan:
    """The scan ``frame`` around a choice of ``branches``, numbering each rule's capture in order."""
    table: Table = {}
    sources, group = [], 1
    for chars, indices in branches.items():
        source, marks = _branch(chars, [patterns[i] for i in indices])
        sources.append(source)
        pairs = tuple((index, group + mark) for index, mark in zip(indices, marks, strict=True))
        table.update({char: pairs for char in chars or [_OTHER]})
        group += len(indices)
    return _Scan(re.compile(frame.format(f"(?:{'|'.join(sources)})")), table, shift)


def _branch(chars: str, patterns: Sequence[re.Pattern[str]]) -> tuple[str, list[int]]:
    """One character of ``chars`` (or any other character, when empty) where one of ``patterns`` matches.

    Each pattern is a group of its own, and the group that matched tells which patterns to try: those
    from it on. Patterns next to each other that begin alike share their beginning (see ``_merge``);
    returned per pattern is the offset of the group that, when it matched, means trying that pattern.
    """
    step = char_class(chars) if chars else char_class(set(ORDINARY), negate=True)
    union, marks, offset = [], [], 0
    for block in _blocks(patterns):
        union.append(_merge(block, offset))
        marks += [offset + len(block) - 1] * len(block)
        offset += len(block)
    return f"{step}(?<=(?=(?:{'|'.join(union)})){step})", marks


def _blocks(patterns: Sequence[re.Pattern[str]]) -> list[list[re.Pattern[str]]]:
    """The patterns in runs that share a beginning of at least :data:`_SHARED` characters."""
    blocks: list[list[re.Pattern[str]]] = []
    for pattern in patterns:
        block = blocks[-1] if blocks else []
        if block and len(_shared([*block, pattern])) >= _SHARED:
            block.append(pattern)
        else:
            blocks.append([pattern])
    return blocks


def _merge(block: list[re.Pattern[str]], offset: int) -> str:
    """The alternation of ``block`` as one group per pattern, after their shared beginning.

    A match of the shared part may be followed by a later pattern's rest before an earlier one's is
    tried again, so a group inside a block says only that some pattern of the block matches: the
    marks returned by ``_branch`` make every pattern of the block tried.
    """
    if len(block) == 1:
        return f"({_plain(block[0])})"
    shared = _shared(block)
    rests = "|".join(f"({_bare(p)[len(shared):]})" for p in block)
    return _flagged(f"{shared}(?:{rests})", block[0].flags)


# Below this, sharing a beginning saves less than the extra group costs.
_SHARED = 12


def _shared(block: Sequence[re.Pattern[str]]) -> str:
    """The longest beginning of every pattern in ``block`` that is a whole sequence of regex items."""
    if len({p.flags for p in block}) > 1:
        return ""
    sources = [_bare(p) for p in block]
    length = min(len(s) for s in sources)
    length = next((i for i in range(length) if len({s[i] for s in sources}) > 1), length)
    while length > 0 and not _split_all(sources, length, block[0].flags):
        length -= 1
    return sources[0][:length]


def _split_all(sources: list[str], at: int, flags: int) -> bool:
    # Only where as many groups close as opened can the sources split; the parser decides.
    return _balanced(sources[0][:at]) and all(_splits(s, at, flags) for s in sources)


def _balanced(source: str) -> bool:
    return source.count("(") - source.count("\\(") == source.count(")") - source.count("\\)")


@lru_cache(maxsize=4096)
def _splits(source: str, at: int, flags: int) -> bool:
    """Whether ``source`` reads as the items before ``at`` followed by the items after it."""
    try:
        whole = sre_parse.parse(source, flags).data
        head = sre_parse.parse(source[:at], flags).data
        tail = sre_parse.parse(source[at:], flags).data
    except re.error:
        return False
    return repr(whole) == repr(head + tail)


def _plain(pattern: re.Pattern[str]) -> str:
    """``pattern`` without capturing groups (names repeat across rules), under its own case flag."""
    return _flagged(_bare(pattern), pattern.flags)


def _flagged(source: str, flags: int) -> str:
    return f"(?i:{source})" if flags & re.IGNORECASE else source


def _combinable(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` can go into a combined scan: no flags but case, no groups but named ones, and
    no reference to a group (which the scan drops)."""
    try:
        return pattern.flags & ~_FLAGS == 0 and re.compile(_ungrouped(pattern), pattern.flags).groups == 0
    except re.error:
        return False


def _ungrouped(pattern: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


def _bare(pattern: re.Pattern[str]) -> str:
    """``pattern``'s source without capturing groups (for a pattern that is :func:`_combinable`)."""
    return _ungrouped(pattern)
