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
from collections.abc import Iterable, Sequence

import attrs

from sco_brief.recognise._date_firsts import ORDINARY, Start, starts
from sco_brief.recognise._date_starts import matches, start_class

__all__ = ["Scanner"]

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A character outside ORDINARY may start any rule: it is tried against all of them.
_OTHER = ""
_FLAGS = re.IGNORECASE | re.UNICODE

Table = dict[str, tuple[int, ...]]


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
            letters = frozenset.intersection(*guards)
            branches = _branches(patterns, word)
            scans.append(_scan(_class(letters, negate=True), branches, patterns, lookahead=True))
            at_start = _scan("", branches, patterns, lookahead=True)
        if rare:
            branches = _branches(patterns, rare)
            first = set(ORDINARY) - {c for chars in branches for c in chars}
            scans.append(_scan(_class(first, negate=True), branches, patterns, lookahead=False))
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
        candidates = []
        if self.at_start is not None and text and self.at_start.pattern.match(text):
            candidates.append((0, _rules_at(self.at_start, text, 0)))
        for scan in self.scans:
            for m in scan.pattern.finditer(text):
                position = m.start() + scan.shift
                candidates.append((position, _rules_at(scan, text, position)))
        return candidates


def _rules_at(scan: _Scan, text: str, position: int) -> tuple[int, ...]:
    char = text[position]
    found = scan.rules.get(char)
    return found if found is not None else scan.rules.get(_OTHER, ()) if char not in _ORDINARY_SET else ()


_ORDINARY_SET = frozenset(ORDINARY)


def _word_guard(start: Start) -> frozenset[str] | None:
    """The look-behind class that keeps ``start`` at the beginning of a word, if one does."""
    return next((guard for guard in start.not_after if guard >= _ASCII_LETTERS), None)


def _branches(patterns: Sequence[re.Pattern[str]], firsts: dict[int, set[str]]) -> dict[str, tuple[int, ...]]:
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


def _scan(step: str, branches: dict[str, tuple[int, ...]], patterns: Sequence[re.Pattern[str]], *, lookahead: bool) -> _Scan:
    dispatch = "|".join(_branch(chars, [patterns[i] for i in indices]) for chars, indices in branches.items())
    if not step:
        source = f"(?:{dispatch})"
    elif lookahead:
        source = f"{step}(?=(?:{dispatch}))"
    else:
        source = f"{step}(?<=(?:{dispatch}))"
    table = {char: indices for chars, indices in branches.items() for char in chars}
    if _OTHER in branches:
        table[_OTHER] = branches[_OTHER]
    return _Scan(re.compile(source), table, 1 if lookahead and step else 0)


def _branch(chars: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """One character of ``chars``, where at least one of ``patterns`` matches from it."""
    step = _class(frozenset(ORDINARY) - set(chars), negate=True) if not chars else _class(chars)
    union = "|".join(f"(?:{_plain(p)})" for p in patterns)
    return f"{step}(?<=(?=(?:{union})){step})"


def _plain(pattern: re.Pattern[str]) -> str:
    """``pattern`` without capturing groups (names repeat across rules), under its own case flag."""
    source = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
    if re.compile(source, pattern.flags).groups:
        raise ValueError(f"pattern with unnamed or left-over groups: {pattern.pattern!r}")
    return f"(?i:{source})" if pattern.flags & re.IGNORECASE else source


def _class(chars: Iterable[str], *, negate: bool = False) -> str:
    """A character class of ``chars`` (or of everything else), written as ranges."""
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return f"[{'^' if negate else ''}{body}]"
