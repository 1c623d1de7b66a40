"""Shared fixtures: the seed, the dev corpus (read from ../shared, skipped when absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_788ff53a8ccb1cf2.txt"
DEV_CORPUS = Path(os.environ.get("SCO_BRIEF_DEV_CORPUS", ROOT.parent / "shared" / "dev-corpus"))

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def annotated_documents(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, text, gold) for every ``NN.txt`` + ``NN.gold.json`` pair in ``folder``, or [] when it is absent."""
    if not folder.is_dir():
        return []
    docs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        doc_id = gold_path.name.split(".")[0]
        text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        docs.append((doc_id, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def dev_documents() -> list[tuple[str, str, dict[str, Any]]]:
    """(id, text, gold) for every dev-corpus document, or [] when the corpus is absent."""
    return annotated_documents(DEV_CORPUS)


@pytest.fixture(scope="session")
def dev_corpus() -> list[tuple[str, str, dict[str, Any]]]:
    docs = dev_documents()
    if not docs:
        pytest.skip(f"dev corpus not found at {DEV_CORPUS}")
    return docs
