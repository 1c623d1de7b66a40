"""The typed model of a meeting report: what was said, by whom, with which figures.

Every class is frozen, keyword-only and validated on construction; a bad value raises
:class:`~sco_brief.errors.ModelError` (an ``InputError`` and ``ValueError``) naming the
field, what it expects and what it got.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, get_args

import attrs

from sco_brief.errors import ModelError

__all__ = [
    "BODIES",
    "BOUNDS",
    "DIRECTIONS",
    "FORMATS",
    "INITIATIVE_KINDS",
    "METRIC_KINDS",
    "ROLES",
    "Evidence",
    "Initiative",
    "Meeting",
    "Metric",
    "Participant",
    "Period",
    "Quantity",
    "Source",
    "Span",
]

MetricKind = Literal["level", "change", "multiple", "share", "from_to", "rank", "count"]
InitiativeKind = Literal["direction", "proposal", "project"]
Role = Literal["chair", "speaker", "attendee"]
Bound = Literal["lower", "upper"]
Direction = Literal["up", "down"]
Format = Literal["narrow", "expanded", "video"]

METRIC_KINDS: tuple[str, ...] = get_args(MetricKind)
INITIATIVE_KINDS: tuple[str, ...] = get_args(InitiativeKind)
ROLES: tuple[str, ...] = get_args(Role)
BOUNDS: tuple[str, ...] = get_args(Bound)
DIRECTIONS: tuple[str, ...] = get_args(Direction)
FORMATS: tuple[str, ...] = get_args(Format)
BODIES: tuple[str, ...] = (
    "sco.heads_of_state",
    "sco.heads_of_government",
    "sco.foreign_ministers",
    "sco.other_ministers",
    "bilateral",
    "other",
)
LANGS: tuple[str, ...] = ("ru", "en")

_COUNTRY = re.compile(r"[A-Z]{2}")
# Units: ISO 4217 codes, SI symbols as the text writes them (km, MW, m3), or lower-case nouns.
_UNIT = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,31}")

def _fail(field: attrs.Attribute[Any], expected: str, value: object) -> ModelError:
    return ModelError(f"'{field.name}' must be {expected}, got {value!r}")


def _one_of(options: Iterable[str], *, optional: bool = False) -> Callable[[Any, Any, Any], None]:
    allowed = tuple(options)

    def check(_inst: object, field: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if value not in allowed:
            raise _fail(field, f"one of {allowed!r}", value)

    return check


def _typed(kind: type | tuple[type, ...], *, optional: bool = False) -> Callable[[Any, Any, Any], None]:
    def check(_inst: object, field: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        # bool is an int subclass, but never a valid offset, ordinal or value.
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise _fail(field, f"of type {kind!r}", value)

    return check


def _non_negative(_inst: object, field: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise _fail(field, "a non-negative integer", value)


def _text(*, optional: bool = False) -> Callable[[Any, Any, Any], None]:
    def check(_inst: object, field: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not value.strip():
            raise _fail(field, "a non-empty string", value)

    return check


def _country(_inst: object, field: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _COUNTRY.fullmatch(value)):
        raise _fail(field, "an ISO 3166-1 alpha-2 code such as 'KG', or None", value)


def _to_decimal(value: object) -> Decimal:
    """Accept int, str and Decimal exactly; floats go through repr so 0.1 stays 0.1."""
    if isinstance(value, bool):
        raise ModelError(f"'value' must be a number, got {value!r}")
    try:
        result = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ModelError(f"'value' must be a finite number, got {value!r}") from exc
    if not result.is_finite():
        raise ModelError(f"'value' must be a finite number, got {value!r}")
    return result


def _tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(items)


def _is_date(_inst: object, field: attrs.Attribute[Any], value: object) -> None:
    # datetime is a date subclass; a time of day has no place in these fields.
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise _fail(field, "a datetime.date", value)


@attrs.frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source text."""

    start: int = attrs.field(validator=[_typed(int), _non_negative])
    end: int = attrs.field(validator=[_typed(int), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ModelError(f"'end' must be >= 'start' ({self.start}), got {self.end!r}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Source:
    """One text that the model was extracted from."""

    id: str = attrs.field(validator=_text())
    text: str = attrs.field(validator=_typed(str))
    lang: str = attrs.field(validator=_one_of(LANGS))
    title: str | None = attrs.field(default=None, validator=_typed(str, optional=True))
    url: str | None = attrs.field(default=None, validator=_typed(str, optional=True))
    published: dt.date | None = attrs.field(default=None, validator=_is_date)


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a fact stands: the quote is exactly ``source.text[span.start:span.end]``."""

    source_id: str = attrs.field(validator=_text())
    span: Span = attrs.field(validator=_typed(Span))
    quote: str = attrs.field(validator=_typed(str))

    def __attrs_post_init__(self) -> None:
        if len(self.quote) != len(self.span):
            raise ModelError(
                f"'quote' must be {len(self.span)} characters long to match its span, got {len(self.quote)}"
            )


@attrs.frozen(kw_only=True)
class Quantity:
    """An exact value with its unit from the documented vocabulary (docs/units.md)."""

    value: Decimal = attrs.field(converter=_to_decimal)
    unit: str | None = attrs.field(default=None)

    @unit.validator
    def _check_unit(self, field: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (not isinstance(value, str) or not _UNIT.fullmatch(value)):
            raise _fail(field, "a unit such as 'USD', 'percent', 'km' or 'person', or None", value)


@attrs.frozen(kw_only=True)
class Period:
    """A closed calendar interval with a human label such as "2020–2024"."""

    start: dt.date = attrs.field(validator=_is_date)
    end: dt.date = attrs.field(validator=_is_date)
    label: str = attrs.field(validator=_text())

    def __attrs_post_init__(self) -> None:
        if self.start is None or self.end is None:
            raise ModelError(f"'start' and 'end' must be dates, got {self.start!r} and {self.end!r}")
        if self.end < self.start:
            raise ModelError(f"'end' must be on or after 'start' ({self.start}), got {self.end}")


@attrs.frozen(kw_only=True)
class Metric:
    """One figure stated in a source, with what it measures and where it stands."""

    subject: str = attrs.field(validator=_text())
    kind: str = attrs.field(validator=_one_of(METRIC_KINDS))
    value: Quantity = attrs.field(validator=_typed(Quantity))
    evidence: Evidence = attrs.field(validator=_typed(Evidence))
    baseline: Quantity | None = attrs.field(default=None, validator=_typed(Quantity, optional=True))
    period: Period | None = attrs.field(default=None, validator=_typed(Period, optional=True))
    approx: bool = attrs.field(default=False, validator=_typed(bool))
    bound: str | None = attrs.field(default=None, validator=_one_of(BOUNDS, optional=True))
    direction: str | None = attrs.field(default=None, validator=_one_of(DIRECTIONS, optional=True))
    actor: str | None = attrs.field(default=None, validator=_country)
    initiative: int | None = attrs.field(default=None, validator=[_typed(int, optional=True), _non_negative])


@attrs.frozen(kw_only=True)
class Participant:
    """A person who took part, with the position and country the text gives."""

    name: str = attrs.field(validator=_text())
    role: str = attrs.field(validator=_one_of(ROLES))
    evidence: Evidence = attrs.field(validator=_typed(Evidence))
    position: str | None = attrs.field(default=None, validator=_text(optional=True))
    position_text: str | None = attrs.field(default=None, validator=_text(optional=True))
    country: str | None = attrs.field(default=None, validator=_country)


@attrs.frozen(kw_only=True)
class Initiative:
    """A direction of cooperation, a proposal, or a named project put forward at the meeting."""

    title: str = attrs.field(validator=_text())
    kind: str = attrs.field(validator=_one_of(INITIATIVE_KINDS))
    evidence: Evidence = attrs.field(validator=_typed(Evidence))
    summary: str | None = attrs.field(default=None, validator=_typed(str, optional=True))
    by: str | None = attrs.field(default=None, validator=_country)


def _evidences(meeting: Meeting) -> Iterable[Evidence]:
    if meeting.evidence is not None:
        yield meeting.evidence
    yield from (p.evidence for p in meeting.participants)
    yield from (i.evidence for i in meeting.initiatives)
    yield from (m.evidence for m in meeting.metrics)


@attrs.frozen(kw_only=True)
class Meeting:
    """The root of the model: one reported meeting and everything anchored to its sources.

    A text about no meeting still gives a Meeting, with ``body=None``, holding its metrics.
    """

    sources: tuple[Source, ...] = attrs.field(
        converter=_tuple, validator=attrs.validators.deep_iterable(_typed(Source))
    )
    body: str | None = attrs.field(default=None, validator=_one_of(BODIES, optional=True))
    ordinal: int | None = attrs.field(default=None, validator=[_typed(int, optional=True), _non_negative])
    format: str | None = attrs.field(default=None, validator=_one_of(FORMATS, optional=True))
    city: str | None = attrs.field(default=None, validator=_text(optional=True))
    start: dt.date | None = attrs.field(default=None, validator=_is_date)
    end: dt.date | None = attrs.field(default=None, validator=_is_date)
    evidence: Evidence | None = attrs.field(default=None, validator=_typed(Evidence, optional=True))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_tuple, validator=attrs.validators.deep_iterable(_typed(Participant))
    )
    initiatives: tuple[Initiative, ...] = attrs.field(
        default=(), converter=_tuple, validator=attrs.validators.deep_iterable(_typed(Initiative))
    )
    metrics: tuple[Metric, ...] = attrs.field(
        default=(), converter=_tuple, validator=attrs.validators.deep_iterable(_typed(Metric))
    )

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ModelError(f"'end' must be on or after 'start' ({self.start}), got {self.end}")
        self._check_sources()
        for metric in self.metrics:
            if metric.initiative is not None and metric.initiative >= len(self.initiatives):
                raise ModelError(
                    f"'initiative' must index one of the {len(self.initiatives)} initiatives, "
                    f"got {metric.initiative!r}"
                )

    def _check_sources(self) -> None:
        texts = {source.id: source.text for source in self.sources}
        if len(texts) != len(self.sources):
            raise ModelError(f"'sources' must have unique ids, got {[s.id for s in self.sources]!r}")
        for evidence in _evidences(self):
            text = texts.get(evidence.source_id)
            if text is not None and evidence.span.slice(text) != evidence.quote:
                raise ModelError(
                    f"'quote' must equal the text of source {evidence.source_id!r} at "
                    f"{evidence.span.start}:{evidence.span.end}, got {evidence.quote!r}"
                )

    @property
    def source(self) -> Source | None:
        """The first source, which for a single-text extraction is the only one."""
        return self.sources[0] if self.sources else None
