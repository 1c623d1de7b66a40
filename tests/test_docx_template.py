"""Briefings built on the user's own Word template: their look wins, their body goes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from sco_brief.errors import InputError
from sco_brief.export.docx import build_docx
from tests.test_docx import EN_HEADINGS, SAMPLE_FOOTNOTES, footnotes, headings, references
from tests.test_docx_fixtures import sample_meeting

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make_template(path: Path, *, strip_styles: tuple[str, ...] = ()) -> Path:
    """A letterhead template: own Normal font, header text, body text that must not survive."""
    template = docx.Document()
    template.styles["Normal"].font.name = "Liberation Serif"
    template.styles["Normal"].font.size = Pt(12)
    template.sections[0].header.paragraphs[0].text = "ACME ANALYTICS — LETTERHEAD"
    template.sections[0].footer.paragraphs[0].text = "Confidential"
    template.add_paragraph("Delete this sample body text.")
    for name in strip_styles:
        element = template.styles[name].element
        element.getparent().remove(element)
    template.save(str(path))
    return path


def test_template_look_wins(tmp_path: Path) -> None:
    """Their Normal font, header and footer stay; their body is replaced by the briefing."""
    blob = build_docx(sample_meeting(), template=make_template(tmp_path / "t.docx"))
    document = docx.Document(io.BytesIO(blob))
    assert "Liberation Serif" == document.styles["Normal"].font.name
    assert "ACME ANALYTICS — LETTERHEAD" == document.sections[0].header.paragraphs[0].text
    assert "Confidential" == document.sections[0].footer.paragraphs[0].text
    assert not any("Delete this" in p.text for p in document.paragraphs)
    assert EN_HEADINGS == headings(document)
    assert list(range(1, SAMPLE_FOOTNOTES + 1)) == references(blob)


def test_template_missing_styles_are_made(tmp_path: Path) -> None:
    """A template lacking the list, table and heading styles still gives a complete briefing."""
    stripped = ("List Bullet", "List Bullet 2", "Light List Accent 1", "Table Grid", "Heading 2", "Title", "Quote")
    blob = build_docx(sample_meeting(), template=make_template(tmp_path / "t.docx", strip_styles=stripped))
    document = docx.Document(io.BytesIO(blob))
    assert EN_HEADINGS == headings(document)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(text.startswith("• ") for text in bullets)
    assert "Table Grid" == document.tables[0].style.name
    assert WD_STYLE_TYPE.TABLE == document.styles["Table Grid"].type


def test_template_footnotes_are_reused(tmp_path: Path) -> None:
    """A template that already has a footnotes part keeps it (separators) and loses its old notes."""
    first = tmp_path / "with_notes.docx"
    first.write_bytes(build_docx(sample_meeting()))  # a document with footnotes serves as template
    blob = build_docx(sample_meeting(), template=first)
    assert {-1, 0, *range(1, SAMPLE_FOOTNOTES + 1)} == set(footnotes(blob))
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        assert 1 == sum(name.endswith("footnotes.xml") for name in package.namelist())


def test_dotx_template(tmp_path: Path) -> None:
    """A .dotx (Word template content type) is accepted like a .docx."""
    docx_path = make_template(tmp_path / "t.docx")
    dotx = tmp_path / "t.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    document = docx.Document(io.BytesIO(build_docx(sample_meeting(), template=dotx)))
    assert "ACME ANALYTICS — LETTERHEAD" == document.sections[0].header.paragraphs[0].text


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_unusable_template_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    """A template that is not a Word package is reported as InputError naming the file."""
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=r"bad\.docx"):
        build_docx(sample_meeting(), template=bad)


def test_missing_template_is_an_input_error(tmp_path: Path) -> None:
    """A template path that does not exist is an InputError too."""
    with pytest.raises(InputError, match=r"nowhere\.docx"):
        build_docx(sample_meeting(), template=tmp_path / "nowhere.docx")


def test_template_without_section_properties(tmp_path: Path) -> None:
    """A template whose body has no w:sectPr (it is optional) still takes the briefing."""
    template = docx.Document()
    body = template.element.body
    body.remove(body.sectPr)
    path = tmp_path / "bare.docx"
    template.save(str(path))
    document = docx.Document(io.BytesIO(build_docx(sample_meeting(), template=path)))
    assert EN_HEADINGS == headings(document)
