"""Scaling: extraction time for 1x, 4x and 16x the corpus (must be linear), and --jobs 2 vs 1."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import Row, corpus, row


def _extract_all(docs: list[str]) -> float:
    import sco_brief

    start = time.perf_counter()
    for text in docs:
        sco_brief.extract(text)
    return time.perf_counter() - start


def _cli_jobs(path: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "sco_brief", "extract", "--jobs", str(jobs), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def run(quick: bool = False) -> list[Row]:
    import sco_brief

    unit = corpus(50_000 if quick else 1_000_000)
    sco_brief.extract(unit[0])
    t1 = _extract_all(unit)
    t4 = _extract_all(unit * 4)
    t16 = _extract_all(unit * 16)
    rows = [
        row("scaling: time 4x / 1x", t4 / t1, "ratio", note="linear = 4"),
        row("scaling: time 16x / 1x", t16 / t1, "ratio", note="linear = 16"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, text in enumerate(unit * (1 if quick else 4)):
                out.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
        try:
            one, two = _cli_jobs(path, 1), _cli_jobs(path, 2)
            rows.append(row("scaling: sco-brief extract --jobs 2", two, "s", anchor=one, anchor_name="--jobs 1",
                            higher_is_better=False, note="ratio = speed-up"))
        except subprocess.CalledProcessError as exc:
            rows.append(row("scaling: --jobs", float("nan"), "s", note=f"CLI failed: {exc.returncode}"))
    return rows
