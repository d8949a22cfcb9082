"""A long alternation run one alternative at a time, with the spans the whole gives.

A pattern of many alternatives with no shared first character (the citation furniture of
``[figures]``: acts, dates, provisions, telephone numbers ...) makes the regex engine try
every alternative at every position of a text. Run alone, most alternatives are never
tried: ``WordIndex`` tells which of them a text holds the words for (``needs.py``), and the
rest are searched each on its own, where the engine's own scan is cheap.

``Alternation.spans`` gives exactly the non-empty spans of ``finditer`` of the whole
``(?:a)|(?:b)|...``: from a position, the whole matches at the leftmost position where any
alternative does, with the first alternative (in the list's order) that matches there;
the next search starts where that match ends. Each alternative's next match is kept and
searched again only once an earlier match has passed its start. A search from a position
sees the text before it (lookbehinds, ``\\b``, ``^`` after a newline) as the whole does.

An alternation whose alternatives could change that (a capturing group, which a
backreference could read, or an alternative that can match the empty string) is run as
the whole pattern, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lang.needs import WordIndex, pattern_needs

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - no such parser: the whole pattern is run
    sre_parse = None


def _splittable(branches: Sequence[re.Pattern[str]]) -> bool:
    try:
        return all(b.groups == 0 and sre_parse.parse(b.pattern, b.flags).getwidth()[0] > 0
                   for b in branches)  # fmt: skip
    except (AttributeError, TypeError, ValueError, re.error):
        return False


class Alternation:
    """The alternatives of ``"|".join(f"(?:{p})" for p in sources)``, compiled with
    ``flags``; ``whole`` is that pattern."""

    def __init__(self, sources: Sequence[str], flags: int) -> None:
        self.whole = re.compile("|".join(f"(?:{p})" for p in sources), flags)
        branches = [re.compile(p, flags) for p in sources]
        self._branches: tuple[re.Pattern[str], ...] = ()
        if branches and _splittable(branches):
            self._branches = tuple(branches)
            self._index = WordIndex([pattern_needs(b) for b in branches])

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """The non-empty spans of ``self.whole.finditer(text)``, in order."""
        if not self._branches:
            return tuple(m.span() for m in self.whole.finditer(text) if m.end() > m.start())
        pending: list[tuple[int, int, re.Match[str]]] = []  # (start, alternative, match)
        for i in self._index.runnable(text):
            match = self._branches[i].search(text)
            if match is not None:
                pending.append((match.start(), i, match))
        found: list[tuple[int, int]] = []
        while pending:
            start, _, first = min(pending)
            end = first.end()
            found.append((start, end))
            kept = []
            for item in pending:
                if item[0] < end:  # passed: its next match starts at or after ``end``
                    match = self._branches[item[1]].search(text, end)
                    if match is None:
                        continue
                    item = (match.start(), item[1], match)
                kept.append(item)
            pending = kept
        return tuple(found)
