"""The real entry points in subprocesses: the installed script, python -m, signals and pipes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sco_brief
from sco_brief.errors import ExportError
from sco_brief.ingest import make_source
from sco_brief.model import Meeting

RU = (
    "Председатель правительства принял участие в заседании совета глав правительств государств. "
    "Товарооборот между странами вырос на 15 процентов за 2024 год."
)
SCRIPT = Path(sys.executable).with_name("sco-brief")
MODULE = [sys.executable, "-m", "sco_brief"]
# A guard against a hung child, not a measurement: nothing asserts on time.
LIMIT = 120


def _run(args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=LIMIT, check=False)


def _line(i: int) -> bytes:
    return json.dumps({"id": f"n{i}", "text": RU}, ensure_ascii=False).encode() + b"\n"


@pytest.mark.parametrize("command", [[str(SCRIPT)], MODULE], ids=["script", "module"])
def test_entry_points_report_the_version(command: list[str]) -> None:
    """Both `sco-brief` and `python -m sco_brief` run and report the version."""
    if not Path(command[0]).exists():
        pytest.skip(f"the sco-brief script is not installed beside {sys.executable}")
    result = _run([*command, "--version"])
    assert (0, f"sco-brief, version {sco_brief.__version__}\n") == (result.returncode, result.stdout.decode())


def test_silent_stderr_when_not_a_terminal(tmp_path: Path) -> None:
    """With stderr not a terminal and nothing failing, no progress bar or noise appears on it."""
    article = tmp_path / "release.txt"
    article.write_text(RU, encoding="cp1251")
    result = _run([*MODULE, "brief", str(article), "-o", str(tmp_path / "out"), "--no-docx", "--no-xlsx", "--json"])
    assert (0, b"") == (result.returncode, result.stderr)
    assert (tmp_path / "out" / "release.json").is_file()


def test_stdin_pipe_to_extract() -> None:
    """JSON Lines piped into `extract -` come out as JSON Lines in the same order."""
    result = _run([*MODULE, "extract", "-"], stdin=b"".join(_line(i) for i in range(3)))
    ids = [json.loads(line)["sources"][0]["id"] for line in result.stdout.splitlines()]
    assert (0, ["n0", "n1", "n2"]) == (result.returncode, ids)


def _wait_for(predicate: object, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + LIMIT
    while not predicate() and proc.poll() is None and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.05)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_leaves_only_whole_files(tmp_path: Path, jobs: str) -> None:
    """SIGINT mid-batch (stdin still open) exits 130, prints no traceback, leaves no temp file."""
    out = tmp_path / "out"
    args = [*MODULE, "brief", "-", "-o", str(out), "--no-docx", "--no-xlsx", "--json", "--jobs", jobs]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(b"".join(_line(i) for i in range(4)))
    proc.stdin.flush()
    _wait_for(lambda: out.is_dir() and any(out.glob("*.json")), proc)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=LIMIT)
    assert (130, False) == (proc.returncode, b"Traceback" in stderr)
    for path in out.iterdir():
        assert (path.name, True) == (path.name, path.suffix == ".json" and not path.name.startswith("."))
        json.loads(path.read_text(encoding="utf-8"))


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """`sco-brief extract ... | head -1`: the reader leaving is no traceback."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"".join(_line(i) for i in range(300)))
    proc = subprocess.Popen([*MODULE, "extract", str(feed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.wait(timeout=LIMIT)
    assert (b'"n0"' in first, b"") == (True, stderr)


def _exporters_ready(tmp_path: Path) -> bool:
    meeting = Meeting(sources=(make_source(RU),))
    try:
        sco_brief.write_docx(meeting, tmp_path / "probe.docx")
        sco_brief.write_xlsx([meeting], tmp_path / "probe.xlsx")
    except ExportError:
        return False
    return True


def test_demo_from_any_folder(tmp_path: Path) -> None:
    """`sco-brief demo` run from an unrelated folder finds the seed and writes ./sco-brief-demo/."""
    expected_rc = 0 if _exporters_ready(tmp_path) else 1
    work = tmp_path / "work"
    work.mkdir()
    result = _run([*MODULE, "demo"], cwd=work)
    written = sorted(p.suffix for p in (work / "sco-brief-demo").iterdir())
    assert expected_rc == result.returncode, result.stderr.decode()
    assert ".json" in written and b"What sco-brief found" in result.stdout
    assert [".docx", ".json", ".xlsx"] == written or expected_rc == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_hostile_folder_through_the_script(tmp_path: Path) -> None:
    """The real process survives a symlink loop and a binary file, and names the failure."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(RU, encoding="utf-8")
    (folder / "bad.txt").write_bytes(bytes(range(256)) * 8)
    os.symlink(".", folder / "loop")
    result = _run([*MODULE, "extract", str(folder)])
    assert (1, 1) == (result.returncode, len(result.stdout.splitlines()))
    assert f"error: {folder / 'bad.txt'}: not text (binary data)".encode() in result.stderr
