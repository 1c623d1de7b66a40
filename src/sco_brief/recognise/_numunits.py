"""What stands after a number: percent, "раз", currencies, units and the counted noun.

Each reader looks at a bounded number of tokens after the number and returns where the
expression ends, so the whole recogniser stays linear in the text.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import attrs

from sco_brief import morph
from sco_brief.recognise._numcurrency import currency_after, currency_before, dot, subunit_after
from sco_brief.recognise._numlex import Lexicon, norm
from sco_brief.recognise._numtok import Tokens, glued, next_tok
from sco_brief.recognise._numwords import Core, lookup

__all__ = ["Draft", "attach_unit", "currency_before", "noun_key"]

# Adjectives that may stand between a number and its noun ("300 совместных проектов").
_MAX_ADJECTIVES = 2
_MAX_WORD = 40
# Name words (and "and") that may stand before an English counted noun ("China-Central Asia trains").
_MAX_PROPER = 6
# Words of a prepositional phrase between a number's adjectives ("совместных с партнерами по ШОС
# инвестиционных проекта").
_MAX_INNER_PHRASE = 5
# "1990-х годов", "90-е годы": a decade is a time, never "1990 years".
_DECADE_SUFFIXES = frozenset({"х", "е", "ые", "ых", "ие", "их"})
_EN_SKIP = frozenset({"the", "of", "and", "or", "in", "to", "a", "an", "for", "on", "at", "by", "with", "from"})


@attrs.define
class Draft:
    """A number with its context, in token indices; becomes a NumberMention at the end."""

    start: int
    core: Core
    end: int
    value: Decimal
    kind: str
    unit: str | None = None
    noun: str | None = None
    approx: bool = False
    bound: str | None = None
    qualifier: tuple[str, ...] = ()
    low: Decimal | None = None
    high: Decimal | None = None
    from_to: bool = False


@lru_cache(maxsize=32768)
def _ru_parse(low: str) -> tuple[str, str, bool]:
    """(lemma, part of speech, plural) of a Russian word by its likeliest parse."""
    # No word in the genre is this long; hostile input must not reach the analyser.
    found = morph.parses(low) if len(low) <= _MAX_WORD else ()
    if not found:
        return low, "", False
    best = found[0]
    return norm(str(best.normal_form)), str(best.tag.POS or ""), "plur" in best.tag


@lru_cache(maxsize=8192)
def _ru_noun(low: str) -> str | None:
    """The lemma of a plural noun reading that is not the likeliest ("барсов" reads first as ADJS)."""
    found = morph.parses(low) if len(low) <= _MAX_WORD else ()
    for parse in found:
        # "тысячи в год": an abbreviation reading ("в" as "вольт", "век") is no counted noun.
        if parse.tag.POS == "NOUN" and "plur" in parse.tag and "Abbr" not in parse.tag and len(low) > 1:
            return norm(str(parse.normal_form))
    return None


def noun_key(lex: Lexicon, low: str) -> str:
    """The dictionary form of a word: its pymorphy3 lemma, or an English singular."""
    if lex.lang == "ru":
        return _ru_parse(low)[0]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses")):
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low


def _after(tokens: Tokens, end: int) -> int:
    """The token after a number that ends before ``end`` (glued or one space away)."""
    if end < tokens.size and tokens[end].kind != "s" and glued(tokens, end - 1, end):
        return end
    return next_tok(tokens, end - 1)


def _words_after(tokens: Tokens, j: int, limit: int) -> list[int]:
    """Up to ``limit`` word tokens from ``j`` on, joined by spaces, dots, hyphens or "·"."""
    found: list[int] = []
    k = j
    while k != -1 and k < tokens.size and len(found) < limit:
        if tokens[k].kind == "w":
            found.append(k)
        elif tokens[k].text not in ".·-\u2011/" or not found:
            break
        k = next_tok(tokens, k)
    return found


def _phrase(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A multi-word unit ("кубических метров", "контейнеров в двадцатифутовом эквиваленте")."""
    if tokens[j].kind != "w" or noun_key(lex, tokens[j].low) not in lex.units.phrase_heads:
        return None  # every unit phrase starts at the word after the number
    words = _words_after(tokens, j, 4)
    keys = [noun_key(lex, tokens[k].low) for k in words]
    for size in range(len(words), 1, -1):
        unit = lex.units.phrases.get(tuple(keys[:size]))
        if unit is not None:
            return unit, dot(tokens, words[size - 1])
    return None


def _compound(tokens: Tokens, k: int) -> tuple[str, int]:
    """ "интернет-ресурсов": a word glued by a hyphen to the next is one noun, inflected at the end."""
    hyphen = k + 2 < tokens.size and tokens[k + 1].text in "-\u2011" and tokens[k + 2].kind == "w"
    if hyphen and glued(tokens, k, k + 1) and glued(tokens, k + 1, k + 2):
        return tokens[k].low + "-" + tokens[k + 2].low, k + 2
    return tokens[k].low, k


