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
backreference could read, an alternative that does not compile on its own, or one that can
match the empty string) is run as the whole pattern, as before.

``any_of`` does the same for a cue that is only asked whether it occurs (``has_cue``): a
pattern's top-level alternatives, and those of the first group outside any other
(``X(?:A|B)Y`` is ``X(?:A)Y`` or ``X(?:B)Y``), are searched one at a time, those whose
words are absent not at all; the whole occurs exactly when one of them does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

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
        self._branches: tuple[re.Pattern[str], ...] = ()
        try:
            branches = [re.compile(p, flags) for p in sources]
        except re.error:  # an alternative that compiles only in the whole (a backreference)
            return
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


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Each ``(``, ``)`` and ``|`` of ``source`` outside a character class and an escape,
    with its place and the depth of groups around it (a ``)`` counted inside its group)."""
    depth, i = 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a "]" or "^]" right after "[" is a member, not the end
            i += 1
            i += source[i : i + 1] == "^"
            i += source[i : i + 1] == "]"
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            yield i, char, depth
            depth += 1
        elif char == ")":
            yield i, char, depth
            depth -= 1
        elif char == "|":
            yield i, char, depth
        i += 1


def top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at each ``|`` outside a group, a character class and an escape."""
    cuts = [i for i, char, depth in _structure(source) if char == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]


def distributed(part: str) -> list[str]:
    """``X(?:A|B)Y`` as ``X(?:A)Y`` and ``X(?:B)Y``, for the first non-capturing group
    outside any other that no quantifier follows: the whole matches somewhere exactly when
    one of them does (a pattern without groups that capture)."""
    opened = -1
    for i, char, depth in _structure(part):
        if char == "(" and depth == 0:
            opened = i if part.startswith("(?:", i) else -1
        elif char == ")" and depth == 1 and opened >= 0:
            if part[i + 1 : i + 2] in ("*", "+", "?", "{"):
                opened = -1
                continue
            inner = top_level_alternatives(part[opened + 3 : i])
            if len(inner) > 1:
                return [f"{part[:opened]}(?:{a}){part[i + 1 :]}" for a in inner]
            opened = -1
    return [part]


# An alternation of fewer alternatives than this is searched whole.
MIN_ALTERNATIVES = 8
# Han characters: a pattern that holds them is searched whole. Its words are looked for by
# substring in a text with no spaces between words, where the loop over alternatives costs
# more than the whole's own scan (Chinese cues cut: about three times the CPU of whole).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class AnyOf:
    """Whether a pattern of many alternatives finds anything in a text, asked of the
    alternatives whose words the text holds, each on its own: the whole matches somewhere
    exactly when one of them does."""

    def __init__(self, pattern: re.Pattern[str], alternatives: Sequence[str]) -> None:
        self.pattern = pattern
        self._alternatives = tuple(re.compile(a, pattern.flags) for a in alternatives)
        self._index = WordIndex([pattern_needs(a) for a in self._alternatives])

    def search(self, text: str) -> bool:
        alternatives = self._alternatives
        return any(alternatives[i].search(text) for i in self._index.runnable(text))


@functools.lru_cache(maxsize=1024)
def any_of(pattern: re.Pattern[str]) -> AnyOf | None:
    """An ``AnyOf`` for ``pattern``, or None when it is searched whole: fewer than
    ``MIN_ALTERNATIVES`` alternatives, a group that captures (a backreference could read
    it), verbose mode, flags set at its start, Han characters (``_HAN``), or an
    alternative that does not compile; and for an object that is not a compiled pattern."""
    if not isinstance(pattern, re.Pattern):
        return None
    source = pattern.pattern
    if not isinstance(source, str) or pattern.groups or pattern.flags & re.VERBOSE:
        return None
    if re.match(r"\(\?[aiLmsux-]+\)", source) or _HAN.search(source):
        return None
    alternatives = [a for part in top_level_alternatives(source) for a in distributed(part)]
    if len(alternatives) < MIN_ALTERNATIVES:
        return None
    try:
        return AnyOf(pattern, alternatives)
    except re.error:
        return None
