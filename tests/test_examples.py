"""Every script in examples/ runs, from a fresh folder, and writes the files it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# A guard against a hung script, not a measurement.
LIMIT = 300

# script -> the files it writes (relative to the folder it runs in), with no arguments.
EXPECTED: dict[str, list[str]] = {
    "brief_from_text.py": ["brief-out/brief.docx", "brief-out/brief.ru.docx", "brief-out/figures.xlsx"],
    "batch_folder.py": ["figures.xlsx"],
    "custom_template.py": ["brief-out/brief-letterhead.docx", "brief-out/letterhead.docx"],
}


def test_every_example_has_expectations() -> None:
    """A new example script must say here what it writes, so that it is checked too."""
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    assert [] == [name for name in scripts if name not in EXPECTED]


def _check_file(path: Path) -> None:
    """The file opens in the library that reads its format (a truncated file would not)."""
    if path.suffix == ".docx":
        import docx

        assert docx.Document(str(path)).paragraphs
    elif path.suffix == ".xlsx":
        import openpyxl

        assert openpyxl.load_workbook(path, read_only=True).sheetnames


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_and_writes_its_files(script: str, tmp_path: Path) -> None:
    """The script exits 0 in an empty folder and every file it promises is there and readable."""
    path = EXAMPLES / script
    if not path.exists():
        pytest.skip(f"examples/{script} has not landed yet (its exporter's engineer writes it)")
    result = subprocess.run(
        [sys.executable, str(path)], cwd=tmp_path, capture_output=True, text=True, timeout=LIMIT, check=False
    )
    assert 0 == result.returncode, result.stderr
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert sorted(EXPECTED[script]) == written
    for name in written:
        _check_file(tmp_path / name)
