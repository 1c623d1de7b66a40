"""The Word briefing, reopened with python-docx and read as raw OOXML where python-docx cannot."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

import sco_brief
from sco_brief.errors import InputError, OutputExistsError
from sco_brief.export._rows import metric_rows, participant_rows
from sco_brief.export.docx import build_docx
from sco_brief.model import Meeting
from tests.test_docx_fixtures import sample_meeting

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}

EN_HEADINGS = [
    ("Title", "23rd Meeting of the SCO Council of Heads of Government (expanded format)"),
    ("Heading 1", "Bottom line"),
    ("Heading 1", "Participants"),
    ("Heading 1", "Directions and proposals"),
    ("Heading 2", "Транспорт и логистика"),
    ("Heading 2", "Proposals"),
    ("Heading 2", "Named projects"),
    ("Heading 1", "Key figures"),
    ("Heading 1", "Sources"),
    ("Heading 2", "Олжас Бектенов принял участие в заседании СГП ШОС (kz_gov)"),
    ("Heading 2", "SCO heads of government meet (wire)"),
]
# 1 meeting + 3 participants + 3 initiatives + 3 figures under initiatives + 5 rows of the figures table.
SAMPLE_FOOTNOTES = 15


def headings(document: docx.document.Document) -> list[tuple[str, str]]:
    """(style, text) of the Title and Heading paragraphs, in order."""
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name in ("Title", "Heading 1", "Heading 2")
    ]


def footnotes(blob: bytes) -> dict[int, str]:
    """Footnote id -> text (stripped) from word/footnotes.xml, separators included (ids -1 and 0)."""
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        root = etree.fromstring(package.read("word/footnotes.xml"))
    return {int(n.get(f"{W}id")): "".join(n.itertext()).strip() for n in root.findall("w:footnote", NS)}


def references(blob: bytes) -> list[int]:
    """Ids of the footnote references in the body, in document order."""
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return [int(r.get(f"{W}id")) for r in root.iter(f"{W}footnoteReference")]


@pytest.fixture(scope="module")
def sample_blob() -> bytes:
    return build_docx(sample_meeting())


@pytest.fixture(scope="module")
def sample_doc(sample_blob: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(sample_blob))


def test_headings_in_english(sample_doc: docx.document.Document) -> None:
    """The briefing follows the note's structure with real Title and Heading styles."""
    assert EN_HEADINGS == headings(sample_doc)


def test_headings_in_russian() -> None:
    """lang="ru" gives Russian labels; the names from the source stay as they are."""
    found = headings(docx.Document(io.BytesIO(build_docx(sample_meeting(), lang="ru"))))
    expected_start = [
        ("Title", "23-е заседание Совета глав правительств государств — членов ШОС (в расширенном составе)"),
        ("Heading 1", "Главное"),
        ("Heading 1", "Участники"),
        ("Heading 1", "Направления и предложения"),
        ("Heading 2", "Транспорт и логистика"),
    ]
    assert expected_start == found[:5]


def test_bottom_line_bullets(sample_doc: docx.document.Document) -> None:
    """The bottom line is 3-5 List Bullet paragraphs right after its heading."""
    paragraphs = sample_doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Bottom line") + 1
    bullets = [p for p in paragraphs[start:] if p.style.name == "List Bullet"]
    first_heading = next(i for i, p in enumerate(paragraphs[start:]) if p.style.name.startswith("Heading"))
    assert 5 == first_heading
    assert "1 direction of cooperation, 1 proposal and 1 named project were put forward." == bullets[2].text


def test_tables_hold_the_rows(sample_doc: docx.document.Document) -> None:
    """Participants and figures tables: header row repeated on each page, one row per fact."""
    participants, figures = sample_doc.tables
    meeting = sample_meeting()
    assert ["Name", "Position", "Country", "Role"] == [c.text for c in participants.rows[0].cells]
    assert participant_rows(meeting) == [tuple(c.text for c in row.cells) for row in participants.rows[1:]]
    assert metric_rows(meeting) == [tuple(c.text for c in row.cells) for row in figures.rows[1:]]
    for table in (participants, figures):
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
        assert all(col.width for col in table.columns)
        assert table.style is not None and "Light List Accent 1" == table.style.name


def test_every_fact_has_a_footnote(sample_blob: bytes) -> None:
    """Each participant, initiative and figure has a real footnote quoting it and naming its source."""
    notes = footnotes(sample_blob)
    refs = references(sample_blob)
    assert list(range(1, SAMPLE_FOOTNOTES + 1)) == refs
    assert {-1, 0} | set(refs) == set(notes)
    meeting = sample_meeting()
    si = meeting.participants[2].evidence.quote
    assert f"“{si}” — Source: Олжас Бектенов принял участие в заседании СГП ШОС (kz_gov)" == notes[4]
    for metric, note in zip(meeting.metrics, refs[-5:], strict=True):
        assert metric.evidence.quote in notes[note]


def test_footnotes_part_is_wired(sample_blob: bytes) -> None:
    """The footnotes part has its content type, its relationship and separator notes."""
    with zipfile.ZipFile(io.BytesIO(sample_blob)) as package:
        types = package.read("[Content_Types].xml").decode()
        rels = package.read("word/_rels/document.xml.rels").decode()
        settings = package.read("word/settings.xml").decode()
        root = etree.fromstring(package.read("word/footnotes.xml"))
    assert 'PartName="/word/footnotes.xml"' in types and "footnotes+xml" in types
    assert "relationships/footnotes" in rels
    assert "w:footnotePr" in settings
    kinds = [n.get(f"{W}type") for n in root.findall("w:footnote", NS)[:2]]
    assert ["separator", "continuationSeparator"] == kinds


