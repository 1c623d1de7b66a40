"""The Word briefing: ``write_docx(meeting, path)``, a note an analyst would sign.

Title block, bottom line, participants, directions and proposals, key figures and sources,
with a real Word footnote quoting the evidence of every fact. Labels are English by default
and Russian with ``lang="ru"``; names and quotes stay in the source language.

With ``template=``, the briefing is built on the user's .docx or .dotx: its styles, fonts, page
setup, header and footer win, and its body is cleared, so a letterhead template works as is.
The same Meeting always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Cm

from sco_brief.errors import InputError, OutputExistsError
from sco_brief.export import _ooxml as ox
from sco_brief.export._atomic import atomic_write
from sco_brief.export._docx_layout import Briefing
from sco_brief.export._docx_styles import prepare_styles
from sco_brief.export._rows import labels, meeting_title
from sco_brief.model import Meeting

__all__ = ["build_docx", "write_docx"]

# Used when the meeting has no date and no source says when it was published.
_FALLBACK_STAMP = dt.datetime(2000, 1, 1)


def write_docx(
    meeting: Meeting,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    lang: str = "en",
    overwrite: bool = False,
) -> Path:
    """Write the briefing of ``meeting`` to ``path`` and return the path.

    Args:
        meeting: the model to report.
        path: the .docx to write; written to a temporary file and renamed into place.
        template: a .docx or .dotx whose styles, page setup, header and footer to use.
        lang: "en" or "ru", the language of the labels.
        overwrite: replace ``path`` if it exists.

    Raises:
        InputError: ``lang`` is unknown, ``meeting`` is not a Meeting, or ``template`` is unusable.
        OutputExistsError: ``path`` exists and ``overwrite`` is False.
        ExportError: the file cannot be written.
    """
    if not overwrite and Path(path).exists() and not Path(path).is_dir():
        raise OutputExistsError(f"{path}: already exists (pass overwrite=True, or --force, to replace it)")
    blob = build_docx(meeting, template=template, lang=lang)

    def write(tmp: Path) -> None:
        tmp.write_bytes(blob)

    return atomic_write(path, write, overwrite=overwrite)


def build_docx(meeting: Meeting, *, template: str | os.PathLike[str] | None = None, lang: str = "en") -> bytes:
    """The briefing of ``meeting`` as .docx bytes (what ``write_docx`` writes)."""
    if not isinstance(meeting, Meeting):
        raise InputError(f"'meeting' must be a Meeting, got {type(meeting).__name__}")
    labels(lang)  # an unknown lang fails here, before any work
    document = _open(template)
    if template is None:
        _default_look(document)
    styles = prepare_styles(document, from_template=template is not None)
    ox.set_footnote_settings(document.settings.element)
    Briefing(document, meeting, styles, lang).build()
    title = meeting_title(meeting, lang)
    _header_footer(document, title, lang, keep_template=template is not None)
    ox.set_core_properties(document.core_properties, title=title, when=_stamp(meeting))
    buffer = io.BytesIO()
    document.save(buffer)
    return ox.deterministic_zip(buffer.getvalue())


def _open(template: str | os.PathLike[str] | None) -> Any:
    ox.register_parts()
    if template is None:
        return docx.Document()
    try:
        blob = ox.as_document_package(Path(template).read_bytes())
        document = docx.Document(io.BytesIO(blob))
    except (OSError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile, PackageNotFoundError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError: a template with a broken part lands here too.
        raise InputError(f"{template}: not a usable Word template ({exc})") from exc
    _clear_body(document)
    return document


def _clear_body(document: Any) -> None:
    """Drop the template's body content; its last section properties (page, header) stay."""
    body = document.element.body
    for child in list(body):
        if child is not body.sectPr:
            body.remove(child)


def _default_look(document: Any) -> None:
    """A4 with 2 cm margins (the paper of the SCO's member states) and a sans body font.

    python-docx's default body font is the theme's Cambria, whose stand-ins outside Windows
    often lack Cyrillic; Calibri has it, and LibreOffice maps it to the metric-equal Carlito.
    """
    document.styles["Normal"].font.name = "Calibri"
    section = document.sections[-1]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)


def _named_style(document: Any, name: str) -> Any | None:
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.name == name:
            return style
    return None


def _header_footer(document: Any, title: str, lang: str, *, keep_template: bool) -> None:
    """The title in the header and "Page N of M" in the footer, unless the template has its own."""
    section = document.sections[-1]
    lab = labels(lang)["fields"]
    if not (keep_template and not section.header.is_linked_to_previous):
        header = section.header.paragraphs[0]
        header.text = ox.clean_text(title)
        header.style = _named_style(document, "Header") or header.style
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not (keep_template and not section.footer.is_linked_to_previous):
        footer = section.footer.paragraphs[0]
        footer.style = _named_style(document, "Footer") or footer.style
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ox.add_run(footer._p, f"{lab['page']} ")
        ox.add_field(footer._p, "PAGE")
        ox.add_run(footer._p, f" {lab['page_of']} ")
        ox.add_field(footer._p, "NUMPAGES")


def _stamp(meeting: Meeting) -> dt.datetime:
    """The core properties' fixed time: the meeting's date, else the earliest publication date."""
    published = sorted(s.published for s in meeting.sources if s.published is not None)
    day = meeting.start or meeting.end or (published[0] if published else None)
    return dt.datetime(day.year, day.month, day.day) if day else _FALLBACK_STAMP
