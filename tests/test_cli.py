"""The sco-brief command through click's CliRunner: exit codes, inputs, outputs, errors."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

import sco_brief
from sco_brief import pipeline
from sco_brief.cli import cli
from sco_brief.errors import ExportError, InputError
from sco_brief.export import docx as docx_export
from sco_brief.export import xlsx as xlsx_export
from sco_brief.ingest import check_text, make_source
from sco_brief.model import Meeting
from sco_brief.serialize import from_json
from tests.strategies import json_records

RU = (
    "Председатель правительства принял участие в заседании совета глав правительств государств. "
    "Товарооборот между странами вырос на 15 процентов за 2024 год."
)
EN = "The prime minister took part in the meeting of the council. Trade grew by 15 percent in 2024."
JSON_ONLY = ["--no-docx", "--no-xlsx", "--json"]


@pytest.fixture(autouse=True)
def stub_pipeline(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the command, so extraction is a plain Source-to-Meeting step.

    Tests that take the ``real_pipeline`` fixture run the real extractors instead.
    """
    if "real_pipeline" in request.fixturenames:
        return

    def plain(text: str, **kwargs: Any) -> Meeting:
        return Meeting(sources=(make_source(text, **kwargs),))

    monkeypatch.setattr(pipeline, "extract", plain)


@pytest.fixture
def real_pipeline() -> None:
    """Marks a test that runs the real extractors."""