def test_header_footer_and_east_asian_font(sample_doc: docx.document.Document, sample_blob: bytes) -> None:
    """Title in the header, PAGE and NUMPAGES fields in the footer, East Asian font on Normal."""
    section = sample_doc.sections[0]
    assert EN_HEADINGS[0][1] == section.header.paragraphs[0].text
    instructions = [t.text.strip() for t in section.footer._element.iter(f"{W}instrText")]
    assert ["PAGE", "NUMPAGES"] == instructions
    normal = sample_doc.styles["Normal"].element
    assert "SimSun" == normal.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")
    assert "zh-CN" == normal.find(f"{W}rPr/{W}lang").get(f"{W}eastAsia")
    assert b'w:eastAsia="ja-JP"' not in zipfile.ZipFile(io.BytesIO(sample_blob)).read("word/settings.xml")


def test_source_links_are_styled_hyperlinks(sample_blob: bytes) -> None:
    """Source URLs are real hyperlinks in the Hyperlink character style."""
    with zipfile.ZipFile(io.BytesIO(sample_blob)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
        rels = package.read("word/_rels/document.xml.rels").decode()
    links = root.findall(".//w:hyperlink", NS)
    assert 2 == len(links)
    assert {"Hyperlink"} == {link.find("w:r/w:rPr/w:rStyle", NS).get(f"{W}val") for link in links}
    assert 'Target="https://example.org/news/sgp-shos" TargetMode="External"' in rels


def test_output_is_byte_identical(tmp_path: Path) -> None:
    """The same Meeting gives the same bytes, with fixed zip times and core properties."""
    first = sco_brief.write_docx(sample_meeting(), tmp_path / "a.docx")
    second = sco_brief.write_docx(sample_meeting(), tmp_path / "b.docx")
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    with zipfile.ZipFile(first) as package:
        assert {(1980, 1, 1, 0, 0, 0)} == {info.date_time for info in package.infolist()}
        assert "[Content_Types].xml" == package.infolist()[0].filename
    core = docx.Document(str(first)).core_properties
    assert (2024, 10, 16) == (core.created.year, core.created.month, core.created.day)
    assert core.created == core.modified


def test_overwrite_rules(tmp_path: Path) -> None:
    """An existing file is kept unless overwrite=True; no temporary file is left behind."""
    target = tmp_path / "brief.docx"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputExistsError):
        sco_brief.write_docx(sample_meeting(), target)
    assert b"keep me" == target.read_bytes()
    sco_brief.write_docx(sample_meeting(), target, overwrite=True)
    assert [target] == list(tmp_path.iterdir())
    assert EN_HEADINGS == headings(docx.Document(str(target)))


def test_bad_arguments_are_input_errors(tmp_path: Path) -> None:
    """An unknown label language or a non-Meeting is refused before anything is written."""
    with pytest.raises(InputError, match="'lang'"):
        sco_brief.write_docx(sample_meeting(), tmp_path / "a.docx", lang="fr")
    with pytest.raises(InputError, match="Meeting"):
        sco_brief.write_docx("not a meeting", tmp_path / "a.docx")  # type: ignore[arg-type]
    assert [] == list(tmp_path.iterdir())


def test_empty_meeting() -> None:
    """A meeting with nothing in it still gives every section, each saying nothing was recorded."""
    document = docx.Document(io.BytesIO(build_docx(Meeting(sources=()))))
    assert ("Title", "Meeting report") == headings(document)[0]
    assert 3 == sum(p.text == "None recorded in the sources." for p in document.paragraphs)
    assert [] == document.tables


def test_directions_section(sample_doc: docx.document.Document) -> None:
    """Each direction has its heading, summary, proposer and its own figures; proposals carry theirs."""
    paragraphs = sample_doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Directions and proposals") + 1
    end = next(i for i, p in enumerate(paragraphs) if p.text == "Key figures")
    expected = [
        ("Heading 2", "Транспорт и логистика"),
        ("Normal", "Развитие Транскаспийского маршрута и ускорение пересечения границ."),
        ("Normal", "Put forward by: Kazakhstan"),
        ("List Bullet", "грузопоток по Транскаспийскому маршруту: 2.4× (2020–2024)"),
        ("List Bullet", "время прохождения границы: 72 → 12 h"),
        ("Heading 2", "Proposals"),
        ("List Bullet", "Фонд развития ШОС (Kazakhstan)"),
        ("List Bullet 2", "взаимные инвестиции: over $5.2 bn"),
        ("Heading 2", "Named projects"),
        ("List Bullet", "железная дорога «Китай — Кыргызстан — Узбекистан»"),
    ]
    assert expected == [(p.style.name, p.text) for p in paragraphs[start:end]]


def test_title_block(sample_doc: docx.document.Document) -> None:
    """Date, city, format and sources (title, id, link, date) open the note."""
    expected = [
        "Date: 16 October 2024",
        "City: Islamabad",
        "Format: expanded format",
        "Sources: Олжас Бектенов принял участие в заседании СГП ШОС (kz_gov), https://example.org/news/sgp-shos, "
        "16 October 2024; SCO heads of government meet (wire), 17 October 2024",
    ]
    assert expected == [p.text for p in sample_doc.paragraphs[1:5]]
