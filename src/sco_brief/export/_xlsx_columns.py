"""The workbook's sheets and columns: one table that the writer, the reader and the About sheet share.

The reader finds columns by their header, so a person may reorder columns or add their own;
only the columns marked ``required`` must be present.
"""

from __future__ import annotations

import attrs

__all__ = [
    "ABOUT",
    "CHARTS",
    "DATA_SHEETS",
    "FORMAT_VERSION",
    "INITIATIVES",
    "MEETINGS",
    "METRICS",
    "PARTICIPANTS",
    "SOURCES",
    "Column",
    "SheetSpec",
    "safe_sheet_name",
]

# Bumped when a column changes meaning, so a reader can tell old workbooks apart.
FORMAT_VERSION = "1"

# Characters Excel forbids in sheet names; a name is also at most 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def safe_sheet_name(name: str) -> str:
    """Return ``name`` as Excel accepts it: no ``[]:*?/\\``, no edge quotes, 1 to 31 characters."""
    cleaned = name.translate(_SHEET_FORBIDDEN).strip().strip("'")[:31].strip()
    return cleaned or "Sheet"


@attrs.frozen
class Column:
    """One column: its header, cell type, display width and what it holds.

    ``kind`` is one of: text, key, enum, int, number, exact, date, bool, count.
    ``count`` and ``display`` columns are written for people and ignored by the reader.
    """

    header: str
    kind: str
    width: float
    meaning: str
    required: bool = False
    hidden: bool = False
    display: bool = False


@attrs.frozen
class SheetSpec:
    """A data sheet: its name, the Excel Table name, and its columns in order."""

    name: str
    table: str
    style: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(column.header for column in self.columns)


def _evidence(what: str) -> tuple[Column, ...]:
    return (
        Column("Source", "text", 14, f"Id of the source the {what} is quoted from (a row of Sources)"),
        Column("Span start", "int", 10, "Offset of the first quoted character in the source text"),
        Column("Span end", "int", 10, "Offset just past the last quoted character"),
        Column("Quote", "text", 60, "The quoted text; read back from the source text and span when the source is here"),
    )


_MEETING_KEY = Column("Meeting", "key", 10, "Key of the meeting row (Meetings sheet) this row belongs to")

MEETINGS = SheetSpec(
    name="Meetings",
    table="tblMeetings",
    style="TableStyleMedium4",
    columns=(
        Column("Meeting", "key", 10, "Stable key of the meeting: M1, M2, ... in order", required=True),
        Column("Title", "text", 44, "The meeting in words (for people; not read back)", display=True),
        Column("Body", "enum", 26, "SCO body, e.g. sco.heads_of_government; blank when not a meeting report"),
        Column("Ordinal", "int", 9, "Ordinal number of the meeting (24 for the 24th)"),
        Column("Format", "enum", 10, "narrow, expanded or video"),
        Column("City", "text", 16, "Where the meeting took place"),
        Column("Start", "date", 12, "First day of the meeting"),
        Column("End", "date", 12, "Last day of the meeting"),
        Column("Participants", "count", 12, "Number of participant rows (for people; not read back)", display=True),
        Column("Initiatives", "count", 11, "Number of initiative rows (for people; not read back)", display=True),
        Column("Metrics", "count", 9, "Number of metric rows (for people; not read back)", display=True),
        *_evidence("meeting"),
    ),
)

SOURCES = SheetSpec(
    name="Sources",
    table="tblSources",
    style="TableStyleLight9",
    columns=(
        _MEETING_KEY,
        Column("Source", "text", 14, "Id of the source text", required=True),
        Column("Part", "int", 6, "1 for the first row of a text; texts longer than a cell go on in parts 2, 3, ..."),
        Column("Lang", "enum", 6, "ru or en"),
        Column("Title", "text", 30, "Title of the article"),
        Column("URL", "text", 30, "Where the article was published"),
        Column("Published", "date", 12, "Publication date"),
        Column("Text", "text", 80, "The full source text (continued in later parts when long)"),
    ),
)

PARTICIPANTS = SheetSpec(
    name="Participants",
    table="tblParticipants",
    style="TableStyleMedium2",
    columns=(
        _MEETING_KEY,
        Column("Name", "text", 24, "Name as the text gives it", required=True),
        Column("Role", "enum", 10, "chair, speaker or attendee"),
        Column("Position", "text", 26, "Short English position, e.g. Prime Minister"),
        Column("Position text", "text", 36, "Position as the text words it"),
        Column("Country", "text", 8, "ISO 3166-1 alpha-2 code"),
        *_evidence("participant"),
    ),
)

INITIATIVES = SheetSpec(
    name="Initiatives",
    table="tblInitiatives",
    style="TableStyleMedium7",
    columns=(
        _MEETING_KEY,
        Column("Initiative", "key", 10, "Key of the initiative within its meeting: I1, I2, ...; Metrics refer to it"),
        Column("Title", "text", 36, "Title of the direction, proposal or project", required=True),
        Column("Kind", "enum", 10, "direction, proposal or project"),
        Column("Summary", "text", 40, "One-line summary"),
        Column("By", "text", 6, "Country that put it forward (ISO 3166-1 alpha-2)"),
        *_evidence("initiative"),
    ),
)

METRICS = SheetSpec(
    name="Metrics",
    table="tblMetrics",
    style="TableStyleMedium9",
    columns=(
        _MEETING_KEY,
        Column("Subject", "text", 36, "What the figure measures", required=True),
        Column("Kind", "enum", 9, "level, change, multiple, share, from_to, rank or count"),
        Column("Value", "number", 14, "The figure as a number; edit it here", required=True),
        Column("Unit", "text", 9, "Unit from docs/units.md: USD, percent, times, person, ..."),
        Column("Baseline", "number", 12, "The figure compared against (the 'from' of a from-to), if any"),
        Column("Baseline unit", "text", 9, "Unit of the baseline"),
        Column("Period start", "date", 12, "First day of the period the figure covers"),
        Column("Period end", "date", 12, "Last day of the period"),
        Column("Period", "text", 14, "The period as a label, e.g. 2020-2024"),
        Column("Approx", "bool", 8, "TRUE when the text hedges the figure (about, nearly)"),
        Column("Bound", "enum", 8, "lower (more than) or upper (up to), if stated"),
        Column("Direction", "enum", 9, "up or down, for changes"),
        Column("Actor", "text", 7, "Country the figure is about (ISO 3166-1 alpha-2)"),
        Column("Initiative", "key", 10, "Key of the initiative (Initiatives sheet) the figure belongs to"),
        *_evidence("figure"),
        Column("Value (exact)", "exact", 18, "Exact decimal text when the number cell cannot hold it", hidden=True),
        Column("Baseline (exact)", "exact", 18, "Exact decimal text of the baseline, as above", hidden=True),
    ),
)

DATA_SHEETS: tuple[SheetSpec, ...] = (METRICS, MEETINGS, PARTICIPANTS, INITIATIVES, SOURCES)
CHARTS = "Charts"
ABOUT = "About"
