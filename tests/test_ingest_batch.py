"""Listing and reading batches: folders, JSON Lines, JSON, stdin, and single files."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_brief.errors import InputError
from sco_brief.ingest import Entry, find_entries, load_entry, read_source
from tests.strategies import json_records

RU = "Председатель правительства принял участие в заседании. Товарооборот вырос на 15 процентов."


def _summary(entries: list[Entry]) -> list[tuple[str, str | None]]:
    return [(e.label, e.error) for e in entries]


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_foreign(tmp_path: Path) -> None:
    """Folders are read recursively in sorted order; hidden files and other types are skipped."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ["b/z.txt", "a.txt", "c.html", ".hidden.txt", ".git/x.txt", "brief.docx", "notes"]:
        (tmp_path / name).write_text(RU, encoding="utf-8")
    skipped: list[str] = []
    entries = list(find_entries([tmp_path], on_skip=lambda path, why: skipped.append(Path(path).name)))
    expected = ["a.txt", "c.html", "notes", "b/z.txt"]
    assert expected == [Path(e.label).relative_to(tmp_path).as_posix() for e in entries]
    assert ["brief.docx"] == skipped


def test_symlink_loops_and_broken_links_end(tmp_path: Path) -> None:
    """A folder linking to its parent is walked once; a dangling link is a named error."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(RU, encoding="utf-8")
    os.symlink("..", tmp_path / "sub" / "loop")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    entries = list(find_entries([tmp_path]))
    labels = [Path(e.label).relative_to(tmp_path).as_posix() for e in entries]
    assert ["dangling.txt", "self.txt", "sub/a.txt"] == labels
    assert "broken symbolic link" == entries[0].error


def test_missing_input_is_a_named_entry_not_an_exception(tmp_path: Path) -> None:
    """A path that does not exist yields an entry whose error says so."""
    assert [(str(tmp_path / "nope.txt"), "not found")] == _summary(list(find_entries([tmp_path / "nope.txt"])))


def _jsonl(tmp_path: Path, lines: list[str | bytes], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\n".join(line.encode() if isinstance(line, str) else line for line in lines) + b"\n")
    return path


def test_jsonl_lines_are_entries_and_bad_lines_are_named(tmp_path: Path) -> None:
    """Every non-blank line is a document; broken lines are failures naming file and line."""
    good = json.dumps({"id": "a/1", "text": RU, "title": "T", "url": "https://e.org/1", "published": "2025-11-18"})
    path = _jsonl(tmp_path, [good, "", "not json", '{"text": ""}', "[1, 2]", '{"id": 7}', b'{"text": "\xff"}'])
    expected = [
        (f"{path}:1", None),
        (f"{path}:3", "not valid JSON (Expecting value)"),
        (f"{path}:4", "empty 'text'"),
        (f"{path}:5", "expected a JSON object with 'text', got list"),
        (f"{path}:6", "no 'text' string"),
        (f"{path}:7", "not UTF-8 (JSON Lines must be UTF-8)"),
    ]
    entries = list(find_entries([path]))
    assert expected == _summary(entries)
    assert ["feed-a_1", "feed-3", "feed-4", "feed-5", "feed-6", "feed-7"] == [e.stem for e in entries]


def test_jsonl_record_fields_reach_the_source(tmp_path: Path) -> None:
    """id, title, url and published of a line become the Source's fields."""
    line = json.dumps({"id": 12, "text": RU, "title": "Заголовок", "url": "https://e.org/1", "published": "2025-11-18"})
    (entry,) = find_entries([_jsonl(tmp_path, [line])])
    source = load_entry(entry, published=dt.date(2000, 1, 1)).source
    assert ("12", "Заголовок", "https://e.org/1", dt.date(2025, 11, 18), "ru") == (
        source.id,
        source.title,
        source.url,
        source.published,
        source.lang,
    )


@pytest.mark.parametrize(
    ("published", "expected_date", "expected_notes"),
    [
        ("Tue, 18 Nov 2025 10:00:00 GMT", dt.date(2025, 11, 18), ()),
        ("2025-11-18T10:00:00Z", dt.date(2025, 11, 18), ()),
        ("вчера", dt.date(2001, 2, 3), ("'published' is not a date, ignored: 'вчера'",)),
        (None, dt.date(2001, 2, 3), ()),
    ],
)
def test_jsonl_published_formats(
    tmp_path: Path, published: str | None, expected_date: dt.date, expected_notes: tuple[str, ...]
) -> None:
    """Feed dates in ISO 8601 or RFC 2822 are read; others fall back to --published with a note."""
    (entry,) = find_entries([_jsonl(tmp_path, [json.dumps({"text": RU, "published": published})])])
    loaded = load_entry(entry, published=dt.date(2001, 2, 3))
    assert (expected_date, expected_notes) == (loaded.source.published, loaded.notes)


