"""Where a meeting took place: a city in its sentences, "столице X", a dateline or a place line."""

from __future__ import annotations

import re

from sco_brief.extract.document import Document
from sco_brief.recognise.countries import capital_of, find_city_spans, find_country_spans
from sco_brief.segment import Sentence

__all__ = ["DATELINE", "dateline_city", "meeting_city"]

# A line that only dates and places the event: "1 сентября 2025 года, Тяньцзинь" (Kremlin),
# "Москва, Дом Правительства, 18 ноября 2025 года" (government.ru).
_PLACE_LINE_MAX = 80
# A city may follow a described town: "в киргизском (курортном) городе Чолпон-Ата", "in the Kyrgyz city
# of Cholpon-Ata", "in the resort town of Cholpon-Ata".
_CITY_BEFORE = re.compile(
    r"(?:\b(?:в|во|in|at)\s+(?:г\.\s*|(?:[^\W\d_]+\s+){0,2}городе\s+|(?:the\s+)?(?:[^\W\d_]+\s+){0,2}"
    r"(?:city|town) of\s+)?|\bг\.\s*)$",
    re.IGNORECASE,
)
_CITY_LOOKBEHIND = 40
DATELINE = re.compile(r"^\s*([^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?)\s*[,.:]")
_CAPITAL_OF = re.compile(r"(?:столиц[аеиуы]|capital of)\s*$", re.IGNORECASE)
# The capital named by the country's adjective: "в белорусской столице", "in the Kyrgyz capital".
_CAPITAL_AFTER = re.compile(r"\s+(?:столиц[аеиуы]|capital)\b", re.IGNORECASE)


def meeting_city(doc: Document, sentences: list[Sentence]) -> str | None:
    """The venue: a city after "в"/"in" in the meeting's sentences, "столице X", or the dateline."""
    for sentence in sentences:
        city = _city_in(doc, sentence)
        if city is not None:
            return city
    return dateline_city(doc)


def _city_in(doc: Document, sentence: Sentence) -> str | None:
    # Offsets are the document's; the look-behind stays inside the sentence, as on its own text.
    text, bounds, first = doc.text, (sentence.span.start, sentence.span.end), sentence.span.start
    for start, _end, name in find_city_spans(text, doc.lang, within=bounds):
        if _CITY_BEFORE.search(text[max(first, start - _CITY_LOOKBEHIND) : start]):
            return name
    for start, end, code, form in find_country_spans(text, doc.lang, within=bounds):
        if form in ("name", "abbr") and _CAPITAL_OF.search(text[max(first, start - 20) : start]):
            return capital_of(code)
        if form == "adjective" and _CAPITAL_AFTER.match(text, end):
            return capital_of(code)
    return None


def dateline_city(doc: Document) -> str | None:
    """ "БИШКЕК, 9 дек — Кабар.", "ISLAMABAD, Oct 15, 2024 (APP):" at the start of a paragraph."""
    for paragraph in doc.paragraphs[:3]:
        match = DATELINE.match(paragraph.text)
        if match is None:
            continue
        for _start, _end, name in find_city_spans(match.group(1), doc.lang):
            return name
    return _place_line_city(doc)


def _place_line_city(doc: Document) -> str | None:
    """The city of a short line in the lead that holds only a date and a place."""
    for paragraph in doc.paragraphs[:5]:
        if len(paragraph.text) > _PLACE_LINE_MAX or not paragraph.text.strip():
            continue
        if not any(paragraph.span.start <= d.span.start < paragraph.span.end for d in doc.dates):
            continue
        for _start, _end, name in find_city_spans(paragraph.text, doc.lang):
            return name
    return None
