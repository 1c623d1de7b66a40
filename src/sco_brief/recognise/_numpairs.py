"""Qualifiers before a number, and numbers that pair up into ranges and from→to changes.

"около 2 миллионов" is approximate, "более 20" a lower bound, "до 800" an upper one unless
a verb of change comes first ("вырос ... до 5 млрд" states the level reached). "от 5 до 10"
and "2020–2024" are ranges; "с трёх дней до шести часов" and "from 12 to 7 days" are changes.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import attrs

from sco_brief.recognise._numlex import Lexicon
from sco_brief.recognise._numtok import DASHES, Tokens, glued, next_tok, prev_tok
from sco_brief.recognise._numunits import Draft, noun_key

__all__ = ["attach_qualifier", "combine"]

_LOOKBACK = 8
# _between steps from the last token of the first number over at most three tokens and one more
# to the second number, each step crossing at most one space: 2 * 4 tokens from a.end - 1.
_MAX_BETWEEN_STEP = 7
_SENTENCE_END = frozenset(".!?;:")
_FROM = frozenset({"с", "со", "from"})
_TO = frozenset({"до", "to"})
# The word opening a range and the one linking its ends: "от 5 до 10", "между 5 и 10", "between 5 and 10".
_RANGE_LINKS = {"от": "до", "between": "and", "между": "и"}
_YEAR_TO = frozenset({"по"})
_YEAR_IN = frozenset({"в", "in"})
_PART_OF = frozenset({"из", "of"})
# "220 GW, up from 76 GW": the level reached, then where it came from.
_CAME_FROM = (frozenset({"up", "down"}), frozenset({"from"}))


def _words_back(tokens: Tokens, end: int, size: int, floor: int) -> list[int] | None:
    found = [end]
    while len(found) < size:
        k = prev_tok(tokens, found[0])
        if k < floor or tokens[k].kind != "w":
            return None
        found.insert(0, k)
    return found


def _qualifier_before(tokens: Tokens, start: int, lex: Lexicon, floor: int) -> tuple[int, str] | None:
    """The qualifier ending just before token ``start``: (its first token, bound kind)."""
    k = prev_tok(tokens, start)
    if k > floor and tokens[k].text == "." and glued(tokens, k - 1, k) and tokens[k - 1].low in lex.qualifier_abbr:
        return k - 1, lex.qualifier_abbr[tokens[k - 1].low]  # "ок. 5 млн"
    if k < floor or tokens[k].kind != "w":
        return None
    ends = [k]
    if tokens[k].low in lex.between:
        ends.append(prev_tok(tokens, k))
    for end in ends:
        if end < floor or tokens[end].kind != "w" or tokens[end].low not in lex.qualifier_ends:
            continue
        for size in (3, 2, 1):
            found = _words_back(tokens, end, size, floor)
            if found is None:
                continue
            bound = lex.qualifiers.get(tuple(tokens[x].low for x in found))
            if bound is not None:
                return found[0], bound
    return None


def _after_change_verb(tokens: Tokens, k: int, lex: Lexicon) -> bool:
    """True when a verb of change precedes token ``k`` in its sentence."""
    for j in range(k - 1, max(-1, k - 2 * _LOOKBACK), -1):
        tok = tokens[j]
        if (tok.kind == "p" and tok.text in _SENTENCE_END) or (tok.kind == "s" and "\n" in tok.text):
            return False
        if tok.kind == "w" and (tok.low in lex.change_verbs or noun_key(lex, tok.low) in lex.change_verbs):
            return True
        # "вырос на 12% (до 5 млрд)": a rate of change just before makes "до" the level reached.
        if tok.text in lex.units.percent_abbr or tok.low in lex.units.percent_words:
            return True
    return False


def attach_qualifier(tokens: Tokens, d: Draft, lex: Lexicon, floor: int) -> None:
    """Extend ``d`` back over "около", "более чем на", "превысил", "до"... and set approx/bound."""
    if d.kind in ("year", "ordinal"):
        return
    for _ in range(2):
        found = _qualifier_before(tokens, d.start, lex, floor)
        if found is None:
            return
        first, bound = found
        word = tokens[first].low
        if bound == "upper" and word in _TO and _after_change_verb(tokens, first, lex):
            return
        if bound == "approx":
            d.approx = True
        elif d.bound is None:
            d.bound = bound
        d.qualifier = (word, *d.qualifier)
        d.start = first


def _convert(value: Decimal, source: str | None, target: str | None, lex: Lexicon) -> Decimal | None:
    if source is None or source == target:
        return value
    if target is None:
        return None
    table = lex.units.convert
    if source in table and target in table and table[source][0] == table[target][0]:
        return value * table[source][1] / table[target][1]
    return None


def _low_end(a: Draft, b: Draft, lex: Lexicon) -> Decimal | None:
    """The first figure in the second one's unit and scale ("5–7 млн": 5 million)."""
    value = a.value
    if a.unit is None and a.core.scale == 1 and b.core.scale != 1:
        value *= b.core.scale
    return _convert(value, a.unit, b.unit, lex)


