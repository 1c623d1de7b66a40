"""Memory: peak RSS of `sco-brief extract` over a JSON Lines stream must stay flat as it grows."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._common import Row, corpus, row

_MEASURE = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_rss_mb(path: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "sco_brief", "extract", str(path)],
        check=True, capture_output=True, text=True,
    )
    return int(out.stdout.strip()) / 1024


def _write_stream(path: Path, target_chars: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(corpus(target_chars)):
            out.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")


def run(quick: bool = False) -> list[Row]:
    small_chars, big_chars = (50_000, 500_000) if quick else (2_750_000, 27_500_000)  # ~2 bytes/char in UTF-8
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.jsonl", Path(tmp) / "big.jsonl"
        _write_stream(small, small_chars)
        _write_stream(big, big_chars)
        size_mb = big.stat().st_size / 1e6
        try:
            rss_small, rss_big = _peak_rss_mb(small), _peak_rss_mb(big)
        except subprocess.CalledProcessError as exc:
            return [row("memory: peak RSS", float("nan"), "MB", note=f"CLI failed: {exc.returncode}")]
    return [
        row(f"memory: peak RSS, {size_mb:.0f} MB JSONL", rss_big, "MB", anchor=rss_small,
            anchor_name="same on a 10x smaller stream", higher_is_better=False, note="flat = ratio ≈ 1"),
    ]
