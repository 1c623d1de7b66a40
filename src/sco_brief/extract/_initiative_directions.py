"""Directions: heading lists, ordinal and numbered lists, and inline enumerations.

- ``headings``: paragraphs that open with a short verbless sentence ("Цифровизация.") and go on
  with details, after a paragraph that announces them ("ряд ключевых направлений:").
- ``items``: "Во-первых, ...", "Первое – ...", "1) ...", bullets; each item is a direction
  unless it proposes or names something (then the proposal and project finders own it).
- ``inline``: "приоритеты ...: укрепление безопасности, развитие транспорта и туризм".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import islice

import attrs

from sco_brief.extract._initiative_phrase import clause_end, nominal_title
from sco_brief.extract._initiative_text import Found, cue_set, cues, first_pos, tokenize
from sco_brief.segment import Paragraph, Sentence

__all__ = [
    "Item",
    "find_headings",
    "find_inline",
    "find_items",
    "find_stated",
    "has_list_cue",
    "is_collective",
    "summary_of",
]

_VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRED"})
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
_EN_VERBISH = frozenset({"is", "are", "was", "were", "will", "has", "have", "had", "said", "says", "noted"})
_EN_OPENERS = frozenset({"the", "he", "she", "it", "they", "this", "we", "i", "in", "on", "at", "as"})
_SUMMARY_CHARS = 320
# A row of a figures table: a short label, a colon, then the figure ("доля ШОС: 46%", "trade: $97.4 billion").
_FIGURE_ROW = re.compile(r"[^:\n]{2,80}:\s*[-+−~≈$€£¥]?\s*\d")


@attrs.frozen
class Item:
    """One item of an ordinal list: its span (after the marker) and what introduced the list."""

    start: int
    end: int
    first_sentence_end: int
    intro: str


@cache
def _pattern(lang: str, key: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(cues(lang)["directions"][key]) + ")", re.IGNORECASE)


def is_collective(intro: str, lang: str) -> bool:
    """True when the introducing sentence's subject is plural and collective ("Участники согласовали")."""
    cue = _pattern(lang, "list_cues").search(intro)
    head = intro[: cue.start()] if cue else intro
    words = {w.lower() for w in re.findall(r"\w+", head)}
    return bool(words & cue_set(lang, "directions", "collective_subjects"))


def has_list_cue(text: str, lang: str) -> bool:
    """Whether ``text`` announces a list ("ряд предложений", "the following priorities")."""
    return _pattern(lang, "list_cues").search(text) is not None


def summary_of(sentences: Sequence[Sentence]) -> str | None:
    """The details condensed to their first sentence, or two when the first is short."""
    if not sentences:
        return None
    text = sentences[0].text
    if len(sentences) > 1 and len(text) + 1 + len(sentences[1].text) <= _SUMMARY_CHARS and len(text) < 160:
        text = f"{text} {sentences[1].text}"
    return text


def _is_heading(sentence: Sentence, lang: str) -> bool:
    text = sentence.text.rstrip()
    if not text.endswith(".") or not text[:1].isupper():
        return False
    # The word count first: it turns away most sentences at C speed, before the scan by character.
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)
    if not 1 <= len(words) <= int(cues(lang)["directions"]["max_heading_words"]):
        return False
    if any(ch.isdigit() or ch in ',:;«"' for ch in text):
        return False
    if lang != "ru":
        return words[0].lower() not in _EN_OPENERS and not any(w.lower() in _EN_VERBISH for w in words)
    if first_pos(words[0]) not in _NOMINAL:
        return False
    return not any(first_pos(w) in _VERBAL for w in words)


def find_headings(paragraphs: Sequence[Paragraph], first: int, lang: str) -> Iterator[Found]:
    """Directions stated as heading sentences, each over a paragraph of details."""
    index = first
    while index < len(paragraphs):
        run = _heading_run(paragraphs, index, lang)
        if not run:
            index += 1
            continue
        intro = paragraphs[index - 1].text if index > first else ""
        if len(run) >= 3 or intro.rstrip().endswith(":") or _pattern(lang, "list_cues").search(intro):
            collective = is_collective(intro, lang)
            yield from (_heading_found(p, collective) for p in run)
        index += len(run)


