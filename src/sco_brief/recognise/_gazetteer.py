"""Shared machinery of the gazetteer recognisers: generated word forms and phrase matching.

Russian entries are stored once, in the nominative; every case form is generated here with
pymorphy3, so data files never list declensions by hand. Matching is token-based and
longest-first, and every match keeps its character offsets into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress, pairwise, product

import attrs

from sco_brief.morph import lemma, parses
from sco_brief.recognise._gazetteer_memo import document_text, remembered
from sco_brief.recognise._gazetteer_words import (
    Token,
    Words,
    cut,
    fold,
    tokens,
    word_keys,
    word_lists,
    word_texts,
)

__all__ = [
    "Entry",
    "Lexicon",
    "Token",
    "Words",
    "adjective_forms",
    "fold",
    "lemma_key",
    "noun_phrase_forms",
    "tokens",
    "word_keys",
    "word_lists",
    "word_texts",
]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Between two words of one name only spaces (and an apostrophe of "People's") may stand.
_GLUE = re.compile(r"[ \t\u00a0'’]{1,3}")
_GENDERS = ("masc", "femn", "neut")


@attrs.frozen
class Entry:
    """What a lexicon phrase means: a key (ISO code, city name), its form, and case rules."""

    key: str
    form: str
    exact: bool = False  # abbreviations: the letters' case must match exactly
    capital_first: bool = False  # proper names: the text must write the first letter upper-case


# Cached per word form: news vocabulary repeats, and a lemma costs a pymorphy3 parse.
@lru_cache(maxsize=65536)
def lemma_key(word: str) -> str:
    """The matching key of a Russian word by its lemma, so every case form of a phrase matches.

    Abbreviations keep their letters ("СГП", "КНР"); pymorphy3 would guess odd lemmas for them.
    """
    if len(word) > 1 and word.isupper():
        return fold(word)
    return fold(lemma(word))


def _word_forms(word: str, case: str, gender: str | None) -> set[str]:
    """Forms of one nominative word in ``case``, over every plausible nominative parse."""
    head, _, last = word.rpartition("-")
    if head and not any(p.tag.POS == "ADJF" for p in parses(word)):
        # In hyphenated place names only the last part declines ("Чолпон-Ате", "Нью-Дели").
        return {f"{head}-{form}" for form in _word_forms(last, case, gender)}
    found: set[str] = set()
    for parse in parses(word):
        if "nomn" not in parse.tag or (gender and parse.tag.gender not in (gender, None)):
            continue
        if "Fixd" in parse.tag:
            found.add(word)
            continue
        inflected = parse.inflect({case})
        if inflected is not None:
            found.add(_restore_case(word, inflected.word))
    if gender and not found:
        found |= _guess_by_gender(word, case, gender)
    return found or {word}


def _guess_by_gender(word: str, case: str, gender: str) -> set[str]:
    """Decline an unknown masculine word like a known one with the same ending ("Тяньцзинь")."""
    model = {"masc": "конь", "femn": "тень", "neut": "поле"}[gender] if word.endswith("ь") else None
    if model is None or gender not in _GENDERS:
        return set()
    for parse in parses(model):
        inflected = parse.inflect({case}) if parse.tag.gender == gender else None
        if inflected is not None:
            return {word[:-1] + inflected.word[len(model) - 1 :]}
    return set()


def _restore_case(original: str, form: str) -> str:
    if original.isupper():
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def noun_phrase_forms(phrase: str) -> set[str]:
    """Every case form of a nominative phrase, e.g. "Кыргызская Республика" -> "Кыргызской Республики".

    A ":masc"/":femn"/":neut" suffix gives the gender of an unknown word. Each word may also stay
    in the nominative, since appositive names do not decline ("Республики Казахстан").
    """
    text, _, gender = phrase.partition(":")
    words = text.split()
    forms: set[str] = set()
    for case in _CASES:
        options = [sorted(_word_forms(w, case, gender or None) | {w}) for w in words]
        forms.update(" ".join(choice) for choice in product(*options))
    return forms


def adjective_forms(lemma: str) -> set[str]:
    """All forms (genders, numbers, cases) of an adjective lemma such as "кыргызский"."""
    for parse in parses(lemma):
        if parse.tag.POS == "ADJF":
            return {str(form.word) for form in parse.lexeme if form.tag.POS == "ADJF"}
    return {lemma}


class Lexicon:
    """Phrases -> entries, matched longest-first over the tokens of a text."""

    def __init__(self, key: Callable[[str], str] = fold) -> None:
        self._phrases: dict[tuple[str, ...], list[tuple[str, Entry]]] = {}
        # First word key -> lengths of the phrases starting with it, longest first.
        self._lengths: dict[str, tuple[int, ...]] = {}
        # The keys of one-word phrases, and the first two keys of longer ones: a word whose key
        # and next key are in neither starts no phrase, however its first key reads.
        self._singles: set[str] = set()
        self._pairs: set[tuple[str, str]] = set()
        self._key = key
        self.longest = 1

    def add(self, phrase: str, entry: Entry) -> None:
        words = word_texts(phrase)
        if not words:
            return
        key = tuple(self._key(w) for w in words)
        self._phrases.setdefault(key, []).append((" ".join(words), entry))
        lengths = set(self._lengths.get(key[0], ())) | {len(key)}
        self._lengths[key[0]] = tuple(sorted(lengths, reverse=True))
        if len(key) == 1:
            self._singles.add(key[0])
        else:
            self._pairs.add((key[0], key[1]))
        self.longest = max(self.longest, len(key))

    def add_all(self, phrases: Iterable[str], entry: Entry) -> None:
        for phrase in phrases:
            self.add(phrase, entry)

    def __len__(self) -> int:
        return len(self._phrases)

    def find(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        """Yield (start, end, entry) for the longest phrase at each position, left to right."""
        yield from remembered(("find", self, text), lambda: self._find(text))

    def find_in(self, text: str, start: int, end: int) -> tuple[tuple[int, int, Entry], ...]:
        """The matches of ``text[start:end]`` with offsets into ``text``: ``find`` of the piece, shifted.

        Within a document scope the piece's matches are read off the whole text's (see
        :func:`_inside_document`), with no slicing or searching for the piece.
        """
        spans = remembered(("spans", self, text), lambda: _Spans(text, tuple(self.find(text))))
        found = spans.within(start, end)
        if found is None:
            found = tuple((a + start, b + start, entry) for a, b, entry in self.find(text[start:end]))
        return found

    def _find(self, text: str) -> tuple[tuple[int, int, Entry], ...]:
        inside = _inside_document(self, text)
        return inside if inside is not None else self._scan(text)

    def _scan(self, text: str) -> tuple[tuple[int, int, Entry], ...]:
        keys = word_keys(text, self._key)
        lengths = self._lengths
        # Most words start no phrase: one set look-up rules them out.
        candidates = list(compress(range(len(keys)), map(lengths.__contains__, keys)))
        if not candidates:
            return ()
        words = word_lists(text)
        found: list[tuple[int, int, Entry]] = []
        covered = 0  # matches do not overlap: the next may start only after the last one
        singles, pairs, last = self._singles, self._pairs, len(keys) - 1
        for index in candidates:
            key = keys[index]
            if key not in singles and (index == last or (key, keys[index + 1]) not in pairs):
                continue  # most candidates ("в", "на") start no phrase with the next word
            hit = self._match(text, words, index, keys) if index >= covered else None
            if hit is not None:
                found.append((words.starts[index], words.ends[index + hit[0] - 1], hit[1]))
                covered = index + hit[0]
        return tuple(found)

    def _match(self, text: str, words: Words, index: int, keys: list[str]) -> tuple[int, Entry] | None:
        """:meth:`match_at` over a text's word lists, with the keys already computed."""
        starts, ends, texts = words
        for length in self._lengths[keys[index]]:
            stop = index + length
            # A dict miss is cheaper than the glue checks, and most lengths miss.
            phrases = self._phrases.get(tuple(keys[index:stop])) if stop <= len(keys) else None
            if not phrases or not all(_GLUE.fullmatch(text, ends[i], starts[i + 1]) for i in range(index, stop - 1)):
                continue
            found = " ".join(texts[index:stop])
            for written, entry in phrases:
                if _case_ok(found, written, entry):
                    return length, entry
        return None

    def match_word(self, text: str, index: int) -> tuple[int, Entry] | None:
        """:meth:`match_at` for the ``index``-th word of ``text``, over its memoised words and keys."""
        keys = word_keys(text, self._key)
        return self._match(text, word_lists(text), index, keys) if keys[index] in self._lengths else None

    def match_at(
        self, text: str, words: Sequence[Token], index: int, keys: Sequence[str] | None = None
    ) -> tuple[int, Entry] | None:
        """The longest phrase starting at ``words[index]``: (its length in words, its entry)."""
        first = keys[index] if keys is not None else self._key(words[index].text)
        for length in self._lengths.get(first, ()):
            if index + length > len(words):
                continue
            span = words[index : index + length]
            if not all(_GLUE.fullmatch(text[a.end : b.start]) for a, b in pairwise(span)):
                continue
            key = tuple(keys[index : index + length]) if keys is not None else tuple(self._key(t.text) for t in span)
            for written, entry in self._phrases.get(key, ()):
                if _case_ok(" ".join(t.text for t in span), written, entry):
                    return length, entry
        return None


