"""Make a saved workbook byte-identical for the same input.

openpyxl stamps ``dcterms:modified`` with the current time on save, and zip entries carry the
time of writing; both are replaced by fixed values, entry by entry, without loading the file.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from sco_brief.export._xlsx_xml import splice_rows

__all__ = ["FIXED_TIMESTAMP", "normalise_zip"]

FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"
# The earliest time a zip entry can carry.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_CORE = "docProps/core.xml"
_STAMPS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_CHUNK = 1 << 16
# Entries this large need zip64 headers up front; smaller ones keep the plain form.
_ZIP64_FROM = 2**31


def normalise_zip(raw: Path, out: Path, spliced: Mapping[str, IO[bytes]] | None = None) -> None:
    """Copy the zip at ``raw`` to ``out`` with fixed timestamps and fixed entry metadata.

    ``spliced`` maps sheet entries to files of their rows, which fill the sheet's empty ``<sheetData/>``.
    """
    spliced = spliced or {}
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zout:
        for entry in zin.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            if entry.filename == _CORE:
                stamped = _STAMPS.sub(rb"\g<1>" + FIXED_TIMESTAMP.encode() + rb"\g<3>", zin.read(entry))
                zout.writestr(info, stamped, compresslevel=6)
                continue
            rows = spliced.get(entry.filename)
            size = entry.file_size + (0 if rows is None else rows.seek(0, os.SEEK_END))
            with zout.open(info, "w", force_zip64=size > _ZIP64_FROM) as dst:
                if rows is not None:
                    splice_rows(zin.read(entry), rows, dst)
                    continue
                with zin.open(entry) as src:
                    shutil.copyfileobj(src, dst, _CHUNK)
