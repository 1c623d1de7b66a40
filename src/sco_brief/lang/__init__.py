"""Loading the packaged language data: TOML tables and plain word lists.

Data lives in per-language folders (``lang/ru/``, ``lang/en/``) and in the language-neutral
``data/``; docs/language-data.md documents the format. Files load once, on first use.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from sco_brief.errors import LanguageDataError

__all__ = ["load_toml", "load_words"]


def _read(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError) as exc:
        raise LanguageDataError(f"language data file {package}/{name} is missing: {exc}") from exc


def _package(folder: str) -> str:
    return "sco_brief.data" if folder == "data" else f"sco_brief.lang.{folder}"


@cache
def load_toml(folder: str, name: str) -> dict[str, Any]:
    """Parse ``lang/<folder>/<name>.toml`` (or ``data/<name>.toml`` when folder is "data")."""
    package = _package(folder)
    try:
        return tomllib.loads(_read(package, f"{name}.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"language data file {package}/{name}.toml is not valid TOML: {exc}") from exc


@cache
def load_words(folder: str, name: str) -> frozenset[str]:
    """Read a word list (``<name>.txt``): one entry a line, ``#`` starts a comment, case kept."""
    entries = set()
    for line in _read(_package(folder), f"{name}.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)
