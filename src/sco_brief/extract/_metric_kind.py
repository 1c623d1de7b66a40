"""Which number mentions state facts, and what kind of metric each one is.

Every rule is a small named function over a mention and its clause; ``classify`` tries them in
order and returns a :class:`Figure` (or None for a number that is no metric). Rules only look
at the mention's own clause, so the work per mention is bounded by the clause length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import chain
from typing import Any, cast

import attrs

from sco_brief.extract._metric_cues import Cues, Token, cues_for
from sco_brief.extract._metric_view import NumberLike, SentenceView
from sco_brief.morph import lemma

__all__ = ["Figure", "classify", "direction_near"]

_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "minute", "second"})
_RATIO_KINDS = frozenset({"percent", "fraction"})
_AMOUNT_KINDS = frozenset({"money", "measure"})
_COUNT_KINDS = frozenset({"cardinal", "decimal", "range", "measure"})
# Units of amounts (docs/units.md); a "measure" in any other unit counts discrete things.
_AMOUNT_UNITS = frozenset(
    {"ton", "kg", "km", "m", "m2", "m3", "ha", "l", "bbl", "TEU", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh"}
    | _TIME_UNITS
)
# Counts this small of these units name the parties ("между двумя странами"), not a figure.
_REFERENCE_UNITS = frozenset({"country", "person"})
_MIN_REFERENCE_COUNT = Decimal(3)
_ONE_HUNDRED = Decimal(100)
_SYMBOLS = frozenset("$€£¥₽₸")
_DASHES = frozenset("–—-")
_CURRENCY = re.compile(r"[A-Z]{3}")  # ISO 4217 codes
_HYPHEN = re.compile(r"[-‑]")


@attrs.frozen(kw_only=True)
class Figure:
    """A number mention judged to state a fact, with its metric kind and cleaned value."""

    mention: NumberLike
    kind: str
    value: Decimal
    unit: str | None
    baseline: Decimal | None = None
    direction: str | None = None
    approx: bool = False
    bound: str | None = None
    rule: str = ""


@attrs.frozen
class _Context:
    mention: NumberLike
    noun: str | None  # the counted noun: the mention's own, or one found by context
    view: SentenceView
    first: int  # first token of the mention
    last: int  # one past its last token
    clause: tuple[int, int]
    cues: Cues

    def before(self) -> Sequence[Token]:
        """Clause tokens before the mention, nearest last."""
        return self.view.words(self.clause[0], self.first)

    def after(self) -> Sequence[Token]:
        return self.view.words(self.last, self.clause[1])

    def lead(self) -> str | None:
        """The word right before the mention (or opening it, as "до" may), qualifiers skipped."""
        for tok in self.view.words(self.first, self.last):  # "почти на четверть" may be one mention
            if tok.lower in self.cues.by_to:
                return tok.lower
            if tok.lower not in self.cues.qualifiers:
                break
        for tok in reversed(self.before()):
            if tok.text in _SYMBOLS:
                continue
            if tok.lower not in self.cues.qualifiers or tok.lower in self.cues.by_to:
                return tok.lower if tok.is_word else None
        return None


def direction_near(view: SentenceView, index: int, clause: tuple[int, int], cues: Cues) -> str | None:
    """Direction of the change cue nearest to token ``index`` in its clause, preferring earlier ones."""
    for tok in chain(reversed(view.words(clause[0], index)), view.words(index, clause[1])):
        lem = tok.lemma
        if lem not in cues.change and tok.lower not in cues.change:
            continue  # most words: one test against the union instead of four
        if lem in cues.up or tok.lower in cues.up:
            return "up"
        if lem in cues.down or tok.lower in cues.down:
            return "down"
    return None


def _changing(ctx: _Context) -> str | None:
    """Direction when the figure is an amount of change: "вырос на 20%", "rose by 5%", "на 11% больше"."""
    for tok in ctx.after()[:2]:
        if tok.lemma in ctx.cues.comparative_up or tok.lower in ctx.cues.comparative_up:
            return "up"
        if tok.lemma in ctx.cues.comparative_down or tok.lower in ctx.cues.comparative_down:
            return "down"
    lead = ctx.lead()
    direction = direction_near(ctx.view, ctx.first, ctx.clause, ctx.cues)
    if lead in ctx.cues.by and direction is not None:
        return direction
    if lead in ctx.cues.by and _verb_elided(ctx):  # "..., а число поездов – на 30%": the verb said once
        return direction_near(ctx.view, ctx.first, (0, ctx.first), ctx.cues)
    if lead in ctx.cues.change and not _phrasal(ctx):  # "up nearly 9 per cent"
        return "up" if lead in ctx.cues.up else "down"
    if lead in ctx.cues.of:  # "an increase of 6.3 per cent", "a decline of 3%"
        return _noun_of_change(ctx)
    if any(t.lemma in ctx.cues.change and t.has("NOUN") for t in ctx.before()):
        return direction  # "рост ... составил порядка 9 процентов"
    return None


def _verb_elided(ctx: _Context) -> bool:
    """A dash right before "на"/"by": the clause repeats an earlier verb of change without saying it."""
    before = [t for t in ctx.before() if t.lower not in ctx.cues.qualifiers]
    return len(before) >= 2 and before[-2].text in _DASHES


def _phrasal(ctx: _Context) -> bool:
    """ "make up about 45%": the "up" before the figure belongs to a phrasal verb."""
    words = [t for t in ctx.before() if t.lower not in ctx.cues.qualifiers]
    return len(words) >= 2 and words[-2].lower in ctx.cues.phrasal


def _noun_of_change(ctx: _Context) -> str | None:
    words = [t for t in ctx.before() if t.lower not in ctx.cues.qualifiers]
    if len(words) < 2:
        return None
    noun = words[-2]
    return "up" if noun.lower in ctx.cues.up else "down" if noun.lower in ctx.cues.down else None


def _signed(ctx: _Context) -> str | None:
    """ "(+9,5%)", "(-14%)": an explicit sign marks a change (a share or a level has none)."""
    sign = ctx.mention.text.lstrip()[:1]
    return "up" if sign == "+" else "down" if sign in "-−–" and ctx.mention.value < 0 else None


def _resulting_level(ctx: _Context) -> bool:
    """A "до"/"to" figure after a verb of change is the level reached, not a limit."""
    if ctx.lead() not in ctx.cues.to:
        return False
    return direction_near(ctx.view, ctx.first, (ctx.clause[0], ctx.first), ctx.cues) is not None


def lemma_of(word: str, lang: str) -> str:
    return lemma(word) if lang == "ru" else word


def _lower_bound_verb(ctx: _Context) -> bool:
    """"превысил 380 млрд", "crossed $220 billion": the verb right before the figure."""
    lead = ctx.lead()
    if lead is None:
        return False
    return lead in ctx.cues.lower_bound or lemma_of(lead, ctx.view.lang) in ctx.cues.lower_bound


def _base(ctx: _Context, kind: str, value: Decimal, unit: str | None, rule: str, **changes: Any) -> Figure:
    """The figure of the mention; ``changes`` set other fields, as ``attrs.evolve`` would (it is
    slow, and the rules would call it on most figures)."""
    m = ctx.mention
    if "bound" not in changes:
        changes["bound"] = m.bound or ("lower" if _lower_bound_verb(ctx) else None)
    changes.setdefault("approx", bool(m.approx))
    return Figure(mention=m, kind=kind, value=value, unit=unit, rule=rule, **changes)


def _from_to(ctx: _Context) -> Figure | None:
    m = ctx.mention
    if not m.from_to or m.low is None:
        return None
    direction = "down" if m.value < m.low else "up" if m.value > m.low else None
    unit = m.unit or count_unit(ctx.noun, ctx.cues)[1]  # "число проектов выросло с 9 до 26": projects
    return _base(ctx, "from_to", m.value, unit, "from_to", baseline=m.low, direction=direction, bound=None)


def _multiple(ctx: _Context) -> Figure | None:
    if ctx.mention.kind != "multiple":
        return None
    direction = direction_near(ctx.view, ctx.first, ctx.clause, ctx.cues) or "up"
    return _base(ctx, "multiple", ctx.mention.value, "times", "multiple", direction=direction)


def _top(ctx: _Context) -> bool:
    """ "among the top three", "в топ-10": a cardinal after "top" is a rank reached or bettered."""
    if ctx.mention.kind == "cardinal" and ctx.mention.unit == "rank":
        return True  # "входит в тройку": the numbers recogniser read the group noun as a rank
    # "among top five SCO partners": the counted noun after the number names what is ranked.
    m = ctx.mention
    counted = m.kind == "cardinal" or (m.kind == "measure" and m.unit not in _AMOUNT_UNITS)
    if not counted:
        return False
    last = next((t for t in reversed(ctx.before()) if t.text not in "-‑"), None)  # the word before, dashes skipped
    return last is not None and (last.lower in ctx.cues.top or _among_superlative(ctx))


def _among_superlative(ctx: _Context) -> bool:
    """ "among the ten most vulnerable", "в число десяти крупнейших": a group of the best or worst."""
    before = [t.lemma for t in ctx.before()[-2:]]
    after = ctx.after()[:1]
    if not after or after[0].lemma not in ctx.cues.superlatives:
        return False
    return bool(before) and (before[-1] in ctx.cues.among or (before[0] in ctx.cues.among and before[-1] == "the"))


def _rank(ctx: _Context) -> Figure | None:
    if _top(ctx):
        return _base(ctx, "rank", ctx.mention.value, "rank", "top_rank", bound="upper", approx=False)
    if ctx.mention.kind != "ordinal":
        return None
    if ctx.mention.unit == "rank":
        return _base(ctx, "rank", ctx.mention.value, "rank", "rank", bound=None, approx=False)
    near = [*ctx.view.words(ctx.first, ctx.last), *ctx.after()[:2], *ctx.before()[-2:]]
    words = {part for tok in near for part in _HYPHEN.split(tok.lemma)}
    if not words & ctx.cues.rank:
        return None
    return _base(ctx, "rank", ctx.mention.value, "rank", "rank", bound=None, approx=False)


def _percent_value(mention: NumberLike) -> Decimal:
    value = mention.value
    if mention.kind == "fraction" and value <= 1:
        value = (value * _ONE_HUNDRED).quantize(Decimal("0.01"))
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return value


def _ratio(ctx: _Context) -> Figure | None:
    if ctx.mention.kind not in _RATIO_KINDS:
        return None
    value = _percent_value(ctx.mention)
    if (sign := _signed(ctx)) is not None:
        return _base(ctx, "change", abs(value), "percent", "signed_change", direction=sign)
    direction = _changing(ctx)
    if direction is not None:
        return _base(ctx, "change", value, "percent", "rate_of_change", direction=direction)
    fig = _base(ctx, "share", value, "percent", "share")
    if ctx.mention.bound == "upper" and _resulting_level(ctx):  # "доля выросла до 30%"
        fig = attrs.evolve(fig, bound=None, rule="share_reached")
    return fig


def _amount(ctx: _Context) -> Figure | None:
    m = ctx.mention
    if m.kind not in _AMOUNT_KINDS:
        return None
    if m.unit in _TIME_UNITS and not _stated_level(ctx) and not _changed_by(ctx):
        return None  # a bare duration ("за пять лет", "for 10 days") states no fact
    if m.kind == "measure" and m.unit not in _AMOUNT_UNITS:
        return None  # discrete things: a count
    direction = _changing(ctx)
    if direction is not None and ctx.lead() in ctx.cues.by:
        return _base(ctx, "change", m.value, m.unit, "amount_of_change", direction=direction)
    fig = _base(ctx, "level", m.value, m.unit, "level")
    if m.bound == "upper" and _resulting_level(ctx):
        fig = attrs.evolve(fig, bound=None, rule="level_reached")
    return fig


def _changed_by(ctx: _Context) -> bool:
    """ "сократит сроки на 10 дней", "cut delivery time by up to 10 days": a change of a duration."""
    return ctx.lead() in ctx.cues.by and _changing(ctx) is not None


def _stated_level(ctx: _Context) -> bool:
    return any(t.lemma in ctx.cues.level_verbs for t in ctx.before())


def count_unit(noun: str | None, cues: Cues) -> tuple[bool, str | None]:
    """(is countable, unit) for a counted noun lemma; list items and time nouns are not countable."""
    if not noun:
        return False, None
    key = noun.lower()
    if key in cues.list_items or key in cues.time_nouns:
        return False, None
    return True, cues.units.get(key)


def _count(ctx: _Context) -> Figure | None:
    m = ctx.mention
    if m.kind not in _COUNT_KINDS:
        return None
    countable, unit = count_unit(_classified(ctx) or ctx.noun, ctx.cues)
    if m.noun and not countable:
        return None  # the text's own list items, durations
    if unit is None and m.unit and m.unit not in _AMOUNT_UNITS:
        countable, unit = True, m.unit
    if not countable or (unit is None and not _statistic(ctx)):
        return None
    if unit in _REFERENCE_UNITS and m.value < _MIN_REFERENCE_COUNT:
        return None
    return _base(ctx, "count", m.value, unit, "count")


def _classified(ctx: _Context) -> str | None:
    """The noun a classifier counts: "5 тыс. единиц огнестрельного оружия" counts "оружие"."""
    if ctx.noun is None or ctx.noun.lower() not in ctx.cues.classifiers:
        return None
    for tok in ctx.after()[:4]:
        if not tok.is_word or tok.lower == "of":
            continue
        if ctx.view.lang == "en" or (tok.has("NOUN") and not tok.has("ADJF")):
            return tok.lemma
    return None


def _statistic(ctx: _Context) -> bool:
    """A count of a noun with no unit still states a fact when it reads like a statistic.

    "более 200 преступлений", "около 3 тысяч беженцев": a bound, an approximation or a large
    figure is reported, while "пять братьев" or "two sides" is narrative and stays out.
    """
    m = ctx.mention
    return ctx.noun is not None and (m.bound is not None or m.approx or m.value >= _ONE_HUNDRED)


def _range_as_its_unit(mention: NumberLike) -> NumberLike:
    """ "растет на 6–7%", "от 5 до 10 млрд долларов": a range in a unit is that unit's figure,
    stated by its upper end (the recogniser's value) as a bound; a bare range stays a count."""
    if mention.kind != "range" or mention.unit is None or not attrs.has(type(mention)):
        return mention
    unit = mention.unit
    kind = "percent" if unit == "percent" else "money" if _CURRENCY.fullmatch(unit) and unit != "TEU" else "measure"
    ranged: NumberLike = attrs.evolve(cast(Any, mention), kind=kind, bound=mention.bound or "upper")
    return ranged


_RULES: tuple[Callable[[_Context], Figure | None], ...] = (_from_to, _multiple, _rank, _ratio, _amount, _count)


def classify(mention: NumberLike, view: SentenceView, noun: str | None = None) -> Figure | None:
    """The metric kind of ``mention`` in its sentence, or None when the number states no fact.

    Args:
        noun: a counted noun found by context (e.g. "тысячи из 13 тысяч ледников") when the
            mention has none of its own.
    """
    mention = _range_as_its_unit(mention)
    first, last = view.token_range(mention.span)
    if first >= len(view.tokens):
        return None
    cues = cues_for(view.lang)
    ctx = _Context(mention, mention.noun or noun, view, first, last, view.clause_of(first), cues)
    for rule in _RULES:
        figure = rule(ctx)
        if figure is not None:
            return figure
    return None
