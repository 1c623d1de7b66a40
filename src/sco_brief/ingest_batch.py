"""Listing a batch lazily: files, folders (recursively), JSON Lines, JSON and stdin.

Nothing here reads a whole batch into memory: folders are walked and JSON Lines streamed
one line at a time, so ``sco-brief extract`` over a huge feed runs in constant memory.
Problems met while listing become :class:`Entry` objects with an ``error``, so the caller
reports them in order with the rest instead of stopping.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from sco_brief.errors import InputError
from sco_brief.ingest_files import decode_bytes, decode_html, parse_date, sniff_kind

__all__ = ["DEFAULT_MAX_BYTES", "FOLDER_SUFFIXES", "STDIN", "Entry", "Record", "describe_size", "find_entries"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
# What a folder walk reads; other files (our own .docx/.xlsx/.json outputs, images) are skipped.
FOLDER_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".htm", ".html", ".xhtml", ".shtml", ".jsonl", ".ndjson"})
_STEM_UNSAFE = re.compile(r"[^\w.-]+")
_HEAD = 4096

SkipHook = Callable[[str, str], None]


class _Lines(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


@attrs.frozen(kw_only=True)
class Record:
    """A document given as data (a JSON line, a JSON object, stdin) rather than as a file."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    encoding: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Entry:
    """One document of a batch: a file to read, a record, or a failure met while listing.

    ``label`` names it in messages ("news/a.txt", "feed.jsonl:12"); ``stem`` names its outputs.
    """

    label: str
    stem: str
    path: str | None = None
    record: Record | None = None
    error: str | None = None


def find_entries(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    on_skip: SkipHook | None = None,
) -> Iterator[Entry]:
    """Yield one Entry per document in ``inputs``, in order, lazily.

    Args:
        inputs: files, folders (read recursively, hidden files skipped) or ``"-"`` for ``stdin``.
        max_bytes: the size limit of one document (of one line for JSON Lines).
        on_skip: called with (path, reason) for folder files of types we do not read.
    """
    for item in inputs:
        name = os.fspath(item)
        if name == STDIN:
            yield from _stdin_entries(stdin, max_bytes)
        elif os.path.isdir(name):
            for path in _walk(Path(name), on_skip):
                yield from _path_entries(path, max_bytes)
        else:
            yield from _path_entries(Path(name), max_bytes)


def _walk(folder: Path, on_skip: SkipHook | None) -> Iterator[Path]:
    """Files under ``folder`` in sorted order; links followed, each real folder visited once."""
    seen: set[tuple[int, int]] = set()
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=problems.append):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:  # a symlink loop or a second link to a folder
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            if path.suffix.lower() not in FOLDER_SUFFIXES:
                if on_skip is not None:
                    on_skip(str(path), f"not a supported type ({path.suffix})")
                continue
            yield path
        while problems:
            yield Path(problems.pop(0).filename or root)


def _path_entries(path: Path, max_bytes: int) -> Iterator[Entry]:
    label, stem = str(path), _safe_stem(path.stem or path.name)
    try:
        head = _head(path)
    except InputError as exc:
        yield Entry(label=label, stem=stem, error=str(exc))
        return
    kind = sniff_kind(path.name, head)
    if kind == "jsonl":
        yield from _jsonl_file_entries(path, stem, max_bytes)
    elif kind == "json":
        yield from _json_file_entries(path, stem, max_bytes)
    else:
        yield Entry(label=label, stem=stem, path=str(path))


def _head(path: Path) -> bytes:
    if path.is_symlink() and not path.exists():
        raise InputError("broken symbolic link")
    if path.is_dir():
        raise InputError("cannot read the folder")
    try:
        with path.open("rb") as stream:
            return stream.read(_HEAD)
    except FileNotFoundError as exc:
        raise InputError("not found") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc


