"""Excel workbook (placeholder until the XLSX exporter lands)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from sco_brief.errors import ExportError
from sco_brief.model import Meeting

__all__ = ["write_xlsx"]


def write_xlsx(
    meetings: Meeting | Iterable[Meeting], path: str | os.PathLike[str], *, overwrite: bool = False
) -> Path:
    """Write the figures of ``meetings`` to an XLSX workbook at ``path``."""
    raise ExportError("the XLSX exporter is not built yet")
