"""The figures of one sentence: number mentions that state facts, classified and paired.

Besides classifying each mention alone, this joins what only the sentence shows: the counted
noun of "тысячи из 13 тысяч ледников", a sum repeated in a second currency in brackets, and an
English "from $78 billion in 2019 to $129 billion in 2023" stated as two amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from sco_brief.extract._metric_cues import Cues, Token, cues_for
from sco_brief.extract._metric_kind import Figure, classify
from sco_brief.extract._metric_skip import skip_reason
from sco_brief.extract._metric_view import DateLike, NumberLike, SentenceView

__all__ = ["candidates", "figures_of"]

_OF = re.compile(r"\s+(?:из|of)\s+$", re.IGNORECASE)
_PARALLEL = re.compile(r"^\s*[(/\[]\s*$")
_FROM = re.compile(r"\b(?:from|с|со)\s*$", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|до)\s*$", re.IGNORECASE)
_AMOUNTS = frozenset({"level"})
# Words from "число" to its counted noun, over adjectives and a modifier ("число совместных с партнерами ... проектов").
_NUMBER_OF_REACH = 8


def _borrowed_noun(text: str, mention: NumberLike, following: NumberLike | None) -> str | None:
    """ "около тысячи из 13 тысяч ледников": the first number counts the second one's noun."""
    if mention.noun or following is None or not following.noun:
        return None
    between = text[mention.span.end : following.span.start]
    return following.noun if _OF.match(" " + between) and len(between) < 8 else None


def _number_of(view: SentenceView, mention: NumberLike, cues: Cues) -> str | None:
    """ "число запросов ... выросло вдвое – до 4,5 тысячи": a bare count counts the noun after "число"."""
    if mention.noun or mention.unit or mention.kind not in ("cardinal", "decimal"):
        return None
    first, _last = view.token_range(mention.span)
    words = [t for t in view.words(0, first) if t.is_word]
    for k, tok in enumerate(words[:-1]):
        if tok.lemma in cues.number_heads:
            after = words[k + 2] if words[k + 1].lower == "of" and k + 2 < len(words) else words[k + 1]
            return _counted_after(words, k + 1) if after.has("ADJF") or after.has("PRTF") else after.lemma
    return None


def _counted_after(words: Sequence[Token], index: int) -> str | None:
    """ "число совместных с партнерами научных проектов": the first plural genitive noun after the head."""
    for tok in words[index : index + _NUMBER_OF_REACH]:
        if tok.has("NOUN", "gent", "plur") and not tok.has("ADJF") and not tok.text.isupper():
            return tok.lemma
    return None


def _parallel_currency(text: str, previous: Figure | None, figure: Figure) -> bool:
    """ "два миллиарда юаней (280 млн долларов)": one sum in two currencies is one figure."""
    if previous is None or previous.mention.kind != "money" or figure.mention.kind != "money":
        return False
    return bool(_PARALLEL.match(text[previous.mention.span.end : figure.mention.span.start]))


def _paired(text: str, previous: Figure | None, figure: Figure) -> Figure | None:
    """ "from $78 billion in 2019 to $129 billion in 2023": two amounts that are one from→to."""
    if previous is None or previous.kind not in _AMOUNTS or figure.kind not in _AMOUNTS:
        return None
    if previous.unit != figure.unit or previous.mention.from_to or figure.mention.from_to:
        return None
    before_first = text[max(0, previous.mention.span.start - 8) : previous.mention.span.start]
    between = text[previous.mention.span.end : figure.mention.span.start]
    if not _FROM.search(before_first) or not _TO.search(between) or len(between) > 40:
        return None
    direction = "up" if figure.value > previous.value else "down" if figure.value < previous.value else None
    return attrs.evolve(figure, kind="from_to", baseline=previous.value, direction=direction, rule="from_to_pair")


def candidates(text: str, mentions: Sequence[NumberLike], dates: Sequence[DateLike], lang: str) -> list[int]:
    """Indices of the ``mentions`` of one sentence that may state facts (no skip rule drops them).

    The skip rules read the raw text only, so a sentence none of whose numbers survive them
    (a year, a date, a phone number) need not be tokenised at all.
    """
    cues = cues_for(lang)
    return [k for k, mention in enumerate(mentions) if skip_reason(mention, text, dates, cues) is None]


def figures_of(
    view: SentenceView,
    text: str,
    mentions: Sequence[NumberLike],
    dates: Sequence[DateLike],
    kept: Sequence[int] | None = None,
) -> list[Figure]:
    """The figures among ``mentions`` (all in the sentence of ``view``), in text order.

    Args:
        kept: the :func:`candidates` among ``mentions``, when the caller has them already.
    """
    cues = cues_for(view.lang)
    result: list[Figure] = []
    for k in candidates(text, mentions, dates, view.lang) if kept is None else kept:
        mention = mentions[k]
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        noun = _borrowed_noun(text, mention, following) or _number_of(view, mention, cues)
        figure = classify(mention, view, noun)
        if figure is None:
            continue
        previous = result[-1] if result else None
        if _parallel_currency(text, previous, figure):
            continue
        pair = _paired(text, previous, figure)
        if pair is not None:
            result[-1] = pair
            continue
        result.append(figure)
    return result