def _heading_run(paragraphs: Sequence[Paragraph], index: int, lang: str) -> list[Paragraph]:
    run = []
    for paragraph in islice(paragraphs, index, None):  # a slice would copy the rest of a long text
        if len(paragraph.sentences) < 2 or not _is_heading(paragraph.sentences[0], lang):
            break
        run.append(paragraph)
    return run


def _heading_found(paragraph: Paragraph, collective: bool) -> Found:
    heading = paragraph.sentences[0]
    return Found(
        kind="direction",
        title=heading.text.rstrip().rstrip(".").strip(),
        start=heading.span.start,
        end=heading.span.end,
        anchor=heading.span.start,
        summary=summary_of(paragraph.sentences[1:]),
        collective=collective,
    )


@cache
def _marker(lang: str) -> re.Pattern[str]:
    ordinals = "|".join(re.escape(o) for o in cues(lang)["directions"]["ordinals"])
    return re.compile(rf"(?:(?:{ordinals})(?![\w-])|\d{{1,2}}[.)](?=\s))\s*[,.:;–—-]?\s*", re.IGNORECASE)


_BULLET = re.compile(r"[•·▪●*–—-]\s+")


def find_items(paragraphs: Sequence[Paragraph], first: int, lang: str) -> Iterator[Item]:
    """The items of every ordinal, numbered or bulleted list with two items or more."""
    run: list[tuple[int, int, int]] = []  # (paragraph index, start, first sentence end)
    bounds: list[tuple[int, int]] = []
    for paragraph in paragraphs[first:]:
        starts = _item_starts(paragraph, lang)
        if not starts or (run and run[-1][0] < paragraph.index - 1):
            yield from _flush(paragraphs, run, bounds)
            run, bounds = [], []
        for position, (start, sentence_end) in enumerate(starts):
            end = starts[position + 1][0] if position + 1 < len(starts) else paragraph.span.end
            run.append((paragraph.index, start, sentence_end))
            bounds.append((start, end))
    yield from _flush(paragraphs, run, bounds)


def _item_starts(paragraph: Paragraph, lang: str) -> list[tuple[int, int]]:
    """(item start after its marker, end of the item's first sentence) for each marked sentence."""
    starts = []
    for number, sentence in enumerate(paragraph.sentences):
        match = _marker(lang).match(sentence.text)
        if match is None and number == 0:
            match = _BULLET.match(sentence.text)
        if match is not None and match.end() < len(sentence.text):
            starts.append((sentence.span.start + match.end(), sentence.span.end))
    return starts


def _flush(
    paragraphs: Sequence[Paragraph], run: list[tuple[int, int, int]], bounds: list[tuple[int, int]]
) -> Iterator[Item]:
    if len(run) < 2 or _dialogue(paragraphs, run):
        return
    first_paragraph = paragraphs[run[0][0]]
    before = [s for s in first_paragraph.sentences if s.span.end <= run[0][1]]
    intro = before[-1].text if before else (paragraphs[run[0][0] - 1].text if run[0][0] > 0 else "")
    lines = [line for p in paragraphs[run[0][0] : run[-1][0] + 1] for line in p.text.splitlines()]
    if sum(bool(_FIGURE_ROW.match(line.lstrip(" -–—•*"))) for line in lines) * 2 > len(run):
        return  # "- trade in 2025: $97.4 billion" rows are a table of figures, not a list of directions
    for (_index, start, sentence_end), (_start, end) in zip(run, bounds, strict=True):
        yield Item(start=start, end=end, first_sentence_end=sentence_end, intro=intro)


def _dialogue(paragraphs: Sequence[Paragraph], run: list[tuple[int, int, int]]) -> bool:
    """Dash lines with a question among them are an interview's questions and answers, no list."""
    lines = {index for index, _start, _end in run}
    return any(s.text.rstrip().endswith("?") for index in lines for s in paragraphs[index].sentences)


