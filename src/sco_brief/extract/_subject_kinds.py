"""Subjects by metric kind: the counted things, the whole of a share, the thing paid for.

``subject_for`` picks the phrase a kind calls for and falls back on the clause's subject
(``_subject.find_subject``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sco_brief.extract._metric_cues import cues_for
from sco_brief.extract._metric_kind import Figure
from sco_brief.extract._metric_view import SentenceView
from sco_brief.extract._subject import (
    Phrase,
    _en_phrase,
    _extend,
    _is_noun,
    _likely,
    _phrase,
    find_subject,
    phrase_after,
)
from sco_brief.model import Span

__all__ = ["subject_for"]

# "помощь в размере трёх миллиардов юаней", "агропродукции на 14,5 млрд долларов": the noun
# before these words is what the money pays for.
_AMOUNT_OF = frozenset({"размере", "сумму", "на", "worth", "totalling", "totaling"})


def _count_phrase(
    view: SentenceView, text: str, first: int, last: int, noun: str | None, dates: Sequence[Span]
) -> Phrase | None:
    """The counted things: "туристов из стран ШОС" after "1,5 млн", "Chinese nationals"."""
    _lo, hi = view.clause_of(first)
    start = last
    if view.lang == "en":  # "3,000 delegates": the counted words inside the mention
        inside = [k for k in range(first, last) if view.tokens[k].is_word]
        skip = cues_for("en").qualifiers | cues_for("en").scale | {"than"}
        words = [k for k in inside if view.tokens[k].lower not in skip]
        if words and words[-1] == last - 1:
            return _phrase(view, text, words[0], last, None)
    if noun:  # the mention may end before its noun or include it
        key = noun.lower()
        start = next(
            (k for k in range(first, hi) if key in (view.tokens[k].lemma, view.tokens[k].lemma[: len(key)])), last
        )
        while start > first + 1 and view.tokens[start - 1].has("ADJF") and not view.tokens[start - 1].has("NUMR"):
            start -= 1
    return phrase_after(view, text, start, hi, dates)


def _share_phrase(view: SentenceView, text: str, first: int, last: int, dates: Sequence[Span]) -> Phrase | None:
    """The whole a share is of: "60 процентов всех инвестиций", "в общем объеме товарооборота"."""
    lo, hi = view.clause_of(first)
    cues = cues_for(view.lang)
    skip = last
    while skip < hi and view.tokens[skip].lower == "от":
        skip += 1
    if skip < hi and (view.tokens[skip].has("NOUN", "gent") or view.tokens[skip].has("ADJF", "gent")):
        found = phrase_after(view, text, skip, hi, dates)
        if found is not None:
            return found
    if view.lang == "en" and skip < hi and view.tokens[skip].lower == "of":
        return _en_phrase(view, text, skip + 1, hi, dates)
    for k in range(lo, first):
        if view.tokens[k].lemma in cues.whole_heads:
            begin = k - 1 if k > lo and view.tokens[k - 1].has("ADJF") else k
            return _phrase(view, text, begin, _holder_cut(view, k, _extend(view, k, first, dates), first), k)
    return None


def _holder_cut(view: SentenceView, head: int, end: int, first: int) -> int:
    """End of a "в общем объёме X" phrase before the holder that agrees with the verb.

    "в общем объёме торговли страны союза занимают 40%": the last noun before the verb that can
    be its subject ("страны", plural like "занимают") starts the holder, not the whole.
    """
    verb = next((k for k in range(first - 1, head, -1) if view.tokens[k].has("VERB")), None)
    if verb is None or end < verb:  # something else ended the phrase before the holder
        return end
    number = "plur" if view.tokens[verb].has("VERB", "plur") else "sing"
    for k in range(min(end, verb) - 1, head + 1, -1):
        if _is_noun(view.tokens[k], "nomn", number):
            while k > head + 1 and view.tokens[k - 1].has("ADJF"):
                k -= 1
            return k
    return end


def _paid_for(view: SentenceView, text: str, first: int) -> Phrase | None:
    """ "безвозмездную помощь в размере X", "агропродукции на X": the noun phrase before the cue."""
    lo, _hi = view.clause_of(first)
    k = first - 1
    while k >= lo and view.tokens[k].lower in cues_for(view.lang).qualifiers - {"на"}:
        k -= 1
    if k < lo or view.tokens[k].lower not in _AMOUNT_OF:
        return None
    k -= 1  # past the cue, then past the rest of it: "на общую сумму", "в размере"
    while k >= lo and (_likely(view.tokens[k], "PREP") or _likely(view.tokens[k], "ADJF")):
        k -= 1
    end = k + 1
    while k >= lo and (_likely(view.tokens[k], "NOUN") or _likely(view.tokens[k], "ADJF")) and end - k <= 3:
        k -= 1
    start = k + 1
    head = next((j for j in range(end - 1, start - 1, -1) if _is_noun(view.tokens[j])), None)
    return _phrase(view, text, start, end, head) if head is not None and end > start else None


def _material_after(view: SentenceView, text: str, first: int, last: int, dates: Sequence[Span]) -> Phrase | None:
    """ "изъяли свыше 15 тонн наркотиков", "seized 15 tons of drugs": what an action moved or made.

    Only when no verb of level or change stands before the figure: after "экспорт составил 110 млн
    тонн угля" the clause's own subject ("экспорт") is the better name.
    """
    lo, hi = view.clause_of(first)
    cues = cues_for(view.lang)
    if any(t.lemma in cues.level_verbs or t.lemma in cues.up or t.lemma in cues.down for t in view.tokens[lo:first]):
        return None
    if last >= hi:
        return None
    if view.lang == "en":
        return _en_phrase(view, text, last + 1, hi, dates) if view.tokens[last].lower == "of" else None
    if not _is_noun(view.tokens[last], "gent") and not view.tokens[last].has("ADJF", "gent"):
        return None
    return phrase_after(view, text, last, hi, dates)


def _proper_only(phrase: Phrase | None) -> bool:
    """A one-word capitalised subject ("Казахстан планирует ввести 6 ГВт") names an actor, not a thing."""
    return phrase is not None and " " not in phrase.text and phrase.text[:1].isupper()


def subject_for(view: SentenceView, text: str, figure: Figure, dates: Sequence[Span]) -> Phrase | None:
    """The subject phrase of a classified figure (by kind: counted things, the whole of a share...)."""
    mention = figure.mention
    kind = figure.kind
    span = mention.span
    first, last = view.token_range(span)
    if first >= len(view.tokens):
        return None
    found: Phrase | None = None
    if kind == "count":
        found = _count_phrase(view, text, first, last, mention.noun, dates)
    elif kind == "share":
        found = _share_phrase(view, text, first, last, dates)
    elif kind == "level":
        found = _paid_for(view, text, first) if view.lang == "ru" else None
        found = found or _material_after(view, text, first, last, dates)
    if found is None:
        found = find_subject(view, text, span, dates)
    if found is None and kind == "rank":  # "Pakistan, the second-largest rice exporter"
        found = phrase_after(view, text, last, view.clause_of(first)[1], dates)
    if kind == "level" and (found is None or _proper_only(found)):
        after = phrase_after(view, text, last, view.clause_of(first)[1], dates)
        found = after if after is not None and not _proper_only(after) else found
    return found
