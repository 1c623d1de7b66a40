"""Scaling: extraction time for 1x, 4x and 16x the corpus and for one document 4x longer (must be linear),
and --jobs 2 vs 1."""

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

    size = 20_000 if quick else 1_000_000
    unit = corpus(size)
    # Warm every word cache on the unit first, so 1x is not the only run that pays for them.
    for text in unit:
        sco_brief.extract(text)
    # Each size is its own varied corpus (not the unit repeated), so no size profits from repeats.
    t1, t4, t16 = (_extract_all(corpus(size * k)) for k in (1, 4, 16))
    rows = [
        row("scaling: time 4x / 1x", t4 / t1, "ratio", note="linear = 4"),
        row("scaling: time 16x / 1x", t16 / t1, "ratio", note="linear = 16"),
    ]
    rows.append(_long_document_row(20_000 if quick else 150_000))
    rows.append(_jobs_row(unit * (1 if quick else 4)))
    return rows


def _long_document_row(size: int) -> Row:
    """One document 4x longer must take 4x as long: no step of extraction may be quadratic in it."""
    import sco_brief

    short, long = ("\n".join(corpus(chars)) for chars in (size, size * 4))
    sco_brief.extract(short)  # warm the word caches on the same vocabulary
    start = time.perf_counter()
    sco_brief.extract(short)
    one = time.perf_counter() - start
    start = time.perf_counter()
    sco_brief.extract(long)
    four = time.perf_counter() - start
    return row("scaling: one document, time 4x / 1x length", four / one, "ratio",
               note=f"linear = 4; {len(short) / 1e3:.0f}k vs {len(long) / 1e3:.0f}k chars")


def _jobs_row(docs: list[str]) -> Row:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, text in enumerate(docs):
                out.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
        try:
            one, two = _cli_jobs(path, 1), _cli_jobs(path, 2)
        except subprocess.CalledProcessError as exc:
            return row("scaling: --jobs", float("nan"), "s", note=f"CLI failed: {exc.returncode}")
    chars = sum(map(len, docs))
    return row("scaling: sco-brief extract --jobs 2", two, "s", anchor=one, anchor_name="--jobs 1",
               higher_is_better=False, note=f"ratio = speed-up; {len(docs)} docs, {chars / 1e6:.1f} M chars")