_Match = tuple[int, int, Entry]


def _inside_document(lexicon: Lexicon, text: str) -> tuple[_Match, ...] | None:
    """The matches of ``text`` read off the whole document's, when ``text`` is a piece of it.

    Matching is left to right and looks at nothing outside the words it joins, so a piece whose
    edges cut no word and no match holds exactly the document's matches between its edges. The
    answer depends on the piece's characters only, so any occurrence of them will do. None when
    the shortcut does not apply (no document, not a piece of it, or an edge cuts a word or match).
    """
    document = document_text()
    if document is None or len(text) >= len(document) or _few_pieces(lexicon, document, text):
        return None
    start = document.find(text)
    if start < 0:
        return None
    spans = remembered(("spans", lexicon, document), lambda: _Spans(document, tuple(lexicon.find(document))))
    found = spans.within(start, start + len(text))
    return None if found is None else tuple((a - start, b - start, entry) for a, b, entry in found)


def _few_pieces(lexicon: Lexicon, document: str, text: str) -> bool:
    """Whether ``text`` is better scanned on its own: the document is not scanned yet, and the
    pieces asked so far are a small part of it (one sentence's head asked once). Either way the
    answer is the same; past half the document's length, one scan of it serves every piece."""
    asked = remembered(("piece chars", lexicon, document), lambda: [0])
    if asked[0] < 0:
        return False
    asked[0] += len(text)
    if asked[0] <= len(document) // 2:
        return True
    asked[0] = -1  # from now on, the document's matches
    return False


class _Spans:
    """A document's words and matches, indexed by offset."""

    def __init__(self, document: str, matches: tuple[_Match, ...]) -> None:
        words = word_lists(document)
        self._words = (words.starts, words.ends)
        self._matches = matches
        self._bounds = ([m[0] for m in matches], [m[1] for m in matches])

    def within(self, start: int, end: int) -> tuple[_Match, ...] | None:
        """The matches inside ``document[start:end]`` (offsets into the document), or None if an edge cuts one."""
        words, bounds = self._words, self._bounds
        if cut(words, start) or cut(words, end) or cut(bounds, start) or cut(bounds, end):
            return None
        starts = bounds[0]
        first = bisect.bisect_left(starts, start)
        return self._matches[first : bisect.bisect_left(starts, end, first)]


def _case_ok(found: str, written: str, entry: Entry) -> bool:
    if entry.exact:
        return found == written
    if entry.capital_first:
        return found[:1].isupper()
    return True
