"""The XLSX workbook: exact round trip, typed cells, Table and charts, safety and determinism."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

import sco_brief
from sco_brief.errors import InputError, OutputExistsError
from sco_brief.export._xlsx_cells import CELL_LIMIT, CUT_MARK, utf16_len
from sco_brief.export._xlsx_columns import DATA_SHEETS, METRICS
from sco_brief.model import Evidence, Initiative, Meeting, Metric, Participant, Period, Quantity, Source, Span
from tests.strategies import HOSTILE, meeting_lists, wide_decimals

TEXT = (
    "Премьер-министр Республики Казахстан Олжас Бектенов принял участие в заседании Совета глав "
    "правительств ШОС в Алматы. Доля расчётов в национальных валютах достигла 92 процентов, "
    "а объём взаимной торговли вырос в 2,4 раза и составил 512,7 миллиарда долларов."
)


def _ev(text: str, phrase: str, source_id: str = "s1") -> Evidence:
    start = text.index(phrase)
    return Evidence(source_id=source_id, span=Span(start=start, end=start + len(phrase)), quote=phrase)


def sample_meeting(text: str = TEXT, *, source_id: str = "s1", start: dt.date = dt.date(2024, 9, 12)) -> Meeting:
    """A small, realistic meeting (not the seed) with every kind of row."""
    ev = lambda phrase: _ev(text, phrase, source_id)  # noqa: E731
    return Meeting(
        sources=(Source(id=source_id, text=text, lang="ru", title="Заседание СГП ШОС", published=start),),
        body="sco.heads_of_government",
        ordinal=23,
        format="expanded",
        city="Алматы",
        start=start,
        end=start,
        evidence=ev("заседании Совета глав"),
        participants=(
            Participant(
                name="Олжас Бектенов", role="speaker", evidence=ev("Олжас Бектенов"), position="head_of_government"
            ),
        ),
        initiatives=(Initiative(title="Расчёты в национальных валютах", kind="direction", evidence=ev("Доля")),),
        metrics=(
            Metric(
                subject="доля расчётов в национальных валютах",
                kind="share",
                value=Quantity(value=Decimal("92"), unit="percent"),
                evidence=ev("92 процентов"),
                initiative=0,
            ),
            Metric(
                subject="объём взаимной торговли",
                kind="multiple",
                value=Quantity(value=Decimal("2.4"), unit="times"),
                evidence=ev("в 2,4 раза"),
                direction="up",
            ),
            Metric(
                subject="объём взаимной торговли",
                kind="level",
                value=Quantity(value=Decimal("512700000000"), unit="USD"),
                evidence=ev("512,7 миллиарда долларов"),
                period=Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31), label="2023"),
                approx=True,
                actor="KZ",
            ),
        ),
    )


def hostile_meeting(prefix: str) -> Meeting:
    """A meeting whose every free-text field starts with ``prefix``."""
    text = f"{prefix} начало текста. {prefix} конец."
    ev = _ev(text, text[:5])
    return Meeting(
        sources=(Source(id="s1", text=text, lang="ru", title=prefix, url=prefix),),
        city=prefix + "x",
        participants=(Participant(name=prefix + "x", role="chair", evidence=ev, position_text=prefix + "x"),),
        initiatives=(Initiative(title=prefix + "x", kind="project", evidence=ev, summary=prefix),),
        metrics=(
            Metric(
                subject=prefix + "x",
                kind="level",
                value=Quantity(value=Decimal("-1.5")),
                evidence=ev,
                period=Period(start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 1), label=prefix + "x"),
            ),
        ),
    )


def round_trip(meetings: list[Meeting]) -> list[Meeting]:
    with tempfile.TemporaryDirectory() as folder:
        path = sco_brief.write_xlsx(meetings, Path(folder) / "m.xlsx")
        return sco_brief.read_xlsx(path)


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("xl/worksheets/sheet")}


@given(meeting_lists)
def test_round_trip_property(meetings: list[Meeting]) -> None:
    """Any list of valid Meetings, hostile strings included, reads back equal."""
    assert meetings == round_trip(meetings)


@given(wide_decimals, st.one_of(st.none(), wide_decimals))
def test_round_trip_exact_decimals(value: Decimal, baseline: Decimal | None) -> None:
    """Values no double can hold (40 digits, 1E-400, 1E+400) come back exactly, via the exact column."""
    meeting = sample_meeting()
    metric = meeting.metrics[0]
    base = None if baseline is None else Quantity(value=baseline, unit="USD")
    changed = Meeting(
        sources=meeting.sources,
        metrics=(
            Metric(
                subject=metric.subject,
                kind="level",
                value=Quantity(value=value),
                evidence=metric.evidence,
                baseline=base,
            ),
        ),
    )
    assert [changed] == round_trip([changed])


def test_single_meeting_and_generator_accepted(tmp_path: Path) -> None:
    """One Meeting, or any iterable of them (a generator too), can be written."""
    meeting = sample_meeting()
    sco_brief.write_xlsx(meeting, tmp_path / "one.xlsx")
    sco_brief.write_xlsx((m for m in [meeting, meeting]), tmp_path / "gen.xlsx")
    assert [meeting] == sco_brief.read_xlsx(tmp_path / "one.xlsx")
    assert [meeting, meeting] == sco_brief.read_xlsx(tmp_path / "gen.xlsx")


def test_empty_workbook_round_trips(tmp_path: Path) -> None:
    """No meetings gives a valid workbook that reads back as no meetings."""
    assert [] == sco_brief.read_xlsx(sco_brief.write_xlsx([], tmp_path / "empty.xlsx"))


def test_not_a_meeting_is_refused(tmp_path: Path) -> None:
    """An item that is not a Meeting raises InputError, and no file is left behind."""
    with pytest.raises(InputError, match="position 2"):
        sco_brief.write_xlsx([sample_meeting(), "meeting"], tmp_path / "bad.xlsx")  # type: ignore[list-item]
    assert [] == list(tmp_path.iterdir())


def test_existing_file_is_kept_unless_overwrite(tmp_path: Path) -> None:
    """An existing file is never clobbered silently; overwrite=True replaces it."""
    target = tmp_path / "m.xlsx"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputExistsError):
        sco_brief.write_xlsx(sample_meeting(), target)
    assert b"keep me" == target.read_bytes()
    sco_brief.write_xlsx(sample_meeting(), target, overwrite=True)
    assert [sample_meeting()] == sco_brief.read_xlsx(target)
    assert ["m.xlsx"] == [p.name for p in tmp_path.iterdir()]


def test_output_is_byte_identical_and_timeless(tmp_path: Path) -> None:
    """The same input gives the same bytes, with fixed zip times and document dates."""
    meetings = [sample_meeting(), sample_meeting(start=dt.date(2025, 11, 18))]
    first = sco_brief.write_xlsx(meetings, tmp_path / "a.xlsx").read_bytes()
    second = sco_brief.write_xlsx(meetings, tmp_path / "b.xlsx").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a.xlsx") as zf:
        assert {(1980, 1, 1, 0, 0, 0)} == {info.date_time for info in zf.infolist()}
        core = zf.read("docProps/core.xml").decode()
    stamps = re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core)
    assert ["2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z"] == stamps


@pytest.mark.parametrize("prefix", HOSTILE)
def test_no_formula_comes_from_data(tmp_path: Path, prefix: str) -> None:
    """Text starting with = + - @ tab or CR is stored as a typed string, never as a formula."""
    path = sco_brief.write_xlsx(hostile_meeting(prefix), tmp_path / "h.xlsx")
    for name, xml in sheet_xml(path).items():
        assert [] == re.findall(r"<f[ >/]", xml), name
    assert [hostile_meeting(prefix)] == sco_brief.read_xlsx(path)


def test_formula_like_text_gets_quote_prefix(tmp_path: Path) -> None:
    """A cell whose text could be taken for a formula is a string cell with quotePrefix set."""
    path = sco_brief.write_xlsx(hostile_meeting("=1+1"), tmp_path / "h.xlsx")
    cell = load_workbook(path)[METRICS.name]["B2"]
    assert ("=1+1x", "s", True) == (cell.value, cell.data_type, cell.quotePrefix)


def test_illegal_xml_characters_are_escaped_not_raised(tmp_path: Path) -> None:
    """Control characters, U+FFFF and literal _xHHHH_ text survive as OOXML escapes (_XHHHH_ is no escape)."""
    text = "a\x00b\x01c\x1f\x0b\ufffe\uffff _x0041_ _X00e9_ конец"
    meeting = Meeting(sources=(Source(id="s", text=text, lang="ru", title=text),))
    path = sco_brief.write_xlsx(meeting, tmp_path / "c.xlsx")
    sources_xml = next(xml for xml in sheet_xml(path).values() if "_x0000_" in xml)
    assert "a_x0000_b_x0001_c_x001F__x000B__xFFFE__xFFFF_ _x005F_x0041_ _X00e9_ " in sources_xml
    assert [meeting] == sco_brief.read_xlsx(path)


def test_long_source_text_continues_in_parts(tmp_path: Path) -> None:
    """A source longer than a cell is cut into Part rows, each within the limit, and rejoins exactly."""
    text = ("Абзац о сотрудничестве 🙂\x01. " * 4000)[:100_000]
    meeting = Meeting(sources=(Source(id="long", text=text, lang="ru"),))
    path = sco_brief.write_xlsx(meeting, tmp_path / "long.xlsx")
    rows = list(load_workbook(path, read_only=True)["Sources"].iter_rows(min_row=2, values_only=True))
    assert [1, 2, 3, 4] == [row[2] for row in rows]
    assert all(utf16_len(row[7]) <= CELL_LIMIT for row in rows)
    assert [meeting] == sco_brief.read_xlsx(path)


def test_long_display_text_is_cut_with_a_mark(tmp_path: Path) -> None:
    """A quote over the cell limit shows cut with the mark, yet reads back whole from its source."""
    text = "Длинная цитата. " * 3000
    quote = Evidence(source_id="s", span=Span(start=0, end=len(text)), quote=text)
    meeting = Meeting(
        sources=(Source(id="s", text=text, lang="ru"),),
        metrics=(Metric(subject="x", kind="count", value=Quantity(value=1), evidence=quote),),
    )
    path = sco_brief.write_xlsx(meeting, tmp_path / "cut.xlsx")
    shown = load_workbook(path, read_only=True)[METRICS.name]["S2"].value
    assert (True, CELL_LIMIT) == (shown.endswith(CUT_MARK), len(shown))
    assert [meeting] == sco_brief.read_xlsx(path)


def test_cells_are_typed(tmp_path: Path) -> None:
    """Values are numbers, dates are dates, approx is a boolean, with unit-aware number formats."""
    path = sco_brief.write_xlsx(sample_meeting(), tmp_path / "t.xlsx")
    ws = load_workbook(path)[METRICS.name]
    values = [(c.value, c.number_format) for c in ws["D"][1:]]
    assert [(92, '#,##0" %"'), (2.4, '#,##0.0"×"'), (512700000000, '#,##0" USD"')] == values
    assert (dt.datetime(2023, 1, 1), dt.datetime(2023, 12, 31)) == (ws["H4"].value, ws["I4"].value)
    assert [False, False, True] == [c.value for c in ws["K"][1:]]


def test_metrics_sheet_is_a_table_with_frozen_header(tmp_path: Path) -> None:
    """openpyxl sees each data sheet as a styled Table with explicit columns, and a frozen header."""
    path = sco_brief.write_xlsx([sample_meeting(), sample_meeting()], tmp_path / "t.xlsx")
    wb = load_workbook(path)
    for spec in DATA_SHEETS:
        ws = wb[spec.name]
        (table,) = ws.tables.values()
        assert list(spec.headers) == [column.name for column in table.tableColumns]
        assert (table.ref, "A2") == (table.autoFilter.ref, ws.freeze_panes)
    metrics = wb[METRICS.name].tables["tblMetrics"]
    assert ("A1:U7", "TableStyleMedium9") == (metrics.ref, metrics.tableStyleInfo.name)


def test_charts_are_native(tmp_path: Path) -> None:
    """Bars of percent and multiple figures, and lines of subjects at two moments (not of one period twice)."""
    later = sample_meeting(start=dt.date(2025, 11, 18))
    path = sco_brief.write_xlsx([sample_meeting(), later], tmp_path / "c.xlsx")
    charts = load_workbook(path)["Charts"]._charts
    assert [BarChart, BarChart, LineChart, LineChart] == [type(chart) for chart in charts]


def test_about_sheet_states_version_and_dictionary(tmp_path: Path) -> None:
    """About names the tool version and describes every column of every data sheet."""
    path = sco_brief.write_xlsx(sample_meeting(), tmp_path / "a.xlsx")
    rows = list(load_workbook(path, read_only=True)["About"].iter_rows(values_only=True))
    assert ("Version", sco_brief.__version__) == rows[2][:2]
    described = {(row[0], row[1]) for row in rows if len(row) >= 4 and row[3]}
    assert {(spec.name, header) for spec in DATA_SHEETS for header in spec.headers} <= described


def test_sheet_names_fit_excel() -> None:
    """Every sheet name the workbook uses is at most 31 characters."""
    names = load_workbook_names(sample_meeting())
    assert all(len(name) <= 31 for name in names)
    assert ["Metrics", "Meetings", "Participants", "Initiatives", "Sources", "Charts", "About"] == names


def load_workbook_names(meeting: Meeting) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = sco_brief.write_xlsx(meeting, Path(folder) / "n.xlsx")
        return list(load_workbook(path, read_only=True).sheetnames)


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(1900, 2, 28), dt.date(1900, 3, 1)])
def test_dates_before_excels_calendar_round_trip(day: dt.date) -> None:
    """Dates a spreadsheet serial cannot hold are kept as ISO text and still read back as dates."""
    meeting = sample_meeting(start=day)
    metric = meeting.metrics[2]
    period = Period(start=day, end=day, label="old")
    old = Meeting(
        sources=meeting.sources,
        start=day,
        end=day,
        metrics=(
            Metric(subject=metric.subject, kind="level", value=metric.value, evidence=metric.evidence, period=period),
        ),
    )
    assert [old] == round_trip([old])


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "-Infinity", Decimal("NaN")])
def test_model_refuses_what_cells_cannot_hold(bad: object) -> None:
    """NaN and infinities never reach the writer (openpyxl would write them as empty cells)."""
    with pytest.raises(sco_brief.ModelError):
        Quantity(value=bad)


def test_model_refuses_datetimes_with_time_zones() -> None:
    """A timezone-aware datetime (which openpyxl refuses) is not a valid model date."""
    with pytest.raises(sco_brief.ModelError):
        Meeting(sources=(), start=dt.datetime(2025, 11, 18, tzinfo=dt.UTC))


def test_charts_sheet_says_when_there_is_nothing_to_chart(tmp_path: Path) -> None:
    """Without percent or multiple figures the Charts sheet holds a note and no chart."""
    path = sco_brief.write_xlsx(Meeting(sources=sample_meeting().sources), tmp_path / "n.xlsx")
    ws = load_workbook(path)["Charts"]
    assert ([], True) == (ws._charts, str(ws["A1"].value).startswith("No percent"))


def _peak_write_memory(count: int, folder: Path) -> int:
    meeting = sample_meeting()
    metric = meeting.metrics[1]
    many = Meeting(
        sources=meeting.sources,
        metrics=[
            Metric(
                subject=f"{metric.subject} {i}",
                kind="level",
                value=Quantity(value=Decimal(i) / 7, unit="USD"),
                evidence=metric.evidence,
            )
            for i in range(count)
        ],
    )
    tracemalloc.start()
    try:
        sco_brief.write_xlsx(many, folder / f"{count}.xlsx")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_metrics_grow(tmp_path: Path) -> None:
    """9,000 more metrics (each with an exact copy and a unique subject) add well under 1 KB each at peak.

    Holding the rows would cost over 1 KB per metric (20 cells); streaming costs only the bounded chart data.
    """
    _peak_write_memory(100, tmp_path)  # one-time allocations (imports, caches) out of the way
    small, large = _peak_write_memory(1_000, tmp_path), _peak_write_memory(10_000, tmp_path)
    assert large - small < 3_000_000, (small, large)


def test_line_chart_of_one_meeting_across_periods(tmp_path: Path) -> None:
    """One meeting giving a subject for two periods gets a line, with one point per period, in time order."""
    meeting = sample_meeting()
    metric = meeting.metrics[2]
    years = [(2024, "512700000000"), (2023, "480000000000")]
    figures = [
        Metric(
            subject=metric.subject,
            kind="level",
            value=Quantity(value=value, unit="USD"),
            evidence=metric.evidence,
            period=Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), label=str(year)),
        )
        for year, value in years
    ]
    path = sco_brief.write_xlsx(Meeting(sources=meeting.sources, metrics=figures), tmp_path / "l.xlsx")
    ws = load_workbook(path)["Charts"]
    assert [LineChart] == [type(chart) for chart in ws._charts]
    assert [("2023", 480000000000), ("2024", 512700000000)] == [
        (ws["A2"].value, ws["B2"].value),
        (ws["A3"].value, ws["B3"].value),
    ]


def test_long_source_text_is_not_copied_whole(tmp_path: Path) -> None:
    """A 1.5-million-character source is cut into cell parts without a copy of the whole text at any moment.

    One copy of this Cyrillic text takes 3 MB; cutting it by copying the rest at each part took more than that.
    """
    text = "Сотрудничество в рамках ШОС. " * 52_000
    meeting = Meeting(sources=(Source(id="long", text=text, lang="ru"),))
    sco_brief.write_xlsx(sample_meeting(), tmp_path / "warm.xlsx")  # one-time allocations out of the way
    tracemalloc.start()
    try:
        sco_brief.write_xlsx(meeting, tmp_path / "long.xlsx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(text), (peak, len(text))
    assert [meeting] == sco_brief.read_xlsx(tmp_path / "long.xlsx")
