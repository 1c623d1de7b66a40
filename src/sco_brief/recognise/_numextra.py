"""Numbers written without numeral words: Roman ordinals ("XXI век") and half units ("полчаса").

A Roman numeral is an ordinal only where the genre puts one: before a noun such as "век",
"квартал", "саммит" (adjectives may stand between: "XXV юбилейный саммит"), after one ("глава
IV"), paired with such a numeral ("XIX–XX веков"), or alone as the whole text. A one-letter
numeral needs its noun right after it in lower case ("I квартал", not "I Форум"). Latin capitals
anywhere else ("CD", "MI", "DC") are names or codes.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sco_brief import morph
from sco_brief.recognise._numlex import Lexicon
from sco_brief.recognise._numtok import DASHES, HYPHENS, Tokens, glued, next_tok, prev_tok
from sco_brief.recognise._numwords import Core

__all__ = ["ROMAN_FIRST", "read_extra", "read_rank_group", "roman_value"]

_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# Russian texts often type "ХХI век" with a Cyrillic Х, or a Ukrainian І.
_LOOKALIKES = str.maketrans("ХІ", "XI")
# The letters a Roman numeral can start with: other words skip the reader at once.
ROMAN_FIRST = frozenset("IVXLCDMХІ")
_MAX_ADJECTIVES = 2
_MAX_WORD = 40
_PAIR_LINKS = frozenset({"и", "или"})
_HALF = Decimal("0.5")


def roman_value(text: str) -> int | None:
    """The value of a well-formed Roman numeral in capitals ("XXI" is 21), else None."""
    latin = text.translate(_LOOKALIKES)
    if not latin or len(latin) > 15 or _ROMAN.fullmatch(latin) is None:
        return None
    values = [_ROMAN_VALUES[c] for c in latin]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _adjective(low: str) -> bool:
    return len(low) <= _MAX_WORD and any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(low))


def _noun_after(tokens: Tokens, i: int, lex: Lexicon) -> bool:
    """A listed noun after token ``i``, across at most two adjectives ("XXV юбилейный саммит")."""
    k = i
    for _ in range(_MAX_ADJECTIVES + 1):
        k = next_tok(tokens, k)
        if k == -1 or tokens[k].kind != "w":
            return False
        if tokens[k].low in lex.roman_nouns:
            return True
        if not _adjective(tokens[k].low):
            return False
    return False


def _alone(tokens: Tokens, i: int) -> bool:
    """True when token ``i`` is the whole text but for spaces around it."""
    before = i == 0 or (i == 1 and tokens[0].kind == "s")
    after = i == tokens.size - 1 or (i == tokens.size - 2 and tokens[tokens.size - 1].kind == "s")
    return before and after


def _paired(tokens: Tokens, i: int, lex: Lexicon) -> bool:
    """"XIX–XX веков", "XIX и XX веков": the first of two numerals before one noun."""
    link = next_tok(tokens, i)
    if link == -1 or not (tokens[link].text in DASHES or tokens[link].low in _PAIR_LINKS):
        return False
    second = next_tok(tokens, link)
    if second == -1 or tokens[second].kind != "w" or roman_value(tokens[second].text) is None:
        return False
    return _noun_after(tokens, second, lex)


def _roman(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    text = tokens[i].text
    if not lex.roman_max or text[0] not in ROMAN_FIRST:
        return None
    value = roman_value(text)
    if value is None or not 0 < value <= lex.roman_max:
        return None
    before = prev_tok(tokens, i)
    noun_before = before != -1 and tokens[before].low in lex.roman_nouns
    if noun_before or _alone(tokens, i):
        return Core(i, i + 1, Decimal(value), "ordinal")
    if len(text) == 1 and not _lower_noun_next(tokens, i, lex):
        # A lone capital before a capitalised word is as often an initial or a pronoun ("I Форум").
        return None
    if _noun_after(tokens, i, lex) or _paired(tokens, i, lex):
        return Core(i, i + 1, Decimal(value), "ordinal")
    return None


def _lower_noun_next(tokens: Tokens, i: int, lex: Lexicon) -> bool:
    """ "I квартал", "V съезд": a one-letter numeral needs its noun right after it, in lower case."""
    k = next_tok(tokens, i)
    return k != -1 and tokens[k].low in lex.roman_nouns and tokens[k].text.islower()


def _half_unit(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    """"полчаса", "около полугода", "пол-литра": half of a unit of measure (or of a percent)."""
    unit = lex.half_units.get(tokens[i].low)
    if unit is not None:
        return Core(i, i + 1, _HALF, "decimal", unit=unit)
    if tokens[i].low != lex.half_prefix or i + 2 >= tokens.size or tokens[i + 1].text not in HYPHENS:
        return None
    if not (glued(tokens, i, i + 1) and glued(tokens, i + 1, i + 2)):
        return None
    unit = lex.half_units.get(lex.half_prefix + tokens[i + 2].low)
    return None if unit is None else Core(i, i + 3, _HALF, "decimal", unit=unit)


def read_extra(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    """A Roman ordinal or a half unit starting at word token ``i``, or None."""
    if tokens[i].kind != "w":
        return None
    return _half_unit(tokens, i, lex) or _roman(tokens, i, lex)


def read_rank_group(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    """ "входит в тройку", "в первую десятку": a group noun after "в" is a rank, reached or bettered.

    Elsewhere the noun counts ("две десятки стран") and is left to the numeral reader.
    """
    start = i
    if tokens[i].low in lex.rank_between:
        i = next_tok(tokens, i)
    value = lex.rank_groups.get(tokens[i].low) if i != -1 else None
    before = prev_tok(tokens, start)
    if value is None or before == -1 or tokens[before].low not in lex.rank_preps:
        return None
    return Core(start, i + 1, value, "cardinal", unit="rank", bound="upper")
