"""Numbers written in digits, and the digit strings that are not quantities.

Reads "1 234 567,89" (any thousand separator), "5,3млн", "100к", "2 млрд 351 млн",
"24‑м", "2-х"; skips dates ("18.11.2025"), times ("9:20"), phone numbers and document
numbers ("№ 123-р"), which belong to other recognisers or to nobody.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from sco_brief.recognise._numlex import Lexicon, lookup_scale
from sco_brief.recognise._numtok import DASHES, HYPHENS, SPACES, Tokens, glued, next_tok, prev_tok, tight
from sco_brief.recognise._numwords import Core, and_part

__all__ = ["read_digits", "scale_after", "skip_end"]

# Longer digit runs are identifiers (or hostile input), never quantities.
_MAX_DIGITS = 24
_MAX_GROUPS = 8
# The mark after the first digits of a date or a time of day.
_DATE_MARKS = frozenset(":.-/")
_PHONE_MARKS = frozenset("-\u2010\u2011\u2013()+.")
# unicodedata gives floats; thirds, sixths... need exact division.
_THIRDS = {"⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "⅙": Decimal(1) / 6, "⅚": Decimal(5) / 6}


def _is(tokens: Tokens, j: int, kind: str, text: str | None = None) -> bool:
    return 0 <= j < tokens.size and tokens[j].kind == kind and (text is None or tokens[j].text == text)


def _date_or_time_end(tokens: Tokens, i: int) -> int:
    """End of "18.11.2025", "2025-11-18", "18/11/2025" or "9:20" starting at ``i``, or -1."""
    if i + 1 >= tokens.size or tokens[i + 1].text not in _DATE_MARKS:  # most numbers: one look
        return -1
    first = tokens[i].text
    if len(first) <= 2 and _is(tokens, i + 1, "p", ":") and _is(tokens, i + 2, "d") and len(tokens[i + 2].text) == 2:
        end = i + 3
        if _is(tokens, end, "p", ":") and _is(tokens, end + 1, "d") and glued(tokens, end, end + 1):
            end += 2
        return end if glued(tokens, i, i + 1) and glued(tokens, i + 1, i + 2) else -1
    for sep in ".-/":
        if not (tight(tokens, i, i + 4) and _is(tokens, i + 1, "p", sep) and _is(tokens, i + 3, "p", sep)):
            continue
        parts = [len(tokens[i + k].text) for k in (0, 2, 4) if _is(tokens, i + k, "d")]
        if len(parts) == 3 and _date_shape(parts):
            return i + 5
    return -1


def _date_shape(lengths: list[int]) -> bool:
    """Digit-group lengths of a day, month and year in either order; "1.234.567" is no date."""
    day_first = lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] in (2, 4)
    return day_first or (lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2)


def _unit_word(tokens: Tokens, k: int, lex: Lexicon) -> bool:
    """True when token ``k`` makes the number before it a quantity (scale, percent, unit...)."""
    if k == -1:
        return False
    tok, units = tokens[k], lex.units
    if tok.text in units.percent_abbr or tok.text in units.measure_abbr or tok.text in units.currency_abbr:
        return True
    low = tok.low
    return (
        lookup_scale(lex, low) is not None
        or low in units.percent_words
        or low in units.times
        or low in units.currency
        or low in units.nouns
    )


def _clock_or_day_end(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """Russian "18.11" (a day and month) or "в 10.30" (a time): not a decimal, unless a unit follows."""
    if lex.lang != "ru" or len(tokens[i].text) > 2 or not _is(tokens, i + 1, "p", ".") or not tight(tokens, i, i + 2):
        return -1
    if not _is(tokens, i + 2, "d") or len(tokens[i + 2].text) != 2 or _is(tokens, i + 3, "p", "."):
        return -1
    if _unit_word(tokens, next_tok(tokens, i + 2), lex):
        return -1
    whole, frac = int(tokens[i].text), int(tokens[i + 2].text)
    before = prev_tok(tokens, i)
    at_time = before != -1 and tokens[before].low in ("в", "к", "до", "с", "по", "около") and whole <= 23
    day_month = 1 <= whole <= 31 and 1 <= frac <= 12
    return i + 3 if day_month or (at_time and frac <= 59) else -1


def _phone_end(tokens: Tokens, i: int) -> int:
    """End of a phone number starting at ``i`` ("+7 (495) 123-45-67", "8 800 555 35 35"), or -1."""
    if i + 2 >= tokens.size or not (tokens[i + 1].text in _PHONE_MARKS or tokens[i + 1].text in SPACES):
        return -1  # most numbers: the loop below would stop at once with one group
    if tokens[i + 2].kind == "w":
        return -1
    j, digits, groups, hyphens, lengths = i, 0, 0, 0, []
    marks = set()
    while j < tokens.size and j - i < 24:
        tok = tokens[j]
        if tok.kind == "d":
            digits += len(tok.text)
            groups += 1
            lengths.append(len(tok.text))
        elif tok.kind == "p" and tok.text in _PHONE_MARKS:
            marks.add(tok.text)
            hyphens += tok.text in "-\u2010\u2011\u2013"
        elif not (tok.kind == "s" and tok.text in SPACES):
            break
        j += 1
    while j > i and tokens[j - 1].kind != "d":
        j -= 1
    if not 7 <= digits <= 15 or groups < 3 or max(lengths) > 5:
        return -1
    # Spaces alone make a phone only where the groups are no thousand groups ("8 800 555 35 35").
    spaced = groups >= 4 and digits >= 10 and any(n != 3 for n in lengths[1:])
    if "+" in marks or "(" in marks or hyphens >= 2 or spaced:
        return j
    return -1


def _document_end(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """After "№": the number and its glued tail ("123-р", "7/25", "14-ФЗ"), or -1."""
    before = prev_tok(tokens, i)
    signed = before != -1 and tokens[before].text in lex.number_signs
    # "No. 5": the sign may carry an abbreviation dot.
    if not signed and not (before > 0 and tokens[before].text == "." and tokens[before - 1].text in lex.number_signs):
        return -1
    j = i + 1
    while j < tokens.size and j - i < 12 and glued(tokens, j - 1, j) and tokens[j].kind != "s":
        if tokens[j].kind == "p" and tokens[j].text not in "-/.\u2010\u2011":
            break
        j += 1
    while j > i + 1 and tokens[j - 1].kind == "p":
        j -= 1
    return j


def _day(tokens: Tokens, j: int) -> bool:
    return _is(tokens, j, "d") and len(tokens[j].text) <= 2 and 1 <= int(tokens[j].text) <= 31


def _day_month_end(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """"18 ноября", "17–18 ноября", "31 августа", "November 18": a day of a date, or -1."""
    if not _day(tokens, i):
        return -1
    before = prev_tok(tokens, i)
    month_first = before != -1 and tokens[before].low in lex.months
    j, k = i, next_tok(tokens, i)
    if k != -1 and (tokens[k].text in DASHES or tokens[k].low in ("и", "and")) and _day(tokens, next_tok(tokens, k)):
        j = next_tok(tokens, k)
        k = next_tok(tokens, j)
    return j + 1 if month_first or (k != -1 and tokens[k].low in lex.months) else -1


def _list_marker_end(tokens: Tokens, i: int) -> int:
    """"1) создать", "2. supported": the number of a list item at the start of a line."""
    if len(tokens[i].text) > 2 or not _is(tokens, i + 1, "p") or tokens[i + 1].text not in ").":
        return -1
    at_line_start = i == 0 or (tokens[i - 1].kind == "s" and "\n" in tokens[i - 1].text)
    return i + 2 if at_line_start and (i + 2 >= tokens.size or tokens[i + 2].kind == "s") else -1


def skip_end(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """If the digits at ``i`` start a date, time, phone or document number, the index after it."""
    # The readers are pure, so the first that matches decides and the rest need not run.
    end = _document_end(tokens, i, lex)
    if end == -1:
        end = _date_or_time_end(tokens, i)
    if end == -1:
        end = _phone_end(tokens, i)
    if end == -1:
        end = _clock_or_day_end(tokens, i, lex)
    if end == -1:
        end = _day_month_end(tokens, i, lex)
    return end if end != -1 else _list_marker_end(tokens, i)


def _groups(tokens: Tokens, j: int, seps: str) -> tuple[int, list[str]]:
    """Three-digit groups after a separator from ``seps`` (spaces stand for all space kinds)."""
    groups: list[str] = []
    while len(groups) < _MAX_GROUPS and j + 1 < tokens.size:
        sep, nxt = tokens[j], tokens[j + 1]
        is_sep = sep.text in seps or (" " in seps and sep.kind == "s" and len(sep.text) == 1 and sep.text in SPACES)
        if not (is_sep and nxt.kind == "d" and len(nxt.text) == 3):
            break
        groups.append(nxt.text)
        j += 2
    return j, groups


def _integer(tokens: Tokens, i: int, lex: Lexicon) -> tuple[str, int, str]:
    """The integer digits, the index after them and the group separator used ("" if none)."""
    first = tokens[i].text
    if len(first) > 3:
        return first, i + 1, ""
    if i + 2 >= tokens.size or tokens[i + 2].kind != "d" or len(tokens[i + 2].text) != 3:
        return first, i + 1, ""  # every separator needs a group of three digits after it
    # A Swiss apostrophe ("1'000'000") is no other mark's look-alike, so one group is enough.
    for seps, need in ((" ", 1), (",", 1 if lex.lang == "en" else 2), (".", 2), ("'’", 1)):
        j, groups = _groups(tokens, i + 1, seps)
        # "20.409,6": a decimal comma after one dot group makes the dot a thousand separator.
        comma_after = seps == "." and _is(tokens, j, "p", ",") and _is(tokens, j + 1, "d")
        comma_after = comma_after and tight(tokens, j - 1, j + 1)
        if len(groups) >= need or (groups and comma_after and lex.lang == "ru"):
            return first + "".join(groups), j, seps
    return first, i + 1, ""


def _fraction_part(tokens: Tokens, j: int, sep: str, lex: Lexicon) -> str | None:
    """Digits after a decimal comma or point at ``j``; None if there is none."""
    if not (_is(tokens, j, "p") and tokens[j].text in ",." and tokens[j].text != sep):
        return None
    if not (_is(tokens, j + 1, "d") and glued(tokens, j - 1, j) and glued(tokens, j, j + 1)):
        return None
    if lex.lang == "en" and tokens[j].text == "," and len(tokens[j + 1].text) == 3:
        return None
    return tokens[j + 1].text


def scale_after(tokens: Tokens, j: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """A scale word or abbreviation after the digits ending before ``j``: (multiplier, end)."""
    k = j if glued(tokens, j - 1, j) and _is(tokens, j, "w") else next_tok(tokens, j - 1)
    if k == -1 or tokens[k].kind != "w":
        return None
    value = lookup_scale(lex, tokens[k].low, glued=k == j)
    if value is None:
        return None
    end = k + 1
    if _is(tokens, end, "p", ".") and glued(tokens, k, end) and tokens[k].low in lex.scale_abbr:
        end += 1
    return value, end


def _suffix(tokens: Tokens, j: int, lex: Lexicon) -> tuple[str, int, str | None] | None:
    """A suffix after the digits ending before ``j``: (kind, end, compound unit), or None.

    "24‑м", "1-ая" are ordinals, "2-х" a cardinal, "25-летие" and "5-летний" compounds; an
    English "2nd" has no hyphen.
    """
    if _is(tokens, j, "w") and glued(tokens, j - 1, j) and tokens[j].text in lex.ordinal_suffixes:
        return "ordinal", j + 1, None
    if not (_is(tokens, j, "p") and tokens[j].text in HYPHENS and _is(tokens, j + 1, "w")):
        return None
    if not (glued(tokens, j - 1, j) and glued(tokens, j, j + 1)):
        return None
    low = tokens[j + 1].low
    if low in lex.ordinal_suffixes:
        return "ordinal", j + 2, None
    if low in lex.cardinal_suffixes:
        return "cardinal", j + 2, None
    for stem, unit in lex.units.compound:
        if low.startswith(stem):
            return "compound", j + 2, unit
    return None


def _unknown_glued(tokens: Tokens, j: int, lex: Lexicon) -> bool:
    """Letters glued to the digits that are no unit or scale ("5G", "2GIS"): not a quantity."""
    if not (_is(tokens, j, "w") and glued(tokens, j - 1, j)):
        return False
    units = lex.units
    text = tokens[j].text
    known = (units.measure_abbr, units.currency_abbr, units.percent_abbr)
    return not any(text in table for table in known) and tokens[j].low not in units.nouns


def _chain(tokens: Tokens, j: int, value: Decimal, scale: Decimal, lex: Lexicon) -> tuple[Decimal, int]:
    """"2 млрд 351 млн": smaller scaled groups added to a scaled number."""
    while True:
        k = next_tok(tokens, j - 1)
        if k == -1 or tokens[k].kind != "d" or len(tokens[k].text) > 3 or _is(tokens, k + 1, "p", ","):
            return value, j
        after = scale_after(tokens, k + 1, lex)
        if after is None or after[0] >= scale:
            return value, j
        scale = after[0]
        value += Decimal(tokens[k].text) * scale
        j = after[1]


def read_digits(tokens: Tokens, i: int, lex: Lexicon) -> Core | None:
    """Read the number whose first digits are token ``i`` (None if it is no quantity)."""
    if len(tokens[i].text) > _MAX_DIGITS:
        return None
    whole, j, sep = _integer(tokens, i, lex)
    frac = _fraction_part(tokens, j, sep, lex)
    if frac is not None:
        j += 2
    value = Decimal(f"{whole}.{frac}" if frac else whole)
    plain = not sep and frac is None
    vulgar = vulgar_fraction(tokens[j].text) if plain and j < tokens.size and glued(tokens, j - 1, j) else None
    if vulgar is not None:  # "1½"
        value, j, plain, frac = value + vulgar, j + 1, False, "vulgar"
    if plain and _is(tokens, j, "p", "/") and _is(tokens, j + 1, "d") and tight(tokens, j - 1, j + 1):
        return _slash_fraction(tokens, i, j, value)
    mixed = _mixed_fraction(tokens, j, lex) if plain else None
    if mixed is not None:  # "1 1/2"
        return Core(i, mixed.end, value + mixed.value, "decimal", digits=True)
    suffix = _suffix(tokens, j, lex)
    if suffix is not None:
        kind, end, unit = suffix
        if kind == "compound":
            kind = "ordinal" if unit == "anniversary" else "cardinal"
            unit = None if unit == "anniversary" else unit
        return Core(i, end, value, kind, digits=True, plain=plain and kind == "ordinal", unit=unit)
    last, part, bound = and_part(tokens, j - 1, lex)
    if last != -1:  # "3 с половиной тысячи", "20 с лишним"
        value, j, plain = value + part, last + 1, False
    scaled = scale_after(tokens, j, lex)
    if scaled is not None:
        again = scale_after(tokens, scaled[1], lex)
        if again is not None and again[0] > scaled[0]:  # "1.5 lakh crore"
            scaled = (scaled[0] * again[0], again[1])
        total, end = _chain(tokens, scaled[1], value * scaled[0], scaled[0], lex)
        kind = "decimal" if total % 1 else "cardinal"
        return Core(i, end, total, kind, scale=scaled[0], digits=True, bound=bound)
    if _unknown_glued(tokens, j, lex) or len(whole) > 18:
        return None
    kind = "decimal" if frac or value % 1 else "cardinal"
    return Core(i, j, value, kind, digits=True, plain=plain, bound=bound)


def vulgar_fraction(char: str) -> Decimal | None:
    """The value of "½", "¾", "⅓"... (Unicode vulgar fractions), else None."""
    if len(char) != 1 or not unicodedata.name(char, "").startswith("VULGAR FRACTION"):
        return None
    return Decimal(str(unicodedata.numeric(char))) if char not in _THIRDS else _THIRDS[char]


def _mixed_fraction(tokens: Tokens, j: int, lex: Lexicon) -> Core | None:
    """The proper fraction one space (or "и") after whole digits ending before ``j`` ("1 1/2", "1 и 3/4")."""
    k = j + 1
    if _is(tokens, k, "w") and tokens[k].low in lex.and_words and next_tok(tokens, j - 1) == k:
        k = next_tok(tokens, k)
    elif next_tok(tokens, j - 1) != k:
        return None
    if not (_is(tokens, k, "d") and _is(tokens, k + 1, "p", "/")):
        return None
    if not _is(tokens, k + 2, "d"):
        return None
    if not tight(tokens, k, k + 2) or len(tokens[k].text) > 3:
        return None
    part = _slash_fraction(tokens, k, k + 1, Decimal(tokens[k].text))
    return part if part is not None and part.value < 1 and not _is(tokens, k + 3, "d") else None


def _slash_fraction(tokens: Tokens, i: int, j: int, num: Decimal) -> Core | None:
    """"1/5" is a fraction; "24/7" or "7/2025" are not."""
    den = Decimal(tokens[j + 1].text) if len(tokens[j + 1].text) <= 4 else Decimal(0)
    if _is(tokens, j + 2, "p", "/") or not 0 < num < den <= 1000:
        return None
    return Core(i, j + 2, num / den, "fraction", digits=True)
