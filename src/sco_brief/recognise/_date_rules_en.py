"""The English date rules."""

from __future__ import annotations

from sco_brief.recognise._date_rules import Rule

__all__ = ["rules"]


def rules() -> tuple[Rule, ...]:
    return ()
