"""Shared pieces of the benchmark suite: result rows, timing, and the news-like corpus."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path
from typing import TypedDict

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_788ff53a8ccb1cf2.txt"
DEV_CORPUS = Path(os.environ.get("SCO_BRIEF_DEV_CORPUS", ROOT.parent / "shared" / "dev-corpus"))

# Anchors that use numpy must not get a head start from BLAS threads on the 2-core machine.
os.environ.setdefault("OMP_NUM_THREADS", "1")


class Row(TypedDict):
    """One line of the results table."""

    name: str
    ours: float
    anchor: float | None
    anchor_name: str | None
    ratio: float | None
    unit: str
    note: str


def row(
    name: str, ours: float, unit: str, *, anchor: float | None = None, anchor_name: str | None = None,
    higher_is_better: bool = True, note: str = "",
) -> Row:
    """A result row; ``ratio`` is how many times better ours is than the anchor."""
    ratio = None
    if anchor:
        ratio = ours / anchor if higher_is_better else anchor / ours if ours else None
    return Row(name=name, ours=ours, anchor=anchor, anchor_name=anchor_name, ratio=ratio, unit=unit, note=note)



def machine() -> str:
    """The machine the figures come from: CPU model, cores, memory, OS and Python."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line), cpu)
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").split()
        memory = f", {int(meminfo[1]) / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"{platform.python_implementation()} {platform.python_version()}"
    )



def base_documents() -> list[str]:
    """The seed and the Russian dev-corpus texts (the corpus is optional)."""
    docs = [SEED.read_text(encoding="utf-8")]
    if DEV_CORPUS.is_dir():
        for path in sorted(DEV_CORPUS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if re.search("[А-Яа-я]", text[:200]):
                docs.append(text)
    return docs


_DIGITS = re.compile(r"\d+")


def _vary(text: str, k: int) -> str:
    """Shift every number so repeated documents are not byte-identical (no cache can help)."""
    return _DIGITS.sub(lambda m: str(int(m.group()) + k % 7) if len(m.group()) < 9 else m.group(), text)


def corpus(target_chars: int) -> list[str]:
    """News-like Russian documents, repeated and varied up to about ``target_chars`` characters."""
    base = base_documents()
    docs: list[str] = []
    total = 0
    k = 0
    while total < target_chars:
        text = _vary(base[k % len(base)], k)
        docs.append(text)
        total += len(text)
        k += 1
    return docs
