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
            found = starts(pattern) if pattern.flags & ~_FLAGS == 0 else None
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
        sources.append(_branch(chars, [patterns[i] for i in indices]))
        pairs = tuple((index, group + n) for n, index in enumerate(indices))
        table.update({char: pairs for char in chars or [_OTHER]})
        group += len(indices)
    return _Scan(re.compile(frame.format(f"(?:{'|'.join(sources)})")), table, shift)


def _branch(chars: str, patterns: Sequence[re.Pattern[str]]) -> str:
    """One character of ``chars`` (or any other character, when empty) where one of ``patterns`` matches.

    Each pattern is a group of its own: the group that matched names the first pattern that matches.
    """
    step = char_class(chars) if chars else char_class(set(ORDINARY), negate=True)
    union = "|".join(f"({_plain(p)})" for p in patterns)
    return f"{step}(?<=(?=(?:{union})){step})"


def _plain(pattern: re.Pattern[str]) -> str:
    """``pattern`` without capturing groups (names repeat across rules), under its own case flag."""
    source = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
    if re.compile(source, pattern.flags).groups:
        raise ValueError(f"pattern with unnamed or left-over groups: {pattern.pattern!r}")
    return f"(?i:{source})" if pattern.flags & re.IGNORECASE else source
