"""The seed, end to end: ``extract()`` output pinned in ``tests/golden/seed.json``.

After a deliberate change to any stage, regenerate the file and review its diff:
``SCO_BRIEF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_seed.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

import sco_brief
from sco_brief.pipeline import extract

GOLDEN = Path(__file__).parent / "golden" / "seed.json"


def seed_json(seed_text: str) -> str:
    """The seed's extraction as stable, readable JSON."""
    data = json.loads(sco_brief.to_json(extract(seed_text)))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_seed_matches_golden_file(seed_text: str) -> None:
    """The whole extraction of the seed equals the pinned golden JSON."""
    actual = seed_json(seed_text)
    if os.environ.get("SCO_BRIEF_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: run with SCO_BRIEF_UPDATE_GOLDEN=1 to create it")
    assert GOLDEN.read_text(encoding="utf-8") == actual


def test_seed_gives_the_four_figures(seed_text: str) -> None:
    """Customs time 5 -> 1 hour, trade x3.5 over 2020-2024, 75% share over Jan-Aug 2025, ~8M visitors."""
    metrics = extract(seed_text).metrics
    summary = [
        (m.kind, m.value.value, m.value.unit, m.baseline.value if m.baseline else None, m.approx, m.actor)
        for m in metrics
    ]
    assert [
        ("from_to", Decimal(1), "hour", Decimal(5), False, None),
        ("multiple", Decimal("3.5"), "times", None, False, "KG"),
        ("share", Decimal(75), "percent", None, False, None),
        ("count", Decimal(8000000), "person", None, True, None),
    ] == summary
    periods = [(m.period.start, m.period.end) if m.period else None for m in metrics]
    assert [
        None,
        (dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
        (dt.date(2025, 1, 1), dt.date(2025, 8, 31)),
        (dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
    ] == periods
