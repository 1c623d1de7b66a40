"""Run the benchmark suite and print (or write) the results table.

    python -m benchmarks            # full run, ~minutes
    python -m benchmarks --quick    # seconds; what CI runs
    python -m benchmarks --markdown docs/performance-table.md
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from pathlib import Path

from benchmarks._common import Row, machine

MODULES = ["bench_extract", "bench_numbers", "bench_startup", "bench_scaling", "bench_memory", "bench_exports"]


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | sco_brief | anchor | anchor value | ratio (× better) | unit | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {_fmt(r['ours'])} | {r['anchor_name'] or '–'} | {_fmt(r['anchor'])} | "
            f"{_fmt(r['ratio'])} | {r['unit']} | {r['note']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs; checks the suite runs")
    parser.add_argument("--only", action="append", default=[], help="run only these modules (repeatable)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    failed = []
    for name in args.only or MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError:
            print(f"skip {name}: not present", file=sys.stderr)
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(module.run(quick=args.quick))
        except Exception:
            traceback.print_exc()
            failed.append(name)
    header = f"Machine: {machine()}; mode: {'quick' if args.quick else 'full'}"
    text = header + "\n\n" + table(rows) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
