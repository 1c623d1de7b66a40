"""Running a batch: each entry read and extracted, in this process or in a pool, in input order.

Workers only read and extract; the main process does all writing. So a Ctrl-C, or a worker
that dies, can never leave a half-written output behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import signal
import threading
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from queue import Empty, Queue
from typing import TypeAlias

import attrs

from sco_brief.errors import ScoBriefError
from sco_brief.ingest import DEFAULT_MAX_BYTES, Entry, load_entry
from sco_brief.model import Meeting, Source

__all__ = ["Options", "Outcome", "process_entry", "run_entries"]

# Entries in flight per worker: enough to keep workers busy, few enough to stream a huge feed.
_WINDOW_PER_JOB = 4


_Fed: TypeAlias = "tuple[Entry, Future[Outcome]] | Exception | None"


@attrs.frozen(kw_only=True)
class Options:
    """What every entry of a batch is read with (picklable, sent to the workers)."""

    lang: str | None = None
    published: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@attrs.frozen(kw_only=True)
class Outcome:
    """The result of one entry: a Meeting, or a one-line error naming the input."""

    label: str
    stem: str
    meeting: Meeting | None = None
    error: str | None = None
    encoding: str | None = None
    notes: tuple[str, ...] = ()
    trace: str | None = None


def process_entry(entry: Entry, options: Options) -> Outcome:
    """Read and extract one entry; never raises for a bad input or a bug in a stage."""
    outcome = Outcome(label=entry.label, stem=entry.stem)
    try:
        loaded = load_entry(entry, lang=options.lang, published=options.published, max_bytes=options.max_bytes)
        outcome = attrs.evolve(outcome, encoding=loaded.encoding, notes=loaded.notes)
        return attrs.evolve(outcome, meeting=_extract(loaded.source))
    except ScoBriefError as exc:
        return attrs.evolve(outcome, error=_named(entry.label, str(exc)))
    except Exception as exc:  # a bug in a reader or an extractor must cost one input, not the batch
        problem = f"internal error ({type(exc).__name__}: {exc}); --debug shows the traceback"
        return attrs.evolve(outcome, error=_named(entry.label, problem), trace=traceback.format_exc())


def _extract(source: Source) -> Meeting:
    # Looked up at call time, so that tests can swap the pipeline for a stub.
    from sco_brief import pipeline

    return pipeline.extract(
        source.text,
        lang=source.lang,
        published=source.published,
        source_id=source.id,
        title=source.title,
        url=source.url,
    )


def _named(label: str, message: str) -> str:
    return message if message.startswith(f"{label}: ") else f"{label}: {message}"


def run_entries(entries: Iterable[Entry], options: Options, *, jobs: int = 1) -> Iterator[Outcome]:
    """Yield the outcome of every entry in input order, using ``jobs`` processes when above 1."""
    if jobs <= 1:
        for entry in entries:
            yield process_entry(entry, options)
        return
    yield from _run_pool(entries, options, jobs)


def _run_pool(entries: Iterable[Entry], options: Options, jobs: int) -> Iterator[Outcome]:
    # spawn, not fork: the main process runs rich's refresh thread, and forking threads is unsafe.
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_sigint
    )
    # A feeder thread lists and submits, so a result is yielded as soon as it is ready even while
    # the listing waits for more input (a feed piped in line by line). The bounded queue keeps a
    # huge feed from being read ahead into memory.
    queue: Queue[_Fed] = Queue(maxsize=jobs * _WINDOW_PER_JOB)
    stop = threading.Event()
    threading.Thread(target=_feed, args=(entries, options, pool, queue, stop), daemon=True).start()
    try:
        while (item := queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield _result(*item)
    finally:
        # On Ctrl-C or an early stop: drop queued work, let running extractions finish.
        stop.set()
        _drain(queue)
        pool.shutdown(wait=True, cancel_futures=True)


def _feed(
    entries: Iterable[Entry], options: Options, pool: ProcessPoolExecutor, queue: Queue[_Fed], stop: threading.Event
) -> None:
    try:
        for entry in entries:
            if stop.is_set():
                return
            queue.put((entry, pool.submit(process_entry, entry, options)))
    except Exception as exc:  # a listing failure, or the pool shut down under us: the main thread decides
        queue.put(exc)
        return
    queue.put(None)


def _drain(queue: Queue[_Fed]) -> None:
    with contextlib.suppress(Empty):
        while True:
            queue.get_nowait()


def _result(entry: Entry, future: Future[Outcome]) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        return Outcome(label=entry.label, stem=entry.stem, error=f"{entry.label}: a worker process died ({exc})")


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