def test_jsonl_oversized_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    """A line over the limit is one named failure; the stream goes on with the next line."""
    huge = json.dumps({"text": "слово " * 400})
    path = _jsonl(tmp_path, [huge, json.dumps({"text": RU})])
    entries = list(find_entries([path], max_bytes=1000))
    assert [(f"{path}:1", "too large (a line over 1000 bytes)"), (f"{path}:2", None)] == _summary(entries)


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(json_records, max_size=6))
def test_jsonl_keeps_every_record_in_order(tmp_path: Path, records: list[dict[str, object]]) -> None:
    """find_entries yields one entry per record, in order, each with its own text."""
    path = _jsonl(tmp_path, [json.dumps(r, ensure_ascii=False) for r in records], name="prop.jsonl")
    entries = list(find_entries([path]))
    assert [r["text"] for r in records] == [e.record.text if e.record else None for e in entries]


def test_json_file_object_and_array(tmp_path: Path) -> None:
    """A .json file holds one article object or an array of them."""
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": RU}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": RU, "id": "x"}, {"title": "no text"}]), encoding="utf-8")
    entries = list(find_entries([one, many]))
    expected = [(str(one), None), (f"{many}[1]", None), (f"{many}[2]", "no 'text' string")]
    assert expected == _summary(entries)
    assert ["one", "many-x", "many-2"] == [e.stem for e in entries]


@pytest.mark.parametrize(
    ("data", "expected_texts"),
    [
        (RU.encode("cp1251"), [RU]),
        (b'{"text": "one"}\n{"text": "two"}\n', ["one", "two"]),
        (b'\xef\xbb\xbf  {"text": "bom"}\n', ["bom"]),
    ],
)
def test_stdin_text_or_jsonl(data: bytes, expected_texts: list[str]) -> None:
    """stdin is JSON Lines when it starts with '{', else one document in any encoding."""
    entries = list(find_entries(["-"], stdin=io.BytesIO(data)))
    assert expected_texts == [e.record.text if e.record else e.error for e in entries]


def test_stdin_jsonl_streams_lines_longer_than_the_first_read() -> None:
    """A JSON line that spans the first chunk read for sniffing is still read whole."""
    text = "слово " * 2000
    data = json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n" + b'{"text": "next"}\n'
    entries = list(find_entries(["-"], stdin=io.BytesIO(data)))
    assert [text, "next"] == [e.record.text if e.record else e.error for e in entries]


def test_stdin_too_large_is_refused() -> None:
    """Plain text on stdin over the limit is a named failure."""
    (entry,) = find_entries(["-"], stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert ("<stdin>", "too large (over the limit of 1000 bytes)") == (entry.label, entry.error)


def test_read_source_html_page(tmp_path: Path) -> None:
    """read_source turns an HTML page into its article with title, URL and date."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Новость</title><link rel=canonical href='https://e.org/n'>"
        "<meta name='date' content='2025-11-18'></head><body><article><p>" + RU + "</p></article></body></html>",
        encoding="utf-8",
    )
    source = read_source(page)
    assert (RU, "Новость", "https://e.org/n", dt.date(2025, 11, 18)) == (
        source.text,
        source.title,
        source.url,
        source.published,
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("big.txt", b"a" * 2048, "too large (2.0 KB, the limit is 1.0 KB)"),
        ("bin.txt", b"\x00\x01\x02" * 100, "not text (binary data)"),
        (
            "feed.jsonl",
            b'{"text": "x"}\n',
            "holds JSON documents: read it with find_entries() or the sco-brief command",
        ),
    ],
)
def test_read_source_errors_name_the_file(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    """Every refusal is one InputError naming the file and the problem."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_source(path, max_bytes=1024)
    assert f"{path}: {expected}" == str(caught.value)


def test_read_source_folder_and_missing(tmp_path: Path) -> None:
    """A folder or a missing path given to read_source is refused by name."""
    with pytest.raises(InputError) as folder:
        read_source(tmp_path)
    with pytest.raises(InputError) as missing:
        read_source(tmp_path / "nope.txt")
    assert (f"{tmp_path}: is a folder", f"{tmp_path / 'nope.txt'}: not found") == (
        str(folder.value),
        str(missing.value),
    )
