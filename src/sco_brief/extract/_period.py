"""Which period governs a figure: its clause's date, its sentence's, or the context's.

Rules, in order (docs/metrics.md spells them out):

1. a present-time word in the clause ("сегодня", "now") or a duration ("в ближайшие пять
   лет") means the figure has no period, and nothing is inherited;
2. "за тот же период" / "the same period" takes the previous figure's period;
3. a governing date in the clause: introduced by a preposition or relative ("в 2024 году",
   "за январь–июнь", "в прошлом году"), not an attribute of a noun ("саммит 2025 года") and not
   a baseline ("чем годом ранее", "from the previous year"); a from→to pair or a multiple with
   two years in its clause spans them ("from $78 billion in 2019 to $129 billion in 2023");
4. a governing date of an earlier clause that frames the sentence (stands before its first figure),
   unless it dates a founding ("The SCO, founded in 2001, has 10 member states"; rule 3 skips such a
   date too when it stands before the figure);
5. a figure with no subject of its own (it continues the previous figure) in the same
   paragraph, or a year-on-year change ("Экспорт увеличился на 5,1% г/г") or a part of the figure
   before it ("Доля ... в нём превысила 90%", "of which") after a figure of its paragraph, inherits
   the previous figure's period;
6. an item of a list whose lead-in line names a period ("показатели за январь–май 2026 года:")
   takes that period;
7. otherwise None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from sco_brief.extract._metric_cues import Cues, cues_for
from sco_brief.extract._metric_view import DateLike, SentenceView
from sco_brief.model import Period

__all__ = ["PeriodContext", "choose_period", "sentence_period", "span_periods"]

_BLOCKING_KINDS = frozenset({"duration"})
_BASELINE = frozenset({"чем", "than", "сравнению", "from", "against", "versus", "compared"})
_SPANNING_KINDS = frozenset({"from_to", "multiple"})
_RATES = frozenset({"change"})
# Words back from a date to its baseline word: "up from 76 GW in 2014", "from $78 billion in 2019".
_BASELINE_REACH = 4
# The words of a compared period between a baseline word and its date.
_PERIOD_PHRASE = frozenset({"за", "тот", "же", "аналогичный", "этот", "период", "the", "same", "period", "of", "this"})
_PERIOD_PHRASE_WORDS = 5


@attrs.frozen(kw_only=True)
class PeriodContext:
    """What a figure's period may depend on beyond its sentence."""

    anchor: dt.date | None  # the article date, else the meeting date: resolves relative dates
    previous: Period | None  # the previous figure's period
    continues: bool  # the figure has no subject of its own and follows one in its paragraph
    current_year: int | None  # the year a bare "за восемь месяцев" refers to
    near: bool = False  # the previous figure stands in the same paragraph
    frame: Period | None = None  # the period of a list's lead-in ("за январь–май 2026 года:")
    # Periods already read, per date: re-reading a relative date runs the date recogniser again,
    # and one date governs several figures. Share one memo across the figures of a document.
    memo: dict[tuple[int, dt.date | None, int | None], tuple[DateLike, Period | None]] = attrs.field(
        factory=dict, eq=False, repr=False
    )


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _phrase_in(view: SentenceView, lo: int, hi: int, phrases: tuple[str, ...]) -> bool:
    if lo >= hi or not phrases:
        return False  # (an empty pattern would match anything)
    return _padded(phrases).search(view.joined(lo, hi)) is not None


