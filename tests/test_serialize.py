"""JSON round-trips through the one cattrs converter and validates against docs/schema.json."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

import sco_brief
from sco_brief import InputError
from sco_brief.model import Meeting
from tests.conftest import ROOT
from tests.strategies import meetings

SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


@given(meetings())
def test_json_round_trip(meeting: Meeting) -> None:
    """Any valid Meeting survives from_json(to_json(m)) unchanged."""
    assert meeting == sco_brief.from_json(sco_brief.to_json(meeting))


@given(meetings())
def test_output_validates_against_schema(meeting: Meeting) -> None:
    """Whatever we write, the documented JSON Schema accepts."""
    jsonschema.validate(json.loads(sco_brief.to_json(meeting)), SCHEMA)


def test_seed_output_validates(seed_text: str) -> None:
    """The seed's extraction is valid JSON of the documented schema."""
    data = json.loads(sco_brief.to_json(sco_brief.extract(seed_text)))
    jsonschema.validate(data, SCHEMA)
    assert 1 == data["schema_version"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"schema_version": 99, "sources": []}', "schema_version must be 1"),
        ('{"schema_version": 1}', "not a valid Meeting"),
        ('{"schema_version": 1, "sources": [], "body": "nonsense"}', "'body' must be one of"),
    ],
)
def test_bad_json_is_an_input_error(text: str, message: str) -> None:
    """Bad JSON raises InputError with a message that says what is wrong."""
    with pytest.raises(InputError, match=message):
        sco_brief.from_json(text)
