"""The briefing examples run end to end and write what they promise."""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _main(name: str) -> Callable[[list[str]], int]:
    main: Callable[[list[str]], int] = runpy.run_path(str(ROOT / "examples" / name), run_name="example")["main"]
    return main


def test_brief_from_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The seed becomes an English and a Russian briefing (and a workbook once that exporter exists)."""
    seed = str(ROOT / "seeds" / "000_788ff53a8ccb1cf2.txt")
    assert 0 == _main("brief_from_text.py")(["brief_from_text.py", seed, str(tmp_path)])
    english = docx.Document(str(tmp_path / "brief.docx"))
    russian = docx.Document(str(tmp_path / "brief.ru.docx"))
    assert "Bottom line" == english.paragraphs[5].text
    assert "Главное" == russian.paragraphs[5].text
    assert "brief.docx" in capsys.readouterr().out


def test_custom_template(tmp_path: Path) -> None:
    """The letterhead example's header and fonts survive into the briefing built on it."""
    assert 0 == _main("custom_template.py")(["custom_template.py", str(tmp_path)])
    brief = docx.Document(str(tmp_path / "brief-letterhead.docx"))
    assert "ANALYTICAL UNIT · Eurasian Desk" == brief.sections[0].header.paragraphs[0].text
    assert "Liberation Serif" == brief.styles["Normal"].font.name
    assert not any("sample text" in p.text for p in brief.paragraphs)