def _counted(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str | None, str | None, int]:
    """The counted noun after a number, skipping adjectives: (lemma, unit, end)."""
    k = _proper_modifiers(tokens, j, lex) if lex.lang == "en" else j
    inner = False
    steps = _MAX_ADJECTIVES + 1
    while steps:
        steps -= 1
        if k == -1 or tokens[k].kind != "w":
            return None, None, -1
        low, last = _compound(tokens, k)
        if lex.lang == "en" and last > k:
            # "three troop-contributing countries": a hyphenated modifier, not the counted noun.
            return None, None, -1
        if low in lex.units.nouns and not (lex.lang == "ru" and _adjective_before_noun(tokens, k)):
            lemma, unit = lex.units.nouns[low]
            return lemma, unit, last + 1
        if lex.lang == "ru":
            lemma, pos, _plural = _ru_parse(low)
            if pos == "NOUN" or (last > k and not pos):
                return _ru_compound_lemma(low, lemma, last, lex)
            if pos == "PREP" and k != j and not inner and (resumed := _after_inner_phrase(tokens, k)) != -1:
                # "52 совместных с партнерами по ШОС инвестиционных проекта": the phrase costs no step.
                k, inner, steps = resumed, True, steps + 1
                continue
            if pos not in ("ADJF", "PRTF"):
                noun = _ru_noun(low)
                return (noun, None, -1) if noun is not None else (None, None, -1)
        elif low in _EN_SKIP or tokens[k].text.isdigit():
            return None, None, -1
        else:
            key = noun_key(lex, low)
            if key in lex.units.nouns:
                lemma, unit = lex.units.nouns[key]
                return lemma, unit, k + 1
            if key != low and low.isalpha() and low == tokens[k].text:
                # An unknown lower-case plural ("1,000 professionals") still names what is counted.
                return key, None, -1
        k = next_tok(tokens, k)
    return None, None, -1


def _proper_modifiers(tokens: Tokens, j: int, lex: Lexicon) -> int:
    """Skip names before an English counted noun ("1,000 China-Europe and China-Central Asia freight
    trains"): capitalised words and compounds, joined by "and", that are no counted noun themselves."""
    k, seen = j, 0
    while 0 <= k < tokens.size and seen < _MAX_PROPER and tokens[k].kind == "w":
        if tokens[k].low == "and" and seen:
            k, seen = next_tok(tokens, k), seen + 1
            continue
        if not tokens[k].text[:1].isupper() or noun_key(lex, tokens[k].low) in lex.units.nouns:
            break
        k, seen = next_tok(tokens, _compound(tokens, k)[1]), seen + 1
    lower = 0 <= k < tokens.size and tokens[k].kind == "w" and tokens[k].text[:1].islower()
    return k if seen and lower and tokens[k].low != "and" else j


def _after_inner_phrase(tokens: Tokens, k: int) -> int:
    """The adjective after a prepositional phrase inside a number's adjectives, or -1."""
    for _ in range(_MAX_INNER_PHRASE):
        k = next_tok(tokens, k)
        if k == -1 or tokens[k].kind != "w":
            return -1
        if _ru_parse(tokens[k].low)[1] in ("ADJF", "PRTF"):
            return k
    return -1


def _adjective_before_noun(tokens: Tokens, k: int) -> bool:
    """ "5 рабочих дней": a counted-noun form that is also an adjective, before a noun, is the adjective."""
    nxt = next_tok(tokens, k)
    if nxt == -1 or tokens[nxt].kind != "w" or len(tokens[k].low) > _MAX_WORD:
        return False
    if not any(p.tag.POS == "ADJF" for p in morph.parses(tokens[k].low)):
        return False
    return _ru_parse(tokens[nxt].low)[1] == "NOUN"


def _ru_compound_lemma(low: str, lemma: str, last: int, lex: Lexicon) -> tuple[str, str | None, int]:
    """A noun not in the table: its lemma, or a compound's with the last part's unit if it has one."""
    if "-" not in low:
        return lemma, None, -1
    head, _, tail = low.rpartition("-")
    tail_lemma = _ru_parse(tail)[0]
    found = lex.units.nouns.get(head + "-" + tail_lemma) or lex.units.nouns.get(tail_lemma)
    if found is not None:
        return found[0], found[1], last + 1
    return head + "-" + tail_lemma, None, -1


