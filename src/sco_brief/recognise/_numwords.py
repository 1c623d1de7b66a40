"""Numbers written in words: cardinals, ordinals, fractions and decimals, in any case.

A phrase is read word by word as groups of three digits ("сто двадцать три") closed by
scale words ("тысяч", "million"). A word that cannot continue the group ends the phrase, so
"пять шесть" is two numbers while "двадцать пять" is one.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from sco_brief import morph
from sco_brief.recognise._numglued import compound_ordinal
from sco_brief.recognise._numlex import Lexicon, Word
from sco_brief.recognise._numtok import HYPHENS, Tokens, next_tok, prev_tok, tight

__all__ = ["Core", "and_part", "lookup", "next_word", "phrase_after", "read_words"]

_EMPTY = 9  # the level of an empty group
_MAX_WORD = 40


@attrs.define
class Core:
    """A number without its context: token range ``[start, end)``, value and kind."""

    start: int
    end: int
    value: Decimal
    kind: str  # cardinal | ordinal | decimal | fraction | multiple | percent
    scale: Decimal = Decimal(1)  # the scale word applied; a range's low end borrows it
    digits: bool = False
    plain: bool = False  # bare digits, no separator, sign or scale: could be a year
    unit: str | None = None
    noun: str | None = None
    bound: str | None = None  # "20 с лишним": a lower bound said after the number


@attrs.define
class _State:
    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    level: int = _EMPTY
    last_scale: Decimal | None = None
    count: int = 0
    end: int = 0
    first: Word | None = None
    scales: bool = True  # False for the digits after a spoken point ("three point five million")
    joins: bool = True  # False while checking what follows "тысяча и" (keeps the look-ahead bounded)
    bound: str | None = None


def lookup(lex: Lexicon, low: str) -> Word | None:
    """The numeral reading of a normalised word, or None."""
    word = lex.words.get(low)
    if word is not None or lex.lang != "ru" or not 8 <= len(low) <= _MAX_WORD:
        return word
    # Glued ordinals start like a numeral; the length cap keeps hostile input linear.
    if low[:3] in lex.glued_heads and low not in lex.periods:
        return compound_ordinal(lex.lang, low)
    return None


def next_word(tokens: Tokens, index: int, lex: Lexicon) -> int:
    """The next word of the same phrase: one space away, or across a hyphen in English."""
    j = index + 1
    if lex.lang == "en" and tight(tokens, index, j + 1) and tokens[j].text in HYPHENS:
        return j + 1 if tokens[j + 1].kind == "w" else -1
    j = next_tok(tokens, index)
    return j if j != -1 and tokens[j].kind == "w" else -1


def _card_fits(level: int, word: Word) -> bool:
    if level == _EMPTY:
        return True
    if level == 3:
        return word.level < 3
    return level == 2 and word.level == 0


def _value(st: _State) -> Decimal:
    return st.total + st.group


def _fraction(st: _State, den: Decimal, end: int) -> Core | None:
    num = _value(st)
    if den == 0 or num % 1:
        return None
    return Core(0, end, num / den, "fraction")


def _ordinal(tokens: Tokens, st: _State, word: Word, j: int, lex: Lexicon) -> Core | None:
    """An ordinal word ends the phrase: a compound ordinal, or the denominator of a fraction."""
    if st.count == 0:
        part = next_word(tokens, j, lex)
        if part != -1 and tokens[part].low in lex.part:  # "пятая часть"
            return Core(0, part + 1, 1 / word.value if word.value else Decimal(0), "fraction")
        of = part != -1 and tokens[part].low == "of"
        if _article_before(tokens, j) and word.value > 1 and (of or _change_by(tokens, j)):
            return Core(0, j + 1, 1 / word.value, "fraction")  # "a third of", "rose by a fifth"
        return Core(0, j + 1, word.value, "ordinal")
    if word.level < 4 and _card_fits(st.level, word) and st.group % 1 == 0:
        return Core(0, j + 1, _value(st) + word.value, "ordinal")
    if word.level == 4 and st.level == _EMPTY and st.last_scale and word.value < st.last_scale:
        return Core(0, j + 1, _value(st) + word.value, "ordinal")  # "два миллиона тысячный"
    end = j + 1
    part = next_word(tokens, j, lex)
    if part != -1 and tokens[part].low in lex.part:
        end = part + 1
    return _fraction(st, word.value, end)


# Words that may follow "by a fifth" when it is the size of a change ("rose by a fifth in 2025").
_AFTER_CHANGE = frozenset({"in", "to", "from", "and", "while", "over", "since", "compared", "against", "on", "during"})


def _change_by(tokens: Tokens, j: int) -> bool:
    """ "rose by a fifth": "by" and an article before the ordinal, and no noun after it ("by a third country")."""
    article = prev_tok(tokens, j)
    by = prev_tok(tokens, article) if article != -1 else -1
    if by == -1 or tokens[by].low != "by":
        return False
    after = next_tok(tokens, j)
    return after == -1 or tokens[after].kind != "w" or tokens[after].low in _AFTER_CHANGE


def _article_before(tokens: Tokens, j: int) -> bool:
    before = prev_tok(tokens, j)
    return before != -1 and tokens[before].low in ("a", "one")


def _half_a(tokens: Tokens, j: int, word: Word, lex: Lexicon) -> Core | None:
    """"half a million", "a quarter of a billion": a fraction of a scale."""
    k = next_word(tokens, j, lex)
    if k != -1 and tokens[k].low == "of":
        k = next_word(tokens, k, lex)
    if k == -1 or tokens[k].low not in ("a", "an"):
        return None
    k = next_word(tokens, k, lex)
    scale = lex.words.get(tokens[k].low) if k != -1 else None
    if scale is None or scale.kind != "scale" or not scale.singular:
        return None
    return Core(0, k + 1, scale.value / word.value, "cardinal", scale=scale.value)


def phrase_after(tokens: Tokens, j: int, phrase: tuple[str, ...]) -> int:
    """The index of the last word of ``phrase`` right after token ``j``, or -1."""
    k = j
    for expected in phrase:
        k = next_tok(tokens, k)
        if k == -1 or tokens[k].low != expected:
            return -1
    return k


def and_part(tokens: Tokens, j: int, lex: Lexicon) -> tuple[int, Decimal, str | None]:
    """After token ``j``: "с половиной" (+0.5), "с четвертью" (+0.25) or "с лишним" (a lower bound).

    Returns the index of the phrase's last word (-1 if none), the part added and the bound.
    """
    k = next_tok(tokens, j)
    if k == -1 or tokens[k].low not in lex.and_first:  # nearly every number: one look
        return -1, Decimal(0), None
    for phrase, part in lex.and_part:
        k = phrase_after(tokens, j, phrase)
        if k != -1:
            return k, part, None
    for phrase in lex.and_more:
        k = phrase_after(tokens, j, phrase)
        if k != -1:
            return k, Decimal(0), "lower"
    return -1, Decimal(0), None


def _decimal_words(tokens: Tokens, st: _State, j: int, lex: Lexicon) -> Core | None:
    """"три целых пять десятых": the whole part is read, ``j`` is the word "целых"."""
    k = next_word(tokens, j, lex)
    if k != -1 and tokens[k].low == "и":
        k = next_word(tokens, k, lex)
    if k == -1 or st.group % 1:
        return None
    part = read_words(tokens, k, lex)
    if part is not None and part.kind == "cardinal" and part.value >= 0:
        # "три целых двадцать пять": the digits after the point, without a denominator.
        return Core(0, part.end, _value(st) + Decimal(f"0.{int(part.value)}"), "decimal")
    if part is None or part.kind != "fraction":
        return None
    return Core(0, part.end, _value(st) + part.value, "decimal")


def _point_digits(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str, int]:
    """Digits spoken after "запятая" / "point" from word ``j``: ("05", end) for "ноль пять"."""
    digits, end = "", -1
    while j != -1 and len(digits) < 12:
        part = read_words(tokens, j, lex, scales=False)
        if part is None or part.kind != "cardinal" or part.value < 0:
            break
        digits += str(int(part.value))
        end = part.end
        if part.value >= 10:  # "ноль запятая двадцать пять": one group closes the fraction
            break
        j = next_word(tokens, part.end - 1, lex)
    return digits, end


def _spoken_point(tokens: Tokens, core: Core, lex: Lexicon) -> Core:
    """"три запятая пять", "two point five": a decimal point said as a word."""
    j = next_word(tokens, core.end - 1, lex)
    if j == -1 or tokens[j].low not in lex.point or core.kind != "cardinal" or core.scale != 1:
        return core
    k = next_word(tokens, j, lex)
    digits, end = _point_digits(tokens, k, lex) if k != -1 else ("", -1)
    if not digits:
        return core
    sign = -1 if core.value < 0 else 1
    return Core(core.start, end, core.value + sign * Decimal(f"0.{digits}"), "decimal")


def _scale_fits(st: _State, word: Word) -> bool:
    if st.last_scale is not None and word.value >= st.last_scale:
        return False
    return not (st.count > 0 and st.level == _EMPTY)


def _step(tokens: Tokens, st: _State, word: Word, j: int, lex: Lexicon) -> Core | bool:
    """Feed one word; True to go on, False to stop before it, a Core when the phrase is done."""
    if word.kind == "card" and _card_fits(st.level, word) and (st.count == 0 or word.value % 1 == 0):
        if word.value == 0 and st.count:
            return False
        st.group += word.value
        # "полтора" and "ноль" take nothing after them but a scale or "целых".
        st.level = 0 if (word.value % 1 or word.value == 0) else word.level
        return True
    if word.kind == "hundred" and st.level in (_EMPTY, 0, 1) and st.group < 100:
        st.group = (st.group or 1) * word.value
        st.level = 3
        return True
    counted = st.first is not None and st.first.kind != "scale"  # "сотни тысяч" alone stays vague
    if word.kind == "scale" and counted and st.last_scale and st.level == _EMPTY and word.value > st.last_scale:
        # "lakh crore", "тысяча миллионов": a scale of a scale multiplies.
        st.total *= word.value
        st.last_scale = word.value
        return True
    if word.kind == "scale" and st.scales and _scale_fits(st, word):
        st.total += (st.group or 1) * word.value
        st.group, st.level, st.last_scale = Decimal(0), _EMPTY, word.value
        return True
    if word.kind == "ord" and _ordinal_before_scale(tokens, word, j, lex):
        return _step(tokens, st, Word("card", word.value, word.level), j, lex)
    if word.kind == "ord":
        return _ordinal(tokens, st, word, j, lex) or False
    if word.kind == "frac":
        if st.count == 0:
            return _half_a(tokens, j, word, lex) or Core(0, j + 1, 1 / word.value, "fraction")
        return _fraction(st, word.value, j + 1) or False
    if word.kind == "mult" and st.count == 0 and _attributive(tokens, j, lex):
        return False
    if word.kind in ("mult", "half_scale") and st.count == 0:
        kind = "multiple" if word.kind == "mult" else "cardinal"
        return Core(0, j + 1, word.value, kind, unit="times" if kind == "multiple" else None)
    return False


def _ordinal_before_scale(tokens: Tokens, word: Word, j: int, lex: Lexicon) -> bool:
    """num2words' "сто сороковой тысяч восемьсот второй" (140802): an ordinal inside a group.

    Only a plural scale word with more numerals after it makes the ordinal a cardinal, so "первый
    миллион долларов" keeps its ordinal.
    """
    if word.level >= 4:
        return False
    k = next_word(tokens, j, lex)
    scale = lex.words.get(tokens[k].low) if k != -1 else None
    if scale is None or scale.kind != "scale" or scale.singular:
        return False
    after = next_word(tokens, k, lex)
    rest = lookup(lex, tokens[after].low) if after != -1 else None
    return rest is not None and rest.kind in ("card", "ord", "hundred")


def _attributive(tokens: Tokens, j: int, lex: Lexicon) -> bool:
    """ "a joint programme of double degrees": "double" before a lower-case noun is an adjective."""
    if tokens[j].low not in lex.attributive:
        return False
    k, before = next_tok(tokens, j), prev_tok(tokens, j)
    if k == -1 or tokens[k].kind != "w" or not tokens[k].text.islower() or tokens[k].low in lex.function_words:
        return False
    return before == -1 or tokens[before].low not in lex.verb_openers


def _accepted(tokens: Tokens, i: int, st: _State, lex: Lexicon) -> bool:
    """Single words that are numbers only in context ("тысячи", "семью")."""
    first = st.first
    if st.count != 1 or first is None:
        return st.count > 0
    if first.kind == "scale" and not first.singular:
        before = prev_tok(tokens, i)
        return before != -1 and tokens[before].low in lex.scale_alone_after
    if first.ambiguous:
        before = prev_tok(tokens, i)
        if before != -1 and tokens[before].low in lex.scale_alone_after:  # "от сорока до пятидесяти"
            return True
        after = next_tok(tokens, i)
        if after == -1 or tokens[after].kind != "w":
            return True
        found = morph.parses(tokens[after].low[:_MAX_WORD])
        return bool(found) and found[0].tag.POS == "NOUN" and "plur" in found[0].tag
    return True


def _skip_and(tokens: Tokens, st: _State, j: int, lex: Lexicon) -> int:
    """English "one hundred and five", Russian "тысяча и одна": "and" joins only what fits after."""
    if st.count and lex.lang == "ru" and tokens[j].low == "и" and st.joins and st.level == _EMPTY and st.last_scale:
        nxt = next_word(tokens, j, lex)
        # "тысяча и одна" is 1001, but "две тысячи и три тысячи" are two numbers.
        rest = read_words(tokens, nxt, lex, joins=False) if nxt != -1 else None
        fits = rest is not None and rest.kind in ("cardinal", "ordinal") and 0 < rest.value < st.last_scale
        return nxt if fits and rest is not None and rest.value % 1 == 0 else -1
    if not (st.count and lex.lang == "en" and tokens[j].low == "and"):
        return j
    nxt = next_word(tokens, j, lex)
    word = lookup(lex, tokens[nxt].low) if nxt != -1 else None
    return nxt if word is not None and word.kind in ("card", "ord") else -1


def _advance(tokens: Tokens, st: _State, word: Word, j: int, lex: Lexicon) -> int:
    """Record an accepted word; the index of the next word of the phrase (or -1)."""
    st.first = st.first or word
    st.count += 1
    st.end = j + 1
    last, part, bound = and_part(tokens, j, lex) if word.kind == "card" else (-1, Decimal(0), None)
    if last != -1:
        st.group += part
        st.level, st.end, j, st.bound = 0, last + 1, last, bound or st.bound
    return next_word(tokens, j, lex)


def read_words(tokens: Tokens, i: int, lex: Lexicon, *, scales: bool = True, joins: bool = True) -> Core | None:
    """Read the longest number phrase that starts at word token ``i`` (without scale words if not ``scales``)."""
    st = _State(end=i, scales=scales, joins=joins)
    j = i
    while j != -1:
        j = _skip_and(tokens, st, j, lex)
        word = lookup(lex, tokens[j].low) if j != -1 else None
        if word is None:
            break
        step = _step(tokens, st, word, j, lex)
        if isinstance(step, Core):
            step.start = i
            return step
        if not step:
            break
        j = _advance(tokens, st, word, j, lex)
        if j != -1 and tokens[j].low in lex.whole:
            dec = _decimal_words(tokens, st, j, lex)
            if dec is not None:
                dec.start = i
                return dec
    if not _accepted(tokens, i, st, lex):
        return None
    value = _value(st)
    kind = "decimal" if value % 1 else "cardinal"
    core = Core(i, st.end, value, kind, scale=st.last_scale or Decimal(1), bound=st.bound)
    if st.joins and kind == "cardinal" and st.last_scale is None:
        core = _and_fraction(tokens, core, lex)
    return _spoken_point(tokens, core, lex)


def _and_fraction(tokens: Tokens, core: Core, lex: Lexicon) -> Core:
    """"три и пять десятых", "два и одна четвёртая": a whole number and a proper fraction."""
    j = next_word(tokens, core.end - 1, lex)
    k = next_word(tokens, j, lex) if j != -1 and tokens[j].low in lex.and_words else -1
    first = lookup(lex, tokens[k].low) if k != -1 else None
    if first is None or first.kind != "card":  # "пять и половина" names no numerator: two phrases
        return core
    rest = read_words(tokens, k, lex, joins=False)
    if rest is None or rest.kind != "fraction" or not 0 < rest.value < 1:
        return core
    return Core(core.start, rest.end, core.value + rest.value, "decimal")
