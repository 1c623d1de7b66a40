"""Tokens, morphology and noun-phrase handling shared by the initiative finders.

Titles are slices of the source text whose leading noun phrase is re-inflected (to the
nominative, or to the genitive after a verbal noun) with pymorphy3, so "создания Банка
развития ШОС" reads "Банк развития ШОС". English text is never inflected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

import attrs

from sco_brief.lang import load_toml
from sco_brief.morph import inflect, parses
from sco_brief.recognise._gazetteer_memo import remembered

__all__ = [
    "WORD",
    "Found",
    "Token",
    "cue_set",
    "cues",
    "first_pos",
    "has_pos",
    "inflect_np",
    "is_capitalised",
    "lemma_of",
    "sentence_tokens",
    "tokenize",
]

_WORD_PATTERN = r"[^\W_]+(?:[-‑'’][^\W_]+)*"
# A quoted name is one token, so its words never break or end a phrase.
_TOKEN = re.compile(rf"«[^«»\n]{{1,160}}»|\"[^\"\n]{{1,160}}\"|“[^”\n]{{1,160}}”|{_WORD_PATTERN}|\S")
# Each token with the whitespace before it: findall hands back plain strings, cheaper than match
# objects, and the offsets follow from the lengths (only whitespace lies between tokens, as every
# other character is at least a token of its own).
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
# Every word token of a span is one of these runs: a word can't start inside another token (a
# quoted name ends in a quote mark), so a check of a span's runs covers all its word tokens.
WORD = re.compile(_WORD_PATTERN)
_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
_MODIFIERS = tuple(sorted(_MODIFIER_POS))
_NOUNS = ("NOUN",)


@attrs.frozen(kw_only=True)
class Found:
    """An initiative before it becomes a model object: where it stands and who put it forward.

    ``anchor`` is the offset used to order it and to find its speaker; ``start``/``end`` are
    its evidence span; ``by`` is a country named in the text itself, if any; ``extent`` is
    the phrase the title was made from.
    """

    kind: str
    title: str
    start: int
    end: int
    anchor: int
    summary: str | None = None
    by: str | None = None
    collective: bool = False
    extent: tuple[int, int] | None = None


class Token(NamedTuple):
    """One word, quoted name or punctuation mark, with absolute offsets (a named tuple: cheap to make)."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_quote(self) -> bool:
        return self.text[0] in '«"“' and len(self.text) > 1

    @property
    def low(self) -> str:
        return self.text.lower()


_new_tuple = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    position = start
    for space, token in _SPACED_TOKEN.findall(text, start, stop):
        position += len(space)
        # tuple.__new__ skips the named tuple's Python-level __new__ (a fifth of the time).
        append(_new_tuple(Token, (position, position + len(token), token)))
        position += len(token)
    return tokens


