"""From user input to a :class:`~sco_brief.model.Source`: checks, language, ids, files.

Everything a user hands us passes through here first, so every "this cannot be read"
becomes one clear :class:`~sco_brief.errors.InputError` before any stage runs.

Batches are listed lazily by :func:`find_entries` (files, folders, JSON Lines, stdin) and each
:class:`Entry` is turned into a Source by :func:`load_entry`, possibly in another process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

import attrs

from sco_brief.errors import InputError
from sco_brief.ingest_batch import DEFAULT_MAX_BYTES, FOLDER_SUFFIXES, Entry, Record, describe_size, find_entries
from sco_brief.ingest_files import decode_bytes, decode_html, looks_like_html, parse_html, sniff_kind
from sco_brief.model import Source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "FOLDER_SUFFIXES",
    "Entry",
    "Loaded",
    "Record",
    "check_text",
    "detect_lang",
    "find_entries",
    "load_entry",
    "make_source",
    "read_source",
    "source_id_for",
]

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


@attrs.frozen(kw_only=True)
class Loaded:
    """An entry read and checked: its Source, the encoding it was in, and notes for --verbose."""

    source: Source
    encoding: str | None = None
    notes: tuple[str, ...] = ()


def read_source(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Read one text or HTML file (any supported encoding) into a Source.

    The page's own date wins over ``published``, which fills in when the file has none.

    Raises:
        InputError: the file is missing, too large, empty, binary, undecodable, or JSON Lines.
    """
    file = Path(path)
    entry = Entry(label=str(file), stem=file.stem, path=str(file))
    return load_entry(entry, lang=lang, published=published, max_bytes=max_bytes).source


def load_entry(
    entry: Entry, *, lang: str | None = None, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Loaded:
    """Turn an entry into a checked Source.

    Raises:
        InputError: naming ``entry.label`` and the problem.
    """
    try:
        if entry.error is not None:
            raise InputError(entry.error)
        if entry.record is not None:
            return _load_record(entry, entry.record, lang, published)
        if entry.path is None:
            raise InputError("nothing to read")
        return _load_file(entry, Path(entry.path), lang, published, max_bytes)
    except InputError as exc:
        raise InputError(f"{entry.label}: {exc}") from exc


def _load_record(entry: Entry, record: Record, lang: str | None, published: dt.date | None) -> Loaded:
    if looks_like_html(record.text):
        article = parse_html(record.text)
        record = attrs.evolve(
            record,
            text=article.text,
            title=record.title or article.title,
            url=record.url or article.url,
            published=record.published or article.published,
        )
    source = make_source(
        record.text,
        lang=lang,
        published=record.published or published,
        source_id=record.id or entry.stem,
        title=record.title,
        url=record.url,
    )
    return Loaded(source=source, notes=record.notes)


def _load_file(entry: Entry, file: Path, lang: str | None, published: dt.date | None, max_bytes: int) -> Loaded:
    data = _read_bytes(file, max_bytes)
    kind = sniff_kind(file.name, data[:1024])
    if kind in ("jsonl", "json"):
        raise InputError("holds JSON documents: read it with find_entries() or the sco-brief command")
    if kind == "html":
        html, encoding = decode_html(data)
        article = parse_html(html)
        record = Record(text=article.text, title=article.title, url=article.url, published=article.published)
    else:
        text, encoding = decode_bytes(data)
        record = Record(text=text)
    loaded = _load_record(entry, record, lang, published)
    return attrs.evolve(loaded, encoding=encoding)


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    try:
        if file.is_dir():
            raise InputError("is a folder")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"too large ({describe_size(size)}, the limit is {describe_size(max_bytes)})")
        with file.open("rb") as stream:
            # Read one byte past the limit: a file that grew (or a pipe) cannot slip through.
            data = stream.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("not found") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(f"too large (over the limit of {describe_size(max_bytes)})")
    return data
