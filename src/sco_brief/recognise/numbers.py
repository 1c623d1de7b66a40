"""Numbers and quantities in Russian and English text, with spans and exact values.

    >>> [(m.text, m.value, m.unit) for m in find_numbers("около 2 миллионов граждан")]
    [('около 2 миллионов граждан', Decimal('2000000'), 'person')]

A mention's span covers the whole expression: the qualifier ("около", "более чем на"), a
currency sign, the number with its scale words, and the unit. A counted noun is part of the
span when it maps to a unit in ``lang/<lang>/units.toml`` ("300 совместных проектов");
otherwise the span ends at the number and ``noun`` still names the noun that follows.
Prepositions that only introduce the number ("на 20%", "в 1,7 раза") stay outside.

Kinds: a number with a counted noun or a unit of measure is "measure" ("2 миллиона граждан"
is 2000000 ``person``); currencies give "money", "%" and "процентов" "percent", "раза"/"вдвое"
"multiple". "от 5 до 10" and "2020–2024" are "range" (or "year" for years); a from→to change
("с 48 до 12 часов") keeps the kind of its "to" figure and has ``from_to`` set.

Fractions keep their own value ("треть" is 1/3, "1/5" is 0.2, kind "fraction"); a consumer
that wants a share in percent multiplies by 100. Dates, times of day, phone numbers and
document numbers ("№ 123-р") are skipped.

Anniversaries ("25-летие", "пятидесятилетие") and Roman numerals before the noun they number
("XXI век", "III квартал") are ordinals, so they never become metrics; "полчаса" is 0.5 hour and
"1990-х годов" a year. "пара" is never read (see docs/language-data.md for these decisions).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from sco_brief.errors import InputError
from sco_brief.model import Span
from sco_brief.recognise._numdigits import read_digits, scale_after, skip_end, vulgar_fraction
from sco_brief.recognise._numextra import ROMAN_FIRST, read_extra, read_rank_group
from sco_brief.recognise._numlex import Lexicon, lexicon, norm
from sco_brief.recognise._numpairs import attach_qualifier, combine
from sco_brief.recognise._numspots import WHOLE_TEXT, spots, windows
from sco_brief.recognise._numtok import HYPHENS, Gap, Tokens, dense, glued, next_tok, prev_tok, sparse
from sco_brief.recognise._numunits import Draft, attach_unit, currency_before, noun_key
from sco_brief.recognise._numwords import Core, lookup, next_word, read_words

__all__ = ["KINDS", "NumberMention", "find_numbers", "parse_number"]

KINDS: tuple[str, ...] = (
    "cardinal", "ordinal", "decimal", "fraction", "percent", "multiple", "money", "measure", "range", "year",
)
LANGS: tuple[str, ...] = ("ru", "en")
_SIGNS = {"-": -1, "\u2212": -1, "+": 1}
_COMPOUND_KINDS = {"times": "multiple", "percent": "percent", "rank": "cardinal"}
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_VULGAR = frozenset("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")


@attrs.frozen(kw_only=True)
class NumberMention:
    """One number in a text: where it is, its exact value, kind, unit and qualifiers.

    For ranges and from→to pairs ``value`` is the high / "to" figure, ``low`` and ``high``
    the two ends; in a pair ``low`` is converted to the unit of the "to" figure.
    """

    span: Span
    text: str
    value: Decimal
    kind: str
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    from_to: bool = False
    noun: str | None = None


def _sign_before(tokens: Tokens, d: Draft) -> None:
    """"-10%", "−5", "+3,2": a sign glued to the digits, not a dash between two numbers."""
    k = d.start - 1
    if k < 0 or not d.core.digits or tokens[k].text not in _SIGNS or not glued(tokens, k, d.start):
        return
    if k > 0 and tokens[k - 1].kind not in ("s",) and tokens[k - 1].text not in "(:":
        return
    before = prev_tok(tokens, k)
    if before != -1 and tokens[before].kind == "d":
        return
    d.value *= _SIGNS[tokens[k].text]
    d.start = k


def _sign_word(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    """"минус пять", "minus 5"."""
    word = lex.words.get(tokens[i].low)
    j = next_tok(tokens, i)
    if word is None or word.kind != "sign" or j == -1:
        return None
    core = _core(tokens, j, lex)
    if core is None or core.kind not in ("cardinal", "decimal", "fraction"):
        return None
    core.start, core.value = i, core.value * word.value
    return core


def _core(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    if tokens[i].kind == "d":
        return read_digits(tokens, i, lex)
    if tokens[i].text in _VULGAR:  # "½": the tokenizer sees a word character
        value = vulgar_fraction(tokens[i].text)
        return None if value is None else Core(i, i + 1, value, "fraction", digits=True)
    core = read_words(tokens, i, lex)
    if core is None:
        return _sign_word(tokens, i, lex)
    if core.kind in ("cardinal", "decimal") and core.scale == 1 and core.value < 1000:
        scaled = scale_after(tokens, core.end, lex)
        if scaled is not None:  # "пять тыс.", "three point five million"
            core.value, core.end, core.scale = core.value * scaled[0], scaled[1], scaled[0]
            core.kind = "decimal" if core.value % 1 else "cardinal"
    return core


def _glued_to_word(tokens: Tokens, i: int) -> bool:
    """Digits inside a name: "G20", "COVID-19", "Су-35"."""
    if i > 0 and tokens[i - 1].kind == "w" and glued(tokens, i - 1, i):
        return True
    if i < 2 or tokens[i - 1].text not in HYPHENS or tokens[i - 2].kind != "w":
        return False
    return glued(tokens, i - 2, i - 1) and glued(tokens, i - 1, i)


def _draft(core: Core) -> Draft:
    kind = core.kind
    if core.unit is not None:
        kind = _COMPOUND_KINDS.get(core.unit, "measure")
    return Draft(
        start=core.start, core=core, end=core.end, value=core.value, kind=kind, unit=core.unit, bound=core.bound,
    )


def _context(tokens: Tokens, d: Draft, lex: Lexicon, floor: int) -> None:
    """Sign, currency, unit, year and qualifiers around a number."""
    _sign_before(tokens, d)
    money = currency_before(tokens, d.start, lex) if d.kind in ("cardinal", "decimal") else None
    if money is not None and money[1] >= floor:
        d.unit, d.start, d.kind = money[0], money[1], "money"
    attach_unit(tokens, d, lex)
    if d.kind == "cardinal" and d.unit is None and d.core.plain and 1900 <= d.value <= 2100:
        d.kind = "year" if _year_context(tokens, d.start, lex) else d.kind
    if d.kind == "ordinal" and d.unit is None:
        _ordinal_part(tokens, d, lex)
        _every_nth(tokens, d, lex)
    attach_qualifier(tokens, d, lex, floor)


def _year_context(tokens: Tokens, start: int, lex: Lexicon) -> bool:
    """"в 2024", "к 2030", "18 November 2025", "July 15, 2025": a bare number that is a year."""
    before = prev_tok(tokens, start)
    if before == -1:
        return False
    if tokens[before].low in lex.year_preps or tokens[before].low in lex.months:
        return True
    day = prev_tok(tokens, before) if tokens[before].text == "," else before
    month = prev_tok(tokens, day) if day != -1 and tokens[day].kind == "d" else -1
    return month != -1 and tokens[month].low in lex.months


def _ordinal_part(tokens: Tokens, d: Draft, lex: Lexicon) -> None:
    """"первой половине", "first half": a part of a period, not a fraction of its own."""
    j = next_word(tokens, d.end - 1, lex)
    word = lookup(lex, tokens[j].low) if j != -1 else None
    if word is not None and word.kind == "frac":
        d.end, d.noun = j + 1, noun_key(lex, tokens[j].low)


def _every_nth(tokens: Tokens, d: Draft, lex: Lexicon) -> None:
    """"каждый третий житель", "every third citizen": one in N is the fraction 1/N."""
    before, after = prev_tok(tokens, d.start), next_tok(tokens, d.end - 1)
    if before == -1 or tokens[before].low not in lex.every or d.noun is not None or d.value <= 1:
        return
    noun = lex.units.nouns.get(tokens[after].low) if after != -1 else None
    if noun is None or noun[1] not in _TIME_UNITS:  # "каждую вторую неделю" is a frequency
        d.start, d.kind, d.value = before, "fraction", 1 / d.value


def _read_at(tokens: Tokens, i: int, lex: Lexicon, floor: int) -> tuple[Draft | None, int]:
    """The mention starting at token ``i`` (or None) and the index to go on from."""
    if tokens[i].kind == "d":
        if _glued_to_word(tokens, i):
            return None, i + 1
        end = skip_end(tokens, i, lex)
        if end != -1:
            return None, end
    elif _rank_word(tokens[i].low, lex) and (rank := read_rank_group(tokens, i, lex)) is not None:
        return _finish(tokens, rank, lex, floor)
    elif tokens[i].text not in _VULGAR and lookup(lex, tokens[i].low) is None:  # most words: one dict miss
        tok = tokens[i]
        if tok.text[0] not in ROMAN_FIRST and tok.low not in lex.half_units and tok.low != lex.half_prefix:
            return None, i + 1
        extra = read_extra(tokens, i, lex)
        if extra is None:
            return None, i + 1
        return _finish(tokens, extra, lex, floor)
    core = _core(tokens, i, lex)
    if core is None:
        return None, i + 1
    return _finish(tokens, core, lex, floor)


def _rank_word(low: str, lex: Lexicon) -> bool:
    return low in lex.rank_groups or low in lex.rank_between


def _finish(tokens: Tokens, core: Core, lex: Lexicon, floor: int) -> tuple[Draft, int]:
    d = _draft(core)
    _context(tokens, d, lex, floor)
    return d, d.end


def _clean(value: Decimal | None) -> Decimal | None:
    """Whole numbers without a fractional part ("1500", not "1500.0"), no trailing zeros."""
    if value is None:
        return None
    if value == value.to_integral_value():
        # Beyond the context's precision quantize would trap: such values stay as they are.
        return value.quantize(Decimal(1)) if value.adjusted() < 27 else value
    return value.normalize()


def _mention(text: str, tokens: Tokens, d: Draft) -> NumberMention:
    start, end = tokens[d.start].start, tokens[d.end - 1].end
    return NumberMention(
        span=Span(start=start, end=end), text=text[start:end], value=_clean(d.value) or Decimal(0), kind=d.kind,
        unit=d.unit, approx=d.approx, bound=d.bound, low=_clean(d.low), high=_clean(d.high), from_to=d.from_to,
        noun=d.noun,
    )


def find_numbers(text: str, lang: str = "ru") -> Iterator[NumberMention]:
    """Yield the number mentions of ``text`` in text order; spans never overlap.

    Never raises on any string; an unknown ``lang`` reads as Russian.
    """
    lex = lexicon(lang if lang in LANGS else "ru")
    # A text no longer than one window's margins is read whole: windows would save nothing.
    found = spots(text, lex) if len(text) > WHOLE_TEXT else None
    mentions = None
    if found is not None:
        tokens = sparse(text, windows(text, found))
        starts = [tokens.index_at(start) for start, _end in found]
        if -1 not in starts:
            try:
                mentions = _read(text, tokens, starts, lex)
            except Gap:  # a reader looked past its window: read the whole text
                mentions = None
    if mentions is None:
        tokens = dense(text)
        mentions = _read(text, tokens, range(tokens.size), lex)
    yield from mentions


def _read(text: str, tokens: Tokens, starts: Sequence[int], lex: Lexicon) -> list[NumberMention]:
    """The mentions of ``text``, reading only at the sorted token indices ``starts``.

    Reading at any other token would find nothing and move on by one token, so skipping to the
    next start is the same as reading every token.
    """
    drafts: list[Draft] = []
    i = floor = 0
    while (at := bisect_left(starts, i)) < len(starts):
        i = starts[at]
        if tokens[i].kind in ("d", "w"):
            d, i = _read_at(tokens, i, lex, floor)
            if d is not None:
                drafts.append(d)
                floor = d.end
        else:
            i += 1
    return [_mention(text, tokens, d) for d in combine(tokens, drafts, lex)]


def parse_number(phrase: str, lang: str = "ru") -> Decimal:
    """The value of a phrase that is exactly one number ("двести тридцать пять", "1 234,5").

    Raises:
        InputError: the phrase holds no number, several, or more than a number; or ``lang`` is unknown.
    """
    if not isinstance(phrase, str):
        raise InputError(f"'phrase' must be a string, got {phrase!r}")
    if lang not in LANGS:
        raise InputError(f"'lang' must be one of {LANGS!r}, got {lang!r}")
    stripped = phrase.strip().rstrip(".")
    mentions = list(find_numbers(stripped, lang))
    if len(mentions) != 1 or not _whole(stripped, mentions[0], lexicon(lang)):
        raise InputError(f"'phrase' must be exactly one number, got {phrase!r}")
    return mentions[0].value


def _whole(phrase: str, mention: NumberMention, lex: Lexicon) -> bool:
    """The mention is the phrase, or all of it but a preposition that only introduces it ("в 2,5 раза")."""
    if mention.span.end != len(phrase):
        return False
    head = phrase[: mention.span.start]
    return not head or (head[-1:].isspace() and norm(head).strip() in lex.parse_leading)
