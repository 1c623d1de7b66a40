"""``python -m sco_brief``: the same command as ``sco-brief``."""

from __future__ import annotations

from sco_brief.cli import cli

if __name__ == "__main__":
    cli.main()