def item_title(text: str, start: int, end: int, lang: str) -> str | None:
    """The title of an item that states a direction by itself ("Второе – создание инфраструктуры.")."""
    tokens = tokenize(text, start, end)
    while tokens and tokens[-1].text in ".;!…":
        tokens.pop()
    if not tokens:
        return None
    stop = clause_end(tokens, 0, lang) if lang == "ru" else len(tokens)
    return nominal_title(tokens[:stop], text, lang, ("nomn", "accs")) or None


def find_inline(text: str, start: int, end: int, lang: str) -> Iterator[Found]:
    """Directions enumerated inline after a cue: "приоритеты ...: A, B, C и D"."""
    for cue in _pattern(lang, "inline_cues").finditer(text, start, end):
        opener = _opener(text, cue.end(), end, lang)
        if opener is None:
            continue
        collective = is_collective(text[start : cue.end()], lang)
        items = _split_items(text, opener, end, lang)
        for item_start, item_end in items:
            tokens = tokenize(text, item_start, item_end)
            title = nominal_title(tokens, text, lang, ("nomn", "accs"))
            yield Found(kind="direction", title=title, start=start, end=end, anchor=item_start, collective=collective)
        if items:
            return


def _opener(text: str, cue_end: int, end: int, lang: str) -> int | None:
    window = text[cue_end : min(end, cue_end + 120)]
    words = "|".join(re.escape(w) for w in cues(lang)["directions"]["inline_openers"] if w != ":")
    joins = tuple(cues(lang)["clauses"]["dash_joins"])
    for found in re.finditer(rf":|(?<!\w)(?:{words})(?!\w)", window):
        if re.search(r"[.;!?]", window[: found.start()]):
            return None
        if joins and window[found.end() :].lstrip().lower().startswith(joins):
            continue  # "государства – члены" is a compound, not the opening of a list
        return cue_end + found.end()
    return None


def _split_items(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    body_end = end
    while body_end > start and text[body_end - 1] in ".;!?… \n":
        body_end -= 1
    chunks = _top_level_commas(text, start, body_end)
    conjunction = re.compile(r"\s+(?:и|and)\s+", re.IGNORECASE)
    last_start, last_end = chunks[-1]
    lead = re.match(r"\s*(?:и|and)\s+", text[last_start:last_end], re.IGNORECASE)
    if lead:
        chunks[-1] = (last_start + lead.end(), last_end)
    else:
        split = list(conjunction.finditer(text, last_start, last_end))
        if split:
            chunks[-1:] = [(last_start, split[-1].start()), (split[-1].end(), last_end)]
    items = [_trim(text, s, e) for s, e in chunks]
    limit = int(cues(lang)["directions"]["max_inline_item_words"])
    if len(items) < 2 or any(e <= s or len(text[s:e].split()) > limit for s, e in items):
        return []
    return items


def _top_level_commas(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunks, depth, position = [], 0, start
    for offset in range(start, end):
        char = text[offset]
        if char in "«(“":
            depth += 1
        elif char in "»)”" and depth > 0:
            depth -= 1
        elif char == "," and depth == 0:
            chunks.append((position, offset))
            position = offset + 1
    chunks.append((position, end))
    return chunks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _stated(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in cues(lang)["stated"]["patterns"])


def find_stated(text: str, start: int, end: int, lang: str) -> Iterator[Found]:
    """A direction named outright: "identified healthcare as a promising area of cooperation"."""
    for pattern in _stated(lang):
        for match in pattern.finditer(text, start, end):
            group = "items" if "items" in pattern.groupindex else "title"
            spans = [match.span(group)]
            if group == "items":  # plural priorities: one direction per item of the list
                spans = _list_items(text, *spans[0])
            for first, last in spans:
                title = nominal_title(tokenize(text, first, last), text, lang, ("accs", "nomn"))
                if title:
                    yield Found(kind="direction", title=title, start=start, end=end, anchor=first)


_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of "A, B and C" between ``start`` and ``end``."""
    spans, first = [], start
    for separator in _LIST_SEPARATOR.finditer(text, start, end):
        spans.append((first, separator.start()))
        first = separator.end()
    spans.append((first, end))
    return [(a, b) for a, b in spans if b > a]
