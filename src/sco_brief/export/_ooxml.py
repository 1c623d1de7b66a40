"""The raw OOXML work that python-docx has no API for, kept apart from the briefing layout.

Footnotes (the part, its separators, references), fields (PAGE, NUMPAGES), hyperlinks, the East
Asian font, header-row repetition, fast table rows cloned from a prototype ``<w:tr>``, O(1)
paragraph appends, fixed core properties and a byte-stable zip. Text going into XML passes
:func:`clean_text` first, so no string from the model can make the document invalid.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

__all__ = [
    "Footnotes",
    "add_field",
    "add_hyperlink",
    "add_run",
    "append_paragraph",
    "append_rows",
    "as_document_package",
    "clean_text",
    "deterministic_zip",
    "mark_header_row",
    "new_paragraph",
    "register_parts",
    "set_core_properties",
    "set_east_asian",
    "set_footnote_settings",
    "set_outline_level",
    "set_space_after",
    "set_table_borders",
    "set_theme_east_asian_lang",
    "web_url",
]

# XML 1.0 allows tab, LF, CR and these ranges; everything else (C0 controls, lone surrogates,
# U+FFFE/U+FFFF) would make the part unreadable, so it goes.
_INVALID_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Inside one run, line breaks and tabs would render differently in each client: one space.
_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]+")
_URL = re.compile(r"https?://[^\s<>\"]+")
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_SEPARATORS = (("-1", "separator"), ("0", "continuationSeparator"))


def clean_text(text: str) -> str:
    """``text`` without characters XML cannot hold, line breaks and tabs turned into spaces."""
    return _BREAKS.sub(" ", _INVALID_XML.sub("", text))


def _style_rpr(style_id: str) -> Any:
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), style_id)  # set(), not an f-string: a template's style id may hold '&' or '"'
    rpr.append(rstyle)
    return rpr


def _run(text: str, style_id: str | None = None) -> Any:
    r = OxmlElement("w:r")
    if style_id:
        r.append(_style_rpr(style_id))
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = clean_text(text)
    r.append(t)
    return r


def new_paragraph(text: str = "", style_id: str | None = None) -> Any:
    """A detached ``<w:p>`` with an optional paragraph style and text."""
    p = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), style_id)
        ppr.append(pstyle)
        p.append(ppr)
    if text:
        p.append(_run(text))
    return p


def append_paragraph(anchor: Any, text: str = "", style_id: str | None = None) -> Any:
    """Insert a ``<w:p>`` just before ``anchor`` (the body's ``<w:sectPr>``) and return it.

    python-docx's ``add_paragraph`` looks the sectPr up by scanning the body each time; with
    thousands of quotes that scan makes the document quadratic, so callers keep the anchor.
    """
    p = new_paragraph(text, style_id)
    anchor.addprevious(p)
    return p


def add_run(p: Any, text: str, style_id: str | None = None, *, bold: bool = False, italic: bool = False) -> Any:
    """Append a run of ``text`` to the paragraph element ``p``."""
    r = _run(text, style_id)
    if bold or italic:
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            r.insert(0, rpr)
        # rStyle must stay first in rPr; b and i follow it in schema order.
        for flag, tag in ((bold, "w:b"), (italic, "w:i")):
            if flag:
                rpr.append(OxmlElement(tag))
    p.append(r)
    return r


def web_url(url: str) -> str | None:
    """``url`` cleaned when it is an http(s) address a hyperlink can point to, else None."""
    cleaned = clean_text(url).strip()
    return cleaned if _URL.fullmatch(cleaned) else None


def add_field(p: Any, instruction: str, placeholder: str = "1") -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice update on render."""
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = OxmlElement("w:r")
        if kind == "instr":
            child = OxmlElement("w:instrText")
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            child.text = f" {instruction} "
        elif kind == "text":
            child = OxmlElement("w:t")
            child.text = placeholder
        else:
            child = OxmlElement("w:fldChar")
            child.set(qn("w:fldCharType"), kind)
        r.append(child)
        p.append(r)


def add_hyperlink(p: Any, part: Any, url: str, text: str, style_id: str | None) -> bool:
    """Append a styled external hyperlink; False (and nothing added) when ``url`` is not http(s)."""
    target = web_url(url)
    if target is None:
        return False
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(target, RT.HYPERLINK, is_external=True))
    link.append(_run(text, style_id))
    p.append(link)
    return True


def set_east_asian(style_element: Any, font: str, lang: str) -> None:
    """Give a style an explicit East Asian font and language unless it already names one.

    python-docx's ``font.name`` leaves ``w:eastAsia`` alone, and a theme font attribute would
    override an explicit one, so the theme attribute is dropped when ours is set.
    """
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    if fonts.get(qn("w:eastAsia")) is None:
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        fonts.set(qn("w:eastAsia"), font)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        successors = [rpr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((el for el in successors if el is not None), None)
        if following is not None:
            following.addprevious(lang_el)
        else:
            rpr.append(lang_el)
    if lang_el.get(qn("w:eastAsia")) is None:
        lang_el.set(qn("w:eastAsia"), lang)


def mark_header_row(tr: Any) -> None:
    """Repeat this row at the top of every page the table spans (``w:tblHeader``)."""
    trpr = tr.get_or_add_trPr()
    if trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))


def _prototype_row(header: Any) -> Any:
    proto = copy.deepcopy(header)
    for trpr in proto.findall(qn("w:trPr")):
        proto.remove(trpr)
    for tc in proto.findall(qn("w:tc")):
        for child in list(tc):
            if child.tag != qn("w:tcPr"):
                tc.remove(child)
        p = OxmlElement("w:p")
        p.append(_run(""))
        tc.append(p)
    return proto


