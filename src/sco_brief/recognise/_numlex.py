"""The numeral and unit lexicons of the numbers recogniser, built once per language.

Russian word forms are generated with pymorphy3 from the lemmas in ``lang/ru/numerals.toml``
and ``lang/ru/units.toml``; English plurals are made by rule. Every key is a lower-case form
with "ё" written as "е", so lookups need one ``dict.get``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import Any

import attrs

from sco_brief import morph
from sco_brief.errors import LanguageDataError
from sco_brief.lang import load_toml

__all__ = ["LEVELS", "Lexicon", "Units", "Word", "forms", "lexicon", "lookup_scale", "norm"]

# Levels of the words inside one group of three digits; scale ordinals rank above them.
LEVELS = {"units": 0, "teens": 1, "tens": 2, "hundreds": 3, "scale": 4}


def norm(word: str) -> str:
    """The lookup key of a word: lower case, "ё" as "е"."""
    return word.lower().replace("ё", "е")


@attrs.frozen
class Word:
    """One numeral form: what it is (``kind``), its value and its place in a group."""

    kind: str  # card | ord | scale | frac | mult | sign | half_scale | hundred
    value: Decimal
    level: int = 0
    singular: bool = True  # the form can be grammatically singular ("тысячи" can, "тысяч" cannot)
    ambiguous: bool = False  # also a common non-numeral word ("семью")


@attrs.frozen
class Lexicon:
    """Everything the recogniser knows about one language."""

    lang: str
    words: Mapping[str, Word]
    scale_abbr: Mapping[str, Decimal]
    scale_glued: Mapping[str, Decimal]
    whole: frozenset[str]
    part: frozenset[str]
    and_part: tuple[tuple[tuple[str, ...], Decimal], ...]  # "с половиной" -> 0.5
    and_more: tuple[tuple[str, ...], ...]  # "с лишним": a lower bound
    and_words: frozenset[str]  # "три и пять десятых": the word joining a whole and a fraction
    and_first: frozenset[str]  # the first words of and_part and and_more ("с")
    point: frozenset[str]
    qualifiers: Mapping[tuple[str, ...], str]
    qualifier_ends: frozenset[str]  # the last words of the qualifier phrases
    between: frozenset[str]
    change_verbs: frozenset[str]
    year_preps: frozenset[str]
    year_nouns: frozenset[str]
    scale_alone_after: frozenset[str]
    ordinal_suffixes: frozenset[str]
    cardinal_suffixes: frozenset[str]
    number_signs: frozenset[str]
    months: frozenset[str]
    units: Units
    attributive: frozenset[str] = frozenset()  # "double" before a noun: "double degrees", "double taxation"
    verb_openers: frozenset[str] = frozenset()  # "to double trade": the word is a verb after these
    function_words: frozenset[str] = frozenset()  # "double the volume": a verb or adverb before these
    qualifier_abbr: Mapping[str, str] = attrs.field(factory=dict)  # "ок." -> approx
    half_units: Mapping[str, str] = attrs.field(factory=dict)  # "полчаса" -> hour (whole word, no hyphen)
    half_prefix: str = ""
    anniversary: frozenset[str] = frozenset()  # "летие", "летия"...: tails of "пятидесятилетие"
    periods: frozenset[str] = frozenset()  # "десятилетия": a decade, not an anniversary
    roman_nouns: frozenset[str] = frozenset()  # forms of nouns a Roman numeral stands before or after
    roman_max: int = 0
    every: frozenset[str] = frozenset()  # "каждый третий": an ordinal after these is one in N
    rank_groups: Mapping[str, Decimal] = attrs.field(factory=dict)  # "тройку" -> 3 ("входит в тройку")
    rank_preps: frozenset[str] = frozenset()  # "в": the only word a rank group follows
    rank_between: frozenset[str] = frozenset()  # "первую": may stand between ("в первую десятку")
    parse_leading: frozenset[str] = frozenset()  # "в 2,5 раза": prepositions parse_number lets stand before
    glued_heads: frozenset[str] = frozenset()  # first letters of cardinal forms: "двухтысячный" may be one


@attrs.frozen
class Units:
    """Units, currencies and counted nouns of one language (keys are normalised forms)."""

    currency: Mapping[str, tuple[str, str]]  # form -> (lemma, ISO code)
    currency_adjective: Mapping[str, Mapping[str, str]]  # adjective form -> {currency lemma: code}
    currency_abbr: Mapping[str, str]  # case-sensitive
    currency_sign: Mapping[str, str]
    currency_tail: frozenset[str]
    currency_adjective_abbr: frozenset[str]  # "ам" of "ам.долл.", skipped before a currency
    subunit: Mapping[str, tuple[str, Decimal]]  # form -> (currency, fraction of it)
    subunit_abbr: Mapping[str, tuple[str, Decimal]]  # "коп" (case-sensitive, dot optional)
    nouns: Mapping[str, tuple[str, str]]  # measure and counted nouns: form -> (lemma, unit)
    measure_abbr: Mapping[str, str]  # case-sensitive
    measure_scale: Mapping[str, Decimal]  # unit symbols holding a scale word: "bcm" (billion cubic metres)
    phrases: Mapping[tuple[str, ...], str]  # lemma sequence -> unit
    phrase_heads: frozenset[str]  # the first lemmas of ``phrases``
    rank: Mapping[str, str]
    compound: tuple[tuple[str, str], ...]  # (stem, unit), longest stem first
    percent_words: frozenset[str]
    percent_abbr: frozenset[str]
    times: frozenset[str]
    convert: Mapping[str, tuple[str, Decimal]]


def _dec(value: object) -> Decimal:
    # TOML floats come as float; repr keeps "1.5" exact.
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))


def _table(data: Mapping[str, Any], *path: str) -> Mapping[str, Any]:
    node: Any = data
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            raise LanguageDataError(f"numbers language data lacks the table {'.'.join(path)!r}")
        node = node[key]
    if not isinstance(node, Mapping):
        raise LanguageDataError(f"numbers language data: {'.'.join(path)!r} must be a table")
    return node


def _ru_lexeme(lemma: str, pos: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """All forms of ``lemma`` in the part of speech wanted (the lemma itself if unknown)."""
    key = norm(lemma)
    # The first part of speech wanted wins: "сто" is a numeral before it is an abbreviation.
    for part in pos:
        for parse in morph.parses(lemma):
            if norm(parse.normal_form) == key and parse.tag.POS == part:
                for form in parse.lexeme:
                    yield norm(form.word), form.tag
                return
    yield key, None


def forms(lang: str, lemma: str, pos: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """Word forms of a lemma: pymorphy3 paradigms for Russian, -s plurals for English."""
    if lang == "ru":
        yield from _ru_lexeme(lemma, pos)
        return
    key = norm(lemma)
    yield key, None
    if key.endswith("y") and not key.endswith(("ay", "ey", "oy")):
        yield key[:-1] + "ies", None
    elif key.endswith(("s", "x", "ch", "sh")):
        yield key + "es", None
    else:
        yield key + "s", None


def _is_singular(tag: Any) -> bool:
    return tag is None or "plur" not in tag


def _add(words: dict[str, Word], form: str, word: Word) -> None:
    # The first reading wins: cardinals load before ordinals and nouns.
    words.setdefault(form, word)


def _numeral_words(lang: str, data: Mapping[str, Any]) -> dict[str, Word]:
    words: dict[str, Word] = {}
    never = {norm(w) for w in data.get("context", {}).get("never", [])}
    ambiguous = {norm(w) for w in data.get("context", {}).get("ambiguous", [])}
    for level_name, table in _table(data, "cardinal").items():
        for lemma, value in table.items():
            for form, _tag in forms(lang, lemma, ("NUMR", "ADJF", "NOUN")):
                if form not in never and not (lang == "en" and form != norm(lemma)):
                    _add(words, form, Word("card", _dec(value), LEVELS[level_name], ambiguous=form in ambiguous))
    for lemma, value in data.get("hundred", {}).items():
        _add(words, norm(lemma), Word("hundred", _dec(value), 3))
    for lemma, value in _table(data, "scale").items():
        found = list(forms(lang, lemma, ("NOUN",)))
        # "тысячи" is singular (genitive) and plural (nominative): only all-singular forms count alone.
        plural = {form for form, tag in found if not _is_singular(tag) or (lang == "en" and form != norm(lemma))}
        for form, _tag in found:
            _add(words, form, Word("scale", _dec(value), 4, singular=form not in plural))
    for level_name, table in _table(data, "ordinal").items():
        for lemma, value in table.items():
            for form, _tag in forms(lang, lemma, ("ADJF",)):
                _add(words, form, Word("ord", _dec(value), LEVELS[level_name]))
    _add_small_tables(lang, data, words)
    for variant, known in data.get("context", {}).get("variants", {}).items():
        if norm(known) in words:
            _add(words, norm(variant), words[norm(known)])
    return words


def _add_small_tables(lang: str, data: Mapping[str, Any], words: dict[str, Word]) -> None:
    for lemma, den in data.get("fraction_noun", {}).items():
        for form, tag in forms(lang, lemma, ("NOUN",)):
            _add(words, form, Word("frac", _dec(den), singular=_is_singular(tag)))
    for lemma, value in data.get("half_scale", {}).items():
        for form, _tag in forms(lang, lemma, ("NOUN",)):
            _add(words, form, Word("half_scale", _dec(value)))
    for lemma, value in data.get("multiple", {}).get("adverb", {}).items():
        _add(words, norm(lemma), Word("mult", _dec(value)))
    for lemma, value in data.get("multiple", {}).get("verb", {}).items():
        for form, _tag in forms(lang, lemma, ("VERB", "INFN")):
            _add(words, form, Word("mult", _dec(value)))
    for lemma, value in data.get("multiple", {}).get("adjective", {}).items():
        for form, _tag in forms(lang, lemma, ("ADJF",)):
            _add(words, form, Word("mult", _dec(value)))
    for lemma, value in data.get("sign", {}).items():
        _add(words, norm(lemma), Word("sign", _dec(value)))


def _all_forms(lang: str, lemmas: Iterable[str], pos: Iterable[str]) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form, _tag in forms(lang, lemma, pos))


def _qualifiers(lang: str, data: Mapping[str, Any]) -> dict[tuple[str, ...], str]:
    table = _table(data, "qualifier")
    result: dict[tuple[str, ...], str] = {}
    for bound in ("approx", "lower", "upper"):
        for phrase in table.get(bound, []):
            result[tuple(norm(phrase).split())] = bound
    for bound in ("lower", "upper"):
        for verb in table.get(f"{bound}_verbs", []):
            for form, _tag in forms(lang, verb, ("VERB", "INFN", "PRTF", "GRND")):
                result.setdefault((form,), bound)
    return result


def _noun_forms(lang: str, lemma: str, like: Mapping[str, str]) -> Iterator[str]:
    model = like.get(lemma)
    if model is None:
        # Substantivised adjectives ("учащийся") have an adjective paradigm.
        yield from (form for form, _tag in forms(lang, lemma, ("NOUN", "ADJF")))
        return
    stem = norm(model)
    for form, _tag in forms(lang, model, ("NOUN",)):
        if form.startswith(stem):
            yield norm(lemma) + form[len(stem) :]


def _nouns(lang: str, table: Mapping[str, str], like: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    nouns: dict[str, tuple[str, str]] = {}
    for lemma, unit in table.items():
        for form in _noun_forms(lang, lemma, like):
            nouns.setdefault(form, (norm(lemma), unit))
    return nouns


def _phrase_key(lang: str, phrase: str) -> tuple[str, ...]:
    return tuple(norm(word) for word in phrase.replace("-", " ").split())


def _units(lang: str, data: Mapping[str, Any]) -> Units:
    like = data.get("inflect_like", {})
    nouns = _nouns(lang, _table(data, "measure"), like)
    for form, entry in _nouns(lang, _table(data, "count"), like).items():
        nouns.setdefault(form, entry)
    compound = data.get("compound", {})
    stems = sorted(((norm(k)[:-2] or norm(k), v) for k, v in compound.items()), key=lambda s: -len(s[0]))
    return Units(
        currency=_nouns(lang, _table(data, "currency"), like),
        currency_adjective={
            form: {norm(k): v for k, v in codes.items()}
            for adjective, codes in data.get("currency_adjective", {}).items()
            for form in _all_forms(lang, [adjective], ("ADJF",))
        },
        currency_abbr=dict(data.get("currency_abbr", {})),
        currency_sign=dict(data.get("currency_sign", {})),
        currency_tail=frozenset(data.get("currency_tail", {}).get("words", [])),
        currency_adjective_abbr=frozenset(data.get("currency_adjective_abbr", {}).get("words", [])),
        subunit={
            f: (str(v[0]), _dec(v[1])) for k, v in data.get("subunit", {}).items() for f in _noun_forms(lang, k, like)
        },
        subunit_abbr={k: (str(v[0]), _dec(v[1])) for k, v in data.get("subunit_abbr", {}).items()},
        nouns=nouns,
        measure_abbr=dict(data.get("measure_abbr", {})),
        measure_scale={k: _dec(v) for k, v in data.get("measure_abbr_scale", {}).items()},
        phrases=(phrases := {_phrase_key(lang, k): v for k, v in data.get("measure_phrase", {}).items()}),
        phrase_heads=frozenset(phrase[0] for phrase in phrases),
        rank={norm(k): v for k, v in data.get("rank", {}).items()},
        compound=tuple(stems),
        percent_words=_all_forms(lang, data.get("percent", {}).get("lemmas", []), ("NOUN",)),
        percent_abbr=frozenset(data.get("percent", {}).get("abbr", [])),
        times=frozenset(norm(w) for w in data.get("times", {}).get("forms", [])),
        convert={k: (str(v[0]), _dec(v[1])) for k, v in data.get("convert", {}).items()},
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ("ru" or "en"), built on first use and kept."""
    data = load_toml(lang, "numerals")
    decimal = data.get("decimal", {})
    context = data.get("context", {})
    digits = data.get("digits", {})
    words = _numeral_words(lang, data)
    return Lexicon(
        lang=lang,
        words=words,
        glued_heads=_glued_heads(lang, data),
        scale_abbr={norm(k): _dec(v) for k, v in data.get("scale_abbr", {}).items()},
        scale_glued={norm(k): _dec(v) for k, v in data.get("scale_glued", {}).items()},
        whole=_all_forms(lang, decimal.get("whole", []), ("ADJF",)),
        part=_all_forms(lang, decimal.get("part", []), ("NOUN",)),
        and_part=tuple((tuple(norm(p).split()), _dec(v)) for p, v in decimal.get("and_part", {}).items()),
        and_more=tuple(tuple(norm(p).split()) for p in decimal.get("and_more", [])),
        and_words=frozenset(norm(w) for w in decimal.get("and_words", [])),
        and_first=frozenset(norm(p).split()[0] for p in [*decimal.get("and_part", {}), *decimal.get("and_more", [])]),
        point=frozenset(norm(w) for w in decimal.get("point", [])),
        qualifiers=(qualifiers := _qualifiers(lang, data)),
        qualifier_ends=frozenset(phrase[-1] for phrase in qualifiers),
        between=frozenset(norm(w) for w in _table(data, "qualifier").get("between", [])),
        qualifier_abbr={
            norm(w): bound for bound in ("approx", "lower", "upper")
            for w in _table(data, "qualifier").get(f"{bound}_abbr", [])
        },
        change_verbs=frozenset(norm(w) for w in data.get("change_verbs", {}).get("lemmas", [])),
        year_preps=frozenset(norm(w) for w in data.get("year", {}).get("prepositions", [])),
        year_nouns=_all_forms(lang, data.get("year", {}).get("nouns", []), ("NOUN",))
        - {norm(w) for w in data.get("year", {}).get("exclude", [])},
        scale_alone_after=frozenset(norm(w) for w in context.get("scale_alone_after", [])),
        parse_leading=frozenset(norm(w) for w in context.get("parse_leading", [])),
        ordinal_suffixes=frozenset(digits.get("ordinal_suffixes", [])),
        cardinal_suffixes=frozenset(digits.get("cardinal_suffixes", [])),
        number_signs=frozenset(digits.get("number_signs", [])),
        months=_all_forms(lang, data.get("year", {}).get("months", []), ("NOUN",))
        | {norm(w) for w in data.get("year", {}).get("month_abbr", [])},
        units=_units(lang, load_toml(lang, "units")),
        attributive=frozenset(norm(w) for w in data.get("multiple", {}).get("attributive", [])),
        verb_openers=frozenset(norm(w) for w in data.get("multiple", {}).get("verb_openers", [])),
        function_words=frozenset(norm(w) for w in data.get("multiple", {}).get("function_words", [])),
        **_glued_words(lang, data),
        **_rank_groups(lang, data),
    )