def run(*args: str | os.PathLike[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, [os.fspath(a) for a in args], input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "release.txt"
    path.parent.mkdir()
    path.write_text(RU, encoding="utf-8")
    return path


@pytest.fixture
def fake_exporters(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """DOCX/XLSX writers that record calls and write a marker, so CLI tests do not wait on them."""
    calls: list[tuple[str, int]] = []

    def fake_docx(meeting: Meeting, path: Any, **kwargs: Any) -> Path:
        calls.append(("docx", 1))
        return _marker(path, kwargs.get("overwrite", False))

    def fake_xlsx(meetings: Any, path: Any, *, overwrite: bool = False) -> Path:
        target = _marker(path, overwrite)  # like atomic_write: refuse before reading the meetings
        calls.append(("xlsx", len(list(meetings))))
        return target

    monkeypatch.setattr(docx_export, "write_docx", fake_docx)
    monkeypatch.setattr(xlsx_export, "write_xlsx", fake_xlsx)
    yield calls


def _marker(path: Any, overwrite: bool) -> Path:
    target = Path(path)
    if target.exists() and not overwrite:
        raise ExportError(f"{target}: already exists")
    target.write_text("marker", encoding="utf-8")
    return target


@pytest.mark.parametrize("command", [[], ["brief"], ["extract"], ["demo"]])
def test_help_has_examples(command: list[str]) -> None:
    """--help works on every command and shows examples."""
    result = run(*command, "--help")
    assert (0, True) == (result.exit_code, "Examples:" in result.stdout)


@pytest.mark.parametrize("command", [[], ["brief"], ["extract"], ["demo"]])
def test_version_on_every_command(command: list[str]) -> None:
    """--version works on the group and on each command."""
    result = run(*command, "--version")
    assert (0, f"sco-brief, version {sco_brief.__version__}\n") == (result.exit_code, result.stdout)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["brief"], "Missing argument"),
        (["extract"], "Missing argument"),
        (["brief", "x.txt", "--lang", "de"], "Invalid value for '--lang'"),
        (["brief", "x.txt", "--published", "18.11.2025"], "Invalid value for '--published'"),
        (["brief", "x.txt", "--jobs", "-1"], "Invalid value for '-j' / '--jobs'"),
        (["brief", "x.txt", "--max-size", "0"], "Invalid value for '--max-size'"),
        (["brief", "x.txt", "--template", "missing.docx"], "Invalid value for '--template'"),
        (["brief", "x.txt", "--merge", "--no-xlsx"], "--merge writes a workbook"),
        (["brief", "x.txt", "--no-docx", "--no-xlsx"], "nothing to write"),
        (["brief", "x.txt", "-o", __file__], "Invalid value for '-o' / '--outdir'"),
        (["brief", "x.txt", "--brief-lang", "de"], "Invalid value for '--brief-lang'"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(args: list[str], expected: str) -> None:
    """Mistakes in the command line exit 2 with click's usage message."""
    result = run(*args)
    assert (2, True) == (result.exit_code, expected in result.stderr)


def test_brief_writes_json_and_summary(article: Path, tmp_path: Path) -> None:
    """A good input exits 0, writes OUTDIR/<stem>.json holding its Meeting, and prints a summary."""
    out = tmp_path / "out"
    result = run("brief", article, "-o", out, *JSON_ONLY)
    assert (0, "") == (result.exit_code, result.stderr)
    meeting = from_json((out / "release.json").read_text(encoding="utf-8"))
    assert RU == meeting.sources[0].text
    assert "documents" in result.stdout and "files written" in result.stdout


def test_no_overwrite_without_force(article: Path, tmp_path: Path) -> None:
    """A second run refuses to replace outputs (exit 1, file untouched); --force replaces them."""
    out = tmp_path / "out"
    assert 0 == run("brief", article, "-o", out, *JSON_ONLY).exit_code
    target = out / "release.json"
    target.write_text("edited by an analyst", encoding="utf-8")
    again = run("brief", article, "-o", out, *JSON_ONLY)
    assert (1, "edited by an analyst") == (again.exit_code, target.read_text(encoding="utf-8"))
    assert f"error: {article}: {target}: already exists" in again.stderr
    forced = run("brief", article, "-o", out, *JSON_ONLY, "--force")
    assert (0, RU) == (forced.exit_code, from_json(target.read_text(encoding="utf-8")).sources[0].text)


def test_hostile_folder_names_each_failure_and_writes_the_rest(tmp_path: Path) -> None:
    """Binary, empty and 30 MB files and a symlink loop fail by name; the good file is still written."""
    folder = tmp_path / "hostile"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(RU, encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "noext").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(500))
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as big:
        big.truncate(30 * 1024 * 1024)
    os.symlink("..", folder / "sub" / "loop")
    out = tmp_path / "out"
    result = run("brief", folder, "-o", out, *JSON_ONLY)
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    expected = [
        f"error: {folder / 'binary.txt'}: not text (binary data)",
        f"error: {folder / 'empty.txt'}: empty",
        f"error: {folder / 'huge.txt'}: too large (30.0 MB, the limit is 20.0 MB)",
        f"error: {folder / 'noext'}: not text (binary data)",
    ]
    assert (1, expected) == (result.exit_code, errors)
    assert ["good.json"] == sorted(p.name for p in out.iterdir())


def test_max_size_is_configurable(article: Path, tmp_path: Path) -> None:
    """--max-size lowers the limit: a 200-byte file fails under 0.0001 MB."""
    result = run("brief", article, "-o", tmp_path / "out", *JSON_ONLY, "--max-size", "0.0001")
    assert (1, True) == (result.exit_code, "too large" in result.stderr)


def test_not_found_is_named_and_others_still_run(article: Path, tmp_path: Path) -> None:
    """A missing input fails by name (exit 1) and the other inputs are still written."""
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = run("brief", missing, article, "-o", out, *JSON_ONLY)
    assert (1, True, True) == (
        result.exit_code,
        f"error: {missing}: not found" in result.stderr,
        (out / "release.json").is_file(),
    )


def test_empty_folder_has_no_documents(tmp_path: Path) -> None:
    """An input with no documents at all is an error, not a silent success."""
    (tmp_path / "empty").mkdir()
    result = run("brief", tmp_path / "empty", "-o", tmp_path / "out", *JSON_ONLY)
    assert (1, "error: no documents found in the inputs\n") == (result.exit_code, result.stderr)


def test_same_stems_get_unique_outputs(tmp_path: Path) -> None:
    """Two inputs named alike write a.json and a-2.json, in input order."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"{folder}: {RU}", encoding="utf-8")
    out = tmp_path / "out"
    assert 0 == run("brief", tmp_path / "x", tmp_path / "y", "-o", out, *JSON_ONLY).exit_code
    texts = [from_json((out / name).read_text(encoding="utf-8")).sources[0].text[:2] for name in ("a.json", "a-2.json")]
    assert ["x:", "y:"] == texts


def test_exporter_error_fails_that_input_and_keeps_going(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ExportError from the DOCX writer is a named failure; the JSON is still written."""

    def broken(*_args: Any, **_kwargs: Any) -> Path:
        raise ExportError("the DOCX exporter is not built yet")

    monkeypatch.setattr(docx_export, "write_docx", broken)
    out = tmp_path / "out"
    result = run("brief", article, "-o", out, "--no-xlsx", "--json")
    expected_error = f"error: {article}: {out / 'release.docx'}: the DOCX exporter is not built yet"
    assert (1, True, True) == (result.exit_code, expected_error in result.stderr, (out / "release.json").is_file())


@pytest.mark.parametrize(
    ("error", "expected_line", "expected_traceback"),
    [
        (sco_brief.InputError("the template is not a Word document"), "the template is not a Word document", False),
        (ZeroDivisionError("oops"), "internal error (ZeroDivisionError: oops); --debug shows the traceback", True),
    ],
)
def test_writer_failures_cost_that_file_only(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    expected_line: str,
    expected_traceback: bool,
) -> None:
    """Any error of a writer fails that input by name; the JSON is written; a bug's traceback needs --debug."""

    def broken(*_args: Any, **_kwargs: Any) -> Path:
        raise error

    monkeypatch.setattr(docx_export, "write_docx", broken)
    out = tmp_path / "out"
    plain = run("brief", article, "-o", out, "--no-xlsx", "--json")
    debug = run("brief", article, "-o", out, "--no-xlsx", "--json", "--force", "--debug")
    assert f"error: {article}: {out / 'release.docx'}: {expected_line}\n" in plain.stderr
    assert (1, 1, False, expected_traceback) == (
        plain.exit_code,
        debug.exit_code,
        "Traceback" in plain.stderr,
        "Traceback" in debug.stderr,
    )
    assert (out / "release.json").is_file()


def test_brief_writes_docx_and_xlsx_per_input(article: Path, tmp_path: Path, fake_exporters: list[Any]) -> None:
    """By default each input gets a .docx and an .xlsx named after it."""
    out = tmp_path / "out"
    result = run("brief", article, "-o", out)
    assert (0, ["release.docx", "release.xlsx"]) == (result.exit_code, sorted(p.name for p in out.iterdir()))


def test_merge_writes_one_workbook(tmp_path: Path, fake_exporters: list[tuple[str, int]]) -> None:
    """--merge writes meetings.xlsx with every meeting instead of one workbook each."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": RU}) for i in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("brief", feed, "-o", out, "--merge", "--no-docx")
    assert (0, [("xlsx", 3)], ["meetings.xlsx"]) == (
        result.exit_code,
        fake_exporters,
        sorted(p.name for p in out.iterdir()),
    )


def test_merge_refuses_an_existing_workbook_before_any_work(
    tmp_path: Path, fake_exporters: list[tuple[str, int]]
) -> None:
    """An existing meetings.xlsx without --force fails at once (exit 1), before any input is read."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": RU}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "meetings.xlsx").write_text("an analyst's edits", encoding="utf-8")
    result = run("brief", feed, "-o", out, "--merge")
    assert (1, [], ["meetings.xlsx"]) == (result.exit_code, fake_exporters, sorted(p.name for p in out.iterdir()))
    assert f"error: merged workbook: {out / 'meetings.xlsx'}: already exists" in result.stderr


