"""Pieces every ``sco-brief`` command shares: context settings, common options, the error guard."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sco_brief import __version__
from sco_brief.errors import ScoBriefError

__all__ = ["CONTEXT", "EXIT_INTERRUPTED", "common_options", "guarded", "version_option"]

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_INTERRUPTED = 130


def version_option() -> Callable[[F], F]:
    """``--version`` on every command, not only on the group."""
    return click.version_option(__version__, "--version", prog_name="sco-brief")


def common_options(func: F) -> F:
    """Options shared by every command that reads inputs."""
    options = [
        click.option(
            "--lang",
            type=click.Choice(["auto", "ru", "en"]),
            default="auto",
            show_default=True,
            help="Language of the inputs; auto detects it per document.",
        ),
        click.option(
            "--published",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            metavar="YYYY-MM-DD",
            help="Publication date for inputs whose metadata has none (resolves relative dates).",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Worker processes; 0 uses every core. Results keep the input order.",
        ),
        click.option(
            "--max-size",
            type=click.FloatRange(min=0, min_open=True),
            default=20.0,
            show_default=True,
            metavar="MB",
            help="Refuse documents (or JSON lines) larger than this many megabytes.",
        ),
        click.option(
            "-v", "--verbose", is_flag=True, help="Say which encoding each file was in, and what was skipped."
        ),
        click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors."),
        version_option(),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def guarded(func: F) -> F:
    """Turn Ctrl-C into exit 130 and stray errors into one line (a traceback only with --debug)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo("sco-brief: interrupted; no partial files were left", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except ScoBriefError as exc:
            _fail_hard(exc, kwargs.get("debug", False), str(exc), hint=False)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:
            _fail_hard(exc, kwargs.get("debug", False), f"internal error ({type(exc).__name__}: {exc})", hint=True)

    return wrapper  # type: ignore[return-value]


def _fail_hard(exc: BaseException, debug: object, message: str, *, hint: bool) -> None:
    if debug:
        raise exc
    click.echo(f"error: {message}" + ("; --debug shows the traceback" if hint else ""), err=True)
    sys.exit(1)
