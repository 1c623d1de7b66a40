"""One workbook from every text in a folder: extract each article, then write all meetings together.

    python examples/batch_folder.py [FOLDER] [OUT.xlsx]

FOLDER defaults to the repository's seeds/ and OUT.xlsx to ./figures.xlsx (replaced if it exists).
Each ``*.txt`` file (UTF-8) becomes one meeting row, its figures rows of the Metrics table; when two
articles report the same subject, the Charts sheet draws it over time. Meetings are streamed into the
workbook one at a time, so a large folder does not need all extractions in memory.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import sco_brief

ROOT = Path(__file__).resolve().parent.parent


def meetings_in(folder: Path) -> Iterator[sco_brief.Meeting]:
    """Extract every ``*.txt`` in ``folder`` (sorted by name), skipping texts extraction refuses."""
    for path in sorted(folder.glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
            meeting = sco_brief.extract(text, source_id=path.stem, title=path.name)
        except (OSError, UnicodeDecodeError, sco_brief.InputError) as exc:
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        print(f"{path.name}: {meeting.body or 'no meeting'}, {len(meeting.metrics)} figures")
        yield meeting


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "seeds"
    out = Path(argv[2]) if len(argv) > 2 else Path("figures.xlsx")
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    try:
        path = sco_brief.write_xlsx(meetings_in(folder), out, overwrite=True)
    except sco_brief.ScoBriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    count = len(sco_brief.read_xlsx(path))
    print(f"wrote {path} ({count} meetings)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
