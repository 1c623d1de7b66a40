"""Per-rule scans for a process's first texts, the combined scan once enough text has passed.

Building the combined scan (``_date_scan``) compiles large patterns: about half a second for the
Russian rules. A one-shot command reading one press release would spend more on it than it saves,
while a batch recovers it within a few hundred documents. Both paths find exactly the same matches
(tests/test_date_scan.py), so which one runs changes no result, only the time taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sco_brief.recognise._date_scan import Scanner
from sco_brief.recognise._date_starts import matches, start_class

__all__ = ["BUILD_AFTER", "RuleMatcher"]

# Characters read per rule before building pays: the build costs about what the per-rule path
# loses on 700,000 characters, so a third of that keeps one-shot runs cheap and batches fast.
BUILD_AFTER = 250_000


class RuleMatcher:
    """The matches of many patterns, per pattern in ``finditer`` order, by the cheaper path so far."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], build_after: int | None = None) -> None:
        self.patterns = tuple(patterns)
        self.build_after = BUILD_AFTER if build_after is None else build_after
        self.scanner: Scanner | None = None
        self._seen = 0

    def find(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, the matches ``pattern.finditer(text)`` yields."""
        if self.scanner is None:
            self._seen += len(text)
            if self._seen <= self.build_after:
                return [list(matches(p, start_class(p), text)) for p in self.patterns]
            # Two threads may both get here: each builds an equal scanner, and one is kept.
            self.scanner = Scanner.build(self.patterns)
        return self.scanner.find(text)
