"""A briefing in your own Word template: letterhead, fonts and colours come from the template.

    python examples/custom_template.py [OUT_DIR]

The example first makes a small template with python-docx (in real use you would save one from
Word): a serif Normal font, dark-red headings, a letterhead in the header and a notice in the
footer. ``write_docx(..., template=...)`` then builds the seed's briefing on it. The template's
body text is dropped; its styles, page setup, header and footer are kept.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sco_brief

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_788ff53a8ccb1cf2.txt"


def make_letterhead(path: Path) -> Path:
    """Save a small letterhead template to ``path``."""
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    normal = template.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(11)
    for name in ("Title", "Heading 1", "Heading 2"):
        template.styles[name].font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        template.styles[name].font.name = "Liberation Sans"
    header = section.header.paragraphs[0]
    header.text = "ANALYTICAL UNIT · Eurasian Desk"
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    header.runs[0].font.bold = True
    section.footer.paragraphs[0].text = "For internal use"
    template.add_paragraph("This sample text is replaced by the briefing.")
    template.save(str(path))
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("brief-out")
    out.mkdir(parents=True, exist_ok=True)
    template = make_letterhead(out / "letterhead.docx")
    meeting = sco_brief.extract(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 11, 18))
    path = sco_brief.write_docx(meeting, out / "brief-letterhead.docx", template=template, overwrite=True)
    print(f"wrote {path} on the template {template}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
