"""The Word styles the briefing uses: found in the document (or the user's template), else made.

A template made in Word often defines only the styles its author used; the rest are latent.
Each style we need is looked up by its built-in name and created with a plain look when it is
missing, so a bare template still gives a well-formed briefing and the user's own styles win.
"""

from __future__ import annotations

from typing import Any

import attrs
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_UNDERLINE
from docx.shared import Pt, RGBColor

from sco_brief.export._ooxml import (
    set_east_asian,
    set_outline_level,
    set_table_borders,
    set_theme_east_asian_lang,
)

__all__ = ["EAST_ASIAN_FONT", "EAST_ASIAN_LANG", "StyleIds", "prepare_styles"]

# SimSun ships with every Chinese-capable Windows and maps to Noto/Source Han elsewhere.
EAST_ASIAN_FONT = "SimSun"
EAST_ASIAN_LANG = "zh-CN"
_TABLE_STYLES = ("Light List Accent 1", "Table Grid")


@attrs.frozen(kw_only=True)
class StyleIds:
    """Style ids (not names) for the raw-XML builder, plus how bullets must be written."""

    title: str
    heading1: str
    heading2: str
    bullet: str
    bullet2: str
    quote: str
    table_name: str
    footnote_text: str
    footnote_ref: str
    hyperlink: str
    bullet_prefix: str = ""


def _find(styles: Any, name: str, kind: WD_STYLE_TYPE) -> Any | None:
    for style in styles:
        if style.type == kind and style.name is not None and style.name.lower() == name.lower():
            return style
    return None


def _paragraph(styles: Any, name: str, *, size: float, bold: bool = False, italic: bool = False) -> Any:
    style = _find(styles, name, WD_STYLE_TYPE.PARAGRAPH)
    if style is None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = _find(styles, "Normal", WD_STYLE_TYPE.PARAGRAPH)
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        style.paragraph_format.space_after = Pt(size / 2)
    return style


def _character(styles: Any, name: str) -> tuple[Any, bool]:
    style = _find(styles, name, WD_STYLE_TYPE.CHARACTER)
    if style is not None:
        return style, False
    return styles.add_style(name, WD_STYLE_TYPE.CHARACTER), True


def _headings(styles: Any) -> tuple[str, str, str]:
    ids = []
    for name, size, level in (("Title", 20, None), ("Heading 1", 14, 0), ("Heading 2", 12, 1)):
        existed = _find(styles, name, WD_STYLE_TYPE.PARAGRAPH) is not None
        style = _paragraph(styles, name, size=size, bold=True)
        if not existed and level is not None:
            set_outline_level(style.element, level)
        ids.append(style.style_id)
    return ids[0], ids[1], ids[2]


def _notes_and_links(styles: Any) -> tuple[str, str, str]:
    text = _paragraph(styles, "Footnote Text", size=9)
    text.paragraph_format.space_after = Pt(0)
    ref, made = _character(styles, "Footnote Reference")
    if made:
        ref.font.superscript = True
    link, made = _character(styles, "Hyperlink")
    if made:
        link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.font.underline = WD_UNDERLINE.SINGLE
    return text.style_id, ref.style_id, link.style_id


def _table(styles: Any) -> str:
    for name in _TABLE_STYLES:
        found = _find(styles, name, WD_STYLE_TYPE.TABLE)
        if found is not None:
            return str(found.name)
    made = styles.add_style(_TABLE_STYLES[-1], WD_STYLE_TYPE.TABLE)
    set_table_borders(made.element)
    return str(made.name)


def _east_asian(document: Any, from_template: bool) -> None:
    styles = document.styles
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = _find(styles, name, WD_STYLE_TYPE.PARAGRAPH)
        if style is not None:
            set_east_asian(style.element, EAST_ASIAN_FONT, EAST_ASIAN_LANG)
    if not from_template:
        set_theme_east_asian_lang(document.settings.element, EAST_ASIAN_LANG)


def prepare_styles(document: Any, *, from_template: bool) -> StyleIds:
    """Find or create every style of the briefing and set the East Asian font on the text styles."""
    styles = document.styles
    title, heading1, heading2 = _headings(styles)
    has_bullets = _find(styles, "List Bullet", WD_STYLE_TYPE.PARAGRAPH) is not None
    bullet = _paragraph(styles, "List Bullet", size=11)
    if not has_bullets:
        bullet.paragraph_format.left_indent = Pt(18)
    bullet2 = _find(styles, "List Bullet 2", WD_STYLE_TYPE.PARAGRAPH) or bullet
    quote = _paragraph(styles, "Quote", size=10, italic=True)
    footnote_text, footnote_ref, hyperlink = _notes_and_links(styles)
    _east_asian(document, from_template)
    return StyleIds(
        title=title,
        heading1=heading1,
        heading2=heading2,
        bullet=bullet.style_id,
        bullet2=bullet2.style_id,
        quote=quote.style_id,
        table_name=_table(styles),
        footnote_text=footnote_text,
        footnote_ref=footnote_ref,
        hyperlink=hyperlink,
        bullet_prefix="" if has_bullets else "• ",
    )