def _between(tokens: Tokens, a: Draft, b: Draft) -> list[int]:
    """Token indices of the non-space tokens between ``a`` and ``b``'s number."""
    found: list[int] = []
    if b.start > a.end + _MAX_BETWEEN_STEP:  # each step moves at most two tokens: b is out of reach
        return found
    k = next_tok(tokens, a.end - 1)
    while k != -1 and k < b.start and len(found) < 3:
        found.append(k)
        k = next_tok(tokens, k)
    return found if k == b.start else []


def _is_year(d: Draft) -> bool:
    return d.kind == "year" or (d.core.plain and 1000 <= d.value <= 2999 and d.value % 1 == 0)


def _join(
    a: Draft, b: Draft, low: Decimal, kind: str, *, start: int, from_to: bool = False, high: Decimal | None = None
) -> Draft:
    # "от" opened the range, so it bounds nothing; a qualifier before a dash range still does.
    bound = None if from_to or a.qualifier[:1] == ("от",) else a.bound
    approx = a.approx or b.approx
    if kind == "year":  # "over 2020–2024": a period is not a bounded quantity
        bound, approx = None, False
        start = a.core.start if a.qualifier else start
    value = b.value if high is None else high
    return Draft(
        start=start, core=b.core, end=b.end, value=value, kind=kind, unit=b.unit, noun=b.noun,
        approx=approx, bound=bound, qualifier=a.qualifier, low=low, high=value, from_to=from_to,
    )


def _dash_range(tokens: Tokens, a: Draft, b: Draft, lex: Lexicon) -> Draft | None:
    mid = _between(tokens, a, b)
    if len(mid) != 1 or tokens[mid[0]].text not in DASHES or b.start != b.core.start or a.kind == "ordinal":
        return None
    if a.core.digits != b.core.digits or (a.unit is not None and a.unit != b.unit):
        return None
    if _is_year(a) and b.core.plain and len(tokens[b.core.start].text) == 2:
        # "2024-25": a fiscal year.
        high = a.value // 100 * 100 + b.value
        return _join(a, b, a.value, "year", start=a.start, high=high) if high > a.value else None
    low = _low_end(a, b, lex)
    if low is None or low >= b.value:
        return None
    kind = "year" if _is_year(a) and _is_year(b) else "range"
    return _join(a, b, low, kind, start=a.start)


def _word_pair(tokens: Tokens, a: Draft, b: Draft, lex: Lexicon) -> Draft | None:
    """"от 5 до 10", "between 5 and 10", "с 48 до 12 часов", "from 12 to 7 days", "с 2020 по 2024"."""
    mid = _between(tokens, a, b)
    if len(mid) != 1 or b.kind == "ordinal":
        return None
    link = tokens[mid[0]].low
    opener = a.qualifier[0] if a.qualifier else None
    before = prev_tok(tokens, a.start)
    word = tokens[before].low if before != -1 else ""
    if link in (_RANGE_LINKS.get(opener or ""), _RANGE_LINKS.get(word)):
        low = _low_end(a, b, lex)
        kind = "year" if _is_year(a) and _is_year(b) else "range"
        return None if low is None else _join(a, b, low, kind, start=a.start if opener else before)
    if word in _FROM and link in _YEAR_TO and _is_year(a) and _is_year(b):
        return _join(a, b, a.value, "year", start=before)
    if word in _FROM and link in _TO and not a.qualifier:
        low = _low_end(a, b, lex)
        kind = b.kind if b.kind != "year" else "range"
        return None if low is None else _join(a, b, low, kind, start=before, from_to=True)
    return None


