"""Figures as typed metrics: what is measured, its kind, period, actor and evidence.

For each sentence that holds number mentions: drop the numbers that state no fact
(``_metric_skip``, on the raw text, so a sentence with none left is never tokenised), classify
the rest (``_metric_kind``), find what they measure
(``_subject``) and the period that governs them (``_period``), then merge repeats
(``_metric_dedup``). docs/metrics.md documents the rules. Mentions and dates are indexed by
sentence once, so the work is linear in the text's length.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from sco_brief.extract._metric_dedup import Placed, dedupe
from sco_brief.extract._metric_figures import candidates, figures_of
from sco_brief.extract._metric_frames import list_frames
from sco_brief.extract._metric_kind import Figure
from sco_brief.extract._metric_view import DateLike, NumberLike, SentenceView, view_of
from sco_brief.extract._period import PeriodContext, choose_period
from sco_brief.extract._subject import Phrase
from sco_brief.extract._subject_kinds import subject_for
from sco_brief.extract.document import Document
from sco_brief.extract.initiatives import initiative_scopes
from sco_brief.extract.meeting import MeetingHead
from sco_brief.model import Evidence, Initiative, Metric, Participant, Period, Quantity, Span
from sco_brief.recognise.countries import find_countries

__all__ = ["extract_metrics"]


@attrs.define
class _State:
    """What carries from one figure to the next: the last subject, period and paragraph."""

    subject: str | None = None
    period: Period | None = None
    paragraph: int = -1
    sentence: int = -1


@attrs.frozen
class _Setting:
    """What every figure of one document reads: its time anchor, list frames and initiative scopes."""

    anchor: dt.date | None
    current_year: int | None
    frames: dict[int, Period]  # paragraph -> the period of its list's lead-in
    scopes: list[tuple[int, Span]]
    # Periods already read, shared by all figures (see PeriodContext.memo).
    memo: dict[tuple[int, dt.date | None, int | None], tuple[DateLike, Period | None]] = attrs.field(factory=dict)


class _Sentence(NamedTuple):
    """What every figure of one sentence shares, made once per sentence."""

    view: SentenceView
    dates: Sequence[DateLike]
    date_spans: list[Span]
    frame_end: int  # offset of its first figure (see choose_period)
    evidence: Evidence


def extract_metrics(
    doc: Document,
    head: MeetingHead,
    participants: tuple[Participant, ...],
    initiatives: tuple[Initiative, ...],
) -> tuple[Metric, ...]:
    """Turn the number mentions that state facts into metrics, repeats merged."""
    return dedupe(_placed(doc, head, initiatives))


def _by_sentence(starts: Sequence[int], spans: Sequence[Span]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for k, span in enumerate(spans):
        position = bisect.bisect_right(starts, span.start) - 1
        if position >= 0:
            index.setdefault(position, []).append(k)
    return index


def _placed(doc: Document, head: MeetingHead, initiatives: tuple[Initiative, ...]) -> Iterator[Placed]:
    sentences = doc.sentences
    starts = [s.span.start for s in sentences]
    numbers: Sequence[NumberLike] = doc.numbers
    dates: Sequence[DateLike] = doc.dates
    by_number = _by_sentence(starts, [n.span for n in numbers])
    by_date = _by_sentence(starts, [d.span for d in dates])
    anchor = doc.source.published or head.start
    current_year = anchor.year if anchor else _current_year(dates)
    setting = _Setting(anchor, current_year, list_frames(doc, dates, anchor, current_year), _scopes(doc, initiatives))
    state = _State()
    for position in sorted(by_number):
        sentence = sentences[position]
        mentions = [numbers[k] for k in by_number[position]]
        here = [dates[k] for k in by_date.get(position, [])]
        kept = candidates(doc.text, mentions, here, doc.lang)
        if not kept:
            continue  # only years, dates, phone numbers: no figure, and nothing to tokenise
        view = view_of(doc.text, sentence.span, sentence.paragraph, doc.lang)
        found = figures_of(view, doc.text, mentions, here, kept)
        if not found:
            continue
        evidence = doc.evidence(sentence.span.start, sentence.span.end)
        shared = _Sentence(view, here, [d.span for d in here], found[0].mention.span.start, evidence)
        for figure in found:
            metric = _metric(doc, shared, figure, setting, state)
            if metric is not None:
                yield Placed(metric, sentence.paragraph)


def _current_year(dates: Sequence[DateLike]) -> int | None:
    """With no article or meeting date, the year of the latest part-year period the text names."""
    years = [d.period.end.year for d in dates if d.period is not None and d.kind in _PART_YEAR]
    return max(years) if years else None


# A share's subject is its whole and a rank's its ranking: "the figure" after one of them
# still means the running quantity stated before.
_NOT_CARRIED = frozenset({"share", "rank"})
_PART_YEAR = frozenset({"months_to_date", "half", "quarter", "month", "day", "day_range"})


def _metric(doc: Document, sentence: _Sentence, figure: Figure, setting: _Setting, state: _State) -> Metric | None:
    view = sentence.view
    phrase = subject_for(view, doc.text, figure, sentence.date_spans)
    same_paragraph = state.paragraph == view.paragraph and state.subject is not None
    carried = (phrase is None or phrase.generic) and same_paragraph
    # Only an explicit "рост", "он" continues the previous figure across sentences; a subject
    # that was not found does so within its sentence only.
    continues = carried and (phrase is not None or state.sentence == view.span.start)
    own = _text_of(phrase)
    subject = state.subject if carried else own or (state.subject if same_paragraph else None) or _fallback(figure)
    ctx = PeriodContext(
        anchor=setting.anchor,
        previous=state.period,
        continues=continues,
        current_year=setting.current_year,
        near=state.paragraph == view.paragraph,
        frame=setting.frames.get(view.paragraph),
        memo=setting.memo,
    )
    first, _ = view.token_range(figure.mention.span)
    period = choose_period(view, first, figure.kind, sentence.dates, ctx, sentence.frame_end)
    if figure.kind not in _NOT_CARRIED:
        state.subject = subject
    state.period, state.paragraph, state.sentence = period, view.paragraph, view.span.start
    return Metric(
        subject=subject or _fallback(figure),
        kind=figure.kind,
        value=Quantity(value=figure.value, unit=figure.unit),
        evidence=sentence.evidence,  # one immutable Evidence serves all figures of the sentence
        baseline=Quantity(value=figure.baseline, unit=figure.unit) if figure.baseline is not None else None,
        period=period,
        approx=figure.approx,
        bound=figure.bound,
        direction=figure.direction,
        actor=_actor(doc, view, phrase, figure),
        initiative=_initiative(setting.scopes, figure.mention.span.start),
    )


def _text_of(phrase: Phrase | None) -> str | None:
    if phrase is None or phrase.generic or not phrase.text.strip():
        return None
    return phrase.text


def _fallback(figure: Figure) -> str:
    return figure.mention.text.strip() or figure.kind


def _actor(doc: Document, view: SentenceView, phrase: Phrase | None, figure: Figure) -> str | None:
    """The country in the subject phrase; for a share, the holder first ("на российскую нефть
    приходится пятая часть импорта КНР" is about RU)."""
    spans = [] if phrase is None else [phrase.span]
    if figure.kind == "share":
        first, _ = view.token_range(figure.mention.span)
        clause_start = view.tokens[view.clause_of(first)[0]].start if view.tokens else figure.mention.span.start
        spans.insert(0, Span(start=clause_start, end=figure.mention.span.start))
    for span in spans:
        code = _first_country(doc, span, view.lang)
        if code is not None:
            return code
    return None


def _first_country(doc: Document, span: Span, lang: str) -> str | None:
    for mention in find_countries(span.slice(doc.text), "en" if lang == "en" else "ru"):
        if mention.form != "capital":
            return mention.code
    return None


def _scopes(doc: Document, initiatives: tuple[Initiative, ...]) -> list[tuple[int, Span]]:
    return initiative_scopes(doc, initiatives) if initiatives else []


def _initiative(scopes: Sequence[tuple[int, Span]], offset: int) -> int | None:
    return next((index for index, span in scopes if span.start <= offset < span.end), None)
