"""The numbers recogniser: throughput on news-like Russian text and read-back accuracy.

The anchor is ``number-parser`` (pip install number-parser), the best-known Python package
for numbers in words; it is used only when importable and is not a dependency of sco_brief.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable
from decimal import Decimal

from benchmarks._common import Row, corpus, row

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _ours_rate(docs: list[str]) -> tuple[float, int]:
    from sco_brief import find_numbers

    list(find_numbers(docs[0]))  # build the lexicon outside the timed part
    start = time.perf_counter()
    count = sum(1 for text in docs for _ in find_numbers(text))
    return time.perf_counter() - start, count


def _anchor_parse() -> Callable[[str], object] | None:
    try:
        import number_parser
    except ImportError:
        return None
    return lambda text: number_parser.parse(text, language="ru")


def _anchor_number() -> Callable[[str], Decimal | None] | None:
    try:
        import number_parser
    except ImportError:
        return None

    def parse(phrase: str) -> Decimal | None:
        value = number_parser.parse_number(phrase, language="ru")
        if value is None:
            value = number_parser.parse_ordinal(phrase, language="ru")
        return None if value is None else Decimal(value)

    return parse


def _inflect(word: str, case: str) -> str:
    from sco_brief import morph

    for parse in sorted(morph.parses(word), key=lambda p: p.tag.POS != "NUMR"):
        if parse.tag.POS in ("NUMR", "NOUN", "ADJF"):
            inflected = parse.inflect({case})
            return str(inflected.word) if inflected is not None else word
    return word


def read_back_cases(size: int, seed: int = 3) -> list[tuple[str, Decimal]]:
    """Cardinals and ordinals in words in every case, plus fractions and digits: (phrase, value)."""
    from num2words import num2words

    rng = random.Random(seed)
    cases: list[tuple[str, Decimal]] = []
    for _ in range(size):
        n = rng.choice([rng.randrange(10**12), rng.randrange(10**4), rng.randrange(100)])
        case = rng.choice(_CASES)
        cases.append((" ".join(_inflect(w, case) for w in num2words(n, lang="ru").split()), Decimal(n)))
        m = rng.randrange(1, 1000)
        ordinal = num2words(m, lang="ru", to="ordinal").split()
        cases.append((" ".join([*ordinal[:-1], _inflect(ordinal[-1], case)]), Decimal(m)))
    fractions = [("пять восьмых", "0.625"), ("три целых пять десятых", "3.5"), ("одна десятая", "0.1"),
                 ("полторы тысячи", "1500"), ("три с половиной", "3.5"), ("четверть", "0.25"),
                 ("ноль целых семьсот двадцать девять тысячных", "0.729"), ("1 234 567,89", "1234567.89")]
    cases.extend((text, Decimal(value)) for text, value in fractions)
    return cases


def _accuracy(parse: Callable[[str], Decimal | None], cases: list[tuple[str, Decimal]]) -> float:
    hits = 0
    for phrase, value in cases:
        # A parser that raises on a case simply misses it.
        with contextlib.suppress(Exception):
            hits += parse(phrase) == value
    return 100.0 * hits / len(cases)


def run(quick: bool = False) -> list[Row]:
    from sco_brief import parse_number

    docs = corpus(200_000 if quick else 3_000_000)
    chars = sum(len(d) for d in docs)
    seconds, mentions = _ours_rate(docs)
    rows = [row("numbers: mentions/s", mentions / seconds, "mentions/s", note=f"{mentions} mentions, {chars} chars")]
    anchor_parse = _anchor_parse()
    anchor_rate = None
    if anchor_parse is not None:
        start = time.perf_counter()
        for text in docs:
            anchor_parse(text)
        anchor_rate = chars / (time.perf_counter() - start)
    rows.append(row("numbers: chars/s", chars / seconds, "chars/s", anchor=anchor_rate,
                    anchor_name="number-parser" if anchor_rate else None,
                    note="ours finds spans, units and qualifiers; number-parser only rewrites words as digits"))
    cases = read_back_cases(100 if quick else 750)
    anchor_number = _anchor_number()
    anchor_acc = None if anchor_number is None else _accuracy(anchor_number, cases)
    rows.append(row("numbers: read-back exact", _accuracy(parse_number, cases), "%", anchor=anchor_acc,
                    anchor_name="number-parser" if anchor_acc is not None else None,
                    note=f"{len(cases)} phrases: cardinals/ordinals in all cases, fractions, digits"))
    return rows
