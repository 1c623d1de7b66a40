"""The same figure stated twice is one metric: a headline and its body, a sum in two currencies.

Two metrics are one when kind, unit, direction and value agree and their subjects share a
word stem (or one of them stands in the headline paragraph). The one kept is the one that says
more: with a period, then outside the headline, then the earlier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from sco_brief.model import Metric

__all__ = ["Placed", "dedupe"]

_STEM = 5
# Only the latest repeats are compared, so a huge text of one figure stays linear.
_RECENT = 32
_WORD = re.compile(r"[^\W\d_]{4,}")


@attrs.frozen
class Placed:
    """A metric with the paragraph it was stated in (0 is the headline)."""

    metric: Metric
    paragraph: int


def _stems(subject: str) -> frozenset[str]:
    return frozenset(w[:_STEM].lower() for w in _WORD.findall(subject))


def _key(metric: Metric) -> tuple[str, str | None, str | None, str]:
    return (metric.kind, metric.value.unit, metric.direction, str(metric.value.value.normalize()))


def _same(a: Placed, b: Placed) -> bool:
    headline = a.paragraph == 0 or b.paragraph == 0
    return headline or bool(_stems(a.metric.subject) & _stems(b.metric.subject))


def _better(kept: Placed, other: Placed) -> Placed:
    def rank(p: Placed) -> tuple[bool, bool]:
        return (p.metric.period is not None, p.paragraph != 0)

    return other if rank(other) > rank(kept) else kept


def dedupe(placed: Iterable[Placed]) -> tuple[Metric, ...]:
    """The metrics with repeats merged, in the order of their evidence."""
    groups: dict[tuple[str, str | None, str | None, str], list[int]] = {}
    result: list[Placed] = []
    for item in placed:
        bucket = groups.setdefault(_key(item.metric), [])
        match = next((k for k in bucket[-_RECENT:] if _same(result[k], item)), None)
        if match is None:
            bucket.append(len(result))
            result.append(item)
        else:
            result[match] = _better(result[match], item)
    return _ordered(result)


def _ordered(items: Sequence[Placed]) -> tuple[Metric, ...]:
    return tuple(p.metric for p in sorted(items, key=lambda p: p.metric.evidence.span.start))