def _up_from(tokens: Tokens, a: Draft, b: Draft, lex: Lexicon) -> Draft | None:
    """"reached 220 GW, up from 76 GW in 2014": a from→to change written to-first."""
    mid = [k for k in _between(tokens, a, b) if tokens[k].text != ","]
    if len(mid) != 2 or tokens[mid[0]].low not in _CAME_FROM[0] or tokens[mid[1]].low not in _CAME_FROM[1]:
        return None
    if a.kind in ("ordinal", "year") or b.kind in ("ordinal", "year") or a.qualifier or b.qualifier:
        return None
    low = _low_end(b, a, lex)
    if low is None:
        return None
    return Draft(
        start=a.start, core=a.core, end=b.end, value=a.value, kind=a.kind, unit=a.unit, noun=a.noun,
        approx=a.approx, low=low, high=a.value, from_to=True,
    )


def _year_inside(tokens: Tokens, a: Draft, year: Draft) -> bool:
    """True for "$78 billion in 2019": a year right after the first figure of a pair."""
    k = prev_tok(tokens, year.start)
    return k != -1 and tokens[k].low in _YEAR_IN and prev_tok(tokens, k) == a.end - 1


def combine(tokens: Tokens, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Merge neighbouring drafts into ranges and from→to pairs."""
    out: list[Draft] = []
    for d in drafts:
        # A leading "до" links a pair rather than bounding the second figure.
        b = d
        if d.qualifier[:1] == ("до",):
            b = attrs.evolve(d, start=d.core.start, qualifier=d.qualifier[1:], bound=None)
        merged = None
        if out:
            merged = (
                _dash_range(tokens, out[-1], d, lex)
                or _word_pair(tokens, out[-1], b, lex)
                or _up_from(tokens, out[-1], d, lex)
            )
        if merged is None and len(out) >= 2 and out[-1].kind == "year" and _year_inside(tokens, out[-2], out[-1]):
            merged = _word_pair(tokens, attrs.evolve(out[-2], end=out[-1].end), b, lex)
            if merged is not None:
                out.pop()
        if merged is not None:
            out[-1] = merged
        else:
            out.append(d)
    for a, b in pairwise(out):
        _share_noun(tokens, a, b)
    for a, b in pairwise(out):
        _shared_currency(tokens, a, b)
        _shared_currency(tokens, b, a)
    return out


def _share_noun(tokens: Tokens, a: Draft, b: Draft) -> None:
    """"около тысячи из 13 тысяч ледников": the first figure counts the same things."""
    mid = _between(tokens, a, b)
    if len(mid) != 1 or tokens[mid[0]].low not in _PART_OF or (a.kind, a.unit) != ("cardinal", None):
        return
    if b.kind == "measure" and b.noun is not None:
        a.unit, a.noun, a.kind = b.unit, b.noun, "measure"


_MAX_ELLIPSIS_GAP = 8


def _shared_currency(tokens: Tokens, bare: Draft, money: Draft) -> None:
    """"экспорт – 5,1 млрд, импорт – 6,9 млрд долларов": a scaled figure with neither unit nor noun
    next to money of the same scale in one sentence borrows its currency (the writer said it once)."""
    if bare.kind not in ("cardinal", "decimal") or bare.unit is not None or bare.noun is not None:
        return
    if money.kind != "money" or bare.core.scale == 1 or money.core.scale != bare.core.scale:
        return
    lo, hi = (bare.end, money.start) if bare.end <= money.start else (money.end, bare.start)
    if hi - lo > _MAX_ELLIPSIS_GAP or any(tokens[k].text in _SENTENCE_END for k in range(lo, hi)):
        return
    bare.unit, bare.kind = money.unit, "money"
