"""One-word compound numerals: "двухтысячный", "двухсотпятидесятый", "пятидесятилетие".

The word is a genitive prefix read as a group of three digits ("двадцатипяти" is 25) glued to
an ordinal ("тысячный") or to an anniversary noun ("летие"). Results are cached per word.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from sco_brief.recognise._numlex import Lexicon, Word, lexicon

__all__ = ["compound_ordinal"]


def _split_prefix(lex: Lexicon, prefix: str) -> Decimal | None:
    """Read a glued genitive prefix ("двадцатипяти") as one group, or None."""
    if not prefix:
        return None
    for cut in range(len(prefix), 0, -1):
        word = lex.words.get(prefix[:cut])
        if word is None or word.kind != "card" or word.value % 1:
            continue
        if cut == len(prefix):
            return word.value
        rest = _split_prefix(lex, prefix[cut:])
        if rest is not None and rest < 10 ** word.level:
            return word.value + rest
    return None


def _glued_head(lex: Lexicon, prefix: str, scale: bool) -> Decimal | None:
    """The value of the prefix of a one-word numeral; "полутора" (1.5) only before a scale."""
    word = lex.words.get(prefix)
    if scale and word is not None and word.kind == "card" and word.value % 1:
        return word.value
    return _split_prefix(lex, prefix)


def _glued_tail(lex: Lexicon, head: Decimal, tail: str) -> Word | None:
    """Join a read prefix to the rest of the word: a scale or lower ordinal, or "летие"."""
    if tail in lex.anniversary:  # "пятидесятилетие": the 50th anniversary
        return Word("ord", head, 2)
    word = lex.words.get(tail)
    if word is None or word.kind != "ord" or not word.value:
        return None
    if word.level == 4:  # "двухтысячный", "полуторамиллионный"
        return Word("ord", head * word.value, 4)
    # "двухсотпятидесятый": hundreds before tens or units, tens before units.
    room = 100 if word.value >= 10 else 10
    return Word("ord", head + word.value, 3) if head % room == 0 and word.value < room else None


@lru_cache(maxsize=8192)
def compound_ordinal(lang: str, low: str) -> Word | None:
    """"двухтысячный", "двухсотпятидесятый", "пятидесятилетие": one-word compound ordinals."""
    lex = lexicon(lang)
    for cut in range(len(low) - 4, 2, -1):
        tail = low[cut:]
        word = lex.words.get(tail)
        # Most words have no numeral tail: test it before reading the prefix.
        if tail not in lex.anniversary and (word is None or word.kind != "ord"):
            continue
        head = _glued_head(lex, low[:cut], word is not None and word.level == 4)
        if head is not None:
            found = _glued_tail(lex, head, tail)
            if found is not None:
                return found
    return None
