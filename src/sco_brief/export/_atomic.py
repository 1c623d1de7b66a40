"""Safe file writing shared by every exporter: temp file, then rename into place.

An interrupted run never leaves a half-written file, and an existing file is only
replaced when the caller asked for it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sco_brief.errors import ExportError, OutputExistsError

__all__ = ["atomic_write"]


def _read_umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# Read once at import: os.umask can only be read by setting it, which is not thread-safe mid-run.
_UMASK = _read_umask()


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], None], *, overwrite: bool = False) -> Path:
    """Call ``write(tmp_path)`` and move the finished file to ``path``.

    Raises:
        OutputExistsError: ``path`` exists and ``overwrite`` is False.
        ExportError: the folder is missing or not writable, or ``write`` failed.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: is a directory")
    if target.exists() and not overwrite:
        raise OutputExistsError(f"{target}: already exists (pass overwrite=True, or --force, to replace it)")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    tmp: Path | None = None
    try:
        # Everything from creating the temp file on sits in one try, so that even a Ctrl-C landing
        # between mkstemp and the write leaves no stray temp file behind.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        os.close(fd)
        # mkstemp creates 0600 files; a finished briefing should get the usual permissions.
        os.chmod(tmp, 0o666 & ~_UMASK)
        write(tmp)
        if not overwrite and target.exists():
            raise OutputExistsError(f"{target}: appeared while writing; not replaced")
        os.replace(tmp, target)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, ExportError):
            where = f"cannot write in {folder}: " if tmp is None else ""
            raise ExportError(f"{target}: {where}{exc.strerror or exc}") from exc
        raise
    return target
