"""The briefing's body, section by section; raw XML is left to ``_ooxml``.

Title block, bottom line, participants, directions and proposals, key figures, sources. Every
participant, initiative and figure gets a Word footnote quoting its evidence and naming its
source. Paragraphs are appended before the body's ``<w:sectPr>``, which keeps building linear.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.shared import Emu

from sco_brief.export import _ooxml as ox
from sco_brief.export._docx_styles import StyleIds
from sco_brief.export._docx_summary import bottom_line
from sco_brief.export._rows import (
    country_name,
    format_date,
    format_date_range,
    labels,
    meeting_title,
    metric_row,
    participant_row,
    source_title,
)
from sco_brief.model import Evidence, Initiative, Meeting, Metric, Source

__all__ = ["Briefing"]

_PARTICIPANT_WIDTHS = (0.28, 0.32, 0.18, 0.22)
_FIGURE_WIDTHS = (0.27, 0.15, 0.12, 0.13, 0.16, 0.17)


class Briefing:
    """Lays one Meeting out in a python-docx Document whose body is empty."""

    def __init__(self, document: Any, meeting: Meeting, styles: StyleIds, lang: str) -> None:
        self.doc, self.meeting, self.styles, self.lang = document, meeting, styles, lang
        self.lab = labels(lang)
        # A package may lack the body's sectPr (it is optional); new paragraphs go before one.
        self.anchor = document.element.body.get_or_add_sectPr()
        self.notes = ox.Footnotes(document.part, styles.footnote_text, styles.footnote_ref)
        self._sources = {source.id: source for source in meeting.sources}

    def build(self) -> None:
        """Write every section in order."""
        self.title_block()
        self.bottom_line()
        self.participants()
        self.directions()
        self.figures()
        self.sources()

    # -- small pieces -------------------------------------------------------------------
    def para(self, text: str = "", style: str | None = None) -> Any:
        return ox.append_paragraph(self.anchor, text, style)

    def bullet(self, text: str, *, level: int = 1) -> Any:
        style = self.styles.bullet if level == 1 else self.styles.bullet2
        return self.para(self.styles.bullet_prefix + text, style)

    def labelled(self, label: str, value: str) -> Any:
        p = self.para()
        ox.add_run(p, f"{label}: ", bold=True)
        ox.add_run(p, value)
        return p

    def cite(self, p: Any, evidence: Evidence | None) -> None:
        """Add a footnote to paragraph ``p`` quoting ``evidence`` and naming its source."""
        if evidence is None:
            return
        source = self._sources.get(evidence.source_id)
        # The title and id suffice here: the Sources section gives each source's link and date.
        named = self._source_name(source) if source else evidence.source_id
        quote = evidence.quote.strip()
        text = f"“{quote}”" if quote else self.lab["footnotes"]["empty_quote"]
        self.notes.add(p, [(text, True), (" — " + self.lab["footnotes"]["source"].format(source=named), False)])

    def none_recorded(self) -> None:
        self.para(self.lab["headings"]["no_items"])

    # -- sections -----------------------------------------------------------------------
    def title_block(self) -> None:
        m, lab = self.meeting, self.lab
        self.cite(self.para(meeting_title(m, self.lang), self.styles.title), m.evidence)
        fmt = lab["formats"][m.format] if m.format else lab["not_stated"]
        for key, value in (
            ("date", format_date_range(m.start, m.end, self.lang)),
            ("city", m.city or lab["not_stated"]),
            ("format", fmt),
        ):
            ox.set_space_after(self.labelled(lab["fields"][key], value), 2)
        p = self.labelled(lab["fields"]["sources"], "" if m.sources else lab["not_stated"])
        for n, source in enumerate(m.sources):
            ox.add_run(p, ("; " if n else "") + self._source_name(source))
            url = ox.web_url(source.url or "")
            if url is not None:
                ox.add_run(p, ", ")
                ox.add_hyperlink(p, self.doc.part, url, url, self.styles.hyperlink)
            if source.published:
                ox.add_run(p, ", " + format_date(source.published, self.lang))

    def _source_name(self, source: Source) -> str:
        return f"{source_title(source, self.lang)} ({source.id})"

    def bottom_line(self) -> None:
        self.para(self.lab["headings"]["bottom_line"], self.styles.heading1)
        for sentence in bottom_line(self.meeting, self.lang):
            self.bullet(sentence)

    def _table(self, header: Sequence[str], widths: Sequence[float]) -> Any:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles[self.styles.table_name]
        table.autofit = False
        usable = self._text_width()
        for column, cell, share, text in zip(table.columns, table.rows[0].cells, widths, header, strict=True):
            column.width = Emu(int(usable * share))  # LibreOffice reads the grid, Word the cells
            cell.width = Emu(int(usable * share))
            cell.text = ox.clean_text(text)
        ox.mark_header_row(table.rows[0]._tr)
        return table._tbl

    def _text_width(self) -> int:
        section = self.doc.sections[-1]
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        return int(width) if width > 0 else 5943600  # 6.5 inches when the template gives no page

    def participants(self) -> None:
        self.para(self.lab["headings"]["participants"], self.styles.heading1)
        if not self.meeting.participants:
            self.none_recorded()
            return
        tbl = self._table(self.lab["columns"]["participants"], _PARTICIPANT_WIDTHS)
        rows = [participant_row(p, self.lang) for p in self.meeting.participants]
        for person, cells in zip(self.meeting.participants, ox.append_rows(tbl, rows), strict=True):
            self.cite(cells[0], person.evidence)

    def directions(self) -> None:
        self.para(self.lab["headings"]["directions"], self.styles.heading1)
        if not self.meeting.initiatives:
            self.none_recorded()
            return
        by_initiative: dict[int, list[Metric]] = {}
        for metric in self.meeting.metrics:
            if metric.initiative is not None:
                by_initiative.setdefault(metric.initiative, []).append(metric)
        for index, item in enumerate(self.meeting.initiatives):
            if item.kind == "direction":
                self._direction(item, by_initiative.get(index, []))
        for kind, heading in (("proposal", "proposals"), ("project", "projects")):
            chosen = [(i, item) for i, item in enumerate(self.meeting.initiatives) if item.kind == kind]
            if chosen:
                self.para(self.lab["headings"][heading], self.styles.heading2)
            for index, item in chosen:
                self._proposal(item, by_initiative.get(index, []))

    def _direction(self, item: Initiative, figures: list[Metric]) -> None:
        self.cite(self.para(item.title, self.styles.heading2), item.evidence)
        if item.summary and item.summary.strip():
            self.para(item.summary)
        if item.by:
            self.labelled(self.lab["fields"]["by"], country_name(item.by, self.lang))
        for metric in figures:
            self._figure_bullet(metric, level=1)

    def _proposal(self, item: Initiative, figures: list[Metric]) -> None:
        text = item.title
        if item.summary and item.summary.strip():
            text += " — " + item.summary
        if item.by:
            text += f" ({country_name(item.by, self.lang)})"
        self.cite(self.bullet(text), item.evidence)
        for metric in figures:
            self._figure_bullet(metric, level=2)

    def _figure_bullet(self, metric: Metric, *, level: int) -> None:
        subject, value, period, *_ = metric_row(metric, self.lang)
        text = f"{subject}: {value}" + (f" ({period})" if metric.period else "")
        self.cite(self.bullet(text, level=level), metric.evidence)

    def figures(self) -> None:
        self.para(self.lab["headings"]["figures"], self.styles.heading1)
        if not self.meeting.metrics:
            self.none_recorded()
            return
        tbl = self._table(self.lab["columns"]["figures"], _FIGURE_WIDTHS)
        rows = (metric_row(m, self.lang) for m in self.meeting.metrics)
        for metric, cells in zip(self.meeting.metrics, ox.append_rows(tbl, rows), strict=True):
            self.cite(cells[0], metric.evidence)

    def sources(self) -> None:
        self.para(self.lab["headings"]["sources"], self.styles.heading1)
        quotes = self._quotes_by_source()
        for source in self.meeting.sources:
            self.para(self._source_name(source), self.styles.heading2)
            self.labelled(self.lab["fields"]["source_id"], source.id)
            if source.published:
                self.labelled(self.lab["fields"]["published"], format_date(source.published, self.lang))
            if source.url:
                p = self.labelled(self.lab["fields"]["link"], "")
                if not ox.add_hyperlink(p, self.doc.part, source.url, source.url, self.styles.hyperlink):
                    ox.add_run(p, source.url)
            self._quotes(quotes.pop(source.id, []))
        for source_id, orphans in quotes.items():  # evidence naming a source the model lacks
            self.para(source_id, self.styles.heading2)
            self._quotes(orphans)

    def _quotes_by_source(self) -> dict[str, list[Evidence]]:
        m = self.meeting
        every = [m.evidence] if m.evidence else []
        every += [p.evidence for p in m.participants] + [i.evidence for i in m.initiatives]
        every += [x.evidence for x in m.metrics]
        seen: dict[str, dict[tuple[int, int], Evidence]] = {}
        for ev in every:
            if ev.quote.strip():
                seen.setdefault(ev.source_id, {}).setdefault((ev.span.start, ev.span.end), ev)
        return {sid: [spans[key] for key in sorted(spans)] for sid, spans in seen.items()}

    def _quotes(self, evidence: list[Evidence]) -> None:
        if evidence:
            self.para(self.lab["headings"]["evidence"], None)
        for ev in evidence:
            self.para(f"“{ev.quote.strip()}”", self.styles.quote)
