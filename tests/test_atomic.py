"""Safe writes: temp file and rename, no clobbering, usual permissions, nothing left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sco_brief import ExportError, OutputExistsError
from sco_brief.export._atomic import atomic_write


def _write_hello(tmp: Path) -> None:
    tmp.write_text("hello", encoding="utf-8")


def test_writes_and_keeps_usual_permissions(tmp_path: Path) -> None:
    """The file appears with the umask's permissions, not mkstemp's 0600."""
    target = atomic_write(tmp_path / "out.txt", _write_hello)
    mask = os.umask(0)
    os.umask(mask)
    assert 0o666 & ~mask == stat.S_IMODE(target.stat().st_mode)
    assert "hello" == target.read_text(encoding="utf-8")


def test_refuses_to_clobber(tmp_path: Path) -> None:
    """An existing file stays as it was unless overwrite=True."""
    target = tmp_path / "out.txt"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="already exists"):
        atomic_write(target, _write_hello)
    assert "keep" == target.read_text(encoding="utf-8")
    atomic_write(target, _write_hello, overwrite=True)
    assert "hello" == target.read_text(encoding="utf-8")


def test_failure_leaves_nothing_behind(tmp_path: Path) -> None:
    """A writer that fails half way leaves neither the target nor a temp file."""

    def broken(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(tmp_path / "out.txt", broken)
    assert [] == list(tmp_path.iterdir())


def test_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    """A folder that does not exist gives a clear ExportError."""
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "out.txt", _write_hello)