@pytest.mark.parametrize(("args", "expected_lang"), [([], "en"), (["--brief-lang", "ru"], "ru")])
def test_template_and_language_reach_the_docx_writer(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], expected_lang: str
) -> None:
    """--template FILE.docx and --brief-lang are passed to write_docx."""
    seen: list[Any] = []
    template = tmp_path / "house.docx"
    template.write_bytes(b"PK")
    monkeypatch.setattr(docx_export, "write_docx", lambda m, p, **kw: seen.append(kw) or Path(p))
    result = run("brief", article, "-o", tmp_path / "out", "--no-xlsx", "--template", template, *args)
    assert (0, [(template, expected_lang)]) == (result.exit_code, [(kw["template"], kw["lang"]) for kw in seen])


def _extract_lines(result: Result) -> list[dict[str, Any]]:
    # JSON Lines end at "\n" only: a U+2028 or U+0085 inside a string is not a line break.
    return [json.loads(line) for line in result.stdout.split("\n") if line]


def test_extract_stdin_jsonl(tmp_path: Path) -> None:
    """'-' reads JSON Lines from stdin and prints one Meeting per line, ids kept."""
    feed = "".join(json.dumps({"id": f"n{i}", "text": RU}) + "\n" for i in range(3)).encode()
    result = run("extract", "-", stdin=feed)
    assert (0, ["n0", "n1", "n2"]) == (result.exit_code, [m["sources"][0]["id"] for m in _extract_lines(result)])


def test_extract_stdin_plain_text() -> None:
    """Plain text on stdin is one document."""
    result = run("extract", "-", stdin=RU.encode("koi8_r"))
    assert (0, [RU]) == (result.exit_code, [m["sources"][0]["text"] for m in _extract_lines(result)])