@lru_cache(maxsize=64)
def _padded(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the phrases, each with a space on either side so that it matches whole words.

    Every alternative is a literal, so a search finds a match exactly when some phrase occurs.
    """
    return re.compile("|".join(re.escape(f" {p} ") for p in phrases))


def _attributive(view: SentenceView, index: int, cues: Cues) -> bool:
    """ "саммит 2025 года": a date right after a noun qualifies the noun, not the figure."""
    if view.lang == "en":
        return _dates_event(view, index, cues)
    if index == 0 or view.lang != "ru":
        return False
    if index < len(view.tokens) and view.tokens[index].has("PREP"):
        return False  # "с начала года" opens with its own preposition: it governs the clause
    prev = view.tokens[index - 1]
    governing = prev.lemma in cues.time_nouns or prev.lemma in ("итог", "период")
    return prev.has("NOUN") and not prev.has("PREP") and not governing


def _dates_event(view: SentenceView, index: int, cues: Cues) -> bool:
    """ "the meeting in June 2025", "the summit in Astana in July 2024": the date of an event noun."""
    tokens, back = view.tokens, index - 1
    if back < 1 or tokens[back].lower not in ("in", "on"):
        return False
    back -= 1
    if back >= 1 and tokens[back].text[:1].isupper() and tokens[back - 1].lower in ("in", "at"):
        back -= 2  # the venue between: "in Qingdao"
    return back >= 0 and tokens[back].lower in cues.events


def _baseline(view: SentenceView, index: int) -> bool:
    if any(t.lower in _BASELINE for t in view.words(index - _BASELINE_REACH, index)):
        return True
    # "по сравнению с аналогичным периодом прошлого года": the date qualifies the compared
    # period noun, which a baseline word introduces a little further back.
    # "по сравнению с аналогичным периодом прошлого года", "чем за тот же период прошлого года",
    # "compared with the same period of last year": the date qualifies the compared period.
    back, steps = index - 1, 0
    while back >= 0 and steps < _PERIOD_PHRASE_WORDS and view.tokens[back].lemma in _PERIOD_PHRASE:
        back, steps = back - 1, steps + 1
    return steps > 0 and any(t.lower in _BASELINE for t in view.words(back - 1, back + 1))


def _founding(view: SentenceView, date: DateLike) -> bool:
    """ "The SCO, founded in 2001, has ...": the year of a founding frames no figure of the sentence."""
    index, _ = view.token_range(date.span)
    founding = cues_for(view.lang).founding
    return any(
        (t.lower in founding or t.lemma in founding) and (view.lang == "en" or t.has("PRTF") or t.has("PRTS"))
        for t in view.words(index - 2, index)
    )


def _period_of(date: DateLike, ctx: PeriodContext) -> Period | None:
    # Keyed by identity (mentions need not be hashable); the value keeps the date alive, so
    # its id cannot be reused while the memo lives.
    key = (id(date), ctx.anchor, ctx.current_year)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = (date, _read_period(date, ctx))
    return found[1]


def _read_period(date: DateLike, ctx: PeriodContext) -> Period | None:
    reread = getattr(date, "relative", None) is not None or getattr(date, "year_inferred", False)
    if date.period is not None and not reread:
        return date.period
    if ctx.anchor is not None:
        resolved = _resolve_relative(date, ctx.anchor)
        if resolved is not None:
            return resolved
    if date.period is not None:
        return date.period
    months = getattr(date, "months", None)
    if date.kind == "months_to_date" and isinstance(months, int) and 1 <= months <= 12 and ctx.current_year:
        # "за 11 месяцев" said in January is about the year before.
        late = ctx.anchor is not None and ctx.anchor.year == ctx.current_year and months >= ctx.anchor.month
        return _months_to_date(ctx.current_year - 1 if late else ctx.current_year, months)
    return None


def _months_to_date(year: int, months: int) -> Period:
    end = (dt.date(year, months, 1) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    label = f"Jan–{end:%b} {year}" if months > 1 else f"Jan {year}"
    return Period(start=dt.date(year, 1, 1), end=end, label=label)


def _resolve_relative(date: DateLike, anchor: dt.date) -> Period | None:
    from sco_brief.recognise import dates as dates_module

    resolve = getattr(dates_module, "resolve_relative", None)
    if resolve is None:
        return None
    try:
        found = resolve(date, anchor)
    except (ValueError, TypeError, OverflowError):  # a bad anchor must not stop extraction
        return None
    return found if isinstance(found, Period) else None


def _governing(view: SentenceView, dates: Sequence[DateLike], lo: int, hi: int) -> list[tuple[int, DateLike]]:
    """(token index, date) of the dates that govern figures in tokens ``[lo, hi)``."""
    cues = cues_for(view.lang)
    if hi <= lo:
        return []
    c0, c1 = view.tokens[lo].start, view.tokens[hi - 1].end
    found = []
    for date in dates:
        if not _overlap(date.span.start, date.span.end, c0, c1):
            continue
        index, _ = view.token_range(date.span)
        if date.kind in _BLOCKING_KINDS or not (_attributive(view, index, cues) or _baseline(view, index)):
            found.append((index, date))
    return found


def span_periods(periods: Sequence[Period]) -> Period:
    """One period from the start of the first to the end of the last ("2019–2023")."""
    start = min(p.start for p in periods)
    end = max(p.end for p in periods)
    label = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return Period(start=start, end=end, label=label)


def _in_clause(
    view: SentenceView, first: int, clause: tuple[int, int], kind: str, dates: Sequence[DateLike], ctx: PeriodContext
) -> tuple[bool, Period | None]:
    """(decided, period) from the figure's own clause."""
    cues = cues_for(view.lang)
    # A founding year before the figure dates the organisation ("The SCO, founded in 2001, has").
    found = [(i, d) for i, d in _governing(view, dates, *clause) if i > first or not _founding(view, d)]
    if _phrase_in(view, clause[0], clause[1], cues.present) or any(d.kind in _BLOCKING_KINDS for _, d in found):
        return True, None
    compared = any(t.lower in _BASELINE for t in view.words(*clause))
    if _phrase_in(view, clause[0], clause[1], cues.same_period) and not compared:
        return True, ctx.previous  # "за тот же период", but not "чем за тот же период прошлого года"
    # A statistic covers a stretch of time; a single day in its clause ("who attended the meeting
    # on Tuesday, said trade rose ... in the first half of 2025", "(ended March 20, 2026)") dates an
    # event, so a clause with no stretch leaves the figure to the sentence's frame.
    periods = [(i, p) for i, d in found if (p := _period_of(d, ctx)) is not None and p.start != p.end]
    if not periods:
        return False, None
    if kind in _SPANNING_KINDS and len(periods) > 1:
        return True, span_periods([p for _, p in periods])
    before = [p for i, p in periods if i < first]
    return True, before[-1] if before else periods[0][1]


def choose_period(
    view: SentenceView, first: int, kind: str, dates: Sequence[DateLike], ctx: PeriodContext, frame_end: int
) -> Period | None:
    """The period of the figure whose first token is ``first`` in ``view``.

    Args:
        frame_end: offset of the sentence's first figure; a date of another clause governs this
            figure only when it comes before that offset ("По итогам 2024 года X, а Y").
    """
    clause = view.clause_of(first)
    decided, period = _in_clause(view, first, clause, kind, dates, ctx)
    if decided:
        return period
    for other in sorted((c for c in view.clauses if c[0] < clause[0]), reverse=True):
        framing = [d for d in dates if d.span.end <= frame_end and not _founding(view, d)]
        periods = [p for _, d in _governing(view, framing, *other) if (p := _period_of(d, ctx)) and p.start != p.end]
        if periods:
            return periods[-1]
    cues = cues_for(view.lang)
    if ctx.continues or (ctx.near and _phrase_in(view, 0, len(view.tokens), cues.year_on_year + cues.back_reference)):
        return ctx.previous
    if (
        ctx.near
        and kind in _RATES
        and ctx.previous is not None
        and ctx.previous.start != ctx.previous.end
        and not _phrase_in(view, *clause, cues.projection)
    ):
        # A rate or share with no date after a dated figure of its paragraph reports the same
        # stretch: "за девять месяцев ... вырос ... Доля ... достигла 92%", "In the first three quarters
        # ... Imports ... jumped 23 percent".
        return ctx.previous
    return ctx.frame


def sentence_period(view: SentenceView, dates: Sequence[DateLike], ctx: PeriodContext) -> Period | None:
    """The last governing period of a whole sentence (a list's lead-in line)."""
    found = _governing(view, dates, 0, len(view.tokens))
    periods = [p for _, d in found if d.kind not in _BLOCKING_KINDS and (p := _period_of(d, ctx)) is not None]
    return periods[-1] if periods else None