def _jsonl_file_entries(path: Path, stem: str, max_bytes: int) -> Iterator[Entry]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Entry(label=str(path), stem=stem, error=f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        yield from _jsonl_entries(stream, str(path), stem, max_bytes)


def _jsonl_entries(stream: _Lines, name: str, stem: str, max_bytes: int) -> Iterator[Entry]:
    """One entry per non-blank line; a line over the limit is skipped without being held."""
    lineno = 0
    while line := stream.readline(max_bytes + 1):
        lineno += 1
        label = f"{name}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass
            yield Entry(
                label=label, stem=f"{stem}-{lineno}", error=f"too large (a line over {describe_size(max_bytes)})"
            )
            continue
        if line.strip(b" \t\r\n"):  # JSON whitespace only; anything else on a line is a broken line
            yield _line_entry(line.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else line, label, stem, lineno)


def _line_entry(line: bytes, label: str, stem: str, lineno: int) -> Entry:
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return Entry(label=label, stem=f"{stem}-{lineno}", error="not UTF-8 (JSON Lines must be UTF-8)")
    except json.JSONDecodeError as exc:
        return Entry(label=label, stem=f"{stem}-{lineno}", error=f"not valid JSON ({exc.msg})")
    return _object_entry(data, label, stem, str(lineno))


def _object_entry(data: Any, label: str, stem: str, position: str) -> Entry:
    try:
        record = _record(data)
    except InputError as exc:
        return Entry(label=label, stem=f"{stem}-{position}", error=str(exc))
    suffix = _safe_stem(record.id) if record.id else position
    return Entry(label=label, stem=f"{stem}-{suffix}", record=record)


def _record(data: Any) -> Record:
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object with 'text', got {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError("no 'text' string" if text is None else f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty 'text'")
    raw_id = data.get("id")
    published, notes = _published(data.get("published"))
    return Record(
        text=text,
        id=str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else None,
        title=_optional_str(data.get("title")),
        url=_optional_str(data.get("url")),
        published=published,
        notes=notes,
    )


def _published(value: object) -> tuple[dt.date | None, tuple[str, ...]]:
    """A date in ISO 8601 or RFC 2822 (as feeds write it); an unreadable one is noted, not fatal."""
    if value is None or value == "":
        return None, ()
    date = parse_date(value)
    if date is None and isinstance(value, str):
        try:
            date = email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            date = None
    if date is None:
        return None, (f"'published' is not a date, ignored: {value!r}",)
    return date, ()


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _json_file_entries(path: Path, stem: str, max_bytes: int) -> Iterator[Entry]:
    """A .json file: one object with 'text', or an array of them (read whole, within the limit)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"too large ({describe_size(size)}, the limit is {describe_size(max_bytes)})")
        data = json.loads(decode_bytes(path.read_bytes())[0])
    except json.JSONDecodeError as exc:
        yield Entry(label=str(path), stem=stem, error=f"not valid JSON ({exc.msg}, line {exc.lineno})")
        return
    except (InputError, OSError) as exc:
        message = str(exc) if isinstance(exc, InputError) else f"cannot read: {exc.strerror or exc}"
        yield Entry(label=str(path), stem=stem, error=message)
        return
    if not isinstance(data, list):
        entry = _object_entry(data, str(path), stem, "1")
        yield attrs.evolve(entry, stem=stem) if entry.record is not None and entry.record.id is None else entry
        return
    for index, item in enumerate(data, start=1):
        yield _object_entry(item, f"{path}[{index}]", stem, str(index))


def _stdin_entries(stdin: IO[bytes] | None, max_bytes: int) -> Iterator[Entry]:
    """stdin holds JSON Lines when it starts with '{', else one text or HTML document."""
    label, stem = "<stdin>", "stdin"
    if stdin is None:
        yield Entry(label=label, stem=stem, error="no standard input")
        return
    head = _sniff_read(stdin)
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        yield from _jsonl_entries(_Rewound(head, stdin), label, stem, max_bytes)
        return
    data = head + stdin.read(max_bytes + 1 - len(head))
    try:
        if len(data) > max_bytes:
            raise InputError(f"too large (over the limit of {describe_size(max_bytes)})")
        decode = decode_html if sniff_kind("", data[:_HEAD]) == "html" else decode_bytes
        text, encoding = decode(data)
    except InputError as exc:
        yield Entry(label=label, stem=stem, error=str(exc))
        return
    yield Entry(label=label, stem=stem, record=Record(text=text, encoding=encoding))


def _sniff_read(stream: IO[bytes]) -> bytes:
    """The first bytes of a stream, up to the first non-blank one, without waiting for more.

    A feed piped in line by line must start flowing at once, not after 4 KB have arrived.
    """
    read = getattr(stream, "read1", stream.read)
    head = b""
    while not head.removeprefix(b"\xef\xbb\xbf").strip():
        chunk = read(_HEAD)
        if not chunk:
            break
        head += chunk
    return head


class _Rewound:
    """A stream whose first bytes were already read: they are served again first."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = io.BytesIO(head)
        self._rest = rest

    def readline(self, limit: int = -1, /) -> bytes:
        line = self._head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._rest.readline(-1 if limit < 0 else limit - len(line))


def _safe_stem(value: str) -> str:
    """A file-name-safe stem: word characters, dots and dashes, no leading dot, bounded length."""
    return _STEM_UNSAFE.sub("_", value).lstrip(".")[:80] or "document"


def describe_size(size: int) -> str:
    """A size as people read it: "20.0 MB", "2.0 KB", "512 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"
