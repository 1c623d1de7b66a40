"""A real client: LibreOffice converts the briefings to PDF, footnotes and page fields included.

One soffice run converts all the files (each start costs seconds); skipped only without soffice.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sco_brief.export.docx import build_docx
from tests.test_docx_fixtures import sample_meeting
from tests.test_docx_robust import CONTROL, hostile_meeting
from tests.test_docx_template import make_template

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("soffice")
    briefs = {
        "en": build_docx(sample_meeting()),
        "ru": build_docx(sample_meeting(), lang="ru"),
        "hostile": build_docx(hostile_meeting(f"Си Цзиньпин {CONTROL} 習近平 =1+1")),
        "template": build_docx(sample_meeting(), template=make_template(folder / "letterhead.docx")),
    }
    for name, blob in briefs.items():
        (folder / f"{name}.docx").write_bytes(blob)
    profile = (folder / "profile").as_uri()  # a private profile: parallel runs must not share one
    command = [SOFFICE or "soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    command += ["--outdir", str(folder), *(str(folder / f"{name}.docx") for name in briefs)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert 0 == done.returncode, done.stderr
    return {name: folder / f"{name}.pdf" for name in briefs}


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize("name", ["en", "ru", "hostile", "template"])
def test_libreoffice_converts(pdfs: dict[str, Path], name: str) -> None:
    """Every briefing converts to a non-empty PDF."""
    assert pdfs[name].read_bytes().startswith(b"%PDF")


def test_pdf_shows_footnotes_and_page_numbers(pdfs: dict[str, Path]) -> None:
    """LibreOffice renders the footnote quotes and fills the PAGE/NUMPAGES fields."""
    text = _text(pdfs["en"])
    assert "“Председатель КНР Си Цзиньпин направил участникам приветствие.” — Source:" in text
    assert "Page 1 of" in text
    assert "Key figures" in text


def test_pdf_of_template_keeps_letterhead(pdfs: dict[str, Path]) -> None:
    """The template's header text is what LibreOffice prints on the page."""
    assert "ACME ANALYTICS — LETTERHEAD" in _text(pdfs["template"])
