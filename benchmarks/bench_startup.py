"""Start-up: ``import sco_brief`` and ``sco-brief extract seed`` as whole processes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

from benchmarks._common import SEED, Row, row


def _process_time(args: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def run(quick: bool = False) -> list[Row]:
    repeat = 2 if quick else 7
    bare = _process_time([sys.executable, "-c", "pass"], repeat)
    imp = _process_time([sys.executable, "-c", "import sco_brief"], repeat)
    rows = [
        row("start-up: python -c 'import sco_brief'", imp, "s", anchor=bare, anchor_name="python -c pass",
            higher_is_better=False, note="goal < 0.3 s"),
    ]
    exe = shutil.which("sco-brief") or str(__import__("pathlib").Path(sys.executable).with_name("sco-brief"))
    try:
        seed = _process_time([exe, "extract", str(SEED)], repeat)
    except (OSError, subprocess.CalledProcessError):
        seed = _process_time([sys.executable, "-m", "sco_brief", "extract", str(SEED)], repeat)
    rows.append(row("start-up: sco-brief extract seed", seed, "s", note="goal < 1 s, end to end"))
    return rows
