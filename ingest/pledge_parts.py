"""A pledge given as a total and split into an outright and a conditional part.

"Norland will cut its emissions intensity by 40% by 2032. This consists of 25% on an
unconditional basis and a further 15% conditional upon outside finance." states one target,
25%: the 40% total reaches beyond it only on a condition, so it is the target's high end, as
a conditional figure is elsewhere (``kb.track_conditional``). The split may stand in the
target's own sentence ("40% by 2032, of which 25% unconditionally and the remaining 15%
conditionally") or in another sentence of the same text that names no year; it applies to a
percentage target whose value is the sum of the two parts, unless the target's own clause
already calls its figure outright ("unconditional emissions by 40%"). Patterns are
per-language data (``ingest/data/pledge_parts.toml``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from ingest.records import Statistic, Target

_PERCENT = {"%", "percent", "per cent"}


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]]:
    raw = resources.files("ingest").joinpath("data/pledge_parts.toml").read_text("utf-8")
    return {
        language: (
            tuple(re.compile(p, re.IGNORECASE) for p in table["split"]),
            re.compile(table["outright"], re.IGNORECASE),
        )
        for language, table in tomllib.loads(raw).items()
    }


def _splits(text: str, splits: Sequence[re.Pattern[str]]) -> list[tuple[float, float]]:
    """Each (outright part, total) a split in ``text`` gives."""
    found = []
    for pattern in splits:
        for match in pattern.finditer(text):
            n, m = float(match.group("n")), float(match.group("m"))
            found.append((n, n + m))
    return found


def _part_of(total: float, splits: Sequence[tuple[float, float]]) -> float | None:
    for part, whole in splits:
        if abs(whole - total) < 1e-9 and part < total:
            return part
    return None


def split_pledges(
    records: Sequence[Target | Statistic], text: str, language: str
) -> list[Target | Statistic]:
    """``records`` with each percentage target that a split of its text breaks into an
    outright and a conditional part read as the outright part, the total as its high end.

    Example:
        "cut by 40% by 2032" beside "25% unconditional and 15% conditional" -> 25, high 40.
    """
    table = _patterns().get(language)
    if table is None:
        return list(records)
    splits, outright = table
    in_text = _splits(text, splits)
    if not in_text:
        return list(records)
    out = [_split_one(record, in_text, splits, outright) for record in records]
    # The parts a total's own sentence names are that total's, not targets of their own.
    parts = {
        (r.clause_id, value)
        for r, was in zip(out, records, strict=True)
        if r is not was and isinstance(r, Target)
        for value in (r.value, (r.value_high or 0.0) - (r.value or 0.0))
        if _splits(r.text or "", splits)
    }
    return [
        r
        for r, was in zip(out, records, strict=True)
        if r is not was
        or not isinstance(r, Target)
        or r.value_high is not None
        or (r.clause_id, r.value) not in parts
    ]


def _split_one(
    record: Target | Statistic,
    in_text: Sequence[tuple[float, float]],
    splits: Sequence[re.Pattern[str]],
    outright: re.Pattern[str],
) -> Target | Statistic:
    if (
        not isinstance(record, Target)
        or record.value is None
        or record.value_high is not None
        or (record.unit or "").lower() not in _PERCENT
    ):
        return record
    own = _splits(record.text or "", splits)
    if own:
        part = _part_of(record.value, own)
    elif outright.search(record.text or ""):
        return record
    else:
        part = _part_of(record.value, in_text)
    if part is None:
        return record
    return dataclasses.replace(record, value=part, value_high=record.value)
