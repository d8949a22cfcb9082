"""A pledge given as a total and split into an outright and a conditional part.

"Norland will cut its emissions intensity by 40% by 2032. Of that, 25% it promises
unconditionally and the other 15% only if outside finance arrives on conditions." states one
target, 25%: the 40% total reaches beyond it only on a condition, so it is the target's high
end, as a conditional figure is elsewhere (``kb.track_conditional``). The split may stand in
the target's own sentence ("40% by 2032, with 25% unconditional and 15% more on conditions")
or in another sentence of the same text that names no other year; it applies to a
percentage target whose value is the sum of the two parts, unless the target's own clause
already calls its figure outright ("unconditional emissions by 40%"). A split in another
sentence splits only a target of its own metric: one whose metric that sentence names, or,
when it names none, the target in the sentence beside it (the total just before it when one
stands there: "Of this, ..."), and with it every target of its key or of its figure, year and
way. The part beside an outright one is a conditional part only when it needs outside support
or aid: a part "through international cooperation" or carbon markets is an offset of the same
pledge. A split told as an earlier pledge ("the first pledge was
...", "up from ...", or a pledge named by a year before the document's) splits no target, nor
does a split in another sentence split a target its own sentence calls a newer pledge ("now
pledges"); a split in the target's own sentence is its own, new or updated. Patterns are
per-language data (``ingest/data/pledge_parts.toml``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from ingest.lang import load_grammar
from ingest.metric_keys import find_concept, metric_key
from ingest.records import Statistic, Target

_PERCENT = {"%", "percent", "per cent"}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_STOP = re.compile(r"[.!?](?=\s|$)|[。！？；;]|\n\s*\n")


@dataclasses.dataclass(frozen=True)
class _Table:
    splits: tuple[re.Pattern[str], ...]
    outright: re.Pattern[str]
    earlier: re.Pattern[str]
    named: re.Pattern[str]  # a pledge named by a year
    newer: re.Pattern[str]
    loose: re.Pattern[str]  # a metric phrase that names only the pledge ("its ambition")

    def told_earlier(self, text: str, year: int | None) -> bool:
        """Whether ``text`` tells of an earlier pledge: in its words, or by a pledge named
        by a year before ``year`` (the document's) or followed by a past verb."""
        if self.earlier.search(text):
            return True
        return any(
            m.group("past") or (year is not None and int(m.group("y")) < year)
            for m in self.named.finditer(text)
        )


@dataclasses.dataclass(frozen=True)
class _Split:
    part: float
    total: float
    start: int  # the split's sentence in the text
    end: int


def _fill(pattern: str, words: dict[str, str]) -> str:
    for name, value in words.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _per_cent(language: str) -> str:
    """The words of per cent of ``language``: its units read as "%" ("percent", "pct"), and
    those that count only against the digits ("30pc")."""
    grammar = load_grammar(language)

    def word(w: str) -> str:
        spelled = r"\s*".join(map(re.escape, w.split()))
        return spelled + (r"\b" if w[-1].isalnum() else "")

    loose = sorted((w for w, u in grammar.units.items() if u == "%"), key=len, reverse=True)
    glued = [w for w, u in grammar.units_glued.items() if u == "%"]
    found = [word(w) for w in loose] + [rf"(?<=\d)(?-i:{word(w)})" for w in glued]
    return "(?:" + "|".join(["[%％]", *found]) + ")"


@functools.lru_cache(maxsize=8)
def _patterns(language: str) -> _Table | None:
    """The compiled table of ``language`` (None when it has none), built on first use: a
    document in one language compiles only that language's grammar."""
    raw = resources.files("ingest").joinpath("data/pledge_parts.toml").read_text("utf-8")
    table = tomllib.loads(raw).get(language)
    if table is None:
        return None
    # The condition words are those of a conditional figure (``data/conditional.toml``).
    data = resources.files("ingest").joinpath("data/conditional.toml").read_text("utf-8")
    condition = tomllib.loads(data).get(language, {})
    words = {name: condition[name] for name in ("lead", "outside") if name in condition}
    words |= {
        "pct": _per_cent(language),
        "own": table.get("own", "(?!)"),
        "aid": table.get("aid", "(?!)"),
    }
    return _Table(
        tuple(re.compile(_fill(p, words), re.IGNORECASE) for p in table["split"]),
        re.compile(table["outright"], re.IGNORECASE),
        re.compile(table["earlier"], re.IGNORECASE),
        re.compile(table["named"], re.IGNORECASE),
        re.compile(table["newer"], re.IGNORECASE),
        re.compile(table["loose"], re.IGNORECASE),
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence of ``text`` around ``start:end``."""
    first = 0
    for stop in _STOP.finditer(text, 0, start):
        first = stop.end()
    after = _STOP.search(text, max(start, end - 1))  # a span may end on its own stop
    return first, after.end() if after else len(text)


def _text_splits(text: str, table: _Table, year: int | None) -> tuple[list[_Split], list[_Split]]:
    """The splits of ``text`` that state a pledge standing now, and those told as an earlier
    pledge, each with its sentence."""
    found: list[_Split] = []
    earlier: list[_Split] = []
    for pattern in table.splits:
        for match in pattern.finditer(text):
            first, last = _sentence(text, match.start(), match.end())
            n, m = float(match.group("n")), float(match.group("m"))
            told = table.told_earlier(text[first:last], year)
            (earlier if told else found).append(_Split(n, n + m, first, last))
    return found, earlier


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
    records: Sequence[Target | Statistic], text: str, language: str, year: int | None = None
) -> list[Target | Statistic]:
    """``records`` with each percentage target that a split of its text breaks into an
    outright and a conditional part read as the outright part, the total as its high end.
    ``year`` is the document's: a pledge named by an earlier year is an earlier pledge.
    ``text`` is read as the records' clauses were (traditional characters as simplified,
    full-width figures as ASCII: ``ingest.figure_fold``).

    Example:
        "cut by 40% by 2032" beside "25% unconditional and 15% conditional" -> 25, high 40.
    """
    table = _patterns(language)
    if table is None:
        return list(records)
    splits = table.splits
    if not any(pattern.search(text) for pattern in splits):
        return list(records)
    in_text, earlier = _text_splits(text, table, year)
    keys = {id(r): _key(r, language) for r in records if isinstance(r, Target)}
    out = [
        _split_one(record, _splits_of(record, in_text, records, keys, text, language), table, year)
        for record in records
    ]
    # The parts a total's own sentence names are that total's (the current pledge's or an
    # earlier one's), not targets of their own.
    parts = {
        (r.clause_id, value)
        for r in records
        if isinstance(r, Target) and r.value is not None
        for part, whole in _splits(r.text or "", splits)
        if abs(whole - r.value) < 1e-9
        for value in (part, whole - part)
    }
    # So are the parts named in the sentence of a split that split a total elsewhere.
    used = {(r.value, r.value_high) for r, was in zip(out, records, strict=True) if r is not was}
    parts |= {
        (r.clause_id, r.value)
        for split in in_text
        if (split.part, split.total) in used
        for r in records
        if isinstance(r, Target)
        and split.start <= r.start < split.end
        and r.value in (split.part, split.total - split.part)
    }
    # And the parts of an earlier pledge's split: they were that pledge's, no target now.
    parts |= {
        (r.clause_id, r.value)
        for split in earlier
        for r in records
        if isinstance(r, Target)
        and split.start <= r.start < split.end
        and r.value in (split.part, split.total - split.part)
    }
    dropped = [
        r
        for r, was in zip(out, records, strict=True)
        if r is was
        and isinstance(r, Target)
        and r.value_high is None
        and (r.clause_id, r.value) in parts
    ]
    # A total whose year went to its parts ("45% by 2030: 35% ..., 10% ...") takes theirs.
    years = {r.clause_id: r.year for r in reversed(dropped) if r.year is not None}
    return [
        dataclasses.replace(r, year=years[r.clause_id])
        if r is not was and isinstance(r, Target) and r.year is None and r.clause_id in years
        else r
        for r, was in zip(out, records, strict=True)
        if not any(r is d for d in dropped)
    ]


def _key(record: Target, language: str) -> str:
    return metric_key(record, language=language).key


def _beside(split: _Split, record: Target | Statistic, text: str) -> bool:
    """Whether ``split``'s sentence is the one just before or after ``record``'s."""
    first, last = _sentence(text, record.start, record.end)
    gap = text[last : split.start] if split.start >= last else text[split.end : first]
    return not gap.strip()


def _splits_of(
    record: Target | Statistic,
    in_text: Sequence[_Split],
    records: Sequence[Target | Statistic],
    keys: dict[int, str],
    text: str,
    language: str,
) -> list[tuple[float, float]]:
    """The (part, total) of the splits in other sentences that may split ``record``: the
    split's sentence names no other year, and names ``record``'s metric or else stands beside
    ``record`` or beside a target keyed as ``record`` is."""
    if not isinstance(record, Target):
        return []
    found = []
    table = _patterns(language)
    assert table is not None
    for split in in_text:
        if split.start <= record.start < split.end:  # its own sentence, in another clause
            found.append((split.part, split.total))
            continue
        sentence = text[split.start : split.end]
        if any(int(y) != record.year for y in _YEAR.findall(sentence)):
            continue
        named = find_concept(sentence, language)
        if named is not None:
            concept = metric_key(record, language=language).concept
            if named.name == concept:
                found.append((split.part, split.total))
            continue
        # The target beside the split, and any of its key or of its figure, year and way
        # (a headline that names the same pledge more loosely).
        # A target named only as the pledge ("raise its ambition to 40%") has no way of its
        # own: its verb is the pledge's, not the measure's.
        same = [
            r
            for r in records
            if isinstance(r, Target)
            and (
                keys[id(r)] == keys[id(record)]
                or (
                    (r.value, r.year) == (record.value, record.year)
                    and (r.direction == record.direction or _loose(r, table))
                )
            )
        ]
        # A split that names no metric reads back to a total just before it ("Of this, ..."):
        # when one stands there, the split is that total's, not the next sentence's.
        before = [
            r
            for r in records
            if isinstance(r, Target)
            and r.value == split.total
            and r.start < split.start
            and _beside(split, r, text)
        ]
        beside = [r for r in same if _beside(split, r, text)]
        if beside and (not before or any(r is b for r in beside for b in before)):
            found.append((split.part, split.total))
    return found


def _loose(record: Target, table: _Table) -> bool:
    """Whether ``record``'s metric phrase names only the pledge, not what it measures."""
    return bool(table.loose.fullmatch((record.metric or "").strip()))


def _up_to_figure(record: Target) -> str:
    """``record``'s clause up to the end of its figure (the words that call it outright)."""
    text = record.text or ""
    at = text.find(record.value_text) if record.value_text else -1
    return text if at < 0 else text[: at + len(record.value_text)]


def _split_one(
    record: Target | Statistic,
    in_text: Sequence[tuple[float, float]],
    table: _Table,
    year: int | None,
) -> Target | Statistic:
    if (
        not isinstance(record, Target)
        or record.value is None
        or record.value_high is not None
        or (record.unit or "").lower() not in _PERCENT
    ):
        return record
    own = _splits(record.text or "", table.splits)
    if own:
        # A split in the pledge's own sentence is that pledge's, new or updated or not.
        if table.told_earlier(record.text or "", year):
            return record
        part = _part_of(record.value, own)
    elif table.outright.search(_up_to_figure(record)) or table.newer.search(record.text or ""):
        # A split elsewhere is no total of a figure called outright or a newer pledge.
        return record
    else:
        part = _part_of(record.value, in_text)
    if part is None:
        return record
    return dataclasses.replace(record, value=part, value_high=record.value)
