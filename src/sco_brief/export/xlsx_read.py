"""Read Meetings back from a workbook written by :func:`write_xlsx`, as an analyst may have edited it.

Columns are found by header; rows may be added, deleted or reordered within a meeting; a changed
value is read as the new value. Quotes are re-read from the source text and span when the source
is in the workbook, so the quote cell (possibly cut for display) is never relied on.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import attrs
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from sco_brief.errors import InputError, ModelError
from sco_brief.export._xlsx_cells import same_number
from sco_brief.export._xlsx_columns import DATA_SHEETS, INITIATIVES, MEETINGS, METRICS, PARTICIPANTS, SOURCES
from sco_brief.export._xlsx_parse import SheetRow, read_rows
from sco_brief.model import Evidence, Initiative, Meeting, Metric, Participant, Period, Quantity, Source, Span

__all__ = ["read_xlsx"]

T = TypeVar("T")


def read_xlsx(path: str | os.PathLike[str]) -> list[Meeting]:
    """Read the Meetings of the workbook at ``path``, in the order of the Meetings sheet.

    Raises:
        InputError: the file is not a readable workbook, a sheet or required column is missing, or a
            cell cannot be read (the message names the sheet, row and column).
    """
    file = Path(path)
    try:
        wb = load_workbook(file, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise InputError(f"{file}: not a readable .xlsx workbook ({exc})") from exc
    try:
        sheets = {spec.name: read_rows(wb, spec, file.name) for spec in DATA_SHEETS}
    finally:
        wb.close()
    return _Assembler(sheets).meetings()


@attrs.define
class _Draft:
    """What one meeting collects from the sheets before it is built."""

    row: SheetRow
    sources: dict[str, list[tuple[int, int, SheetRow]]] = attrs.field(factory=dict)
    participants: list[SheetRow] = attrs.field(factory=list)
    initiatives: list[SheetRow] = attrs.field(factory=list)
    metrics: list[SheetRow] = attrs.field(factory=list)


def _build(row: SheetRow, make: Callable[[], T]) -> T:
    try:
        return make()
    except ModelError as exc:
        raise row.fail(None, str(exc)) from exc


class _Assembler:
    def __init__(self, sheets: dict[str, list[SheetRow]]) -> None:
        self.drafts: dict[str, _Draft] = {}
        for row in sheets[MEETINGS.name]:
            key = row.code("Meeting", upper=True)
            if key is None or key in self.drafts:
                raise row.fail("Meeting", "duplicate meeting key" if key else "the meeting key is empty")
            self.drafts[key] = _Draft(row)
        for position, row in enumerate(sheets[SOURCES.name]):
            source_id = row.text("Source")
            if not source_id:
                raise row.fail("Source", "the source id is empty")
            part = row.integer("Part") or 1
            self._draft(row).sources.setdefault(source_id, []).append((part, position, row))
        for row in sheets[PARTICIPANTS.name]:
            self._draft(row).participants.append(row)
        for row in sheets[INITIATIVES.name]:
            self._draft(row).initiatives.append(row)
        for row in sheets[METRICS.name]:
            self._draft(row).metrics.append(row)

    def _draft(self, row: SheetRow) -> _Draft:
        key = row.code("Meeting", upper=True)
        if key is None and len(self.drafts) == 1:
            return next(iter(self.drafts.values()))
        if key is None or key not in self.drafts:
            raise row.fail(
                "Meeting", f"no meeting {key!r} in the Meetings sheet" if key else "the meeting key is empty"
            )
        return self.drafts[key]

    def meetings(self) -> list[Meeting]:
        return [_meeting(draft) for draft in self.drafts.values()]


def _meeting(draft: _Draft) -> Meeting:
    sources = tuple(_source(parts) for parts in draft.sources.values())
    texts = {source.id: source.text for source in sources}
    first = sources[0].id if sources else None
    keys: dict[str, int] = {}
    for index, row in enumerate(draft.initiatives):
        key = row.code("Initiative", upper=True)
        if key is not None and keys.setdefault(key, index) != index:
            raise row.fail("Initiative", f"duplicate initiative key {key!r} in this meeting")
    row = draft.row
    return _build(
        row,
        lambda: Meeting(
            sources=sources,
            body=row.code("Body"),
            ordinal=row.integer("Ordinal"),
            format=row.code("Format"),
            city=row.name("City"),
            start=row.date("Start"),
            end=row.date("End"),
            evidence=_evidence(row, texts, first, optional=True),
            participants=[_participant(r, texts, first) for r in draft.participants],
            initiatives=[_initiative(r, texts, first) for r in draft.initiatives],
            metrics=[_metric(r, texts, first, keys) for r in draft.metrics],
        ),
    )


def _source(parts: list[tuple[int, int, SheetRow]]) -> Source:
    ordered = [row for _, _, row in sorted(parts, key=lambda p: (p[0], p[1]))]
    head = ordered[0]
    text = "".join(row.text("Text") or "" for row in ordered)
    return _build(
        head,
        lambda: Source(
            id=head.text("Source") or "",
            text=text,
            lang=head.code("Lang") or "",
            title=head.text("Title"),
            url=head.text("URL"),
            published=head.date("Published"),
        ),
    )


def _evidence(row: SheetRow, texts: dict[str, str], first: str | None, *, optional: bool = False) -> Evidence | None:
    source_id, start, end = row.text("Source") or None, row.integer("Span start"), row.integer("Span end")
    if optional and source_id is None and start is None and end is None:
        return None
    # A row added by hand without evidence points at the start of the meeting's first source.
    source_id = source_id or first
    if source_id is None:
        raise row.fail("Source", "the source id is empty and the meeting has no source")
    start = 0 if start is None else start
    end = start if end is None else end
    text = texts.get(source_id)
    if text is not None and end > len(text):
        raise row.fail("Span end", f"{end} is past the end of source {source_id!r} ({len(text)} characters)")
    quote = text[start:end] if text is not None else row.text("Quote") or ""
    return _build(row, lambda: Evidence(source_id=source_id, span=Span(start=start, end=end), quote=quote))


def _required(row: SheetRow, header: str, value: T | None) -> T:
    if value is None:
        raise row.fail(header, "the cell is empty")
    return value


def _participant(row: SheetRow, texts: dict[str, str], first: str | None) -> Participant:
    evidence = _required(row, "Source", _evidence(row, texts, first))
    return _build(
        row,
        lambda: Participant(
            name=_required(row, "Name", row.name("Name")),
            role=row.code("Role") or "attendee",
            evidence=evidence,
            position=row.name("Position"),
            position_text=row.name("Position text"),
            country=row.code("Country", upper=True),
        ),
    )


def _initiative(row: SheetRow, texts: dict[str, str], first: str | None) -> Initiative:
    evidence = _required(row, "Source", _evidence(row, texts, first))
    return _build(
        row,
        lambda: Initiative(
            title=_required(row, "Title", row.name("Title")),
            kind=row.code("Kind") or "proposal",
            evidence=evidence,
            summary=row.text("Summary"),
            by=row.code("By", upper=True),
        ),
    )


def _metric(row: SheetRow, texts: dict[str, str], first: str | None, keys: dict[str, int]) -> Metric:
    evidence = _required(row, "Source", _evidence(row, texts, first))
    value = _required(row, "Value", _quantity(row, "Value", "Unit"))
    key = row.code("Initiative", upper=True)
    if key is not None and key not in keys:
        raise row.fail("Initiative", f"no initiative {key!r} in this meeting's rows of the Initiatives sheet")
    return _build(
        row,
        lambda: Metric(
            subject=_required(row, "Subject", row.name("Subject")),
            kind=row.code("Kind") or "level",
            value=value,
            evidence=evidence,
            baseline=_quantity(row, "Baseline", "Baseline unit"),
            period=_period(row),
            approx=row.boolean("Approx"),
            bound=row.code("Bound"),
            direction=row.code("Direction"),
            actor=row.code("Actor", upper=True),
            initiative=None if key is None else keys[key],
        ),
    )


def _quantity(row: SheetRow, header: str, unit_header: str) -> Quantity | None:
    shown = row.decimal(header)
    exact = row.decimal(f"{header} (exact)")
    # The exact text wins only while the number cell still agrees with it; otherwise someone edited the number.
    value: Decimal | None = exact if exact is not None and (shown is None or same_number(shown, exact)) else shown
    if value is None:
        return None
    unit = row.text(unit_header)
    return _build(row, lambda: Quantity(value=value, unit=unit.strip() if unit and unit.strip() else None))


def _period(row: SheetRow) -> Period | None:
    start, end, label = row.date("Period start"), row.date("Period end"), row.name("Period")
    if start is None and end is None and label is None:
        return None
    if start is None or end is None:
        start = end = _required(row, "Period start", start or end)
    label = label or (start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}")
    return _build(row, lambda: Period(start=start, end=end, label=label))
