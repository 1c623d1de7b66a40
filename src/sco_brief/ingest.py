"""From user input to a :class:`~sco_brief.model.Source`: checks, language, ids, files.

Everything a user hands us passes through here first, so every "this cannot be read"
becomes one clear :class:`~sco_brief.errors.InputError` before any stage runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

from sco_brief.errors import InputError
from sco_brief.model import Source

__all__ = ["DEFAULT_MAX_CHARS", "check_text", "detect_lang", "make_source", "read_source", "source_id_for"]

DEFAULT_MAX_CHARS = 20_000_000
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")
_SAMPLE = 20_000


def check_text(text: object, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Return ``text`` if it is usable, else raise :class:`InputError` saying why."""
    if isinstance(text, bytes | bytearray):
        raise InputError("expected text (str), got bytes: decode it or use sco_brief.read_source()")
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError("the text is empty")
    if len(text) > max_chars:
        raise InputError(f"the text is too large: {len(text):,} characters, the limit is {max_chars:,}")
    if "\x00" in text[:_SAMPLE]:
        raise InputError("the text looks binary: it contains NUL characters")
    return text


def detect_lang(text: str) -> str:
    """Return ``"ru"`` when Cyrillic letters dominate the start of ``text``, else ``"en"``."""
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "ru" if cyrillic >= latin or cyrillic > 200 else "en"


def source_id_for(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_source(
    text: object,
    *,
    lang: str | None = None,
    published: dt.date | None = None,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Source:
    """Check ``text`` and wrap it in a Source, detecting the language when not given."""
    checked = check_text(text, max_chars=max_chars)
    if lang is not None and lang not in ("ru", "en"):
        raise InputError(f"lang must be 'ru', 'en' or None, got {lang!r}")
    if published is not None and (not isinstance(published, dt.date) or isinstance(published, dt.datetime)):
        raise InputError(f"published must be a datetime.date, got {published!r}")
    return Source(
        id=source_id or source_id_for(checked),
        text=checked,
        lang=lang or detect_lang(checked),
        title=title,
        url=url,
        published=published,
    )


def read_source(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = 20 * 1024 * 1024,
) -> Source:
    """Read a UTF-8 text file into a Source (encodings, HTML and JSON Lines come with the CLI)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{file}: too large ({size:,} bytes, the limit is {max_bytes:,})")
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text") from exc
    return make_source(text, lang=lang, published=published, source_id=file.stem)
