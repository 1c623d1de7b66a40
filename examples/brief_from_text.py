"""From a press-release string to a Word briefing and an Excel workbook, through the Python API.

    python examples/brief_from_text.py [TEXT_FILE] [OUT_DIR] [PUBLISHED_YYYY-MM-DD]

With no arguments it reads the bundled seed (a Kyrgyz government release of 18 November 2025)
and writes ./brief-out/brief.docx (English labels), brief.ru.docx (Russian labels) and
figures.xlsx. Existing files are replaced: this is a demo, not a batch job.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import sco_brief

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_788ff53a8ccb1cf2.txt"
SEED_PUBLISHED = dt.date(2025, 11, 18)


def main(argv: list[str]) -> int:
    text_file = Path(argv[1]) if len(argv) > 1 else SEED
    out = Path(argv[2]) if len(argv) > 2 else Path("brief-out")
    published = dt.date.fromisoformat(argv[3]) if len(argv) > 3 else (SEED_PUBLISHED if text_file == SEED else None)
    out.mkdir(parents=True, exist_ok=True)

    text = text_file.read_text(encoding="utf-8")
    meeting = sco_brief.extract(text, published=published)
    print(f"{meeting.body} #{meeting.ordinal}: {len(meeting.participants)} participants, "
          f"{len(meeting.initiatives)} initiatives, {len(meeting.metrics)} figures")

    for lang, name in (("en", "brief.docx"), ("ru", "brief.ru.docx")):
        path = sco_brief.write_docx(meeting, out / name, lang=lang, overwrite=True)
        print(f"wrote {path}")
    try:
        path = sco_brief.write_xlsx([meeting], out / "figures.xlsx", overwrite=True)
        print(f"wrote {path}")
    except sco_brief.ExportError as exc:  # the workbook exporter may not be installed in this build
        print(f"no workbook: {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
