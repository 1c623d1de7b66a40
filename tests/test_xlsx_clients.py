"""Real clients: LibreOffice opens and re-saves the workbook, and what it saves still reads back.

One soffice run for the whole module, with a throw-away profile; skipped only when soffice is absent.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

import sco_brief
from sco_brief.model import Meeting
from tests.test_xlsx import hostile_meeting, sample_meeting

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def meetings() -> list[Meeting]:
    # Everything but the two things LibreOffice is known to drop: an empty string (it saves an empty
    # cell) and a literal "_xHHHH_" in the data (it writes it back unescaped).
    return [
        sample_meeting(),
        sample_meeting(start=dt.date(2025, 11, 18)),
        hostile_meeting("=SUM(A1)"),
        hostile_meeting("@cmd|' /C calc'!A0"),
        hostile_meeting("-2+3\x01"),
    ]


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workbook after LibreOffice headless converted it to a new XLSX."""
    folder = tmp_path_factory.mktemp("soffice")
    source = sco_brief.write_xlsx(meetings(), folder / "figures.xlsx")
    out = folder / "out"
    command = [
        str(SOFFICE),
        f"-env:UserInstallation=file://{folder / 'profile'}",
        "--headless",
        "--convert-to",
        "xlsx:Calc Office Open XML",
        "--outdir",
        str(out),
        str(source),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert 0 == done.returncode, done.stderr
    return out / "figures.xlsx"


def test_libreoffice_converts_the_workbook(resaved: Path) -> None:
    """LibreOffice headless opens the workbook and writes it out without error."""
    assert resaved.is_file() and resaved.stat().st_size > 0


def test_libreoffice_copy_reads_back_equal(resaved: Path) -> None:
    """Nothing LibreOffice saved turned into a formula or lost a value: the Meetings are equal."""
    assert meetings() == sco_brief.read_xlsx(resaved)
