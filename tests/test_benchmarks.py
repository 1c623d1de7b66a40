"""The benchmark suite runs end to end in quick mode, so it cannot rot (no timing is asserted)."""

from __future__ import annotations

import math

import pytest
from benchmarks.__main__ import MODULES, table


@pytest.mark.parametrize("name", MODULES)
def test_quick_benchmark_runs(name: str) -> None:
    """Each benchmark module produces well-formed rows with finite measurements in --quick mode."""
    module = __import__(f"benchmarks.{name}", fromlist=["run"])
    rows = module.run(quick=True)
    assert rows, f"{name} produced no rows"
    for r in rows:
        assert math.isfinite(r["ours"]), r
        assert r["ours"] > 0, r
        assert r["name"] in table(rows)