def _abbr(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A unit symbol; one glued to the next token is tried first ("м2", "°C")."""
    text, table = tokens[j].text, lex.units.measure_abbr
    if j + 1 < tokens.size and glued(tokens, j, j + 1) and text + tokens[j + 1].text in table:
        return table[text + tokens[j + 1].text], dot(tokens, j + 1)
    if text in table:
        return table[text], dot(tokens, j)
    return None


def _ratio(tokens: Tokens, j: int, d: Draft, lex: Lexicon) -> bool:
    """Percent ("75 %", "3,1 проц.", "9 per cent") and multiples ("2,5 раза", "1.7 times")."""
    tok, units = tokens[j], lex.units
    if tok.text in units.percent_abbr or tok.low in units.percent_words:
        d.kind, d.unit = "percent", "percent"
        d.end = dot(tokens, j) if tok.text in units.percent_abbr else j + 1
        return True
    nxt = next_tok(tokens, j)
    if tok.low == "per" and nxt != -1 and tokens[nxt].low == "cent":
        d.kind, d.unit, d.end = "percent", "percent", nxt + 1
        return True
    if tok.low in units.times and d.kind in ("cardinal", "decimal"):
        d.kind, d.unit, d.end = "multiple", "times", j + 1
        return True
    return False


def _money(tokens: Tokens, j: int, d: Draft, lex: Lexicon) -> bool:
    found = currency_after(tokens, j, lex)
    if found is None and tokens[j].low in lex.units.subunit and d.kind == "cardinal":
        # "пятьдесят копеек" alone is half a rouble.
        code, part = lex.units.subunit[tokens[j].low]
        d.unit, d.end, d.kind, d.value = code, j + 1, "money", d.value * part
        return True
    if found is None:
        return False
    d.unit, d.end, d.kind = found[0], found[1], "money"
    cents = subunit_after(tokens, d.end, lex)
    if cents is not None:
        d.value += cents[0]
        d.end = cents[1]
    return True


def _year(tokens: Tokens, j: int, d: Draft, lex: Lexicon) -> bool:
    """"2025 году", "две тысячи двадцать пятого года", "1990-х годов" (a decade): a year, no duration."""
    if tokens[j].low not in lex.year_nouns:
        return False
    suffix = tokens[d.core.end - 1].low if d.core.digits and d.core.end > d.core.start + 1 else ""
    decade = suffix in _DECADE_SUFFIXES and d.value % 10 == 0
    if not (decade or ((d.core.plain or d.kind == "ordinal") and 1000 <= d.value <= 2999)):
        return False
    d.kind, d.end, d.noun = "year", dot(tokens, j), "год" if lex.lang == "ru" else "year"
    return True


def attach_unit(tokens: Tokens, d: Draft, lex: Lexicon) -> None:
    """Extend ``d`` over the unit or counted noun after it and set its kind and unit."""
    j = _after(tokens, d.end)
    if j == -1 or d.kind == "multiple":
        return
    if d.kind == "ordinal":
        _ordinal_noun(tokens, j, d, lex)
        return
    if d.unit is not None or _ratio(tokens, j, d, lex) or _money(tokens, j, d, lex) or _year(tokens, j, d, lex):
        return
    if _word_fold(tokens, j, d, lex):
        return
    for found in (_phrase(tokens, j, lex), _abbr(tokens, j, lex)):
        if found is not None:
            d.unit, d.end = found
            if (scale := lex.units.measure_scale.get(tokens[j].text)) is not None:  # "35 bcm": 35 billion m3
                d.value *= scale
                d.core.scale *= scale  # so that a range's low end ("from 30 to 35 bcm") borrows it
            d.kind = "percent" if d.unit == "percent" else "measure"
            return
    if d.kind == "fraction":
        return
    lemma, unit, end = _counted(tokens, j, lex)
    d.noun = lemma
    if unit is not None:
        d.unit, d.end, d.kind = unit, end, "measure"


def _word_fold(tokens: Tokens, j: int, d: Draft, lex: Lexicon) -> bool:
    """ "three-fold", "grew two-fold": a numeral word hyphenated to "fold" is a multiple, like "2-fold"."""
    if d.core.digits or d.kind != "cardinal" or tokens[j].text not in "-\u2011" or j + 1 >= tokens.size:
        return False
    if not (glued(tokens, j - 1, j) and glued(tokens, j, j + 1)):
        return False
    word = lookup(lex, tokens[j - 1].low + "-" + tokens[j + 1].low)
    if word is None or word.kind != "mult" or word.value != d.value:
        return False
    d.kind, d.unit, d.end = "multiple", "times", j + 2
    return True


def _ordinal_noun(tokens: Tokens, j: int, d: Draft, lex: Lexicon) -> None:
    """"третье место" and "fourth-largest" are ranks; "2025-го года" is a year."""
    if _year(tokens, j, d, lex):
        return
    low = tokens[j].low
    if tokens[j].kind == "p" and tokens[j].text in "-\u2011" and j + 1 < tokens.size and glued(tokens, j, j + 1):
        j, low = j + 1, tokens[j + 1].low
    key = noun_key(lex, low) if tokens[j].kind == "w" else ""
    if key in lex.units.rank:
        d.unit, d.noun, d.end = lex.units.rank[key], key, j + 1
