"""The ``sco-brief`` command: briefings, workbooks and JSON from articles on the command line.

Exit codes: 0 all inputs done, 1 some input failed (the rest are still written), 2 usage
error, 130 interrupted. Errors are one line naming the file; tracebacks only with --debug.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click

from sco_brief import __version__
from sco_brief._cli_common import CONTEXT, common_options, guarded
from sco_brief._cli_demo import demo
from sco_brief._cli_output import MERGED_NAME, Problem, Reporter, Stems, Tally, Targets, write_merged, write_outputs
from sco_brief._cli_run import Options, Outcome, run_entries
from sco_brief.ingest import find_entries
from sco_brief.model import Meeting

__all__ = ["cli", "main"]


def _options(lang: str, published: dt.datetime | None, max_size: float) -> Options:
    return Options(
        lang=None if lang == "auto" else lang,
        published=published.date() if published is not None else None,
        max_bytes=int(max_size * 1024 * 1024),
    )


def _jobs(jobs: int) -> int:
    return jobs or os.cpu_count() or 1


@click.group(context_settings=CONTEXT, epilog="Run 'sco-brief COMMAND --help' for the options and examples.")
@click.version_option(__version__, "--version", prog_name="sco-brief")
def cli() -> None:
    """Briefings, figure sheets and JSON from press releases about SCO meetings.

    \b
    Examples:
      sco-brief demo                               # try it on the bundled release
      sco-brief brief articles/ -o out/            # a .docx and .xlsx per article
      sco-brief brief articles/ -o out/ --merge    # one workbook across all articles
      sco-brief extract feed.jsonl > meetings.jsonl
    """


@cli.command(context_settings=CONTEXT, short_help="Briefing, workbook and JSON files for each input.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    default=Path("."),
    show_default=True,
    help="Folder for the outputs (created if missing).",
)
@click.option("--docx/--no-docx", default=True, show_default=True, help="Write a Word briefing per input.")
@click.option("--xlsx/--no-xlsx", default=True, show_default=True, help="Write a workbook of figures per input.")
@click.option("--json", "json_", is_flag=True, help="Also write the model as JSON per input.")
@click.option("--merge", is_flag=True, help="One workbook, meetings.xlsx, across all inputs instead of one each.")
@click.option(
    "--template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE.docx",
    help="Word template (styles, letterhead) for the briefings.",
)
@click.option(
    "--brief-lang",
    type=click.Choice(["en", "ru"]),
    default="en",
    show_default=True,
    help="Language of the briefing's headings and labels (quotes stay as written).",
)
@click.option("--force", is_flag=True, help="Overwrite outputs that already exist.")
@common_options
@guarded
def brief(
    inputs: tuple[str, ...],
    outdir: Path,
    docx: bool,
    xlsx: bool,
    json_: bool,
    merge: bool,
    template: Path | None,
    brief_lang: str,
    force: bool,
    lang: str,
    published: dt.datetime | None,
    jobs: int,
    max_size: float,
    verbose: bool,
    debug: bool,
) -> None:
    """Write a briefing (.docx), a workbook (.xlsx) and optionally JSON for each INPUT.

    INPUT is a text file (UTF-8, UTF-16, cp1251, koi8-r), an HTML page, a JSON Lines file
    (one article per line: text, and optionally id, title, url, published), a folder (read
    recursively), or - for stdin. Existing outputs are kept unless --force is given.

    \b
    Examples:
      sco-brief brief release.txt                       # ./release.docx and ./release.xlsx
      sco-brief brief articles/ -o out/ --json          # also out/<name>.json
      sco-brief brief feed.jsonl -o out/ --merge -j 2   # one out/meetings.xlsx, two workers
      sco-brief brief page.html --published 2025-11-18 --template house.docx
    """
    targets = _targets(
        Targets(
            outdir=outdir,
            docx=docx,
            xlsx=xlsx,
            json=json_,
            merge=merge,
            template=template,
            brief_lang=brief_lang,
            force=force,
        )
    )
    reporter = Reporter(verbose=verbose, debug=debug)
    tally = Tally()
    outcomes = _outcomes(inputs, _options(lang, published, max_size), _jobs(jobs), reporter)
    with reporter.progress("Reading articles") as advance:
        meetings = _briefed(outcomes, targets, tally, reporter, advance)
        if targets.merge:
            # The workbook pulls meetings one by one, so a merged batch is never held in memory.
            written, problems = write_merged(meetings, targets)
            tally.merge_failed = bool(problems)
            _record_writes("merged workbook", written, problems, tally, reporter)
        else:
            collections.deque(meetings, maxlen=0)
    _finish(tally, reporter, targets.outdir)


def _briefed(
    outcomes: Iterable[Outcome], targets: Targets, tally: Tally, reporter: Reporter, advance: Callable[[], None]
) -> Iterator[Meeting]:
    """Count and report each outcome in order, write its own files, and yield its meeting."""
    # With --merge, no input may write a workbook of the merged one's name.
    stems = Stems(reserved=[Path(MERGED_NAME).stem] if targets.merge else [])
    for outcome in outcomes:
        advance()
        stem = stems.claim(outcome.stem)
        if _count(outcome, tally, reporter) and outcome.meeting is not None:
            written, problems = write_outputs(outcome.meeting, stem, targets)
            _record_writes(outcome.label, written, problems, tally, reporter)
            tally.failed += bool(problems)
            yield outcome.meeting


def _targets(targets: Targets) -> Targets:
    """Check the combination of output options and make the output folder."""
    ctx = click.get_current_context()
    if targets.merge and not targets.xlsx:
        raise click.UsageError("--merge writes a workbook: it cannot be combined with --no-xlsx", ctx)
    if not (targets.docx or targets.xlsx or targets.json):
        raise click.UsageError("nothing to write: --no-docx and --no-xlsx without --json", ctx)
    try:
        targets.outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.UsageError(f"cannot create the output folder {targets.outdir}: {exc.strerror or exc}", ctx) from exc
    return targets


def _outcomes(inputs: tuple[str, ...], options: Options, jobs: int, reporter: Reporter) -> Iterator[Outcome]:
    stdin = sys.stdin.buffer if "-" in inputs else None
    entries = find_entries(
        inputs,
        max_bytes=options.max_bytes,
        stdin=stdin,
        on_skip=lambda path, why: reporter.note(f"skipped {path}: {why}"),
    )
    return run_entries(entries, options, jobs=jobs)


def _count(outcome: Outcome, tally: Tally, reporter: Reporter) -> bool:
    """Count and report one outcome; True when it produced a meeting."""
    tally.documents += 1
    if outcome.encoding is not None:
        reporter.note(f"{outcome.label}: read as {outcome.encoding}")
    for note in outcome.notes:
        reporter.note(f"{outcome.label}: {note}")
    if outcome.meeting is None:
        tally.failed += 1
        reporter.error(outcome.error or f"{outcome.label}: failed", outcome.trace)
        return False
    tally.add(outcome.meeting)
    return True


def _record_writes(label: str, written: list[Path], problems: list[Problem], tally: Tally, reporter: Reporter) -> None:
    """Count and report the files written for one input (or the merged workbook) and the problems."""
    tally.files.extend(written)
    for path in written:
        reporter.note(f"{label}: wrote {path}")
    for problem in problems:
        reporter.error(f"{label}: {problem.message}", problem.trace)


def _finish(tally: Tally, reporter: Reporter, outdir: Path | None, *, summary: bool = True) -> None:
    if tally.documents == 0:  # nothing read: the reason is already on stderr when the workbook refused
        if not tally.merge_failed:
            reporter.error("no documents found in the inputs")
        sys.exit(1)
    if summary:
        reporter.summary(tally, outdir)
    if tally.failed:
        reporter.err.print(f"sco-brief: {tally.failed} of {tally.documents} inputs failed", markup=False)
    if tally.failed or tally.merge_failed:
        sys.exit(1)


@cli.command(context_settings=CONTEXT, short_help="Meetings as JSON Lines on stdout, one per input.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@common_options
@guarded
def extract(
    inputs: tuple[str, ...],
    lang: str,
    published: dt.datetime | None,
    jobs: int,
    max_size: float,
    verbose: bool,
    debug: bool,
) -> None:
    """Print one JSON Meeting per line (JSON Lines) for each INPUT; - reads stdin.

    Inputs are read as by 'sco-brief brief'. Failures go to stderr, one line each, and the
    exit code is 1 if any input failed. A JSON Lines feed is streamed, not loaded whole.

    \b
    Examples:
      sco-brief extract release.txt > meeting.jsonl
      cat feed.jsonl | sco-brief extract - -j 2 > meetings.jsonl
      sco-brief extract articles/ | jq -r '.metrics[].evidence.quote'
    """
    from sco_brief.serialize import to_json

    reporter = Reporter(verbose=verbose, debug=debug, summary_to_stderr=True)
    tally = Tally()
    stdout = sys.stdout.buffer
    with reporter.progress("Extracting") as advance:
        for outcome in _outcomes(inputs, _options(lang, published, max_size), _jobs(jobs), reporter):
            advance()
            if _count(outcome, tally, reporter) and outcome.meeting is not None:
                stdout.write(to_json(outcome.meeting, indent=None).encode("utf-8") + b"\n")
                stdout.flush()
    _finish(tally, reporter, None, summary=verbose)


cli.add_command(demo)


def main() -> None:
    """Entry point of the ``sco-brief`` script."""
    cli.main(prog_name="sco-brief")
