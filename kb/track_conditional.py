"""Figures a pledge promises only on a condition (``ingest/data/conditional.toml``).

A pledge often comes in two figures, one the holder reaches on its own and a higher one it
reaches only with support from outside ("20% on our own and 35% with international
finance"; "35% conditional"). The conditional figure is the high end of the pledge, not a
target of its own: the unconditional one carries the series (see ``kb.track_prepare``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from kb.statements import Statement

_FLAGS = re.IGNORECASE
_AFTER_CHARS = 80
_BEFORE_CHARS = 120
# room before a condition for the word that sets it aside ("even if", "with or without")
_LEAD_ROOM = 12
# room after the support noun for its own verb when no comma closes the condition
# ("if outside finance does not arrive Norland ..."); the main clause beyond is not read
_PHRASE_ROOM = 20


@dataclass(frozen=True, slots=True)
class _Condition:
    after: re.Pattern[str]
    before: re.Pattern[str]
    not_condition: re.Pattern[str]
    outside: re.Pattern[str]
    phrase_end: re.Pattern[str]


def _fill(pattern: str, words: dict[str, str]) -> str:
    for name, value in words.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _join(patterns: list[str], words: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_fill(p, words)})" for p in patterns), _FLAGS)


@functools.lru_cache(maxsize=1)
def _conditions() -> tuple[_Condition, ...]:
    """Each language's table of ``ingest/data/conditional.toml``, compiled (cached)."""
    text = resources.files("ingest").joinpath("data/conditional.toml").read_text("utf-8")
    found = []
    for table in tomllib.loads(text).values():
        words = {"outside": table["outside"], "lead": table["lead"]}
        found.append(
            _Condition(
                after=_join(table["after"], words),
                before=_join(table["before"], words),
                not_condition=_join(table["not_condition"], words),
                outside=_join([table["outside"]], words),
                phrase_end=_join([table["phrase_end"]], words),
            )
        )
    return tuple(found)


def conditional_text(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is promised only on a condition."""
    after = text[end : end + _AFTER_CHARS]
    before_from = max(0, start - _BEFORE_CHARS)
    before = text[before_from:start]
    for condition in _conditions():
        match = condition.after.search(after)
        if match and not condition.not_condition.search(match.group()):
            return True
        match = condition.before.search(before)
        if match:
            at = before_from + match.start()
            stretch = text[max(0, at - _LEAD_ROOM) : _phrase_end(condition, text, at, start)]
            if not condition.not_condition.search(stretch):
                return True
    return False


def _phrase_end(condition: _Condition, text: str, at: int, start: int) -> int:
    """Where the condition that opens at ``text[at]`` ends: its support noun and own verb.

    A denial counts only inside the condition ("if outside aid does not come"), never in
    the main clause that follows it ("..., emissions will not exceed 300 Mt")."""
    source = condition.outside.search(text, at, start)
    if source is None:
        return start
    end = condition.phrase_end.search(text, source.end(), start)
    if end is not None:
        return end.start()
    return min(start, source.end() + _PHRASE_ROOM)


def conditional_value(statement: Statement) -> bool:
    """Whether the statement's clause makes its figure conditional (on support from outside)."""
    record = statement.record
    figure = getattr(record, "value_text", "") or ""
    text = record.text or ""
    at = text.find(figure) if figure else -1
    if at < 0:
        return False
    return conditional_text(text, at, at + len(figure))
