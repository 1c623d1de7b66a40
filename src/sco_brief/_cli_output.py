"""What the command writes and shows: output files per meeting, progress, errors, the summary.

Messages are single lines naming the input and the problem; the progress bar and the
messages share one stderr console, so messages print above the bar instead of through it.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sco_brief.errors import ScoBriefError
from sco_brief.model import Meeting

__all__ = ["MERGED_NAME", "Problem", "Reporter", "Stems", "Tally", "Targets", "write_merged", "write_outputs"]

MERGED_NAME = "meetings.xlsx"


@attrs.frozen(kw_only=True)
class Targets:
    """Which files to write for each meeting, and where."""

    outdir: Path
    docx: bool = True
    xlsx: bool = True
    json: bool = False
    merge: bool = False
    template: Path | None = None
    brief_lang: str = "en"
    force: bool = False


class Stems:
    """Hands out output stems, making repeats unique (``a``, ``a-2``...) in input order."""

    def __init__(self, *, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = {stem.casefold() for stem in reserved}

    def claim(self, stem: str) -> str:
        """Return ``stem`` or the first free ``stem-N``; case-insensitive, as some file systems are."""
        candidate, n = stem, 1
        while candidate.casefold() in self._taken:
            n += 1
            candidate = f"{stem}-{n}"
        self._taken.add(candidate.casefold())
        return candidate


@attrs.frozen(kw_only=True)
class Problem:
    """One output that could not be written: a one-line message naming it, and a traceback for a bug."""

    message: str
    trace: str | None = None


def write_outputs(meeting: Meeting, stem: str, targets: Targets) -> tuple[list[Path], list[Problem]]:
    """Write the files of one meeting; return (paths written, problems)."""
    written: list[Path] = []
    problems: list[Problem] = []
    for suffix, write in _writers(meeting, targets):
        path = targets.outdir / f"{stem}{suffix}"
        try:
            written.append(write(path))
        except Exception as exc:  # any failure costs this file only; see _problem
            problems.append(_problem(path, exc))
    return written, problems


def write_merged(meetings: Iterable[Meeting], targets: Targets) -> tuple[list[Path], list[Problem]]:
    """Write the one workbook of ``--merge``, pulling ``meetings`` as it goes."""
    from sco_brief.export.xlsx import write_xlsx

    path = targets.outdir / MERGED_NAME
    try:
        return [write_xlsx(meetings, path, overwrite=targets.force)], []
    except Exception as exc:  # reported like any other output problem
        return [], [_problem(path, exc)]


def _problem(path: Path, exc: Exception) -> Problem:
    """Our errors (exists, template unusable, not built yet) are one line; a bug also keeps its traceback."""
    if isinstance(exc, ScoBriefError):
        message = str(exc)
        return Problem(message=message if message.startswith(str(path)) else f"{path}: {message}")
    detail = f"internal error ({type(exc).__name__}: {exc}); --debug shows the traceback"
    return Problem(message=f"{path}: {detail}", trace=traceback.format_exc())


def _writers(meeting: Meeting, targets: Targets) -> list[tuple[str, Callable[[Path], Path]]]:
    from sco_brief.export.docx import write_docx
    from sco_brief.export.json import write_json
    from sco_brief.export.xlsx import write_xlsx

    force = targets.force
    writers: list[tuple[str, Callable[[Path], Path]]] = []
    if targets.docx:
        writers.append(
            (
                ".docx",
                lambda p: write_docx(meeting, p, template=targets.template, lang=targets.brief_lang, overwrite=force),
            )
        )
    if targets.xlsx and not targets.merge:
        writers.append((".xlsx", lambda p: write_xlsx([meeting], p, overwrite=force)))
    if targets.json:
        writers.append((".json", lambda p: write_json(meeting, p, overwrite=force)))
    return writers


@attrs.define
class Tally:
    """Counts for the closing summary."""

    documents: int = 0
    failed: int = 0
    meetings: int = 0
    participants: int = 0
    initiatives: int = 0
    metrics: int = 0
    files: list[Path] = attrs.field(factory=list)
    merge_failed: bool = False

    def add(self, meeting: Meeting) -> None:
        """Count one extracted meeting (a text about no meeting counts as a document only)."""
        self.meetings += meeting.body is not None
        self.participants += len(meeting.participants)
        self.initiatives += len(meeting.initiatives)
        self.metrics += len(meeting.metrics)


class Reporter:
    """Progress bar, error lines and verbose notes on stderr; the summary on stdout."""

    def __init__(self, *, verbose: bool = False, debug: bool = False, summary_to_stderr: bool = False) -> None:
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)
        self.out = self.err if summary_to_stderr else Console(highlight=False, soft_wrap=True)
        self.verbose = verbose
        self.debug = debug

    @contextlib.contextmanager
    def progress(self, what: str) -> Iterator[Callable[[], None]]:
        """A progress bar that is silent when stderr is not a terminal; yields ``advance()``."""
        # Batches stream, so the total is unknown: a pulsing bar and a running count.
        columns = (
            SpinnerColumn(),
            TextColumn(what),
            BarColumn(),
            TextColumn("{task.completed} done"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.err, transient=True, disable=not self.err.is_terminal) as bar:
            task = bar.add_task(what, total=None)
            yield lambda: bar.advance(task)

    def error(self, message: str, trace: str | None = None) -> None:
        """One line naming the input and the problem; the traceback only with --debug."""
        self.err.print(f"error: {message}", markup=False)
        if self.debug and trace:
            self.err.print(trace.rstrip(), markup=False)

    def note(self, message: str) -> None:
        """A line shown only with --verbose."""
        if self.verbose:
            self.err.print(message, markup=False)

    def summary(self, tally: Tally, outdir: Path | None) -> None:
        """The closing table: documents, meetings found, metrics and the files written."""
        table = Table(title="sco-brief summary", show_header=False, title_justify="left")
        table.add_column("what")
        table.add_column("count", justify="right")
        rows = [
            ("documents", tally.documents),
            ("failed", tally.failed),
            ("meetings found", tally.meetings),
            ("participants", tally.participants),
            ("initiatives", tally.initiatives),
            ("metrics", tally.metrics),
        ]
        if outdir is not None:
            rows.append(("files written", len(tally.files)))
        for what, count in rows:
            table.add_row(what, str(count))
        self.out.print(table)
        if outdir is not None and tally.files:
            self.out.print(f"Files are in {outdir}", markup=False)