def test_extract_bad_line_is_named_and_the_rest_printed(tmp_path: Path) -> None:
    """A broken JSON line is one named failure (exit 1); the other lines still come out."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f"{json.dumps({'text': RU})}\n{{oops\n{json.dumps({'text': EN})}\n", encoding="utf-8")
    result = run("extract", feed)
    assert (1, 2) == (result.exit_code, len(_extract_lines(result)))
    assert f"error: {feed}:2: not valid JSON" in result.stderr


def test_extract_jobs_keeps_input_order(tmp_path: Path, real_pipeline: None) -> None:
    """--jobs 2 runs in processes and still prints results in input order."""
    feed = tmp_path / "feed.jsonl"
    texts = [RU * (1 + (i * 7) % 5) for i in range(10)]
    feed.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8"
    )
    result = run("extract", feed, "--jobs", "2")
    ids = [m["sources"][0]["id"] for m in _extract_lines(result)]
    assert (0, [str(i) for i in range(10)]) == (result.exit_code, ids)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8_r"]


def test_encoding_matrix_gives_identical_json(tmp_path: Path, real_pipeline: None) -> None:
    """The same Russian text saved in each encoding gives byte-identical JSON."""
    outputs = set()
    for encoding in ENCODINGS:
        path = tmp_path / encoding / "release.txt"
        path.parent.mkdir()
        path.write_bytes(RU.encode(encoding))
        result = run("extract", path)
        assert (encoding, 0) == (encoding, result.exit_code)
        outputs.add(result.stdout)
    assert 1 == len(outputs)


def test_every_input_type(tmp_path: Path) -> None:
    """Text, HTML, JSON Lines, JSON, a folder and stdin all become meetings, in order."""
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text(RU, encoding="cp1251")
    html = f"<html><head><title>Новость</title></head><body><article><p>{RU}</p></article></body></html>"
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "j", "text": EN}) + "\n", encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": EN}), encoding="utf-8")
    names = ["dir", "page.html", "feed.jsonl", "one.json", "-"]
    result = run("extract", *[tmp_path / n if n != "-" else n for n in names], stdin=RU.encode("utf-16"))
    sources = [m["sources"][0] for m in _extract_lines(result)]
    expected = [("a", "ru"), ("page", "ru"), ("j", "en"), ("o", "en"), ("stdin", "ru")]
    assert (0, expected) == (result.exit_code, [(s["id"], s["lang"]) for s in sources])
    assert "Новость" == sources[1]["title"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["--published", "2025-11-18"], ("2025-11-18", "ru")), (["--lang", "en"], (None, "en"))],
)
def test_published_and_lang_reach_the_source(article: Path, args: list[str], expected: tuple[Any, str]) -> None:
    """--published and --lang are handed to extract()."""
    result = run("extract", article, *args)
    source = _extract_lines(result)[0]["sources"][0]
    assert expected == (source["published"], source["lang"])


def test_verbose_names_encodings_and_skips(tmp_path: Path) -> None:
    """--verbose says which encoding a file was in and which files were skipped."""
    (tmp_path / "a.txt").write_bytes(RU.encode("koi8_r"))
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    result = run("extract", tmp_path, "--verbose")
    assert f"{tmp_path / 'a.txt'}: read as koi8_r" in result.stderr
    assert f"skipped {tmp_path / 'b.pdf'}: not a supported type (.pdf)" in result.stderr


def _explode(*_args: Any, **_kwargs: Any) -> Meeting:
    raise RuntimeError("boom")


@pytest.mark.parametrize(("debug", "expected_traceback"), [([], False), (["--debug"], True)])
def test_internal_errors_are_one_line_unless_debug(
    article: Path, monkeypatch: pytest.MonkeyPatch, debug: list[str], expected_traceback: bool
) -> None:
    """An extractor bug fails that input in one line; --debug adds the traceback."""
    monkeypatch.setattr(pipeline, "extract", _explode)
    result = run("extract", article, *debug)
    assert f"error: {article}: internal error (RuntimeError: boom)" in result.stderr
    assert (1, expected_traceback) == (result.exit_code, "Traceback" in result.stderr)


def test_reader_bug_costs_one_input(article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug while reading one input fails that input by name; the next input is still done."""
    from sco_brief import _cli_run

    real = _cli_run.load_entry

    def flaky(entry: Any, **kwargs: Any) -> Any:
        if entry.label.endswith("bad.txt"):
            raise RuntimeError("reader bug")
        return real(entry, **kwargs)

    monkeypatch.setattr(_cli_run, "load_entry", flaky)
    bad = tmp_path / "bad.txt"
    bad.write_text(RU, encoding="utf-8")
    result = run("extract", bad, article)
    assert (1, 1) == (result.exit_code, len(_extract_lines(result)))
    assert (
        f"error: {bad}: internal error (RuntimeError: reader bug); --debug shows the traceback\n"
        == result.stderr.split("sco-brief:")[0]
    )


