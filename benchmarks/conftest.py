"""Fixtures of the pytest-benchmark suite (``pytest benchmarks --benchmark-only``)."""

from __future__ import annotations

import os

import pytest

from benchmarks._common import corpus

# Large enough for a stable rate, small enough that a round of natasha takes a few seconds.
_CHARS = int(os.environ.get("SCO_BRIEF_BENCH_CHARS", "300000"))


@pytest.fixture(scope="session")
def news_corpus() -> list[str]:
    """Russian news-like documents (seed + dev corpus, varied), about 300k characters."""
    return corpus(_CHARS)
