"""JSON in and out through one cattrs converter, with a schema version.

Decimals travel as strings so that no figure loses a digit; dates as ISO 8601.
The JSON Schema of the output is ``docs/schema.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import cattrs

from sco_brief.errors import InputError, ScoBriefError
from sco_brief.model import Meeting

__all__ = ["SCHEMA_VERSION", "converter", "from_json", "meeting_from_dict", "meeting_to_dict", "to_json"]

SCHEMA_VERSION = 1

converter = cattrs.Converter(forbid_extra_keys=True)
converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, lambda value, _t: Decimal(str(value)))
converter.register_unstructure_hook(dt.date, dt.date.isoformat)
converter.register_structure_hook(dt.date, lambda value, _t: dt.date.fromisoformat(value))


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    """Return the JSON-ready dict of ``meeting``, with ``schema_version`` first."""
    data: dict[str, Any] = converter.unstructure(meeting)
    return {"schema_version": SCHEMA_VERSION, **data}


def meeting_from_dict(data: object) -> Meeting:
    """Build a Meeting from a dict made by :func:`meeting_to_dict`.

    Raises:
        InputError: the dict has another schema version or does not describe a valid Meeting.
    """
    if not isinstance(data, dict):
        raise InputError(f"a Meeting must be a JSON object, got {type(data).__name__}")
    payload = dict(data)
    version = payload.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        raise InputError(f"schema_version must be {SCHEMA_VERSION}, got {version!r}")
    try:
        return converter.structure(payload, Meeting)
    except ScoBriefError:
        raise
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, ArithmeticError) as exc:
        raise InputError(f"not a valid Meeting: {_describe(exc)}") from exc


def to_json(meeting: Meeting, *, indent: int | None = 2) -> str:
    """Serialise a Meeting to JSON text (UTF-8 safe, Cyrillic kept readable)."""
    return json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Meeting:
    """Parse JSON made by :func:`to_json` back into an equal Meeting.

    Raises:
        InputError: the text is not JSON or not a Meeting of this schema version.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}") from exc
    return meeting_from_dict(data)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        inner = [_describe(e) for e in exc.exceptions]
        return "; ".join(inner) or str(exc)
    return str(exc) or type(exc).__name__