def append_rows(tbl: Any, rows: Iterable[Sequence[str]]) -> Iterator[list[Any]]:
    """Append one ``<w:tr>`` per row, cloned from the header row; yield each row's ``<w:p>`` cells.

    ``table.add_row()`` and ``table.cell(i, j)`` rescan the whole table on each call, which
    makes a few hundred rows take a minute; a clone and one text assignment per cell do not.
    """
    trs = tbl.findall(qn("w:tr"))
    proto = _prototype_row(trs[0])
    t_tag = qn("w:t")
    for row in rows:
        tr = copy.deepcopy(proto)
        cells = [tc.find(qn("w:p")) for tc in tr.iterfind(qn("w:tc"))]
        for p, text in zip(cells, row, strict=False):
            p.find(f".//{t_tag}").text = clean_text(text)
        tbl.append(tr)
        yield cells


def register_parts() -> None:
    """Let python-docx load a template's footnotes as XML we can edit, not as opaque bytes."""
    PartFactory.part_type_for.setdefault(CT.WML_FOOTNOTES, XmlPart)


class Footnotes:
    """The document's footnotes part: reused from the template or created with its separators."""

    def __init__(self, document_part: Any, text_style: str, reference_style: str) -> None:
        self._text_style, self._ref_style = text_style, reference_style
        self._root = self._part(document_part).element
        for note in self._root.findall(qn("w:footnote")):
            # Notes of the template's (discarded) body would be orphans; separators stay.
            if note.get(qn("w:type")) in (None, "normal"):
                self._root.remove(note)
        ids = [int(note.get(qn("w:id"), "0")) for note in self._root.findall(qn("w:footnote"))]
        self._next = max([0, *ids]) + 1
        self.count = 0

    @staticmethod
    def _part(document_part: Any) -> Any:
        for rel in document_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external and isinstance(rel.target_part, XmlPart):
                return rel.target_part
        notes = "".join(
            f'<w:footnote w:type="{kind}" w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>'
            for nid, kind in _SEPARATORS
        )
        element = parse_xml(f"<w:footnotes {nsdecls('w', 'r')}>{notes}</w:footnotes>")
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, document_part.package)
        document_part.relate_to(part, RT.FOOTNOTES)
        return part

    def add(self, p: Any, pieces: Sequence[tuple[str, bool]]) -> int:
        """Put a reference at the end of paragraph ``p`` to a new note made of (text, italic) pieces."""
        nid = str(self._next)
        self._next += 1
        self.count += 1
        ref = OxmlElement("w:r")
        ref.append(_style_rpr(self._ref_style))
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), nid)
        ref.append(reference)
        p.append(ref)
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), nid)
        body = new_paragraph("", self._text_style)
        note.append(body)
        mark = OxmlElement("w:r")
        mark.append(_style_rpr(self._ref_style))
        mark.append(OxmlElement("w:footnoteRef"))
        body.append(mark)
        add_run(body, " ")
        for text, italic in pieces:
            add_run(body, text, italic=italic)
        self._root.append(note)
        return int(nid)


def set_footnote_settings(settings_element: Any) -> None:
    """Name the separator notes in settings, as Word itself writes them."""
    if settings_element.find(qn("w:footnotePr")) is not None:
        return
    pr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    later = ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
             "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
             "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
             "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
    settings_element.insert_element_before(pr, *later)


def set_core_properties(core: Any, *, title: str, when: dt.datetime) -> None:
    """Fix every time stamp and author field, so the same Meeting gives the same bytes."""
    core.title = clean_text(title)[:255]
    core.author = "sco_brief"
    core.last_modified_by = "sco_brief"
    core.created = when
    core.modified = when
    core.last_printed = when
    core.revision = 1


def deterministic_zip(blob: bytes) -> bytes:
    """Rewrite a saved .docx with fixed entry times, attributes and order.

    ``[Content_Types].xml`` comes first, as OPC readers expect; the rest is sorted by name.
    """
    with zipfile.ZipFile(io.BytesIO(blob)) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    names = sorted(entries, key=lambda name: (name != "[Content_Types].xml", name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            target.writestr(info, entries[name])
    return out.getvalue()


def set_table_borders(style_element: Any) -> None:
    """Give a table style single thin borders on every edge and between cells."""
    edges = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tblpr = style_element.find(qn("w:tblPr"))
    if tblpr is None:
        tblpr = OxmlElement("w:tblPr")
        style_element.append(tblpr)
    tblpr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))


def set_outline_level(style_element: Any, level: int) -> None:
    """Make a heading style we had to create show up in the navigation pane and TOC."""
    ppr = style_element.get_or_add_pPr()
    if ppr.find(qn("w:outlineLvl")) is None:
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(level))
        ppr.append(lvl)


def set_theme_east_asian_lang(settings_element: Any, lang: str) -> None:
    """Theme fonts fall back by this language; python-docx's default says ja-JP."""
    found = settings_element.find(qn("w:themeFontLang"))
    if found is not None:
        found.set(qn("w:eastAsia"), lang)


_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def as_document_package(blob: bytes) -> bytes:
    """A .dotx template's bytes relabelled as a .docx, which python-docx insists on opening.

    A .docx comes back unchanged. Raises zipfile.BadZipFile or KeyError for a non-package.
    """
    with zipfile.ZipFile(io.BytesIO(blob)) as source:
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_MAIN not in types:
            return blob
        entries = [(info, source.read(info)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "[Content_Types].xml":
                data = data.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
            target.writestr(info, data)
    return out.getvalue()


def set_space_after(p: Any, points: float) -> None:
    """Set the space after paragraph ``p`` (title-block lines sit closer than body paragraphs)."""
    ppr = p.get_or_add_pPr()
    ppr.spacing_after = int(points * 12700)  # python-docx stores lengths in EMU
