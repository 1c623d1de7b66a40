"""Extraction from many threads at once gives what it gives one text at a time.

A pipeline embedding the library may call ``extract()`` from a thread pool. Every lazily built
table (morphology, lexicons, the combined date scan) and every per-word cache is shared, so the
first calls race to build them: the results must not depend on who wins.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

GENRE = Path(__file__).resolve().parent / "genre"

# Run in a fresh interpreter, so that the threads really are the first to build every table.
_SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    import sco_brief
    from sco_brief.recognise import _date_adaptive

    _date_adaptive.BUILD_AFTER = 20_000  # cross the combined-scan threshold inside the race
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    barrier = threading.Barrier(4)

    def run(item):
        index, text = item
        if index < 4:  # the first four start together, while nothing is built yet
            barrier.wait(timeout=30)
        return sco_brief.to_json(sco_brief.extract(text, source_id="t"))

    with ThreadPoolExecutor(4) as pool:
        racing = list(pool.map(run, enumerate(texts + texts[::-1])))
    alone = [sco_brief.to_json(sco_brief.extract(text, source_id="t")) for text in texts]
    differ = [i for i, (a, b) in enumerate(zip(racing, alone + alone[::-1])) if a != b]
    print(len(texts), differ)
    """
)


def test_threads_racing_from_a_cold_start_agree_with_one_at_a_time() -> None:
    """Four threads extracting the genre corpus from a cold start give the sequential results."""
    texts = sorted(GENRE.glob("*.txt"))
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(GENRE)], check=True, capture_output=True, text=True, timeout=600
    ).stdout
    assert f"{len(texts)} []" == out.strip()