def sentence_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]``, made once per document scope for the finders that share them."""
    return remembered(("initiative_tokens", text, start, end), lambda: tuple(tokenize(text, start, end)))


@cache
def cues(lang: str) -> dict[str, Any]:
    """The initiative cue tables of ``lang`` (``lang/<lang>/initiatives.toml``)."""
    return load_toml(lang, "initiatives")


@cache
def cue_set(lang: str, section: str, key: str) -> frozenset[str]:
    """The word list ``[section] key`` of ``lang`` as a set, made once (the finders ask it per token)."""
    return frozenset(cues(lang)[section][key])


def is_capitalised(token: Token) -> bool:
    """True for a word or quoted name that starts with a capital letter."""
    body = token.text.lstrip('«"“')
    return bool(body) and body[0].isupper()


@lru_cache(maxsize=65536)
def first_pos(word: str) -> str | None:
    """The part of speech of the most likely parse (None for non-Russian tokens)."""
    found = parses(word)
    return str(found[0].tag.POS) if found and found[0].tag.POS else None


@lru_cache(maxsize=65536)
def has_pos(word: str, pos: str) -> bool:
    """True when any parse of ``word`` has part of speech ``pos``."""
    return any(p.tag.POS == pos for p in parses(word))


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The normal form of a Russian word (lower case); other words are lower-cased."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()


def inflect_np(tokens: Sequence[Token], text: str, cases: Sequence[str], target: str) -> str:
    """``text`` spanning ``tokens`` with its leading noun phrase(s) put into case ``target``.

    Args:
        tokens: the tokens of the phrase, in order.
        text: the source text the tokens index into.
        cases: the cases the phrase may be in now, most likely first.
        target: the pymorphy3 case to put it in ("nomn", "gent").
    """
    if not tokens:
        return ""
    start = tokens[0].start
    pieces: list[str] = []
    position = start
    for token, new in _replacements(tokens, cases, target):
        pieces.append(text[position : token.start])
        pieces.append(new)
        position = token.end
    pieces.append(text[position : tokens[-1].end])
    return "".join(pieces)


def _replacements(tokens: Sequence[Token], cases: Sequence[str], target: str) -> list[tuple[Token, str]]:
    for case in cases:
        found = _np_at(tokens, 0, case)
        if found is None:
            continue
        result = found[0]
        position = found[1]
        # Coordinated phrases share the case: "многосторонность и открытую экономику".
        while position + 1 < len(tokens) and tokens[position].low in ("и", ","):
            more = _np_at(tokens, position + 1, case)
            if more is None:
                break
            result += more[0]
            position = more[1]
        return [(token, new) for token, parse in result if (new := _inflected(token, parse, target))]
    return []


def _np_at(tokens: Sequence[Token], index: int, case: str) -> tuple[list[tuple[Token, Any]], int] | None:
    """Modifiers then a head noun in ``case`` from ``index``; the parses and the end index."""
    modifiers: list[Token] = []
    for position in range(index, min(len(tokens), index + 6)):
        token = tokens[position]
        if not token.is_word:
            return None
        head = _parse(token.text, case, _NOUNS, None)
        if head is not None and not _modifies_next(tokens, position, case):
            agreed = [(m, _parse(m.text, case, _MODIFIERS, head)) for m in modifiers]
            if any(parse is None for _m, parse in agreed):
                return None
            return [*agreed, (token, head)], position + 1
        if token.text.isupper() or _parse(token.text, case, _MODIFIERS, None) is None:
            return None
        modifiers.append(token)
    return None


def _modifies_next(tokens: Sequence[Token], position: int, case: str) -> bool:
    """True when a noun/adjective homograph ("рабочую группу") agrees with a noun that follows."""
    for following in tokens[position + 1 : position + 5]:
        if not following.is_word:
            return False
        noun = _parse(following.text, case, _NOUNS, None)
        if noun is not None and _parse(tokens[position].text, case, _MODIFIERS, noun) is not None:
            return True
        if _parse(following.text, case, _MODIFIERS, None) is None:
            return False
    return False


def _parse(word: str, case: str, pos: tuple[str, ...], head: Any) -> Any:
    """The first parse of ``word`` in ``case`` with a part of speech in ``pos`` that agrees with ``head``."""
    if head is None:
        return _parse_agreeing(word, case, pos, False, None, None)
    return _parse_agreeing(word, case, pos, True, *_number_gender(head))


@lru_cache(maxsize=65536)
def _number_gender(parse: Any) -> tuple[str | None, str | None]:
    tag = parse.tag
    return tag.number, tag.gender


@lru_cache(maxsize=65536)
def _parse_agreeing(
    word: str, case: str, pos: tuple[str, ...], agree: bool, number: str | None, gender: str | None
) -> Any:
    # Cached per word form and question: reading pymorphy3 tags is slow (a descriptor per grammeme).
    for parse in parses(word):
        tag = parse.tag
        if tag.POS not in pos or tag.case != case:
            continue
        if agree and tag.number != number:
            continue
        if agree and tag.number == "sing" and gender and tag.gender != gender:
            continue
        return parse
    return None


def _inflected(token: Token, parse: Any, target: str) -> str | None:
    return _inflected_word(token.text, parse, target)


@lru_cache(maxsize=65536)
def _inflected_word(text: str, parse: Any, target: str) -> str | None:
    """``text`` (read as ``parse``) in case ``target``, or None to keep it: cached per word form and parse."""
    if parse.tag.case == target or (text.isupper() and len(text) > 1):
        return None
    grammemes = {target}
    if parse.tag.POS in _MODIFIER_POS and target == "nomn" and parse.tag.number == "plur":
        grammemes.add("plur")
    changed = inflect(parse, grammemes)
    if changed is None:
        return None
    word = str(changed.word)
    written, parts = text.split("-"), word.split("-")
    if len(written) == len(parts):  # "Улан-Баторской" -> "Улан-Баторская", each part as written
        return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for w, p in zip(written, parts, strict=True))
    if text[0].isupper():
        word = word[0].upper() + word[1:]
    return word
