"""Per-document memory for the recognisers: each text is tokenised and matched once.

The extractors ask the same questions of the same text many times (the countries of one
sentence, the titles of the whole document), so inside :func:`document_scope` a recogniser
remembers its answer for each text. The memory lives only as long as the scope, one document,
so it never grows with a stream and one document's answers cannot leak into another's timing.
Outside a scope nothing is remembered, and a recogniser behaves exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

__all__ = ["document_scope", "document_text", "remembered"]

_T = TypeVar("_T")
_MEMORY: ContextVar[dict[Hashable, object] | None] = ContextVar("sco_brief_document_memory", default=None)
_DOCUMENT = "document text"  # the memory's key for the scope's whole text


@contextmanager
def document_scope(text: str | None = None) -> Iterator[None]:
    """Remember recogniser answers until the block ends (one document, whose whole ``text`` it is)."""
    token = _MEMORY.set({} if text is None else {_DOCUMENT: text})
    try:
        yield
    finally:
        _MEMORY.reset(token)


def document_text() -> str | None:
    """The whole text of the current document scope, if it was given one."""
    memory = _MEMORY.get()
    found = memory.get(_DOCUMENT) if memory is not None else None
    return found if isinstance(found, str) else None


def remembered(key: Hashable, compute: Callable[[], _T]) -> _T:
    """``compute()``, or its earlier result for ``key`` within the current document scope.

    The key must name everything the answer depends on (the function, the text, the language).
    """
    memory = _MEMORY.get()
    if memory is None:
        return compute()
    try:
        return memory[key]  # type: ignore[return-value]
    except KeyError:
        value = memory[key] = compute()
        return value
