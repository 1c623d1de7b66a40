"""Russian numbers and quantities (placeholder until the numbers recogniser lands)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from sco_brief.errors import InputError
from sco_brief.model import Span

__all__ = ["NumberMention", "find_numbers", "parse_number"]


@attrs.frozen(kw_only=True)
class NumberMention:
    span: Span
    text: str
    value: Decimal
    kind: str


def find_numbers(text: str, lang: str = "ru") -> Iterator[NumberMention]:
    """Yield number mentions in text order."""
    return iter(())


def parse_number(phrase: str, lang: str = "ru") -> Decimal:
    """Parse a phrase that is exactly one number."""
    raise InputError(f"not a number: {phrase!r}")
