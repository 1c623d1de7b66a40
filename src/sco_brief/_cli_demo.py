"""``sco-brief demo``: the whole job on the bundled seed release, to see what the tool does.

The seed ships beside the package as installed data (``share/sco-brief/seeds``), so the demo
works after a plain ``pip install .``; in a checkout it is read from ``./seeds``.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from sco_brief._cli_common import CONTEXT, guarded, version_option
from sco_brief._cli_output import Targets, write_outputs
from sco_brief._cli_run import Options, process_entry
from sco_brief.ingest import Entry
from sco_brief.model import Meeting

__all__ = ["SEED_NAME", "demo", "find_seed"]

SEED_NAME = "000_788ff53a8ccb1cf2.txt"
_DATA_DIR = Path("share", "sco-brief", "seeds")
_SHOWN = 6


def _seed_places() -> Iterator[Path]:
    yield Path.cwd() / "seeds"
    for scheme_path in (sysconfig.get_path("data"), sys.prefix, site.getuserbase()):
        yield Path(scheme_path) / _DATA_DIR
    # An editable install: the checkout the package was imported from.
    yield Path(__file__).resolve().parents[2] / "seeds"


def find_seed() -> Path | None:
    """The bundled seed release: ./seeds first, then the installed data, then the checkout."""
    for place in _seed_places():
        candidate = place / SEED_NAME
        if candidate.is_file():
            return candidate
    return None


@click.command(context_settings=CONTEXT, short_help="Run the whole job on the bundled seed release.")
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    default=Path("sco-brief-demo"),
    show_default=True,
    help="Folder for the briefing, the workbook and the JSON.",
)
@click.option("--force", is_flag=True, help="Overwrite the files of an earlier demo run.")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@version_option()
@guarded
def demo(outdir: Path, force: bool, debug: bool) -> None:
    """Run the main job on the bundled seed release and show what was found.

    Writes OUTDIR/<seed>.docx (the briefing), .xlsx (the figures) and .json (the model).

    \b
    Examples:
      sco-brief demo
      sco-brief demo -o /tmp/demo --force
    """
    seed = find_seed()
    if seed is None:
        raise click.ClickException(f"the bundled seed {SEED_NAME} was not found; reinstall sco_brief")
    outcome = process_entry(Entry(label=str(seed), stem=Path(SEED_NAME).stem, path=str(seed)), Options())
    if outcome.meeting is None:
        raise click.ClickException(outcome.error or "the seed could not be read")
    outdir.mkdir(parents=True, exist_ok=True)
    targets = Targets(outdir=outdir, json=True, force=force)
    written, problems = write_outputs(outcome.meeting, outcome.stem, targets)
    console = Console(highlight=False, soft_wrap=True)
    console.print(_found(outcome.meeting))
    for path in written:
        console.print(f"wrote {path}", markup=False)
    if written:
        console.print(f"The briefing, workbook and JSON are in {outdir}/", markup=False)
    for problem in problems:
        click.echo(f"error: {problem.message}", err=True)
        if debug and problem.trace:
            click.echo(problem.trace, err=True)
    if problems:
        sys.exit(1)


def _found(meeting: Meeting) -> Table:
    """A short table: the meeting, then the first participants and figures."""
    table = Table(title="What sco-brief found in the seed release", title_justify="left")
    table.add_column("what")
    table.add_column("found")
    date = meeting.start.isoformat() if meeting.start else "not stated"
    table.add_row("meeting", f"{meeting.body or 'not found'} #{meeting.ordinal or '-'} ({meeting.format or '-'})")
    table.add_row("city, date", f"{meeting.city or 'not stated'}, {date}")
    table.add_row("participants", str(len(meeting.participants)))
    table.add_row("initiatives", str(len(meeting.initiatives)))
    table.add_row("metrics", str(len(meeting.metrics)))
    for person in meeting.participants[:_SHOWN]:
        table.add_row("participant", f"{person.name} ({person.role}, {person.country or '-'})")
    for metric in meeting.metrics[:_SHOWN]:
        value = f"{metric.value.value} {metric.value.unit or ''}".strip()
        table.add_row("metric", f"{metric.subject}: {metric.kind} {value}")
    return table
