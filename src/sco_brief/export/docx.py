"""Word briefing (placeholder until the DOCX exporter lands)."""

from __future__ import annotations

import os
from pathlib import Path

from sco_brief.errors import ExportError
from sco_brief.model import Meeting

__all__ = ["write_docx"]


def write_docx(
    meeting: Meeting,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    lang: str = "en",
    overwrite: bool = False,
) -> Path:
    """Write the briefing of ``meeting`` to ``path``."""
    raise ExportError("the DOCX exporter is not built yet")
