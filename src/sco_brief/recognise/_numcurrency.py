"""Currencies around a number: "долларов США", "ам.долл.", "$", "Rs", and the cents after them.

Split from ``_numunits`` (units and counted nouns); both read a bounded number of tokens.
"""

from __future__ import annotations

from decimal import Decimal

from sco_brief.recognise._numdigits import read_digits
from sco_brief.recognise._numlex import Lexicon
from sco_brief.recognise._numtok import Tokens, glued, next_tok, prev_tok
from sco_brief.recognise._numwords import read_words

__all__ = ["currency_after", "currency_before", "dot", "subunit_after"]


def dot(tokens: Tokens, k: int) -> int:
    """Index after token ``k``, taking an abbreviation's glued dot with it."""
    if k + 1 < tokens.size and tokens[k + 1].text == "." and glued(tokens, k, k + 1):
        return k + 2
    return k + 1


def currency_after(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A currency after the number: "долларов США", "российских рублей", "руб.", "USD"."""
    units, tok = lex.units, tokens[j]
    if tok.kind == "p" and tok.text in units.currency_sign:
        return units.currency_sign[tok.text], j + 1
    if tok.kind != "w":
        return None
    if tok.text in units.currency_abbr:
        return units.currency_abbr[tok.text], _tail(tokens, dot(tokens, j), lex)
    if tok.low in units.currency_adjective_abbr and dot(tokens, j) == j + 2:  # "ам.долл."
        k = next_tok(tokens, j + 1)
        named = k != -1 and tokens[k].kind == "w"
        if named and (tokens[k].text in units.currency_abbr or tokens[k].low in units.currency):
            return currency_after(tokens, k, lex)
    adjective, j = _dotted(tokens, j)
    codes = units.currency_adjective.get(adjective)
    if codes is not None:
        k = next_tok(tokens, j)
        if k != -1 and tokens[k].low in units.currency:
            lemma, code = units.currency[tokens[k].low]
            return codes.get(lemma, code), _tail(tokens, k + 1, lex)
    if tok.low in units.currency:
        return units.currency[tok.low][1], _tail(tokens, j + 1, lex)
    return None


def _dotted(tokens: Tokens, j: int) -> tuple[str, int]:
    """ "U.S." read as one lower-case word "u.s." and the index of its last letter; else the word at ``j``."""
    k, parts = j, [tokens[j].low]
    while k + 2 < tokens.size and tokens[k + 1].text == "." and len(tokens[k + 2].text) == 1:
        if tokens[k + 2].kind != "w" or not (glued(tokens, k, k + 1) and glued(tokens, k + 1, k + 2)):
            break
        k += 2
        parts.append(tokens[k].low)
    if k == j:
        return tokens[j].low, j
    end = k + 1 if k + 1 < tokens.size and tokens[k + 1].text == "." and glued(tokens, k, k + 1) else k
    return ".".join(parts) + ".", end


def _tail(tokens: Tokens, end: int, lex: Lexicon) -> int:
    k = next_tok(tokens, end - 1)
    return k + 1 if k != -1 and tokens[k].text in lex.units.currency_tail else end


def subunit_after(tokens: Tokens, end: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """ "20 долларов 43 цента", "один рубль, пятьдесят копеек": the hundredths after a currency."""
    k = next_tok(tokens, end - 1)
    if k != -1 and tokens[k].text == "," and k == end:  # the comma of spelt-out sums ("рубль, десять копеек")
        k = next_tok(tokens, k)
    if k == -1 or tokens[k].kind not in ("d", "w"):
        return None
    core = read_digits(tokens, k, lex) if tokens[k].kind == "d" else read_words(tokens, k, lex)
    if core is None or core.kind != "cardinal" or not 0 <= core.value < 100:
        return None
    w = next_tok(tokens, core.end - 1)
    if w != -1 and tokens[w].text in lex.units.subunit_abbr:  # "5 руб. 50 коп."
        return core.value * lex.units.subunit_abbr[tokens[w].text][1], dot(tokens, w)
    if w == -1 or tokens[w].low not in lex.units.subunit:
        return None
    return core.value * lex.units.subunit[tokens[w].low][1], w + 1


def currency_before(tokens: Tokens, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """A currency written before the figure: "$66 млрд", "US$ 5", "USD 5 million", "Rs 500"."""
    k = prev_tok(tokens, start)
    if k == -1:
        return None
    units, tok = lex.units, tokens[k]
    if tok.kind == "p" and tok.text in units.currency_sign:
        if k > 0 and glued(tokens, k - 1, k) and tokens[k - 1].text in ("US", "USD"):
            return units.currency_sign[tok.text], k - 1
        return units.currency_sign[tok.text], k
    if tok.text == "." and k > 0 and glued(tokens, k - 1, k) and tokens[k - 1].text in units.currency_abbr:
        return units.currency_abbr[tokens[k - 1].text], k - 1
    if tok.kind == "w" and tok.text in units.currency_abbr and (tok.text.isupper() or tok.text == "Rs"):
        return units.currency_abbr[tok.text], k
    return None