def test_ctrl_c_exits_130_without_partial_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A KeyboardInterrupt mid-batch exits 130 and leaves only complete outputs."""
    calls: list[int] = []
    real = pipeline.extract  # the stub: this test is about stopping, not extracting

    def interrupt_second(text: str, **kwargs: Any) -> Meeting:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "extract", interrupt_second)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": str(i), "text": RU}) + "\n" for i in range(3)), encoding="utf-8")
    out = tmp_path / "out"
    result = run("brief", feed, "-o", out, *JSON_ONLY)
    assert (130, ["feed-0.json"]) == (result.exit_code, sorted(p.name for p in out.iterdir()))
    assert "interrupted" in result.stderr


def test_demo_writes_three_files_and_refuses_to_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_exporters: list[Any]
) -> None:
    """demo writes the briefing, workbook and JSON of the seed, shows a table, and needs --force to rerun."""
    monkeypatch.chdir(tmp_path)
    first = run("demo")
    files = sorted(p.suffix for p in (tmp_path / "sco-brief-demo").iterdir())
    assert (0, [".docx", ".json", ".xlsx"]) == (first.exit_code, files)
    assert "What sco-brief found" in first.stdout
    assert 1 == run("demo").exit_code
    assert 0 == run("demo", "--force").exit_code


@pytest.mark.parametrize(
    ("reserved", "stems", "expected"),
    [
        ([], ["a", "b", "a", "a"], ["a", "b", "a-2", "a-3"]),
        ([], ["Report", "report"], ["Report", "report-2"]),
        ([], ["a", "a-2", "a"], ["a", "a-2", "a-3"]),
        (["meetings"], ["meetings", "x"], ["meetings-2", "x"]),
    ],
)
def test_stems_are_unique_in_input_order(reserved: list[str], stems: list[str], expected: list[str]) -> None:
    """Output names repeat-proof, case-insensitively, and clear of the merged workbook's name."""
    from sco_brief._cli_output import Stems

    claimer = Stems(reserved=reserved)
    assert expected == [claimer.claim(stem) for stem in stems]


@settings(max_examples=25)
@given(
    st.lists(st.one_of(json_records.map(lambda r: json.dumps(r, ensure_ascii=False)), st.text(max_size=30)), max_size=8)
)
def test_extract_prints_each_good_line_once_in_order(lines: list[str]) -> None:
    """For any feed, good lines come out in order, each bad line is one error, and the exit code agrees."""
    feed = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    expected_texts = [record["text"] for record in map(_good_record, feed) if record is not None]
    # Blank means JSON whitespace only: a line of no-break spaces is a broken line, not an empty one.
    bad = sum(1 for line in feed if line.strip(" \t\r\n")) - len(expected_texts)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "feed.jsonl")
        path.write_text("\n".join(feed) + "\n", encoding="utf-8")
        result = run("extract", path)
    texts = [m["sources"][0]["text"] for m in _extract_lines(result)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    # A feed with no lines at all is one error: no documents.
    assert (expected_texts, bad or int(not expected_texts)) == (texts, len(errors))
    assert (0 if bad == 0 and expected_texts else 1) == result.exit_code


def _good_record(line: str) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None
    try:
        check_text(record["text"])  # the documented rules for a usable text: not blank, not binary
    except InputError:
        return None
    return record


@pytest.mark.parametrize(("in_cwd", "expected"), [(True, "cwd"), (False, "installed")])
def test_find_seed_prefers_the_working_folder_then_the_installed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_cwd: bool, expected: str
) -> None:
    """demo reads ./seeds/ first, then <prefix>/share/sco-brief/seeds/ as `pip install .` puts it."""
    import sysconfig

    from sco_brief import _cli_demo

    places = {"cwd": tmp_path / "work" / "seeds", "installed": tmp_path / "prefix" / "share" / "sco-brief" / "seeds"}
    for name, wanted in (("cwd", in_cwd), ("installed", True)):
        places[name].mkdir(parents=True)
        if wanted:
            (places[name] / _cli_demo.SEED_NAME).write_text(RU, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    real_get_path = sysconfig.get_path
    monkeypatch.setattr(
        sysconfig, "get_path", lambda name, *a, **k: str(tmp_path / "prefix") if name == "data" else real_get_path(name)
    )
    assert places[expected] / _cli_demo.SEED_NAME == _cli_demo.find_seed()
