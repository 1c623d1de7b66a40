"""Read a workbook written by write_xlsx (placeholder until it lands)."""

from __future__ import annotations

import os

from sco_brief.errors import InputError
from sco_brief.model import Meeting

__all__ = ["read_xlsx"]


def read_xlsx(path: str | os.PathLike[str]) -> list[Meeting]:
    """Read Meetings back from a workbook."""
    raise InputError("the XLSX reader is not built yet")
