"""Word alternations as prefix trees try the words in the same order as the plain alternation."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given

from sco_brief.recognise._word_tree import TREE_CHARS, alternatives, word_tree
from tests.strategies import tree_texts, tree_words

# What may follow the alternation: nothing, a letter, a look-ahead, a capture that sees where it ended.
_AFTER = ("", "a", "(?![a-zа-я])", "(.)", "(.*?)b", "\\.?(?=\\s)")


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("after", _AFTER)
@given(words=tree_words, text=tree_texts)
def test_tree_matches_like_plain_alternation(flags: int, after: str, words: list[str], text: str) -> None:
    """Whatever follows, with or without re.IGNORECASE, the tree finds the matches (and groups) the words do."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    plain = re.compile(f"(?:{alternatives(ordered)}){after}", flags)
    tree = re.compile(f"(?:{word_tree(ordered)}){after}", flags)
    assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [
        (m.span(), m.groups()) for m in tree.finditer(text)
    ]


def test_words_with_other_characters_stay_plain() -> None:
    """Capitals (which fold into lower case) make the alternation plain."""
    assert alternatives(["MAY", "May"]) == word_tree(["MAY", "May"])


def test_tree_characters_never_fold_together() -> None:
    """No character matches two tree characters under re.IGNORECASE, so a character takes one branch."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    seen: dict[str, str] = {}
    for char in sorted(TREE_CHARS):
        for found in re.findall(re.escape(char), everything, re.IGNORECASE):
            assert seen.setdefault(found, char) == char, (found, char)