def _rank_groups(lang: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Singular accusative and locative forms of "тройка", "десятка"...: "в тройку", "в тройке"."""
    table = data.get("rank_group", {})
    groups: dict[str, Decimal] = {}
    for lemma, value in table.get("nouns", {}).items():
        for form, tag in forms(lang, lemma, ("NOUN",)):
            if tag is not None and "sing" in tag and ("accs" in tag or "loct" in tag):
                groups.setdefault(form, _dec(value))
    return {
        "rank_groups": groups,
        "rank_preps": frozenset(norm(w) for w in table.get("prepositions", [])),
        "rank_between": _all_forms(lang, table.get("between", []), ("ADJF",)),
        "every": _all_forms(lang, data.get("every", {}).get("words", []), ("ADJF",)),
    }


def _glued_heads(lang: str, data: Mapping[str, Any]) -> frozenset[str]:
    """First letters of the genitive forms one-word numerals start with ("двух", "пяти", "полутора")."""
    skip = {norm(w) for w in data.get("context", {}).get("not_prefixes", [])}
    lemmas = [lemma for table in _table(data, "cardinal").values() for lemma in table if norm(lemma) not in skip]
    heads = {norm(lemma)[:3] for lemma in lemmas}  # "стотысячный" glues the nominative "сто"
    for lemma in lemmas:
        heads.update(form[:3] for form, tag in forms(lang, lemma, ("NUMR", "ADJF", "NOUN")) if tag and "gent" in tag)
    return frozenset(heads)


def _glued_words(lang: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Half units ("полчаса"), anniversary tails ("летие") and the Roman numeral nouns."""
    prefixes = [norm(p) for p in data.get("half_unit", {}).get("prefixes", [])]
    half: dict[str, str] = {}
    if prefixes:
        units = load_toml(lang, "units")
        lemmas = [(lemma, unit) for lemma, unit in _table(units, "measure").items()]
        lemmas += [(lemma, "percent") for lemma in units.get("percent", {}).get("lemmas", [])]
        for lemma, unit in lemmas:
            for form, tag in forms(lang, lemma, ("NOUN",)):
                # Half of one unit: the genitive singular ("полчаса"), plural only for "сутки" ("полсуток").
                if tag is not None and "gent" in tag and ("sing" in tag or "Pltm" in tag):
                    half.update((prefix + form, unit) for prefix in prefixes)
    model = data.get("anniversary", {})
    cut = len(norm(model.get("prefix", "")))
    tails = {form[cut:] for form, _tag in forms(lang, model["model"], ("NOUN",))} if model else set()
    periods = {form for lemma in model.get("periods", []) for form, _tag in forms(lang, lemma, ("NOUN",))}
    roman = data.get("roman", {})
    return {
        "half_units": half,
        "half_prefix": prefixes[0] if prefixes else "",
        "anniversary": frozenset(tails),
        "periods": frozenset(periods),
        "roman_nouns": _all_forms(lang, roman.get("nouns", []), ("NOUN",)),
        "roman_max": int(roman.get("max_value", 0)),
    }


def lookup_scale(lex: Lexicon, low: str, *, glued: bool = False) -> Decimal | None:
    """The multiplier of a scale word or abbreviation ("млн", "тысяч", "bn"; "к" only glued)."""
    if low in lex.scale_abbr:
        return lex.scale_abbr[low]
    if glued and low in lex.scale_glued:
        return lex.scale_glued[low]
    word = lex.words.get(low)
    return word.value if word is not None and word.kind == "scale" else None
