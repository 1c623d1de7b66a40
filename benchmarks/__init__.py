"""sco_brief benchmarks: speed and memory beside the libraries people would otherwise use.

Run ``python -m benchmarks`` (full) or ``python -m benchmarks --quick`` (seconds; CI runs it so the
suite cannot rot). Every module ``bench_*.py`` exposes ``run(quick: bool) -> list[Row]``.
"""
