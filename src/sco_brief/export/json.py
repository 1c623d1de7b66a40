"""JSON export: the model as one JSON document, written safely."""

from __future__ import annotations

import os
from pathlib import Path

from sco_brief.export._atomic import atomic_write
from sco_brief.model import Meeting
from sco_brief.serialize import to_json

__all__ = ["write_json"]


def write_json(meeting: Meeting, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write ``meeting`` as UTF-8 JSON to ``path`` and return the path.

    Raises:
        OutputExistsError: ``path`` exists and ``overwrite`` is False.
        ExportError: the file cannot be written.
    """
    payload = to_json(meeting) + "\n"

    def write(tmp: Path) -> None:
        tmp.write_text(payload, encoding="utf-8")

    return atomic_write(path, write, overwrite=overwrite)
