"""The model validates its fields and names what is wrong."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief import InputError, ModelError
from sco_brief.model import METRIC_KINDS, Evidence, Meeting, Metric, Participant, Period, Quantity, Source, Span
from tests.strategies import meetings

SOURCE = Source(id="s1", text="Товарооборот вырос в 3,5 раза.", lang="ru")


def _evidence(start: int = 0, end: int = 12) -> Evidence:
    return Evidence(source_id="s1", span=Span(start=start, end=end), quote=SOURCE.text[start:end])


@given(st.integers(max_value=-1), st.integers(min_value=0))
def test_span_rejects_negative_start(start: int, end: int) -> None:
    """A negative offset is an InputError that names the field."""
    with pytest.raises(InputError, match="'start'"):
        Span(start=start, end=end)


@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_span_rejects_end_before_start(start: int, shorter: int) -> None:
    """``end < start`` is rejected for any pair."""
    with pytest.raises(ModelError, match="'end' must be >= 'start'"):
        Span(start=start + shorter, end=start)


def test_span_rejects_bool_and_float() -> None:
    """Offsets are ints; True and 1.0 are not."""
    with pytest.raises(ModelError):
        Span(start=True, end=3)
    with pytest.raises(ModelError):
        Span(start=1.0, end=3)  # type: ignore[arg-type]


@given(st.text(min_size=1).filter(lambda s: s not in METRIC_KINDS))
def test_metric_rejects_unknown_kind(kind: str) -> None:
    """Any kind outside the vocabulary raises, and the message lists the allowed kinds."""
    with pytest.raises(ModelError, match="'kind' must be one of"):
        Metric(subject="x", kind=kind, value=Quantity(value=Decimal(1)), evidence=_evidence())


def test_quantity_is_exact() -> None:
    """Values are Decimals; floats keep their shortest repr and non-finite values are refused."""
    assert Decimal("3.5") == Quantity(value=3.5, unit="times").value
    assert Decimal("0.1") == Quantity(value=0.1).value
    for bad in ("nan", float("inf"), "abc", True):
        with pytest.raises(ModelError):
            Quantity(value=bad)


def test_quantity_unit_vocabulary() -> None:
    """Units are identifiers such as USD, percent or m3; free text is rejected."""
    assert "m3" == Quantity(value=1, unit="m3").unit
    with pytest.raises(ModelError, match="'unit'"):
        Quantity(value=1, unit="млрд долларов")


def test_evidence_quote_must_match_span_length() -> None:
    """A quote that is not as long as its span cannot be a slice of the source."""
    with pytest.raises(ModelError, match="'quote'"):
        Evidence(source_id="s1", span=Span(start=0, end=5), quote="abc")


def test_meeting_checks_quotes_against_sources() -> None:
    """A quote of the right length but the wrong text is rejected by the Meeting."""
    wrong = Evidence(source_id="s1", span=Span(start=0, end=3), quote="abc")
    with pytest.raises(ModelError, match="must equal the text of source"):
        Meeting(sources=(SOURCE,), evidence=wrong)


def test_period_rejects_reversed_dates() -> None:
    """A period ends on or after its start."""
    with pytest.raises(ModelError, match="'end'"):
        Period(start=dt.date(2025, 2, 1), end=dt.date(2025, 1, 1), label="x")


def test_participant_country_is_alpha2() -> None:
    """Countries are ISO 3166-1 alpha-2 codes."""
    with pytest.raises(ModelError, match="'country'"):
        Participant(name="A", role="speaker", evidence=_evidence(), country="KGZ")


def test_metric_initiative_must_exist() -> None:
    """A metric cannot point at an initiative the meeting does not have."""
    metric = Metric(subject="x", kind="level", value=Quantity(value=1), evidence=_evidence(), initiative=0)
    with pytest.raises(ModelError, match="'initiative'"):
        Meeting(sources=(SOURCE,), metrics=(metric,))


def test_meeting_rejects_datetime() -> None:
    """Meeting dates are calendar dates, not datetimes."""
    with pytest.raises(ModelError, match="'start'"):
        Meeting(sources=(SOURCE,), start=dt.datetime(2025, 1, 1))


@given(meetings())
def test_generated_meetings_are_frozen_tuples(meeting: Meeting) -> None:
    """Collections are converted to tuples and fields cannot be reassigned."""
    rebuilt = attrs.evolve(meeting, metrics=list(meeting.metrics), participants=list(meeting.participants))
    assert (tuple, tuple) == (type(rebuilt.metrics), type(rebuilt.participants))
    assert meeting == rebuilt
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        meeting.body = "other"  # type: ignore[misc]
