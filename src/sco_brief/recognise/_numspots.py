"""Where a number can start, and the windows of text the recogniser must tokenise around them.

A number starts only at a digit run or at a word the lexicon knows: a numeral form, a glued
compound ordinal ("двухтысячный"), a rank group ("тройку"), a half unit ("полчаса"), a Roman
numeral's first letter or a vulgar fraction. Two patterns built once from the lexicon find
those tokens in C, one over the text and one over its lower-case copy; only windows of text
around them are split into tokens, and the recogniser reads only at them (see ``_numtok``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from sco_brief.recognise._numlex import Lexicon, lexicon
from sco_brief.recognise._word_tree import by_first, word_tree

__all__ = ["WHOLE_TEXT", "spots", "windows"]

_LETTER = r"[^\W\d_]"  # a character of a word token
# The regular expression engine scans fast for a pattern whose every alternative starts with
# a literal character, so each alternative below does; the look-behind that puts the match at
# a word's start comes after that first character.
_AT_WORD_START = rf"(?<!{_LETTER}.)"
_ROMAN_FIRST = "IVXLCDMХІ"  # the letters a Roman numeral can start with (see _numextra)
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# Over the text itself: a word starting like a Roman numeral, a lone vulgar fraction.
_TEXT_SPOTS = re.compile(
    "|".join([
        *(f"{c}{_AT_WORD_START}{_LETTER}*" for c in _ROMAN_FIRST),
        *(f"{c}{_AT_WORD_START}(?!{_LETTER})" for c in _VULGAR),
    ])
)
_SPACE_RUN = re.compile(r"\s+")
# Characters tokenised before and after a spot: enough for every reader's reach in nearly all
# texts (a reader that looks further finds a gap, and the text is read again in full).
_BEFORE = 60
_AFTER = 50
WHOLE_TEXT = _BEFORE + _AFTER  # texts this short are read whole
# Whitespace runs (so at least as many tokens) a gap between windows holds: a reader that
# measures a distance in tokens (a currency said once for two figures, at most 8 apart) then
# never measures across a gap, whose indices do not count its tokens.
_MIN_GAP_SPACES = 9
_MIN_COMPOUND, _MAX_COMPOUND = 8, 40  # the word lengths lookup() reads as glued compounds
_ENDING = 3  # letters of a glued compound's ending the spot pattern checks


def _words(words: Iterable[str]) -> str:
    """A group matching exactly ``words`` (which may hold ""), as a prefix tree where it can be one."""
    return f"(?:{word_tree(sorted(set(words), key=lambda w: (-len(w), w)))})"


@cache
def _low_spots(lang: str) -> re.Pattern[str]:
    """Over a space and the lower-case text: digit runs, and whole words that may start a number in ``lang``.

    A spot follows a character that is no letter; the pattern matches that character alone
    (the engine then tries only there) and captures the spot in a look-ahead, so a spot right
    after another ("5тысяч") is still found.
    """
    lex = lexicon(lang)
    words = by_first(w for w in {*lex.words, *lex.half_units, *lex.rank_groups, *lex.rank_between, lex.half_prefix}
                     if w.isalpha())
    heads = by_first(lex.glued_heads if lang == "ru" else ())
    ordinals = (w for w, word in lex.words.items() if word.kind == "ord" and w.isalpha())
    # lookup() reads a word of 8 to 40 letters that starts like a numeral and ends in an ordinal
    # or "летие" as a glued ordinal; the last letters of those endings are enough to rule most out.
    endings = {tail[-_ENDING:] for tail in [*ordinals, *lex.anniversary]}
    tails = f"{_LETTER}*{_words(endings)}"
    length = rf"(?={_LETTER}{{{_MIN_COMPOUND - 1},{_MAX_COMPOUND - 1}}}(?!{_LETTER}))"
    alternatives = ["(?<![0-9])[0-9]+"]  # a whole digit run, not its tail
    for first in sorted({*words, *heads} - {""}):
        options = []
        if first in words:
            options.append(_words(words[first]))
        if first in heads:
            options.append(f"{length}{_words(heads[first])}{tails}")
        alternatives.append(f"{re.escape(first)}(?:{'|'.join(options)})(?!{_LETTER})")
    return re.compile(rf"[\W\d_](?=({'|'.join(alternatives)}))")


def spots(text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """Sorted character spans of the tokens a number may start at; None if the text needs a full read.

    Lower-casing that changes the text's length ("İ") would shift the spans found in the copy.
    """
    low = text.lower().replace("ё", "е")
    if len(low) != len(text):
        return None
    found = {m.start(): m.end() for m in _TEXT_SPOTS.finditer(text)}
    # The leading space lets a spot start the text; it shifts every offset by one.
    found.update((m.start(1) - 1, m.end(1) - 1) for m in _low_spots(lex.lang).finditer(" " + low))
    return sorted(found.items())


def _after_space(text: str, offset: int) -> int:
    """The end of the first whitespace run at or after ``offset`` (a token boundary), or the text's end."""
    match = _SPACE_RUN.search(text, offset)
    return len(text) if match is None else match.end()


def windows(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans around the spots, each starting and ending at a token boundary."""
    clusters: list[tuple[int, int]] = []
    for start, end in found:  # spots whose margins meet share one window
        if clusters and start - clusters[-1][1] <= _BEFORE + _AFTER:
            clusters[-1] = (clusters[-1][0], max(end, clusters[-1][1]))
        else:
            clusters.append((start, end))
    spans: list[tuple[int, int]] = []
    for start, end in clusters:
        left = 0 if start <= _BEFORE else _after_space(text, start - _BEFORE)
        left = 0 if left > start else left
        right = _after_space(text, end + _AFTER)
        if spans and (left <= spans[-1][1] or _few_spaces(text, spans[-1][1], left)):
            spans[-1] = (spans[-1][0], max(right, spans[-1][1]))
        else:
            spans.append((left, right))
    return spans


def _few_spaces(text: str, start: int, end: int) -> bool:
    runs = islice(_SPACE_RUN.finditer(text, start, end), _MIN_GAP_SPACES)  # enough to decide
    return sum(1 for _run in runs) < _MIN_GAP_SPACES
