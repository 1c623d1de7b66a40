"""The briefing's "bottom line": three to five sentences generated from the model.

Who met where and when, who spoke, how many directions, proposals and projects, the headline
figures, and what the note is based on. Russian counted nouns agree with their number through
pymorphy3 ("4 направления", "5 направлений") instead of typed plural tables.
"""

from __future__ import annotations

from functools import lru_cache

from sco_brief.export._rows import (
    EMPTY,
    country_name,
    format_date_range,
    format_period,
    format_quantity,
    labels,
    meeting_title,
)
from sco_brief.model import Meeting, Metric, Participant

__all__ = ["HEADLINE_FIGURES", "bottom_line", "count_phrase"]

HEADLINE_FIGURES = 3
_MAX_NAMES = 8  # past this a bullet stops being readable; the table has everyone


@lru_cache(maxsize=256)
def _agree_ru(number: int, phrase: str) -> str:
    """Inflect the first word of ``phrase`` to agree with ``number``; unchanged if it cannot."""
    from sco_brief.morph import parses  # the dictionaries load only for Russian briefings

    head, _, rest = phrase.partition(" ")
    found = parses(head)
    agreed = found[0].make_agree_with_number(number) if found else None
    word = agreed.word if agreed is not None else head
    return f"{word} {rest}".rstrip()


def count_phrase(number: int, key: str, lang: str = "en") -> str:
    """"4 directions of cooperation" / "4 направления сотрудничества" for a [bottom] noun key."""
    noun = labels(lang)["bottom"][key]
    if isinstance(noun, list):
        return f"{number} {noun[0] if number == 1 else noun[1]}"
    return f"{number} {_agree_ru(number, str(noun))}"


def _who(participant: Participant, lang: str) -> str:
    country = country_name(participant.country, lang)
    return participant.name if country == EMPTY else f"{participant.name} ({country})"


def _names(people: list[Participant], lang: str) -> str:
    shown = ", ".join(_who(p, lang) for p in people[:_MAX_NAMES])
    return shown + (" …" if len(people) > _MAX_NAMES else "")


def _participants(meeting: Meeting, lang: str) -> str:
    lab = labels(lang)["bottom"]
    speakers = [p for p in meeting.participants if p.role == "speaker"]
    chairs = [p for p in meeting.participants if p.role == "chair"]
    parts = []
    if chairs:
        parts.append(lab["chair"].format(name=_names(chairs, lang)))
    if speakers or (meeting.participants and not chairs):
        parts.append(lab["speakers"].format(names=_names(speakers or list(meeting.participants), lang)))
    return " ".join(parts) or str(lab["no_participants"])


def _initiatives(meeting: Meeting, lang: str) -> str:
    kinds = [i.kind for i in meeting.initiatives]
    counts = {kind: kinds.count(kind) for kind in ("direction", "proposal", "project")}
    if not any(counts.values()):
        return str(labels(lang)["bottom"]["no_initiatives"])
    phrases = {f"{kind}s": count_phrase(n, kind, lang) for kind, n in counts.items()}
    return str(labels(lang)["bottom"]["initiatives"].format(**phrases))


def _figure(metric: Metric, lang: str) -> str:
    value = format_quantity(
        metric.value, approx=metric.approx, bound=metric.bound, kind=metric.kind, baseline=metric.baseline,
        direction=metric.direction, lang=lang,
    )
    period = f" ({format_period(metric.period, lang)})" if metric.period else ""
    return f"{metric.subject}: {value}{period}"


def _when_where(meeting: Meeting, lang: str) -> str:
    lab = labels(lang)["bottom"]
    has_date = meeting.start is not None or meeting.end is not None
    if not has_date and not meeting.city:
        return str(lab["unknown_both"])
    when = format_date_range(meeting.start, meeting.end, lang) if has_date else lab["unknown_date"]
    return f"{when}, {meeting.city or lab['unknown_place']}"


def bottom_line(meeting: Meeting, lang: str = "en") -> list[str]:
    """Three to five plain sentences summing the meeting up, in the label language."""
    lab = labels(lang)
    bullets = [
        lab["bottom"]["meeting"].format(title=meeting_title(meeting, lang), when=_when_where(meeting, lang)),
        _participants(meeting, lang),
        _initiatives(meeting, lang),
    ]
    if meeting.metrics:
        figures = lab["list_separator"].join(_figure(m, lang) for m in meeting.metrics[:HEADLINE_FIGURES])
        bullets.append(lab["bottom"]["figures"].format(figures=figures))
    bullets.append(lab["bottom"]["sources"].format(sources=count_phrase(len(meeting.sources), "source", lang)))
    return [str(b) for b in bullets]
