"""The README's Python example runs as written, and its commands match CI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_example_runs(tmp_path: Path) -> None:
    """The ```python block works from a folder holding the seeds, and writes what it says."""
    code = re.search(r"```python\n(.*?)```", README, re.S)
    assert code is not None
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    script = tmp_path / "example.py"
    script.write_text(code.group(1), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert 0 == done.returncode, done.stderr
    assert done.stdout.startswith("sco.heads_of_government 24 expanded")
    assert (tmp_path / "brief.docx").stat().st_size > 0
    assert (tmp_path / "figures.xlsx").stat().st_size > 0


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the test command the README gives a newcomer."""
    commands = re.findall(r"```sh\n(python3 -m venv .*?)\n```", README)
    assert 2 == len(commands)
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
