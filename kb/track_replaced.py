"""An aim that replaces a percentage cut for the same year: "superseded" across two series.

A text sets a cut for a year ("80% below 1990 by 2050"); a later text of the same
jurisdiction sets an aim without a figure for that year instead ("net zero by 2050"). The
cut and the aim are two metrics, each its own series (a percentage and an aim), so no link
within a series joins them, yet the later aim is the earlier cut reformulated: the relation
is ``superseded``. The aims that replace cuts, and the concepts of the cuts they replace,
are data (``replaces`` in ``kb/data/aims.toml``).

A link is made from the aim's first statement of a year (in the earliest document that
states it for that year) to the cut for the same year in the most recent earlier document
stating one, when

- the cut is a level (no ceiling), economy-wide (no sector) and of the same scope and
  jurisdiction, with a value above zero;
- no document of the aim's date or later gives the cut for that year again: a text that
  keeps "80% by 2050" beside "net zero by 2050" has not replaced it;
- the aim is dated and its clause names no sector, by the sector words figures use ("the
  power sector will be carbon neutral by 2035", "net zero power by 2035" aim at a part of
  the economy and replace no economy-wide cut).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from ingest.lang import load_grammar
from ingest.metrics import sector_of
from kb.cjk import has_cjk
from kb.statements import Link, Series, Statement
from kb.track_aims import clause_start

_NEXT_WORD = re.compile(r"\s*-?\s*([^\W\d_]+)")


@functools.lru_cache(maxsize=1)
def replaced_concepts() -> dict[str, frozenset[str]]:
    """``{aim name: concepts of the cuts it replaces}`` from ``kb/data/aims.toml``."""
    data = tomllib.loads(resources.files("kb").joinpath("data/aims.toml").read_text("utf-8"))
    return {a["name"]: frozenset(a["replaces"]) for a in data["aim"] if a.get("replaces")}


def _date(s: Statement) -> str:
    return s.doc_date or "9999"


def _sectoral(aim: Statement) -> bool:
    """Whether the clause of the aim names a sector (the sector words figures use), or the
    word right after the aim's words is a sector's ("net zero power")."""
    text = aim.record.text or ""
    language = "zh" if has_cjk(text) else "en"
    grammar = load_grammar(language)
    words = aim.record.metric or ""
    at = text.find(words) if words else -1
    if at < 0:
        return bool(sector_of(text, grammar=grammar))
    head = clause_start(text, at)
    ends = [text.find(stop, at + len(words)) for stop in (";", ",", ".", "；", "，", "。")]
    tail = min((e for e in ends if e >= 0), default=len(text))
    if sector_of(text[head:tail], grammar=grammar):
        return True
    after = _NEXT_WORD.match(text, at + len(words))
    return language == "en" and bool(
        after and sector_of(f"the {after.group(1)} sector", grammar=grammar)
    )


def _is_cut(s: Statement, aim: Statement, concepts: frozenset[str]) -> bool:
    k, a = s.key, aim.key
    return (
        k.concept in concepts
        and k.unit_family == "percent"
        and k.polarity == "level"
        and not k.sector
        and k.scope == a.scope
        and k.jurisdiction == a.jurisdiction
        and bool(s.record.value)
    )


def replaced_links(series: Sequence[Series]) -> list[tuple[Series, Link]]:
    """The ``superseded`` links from a cut to the aim that replaced it, each with the
    aim's series (see the module)."""
    table = replaced_concepts()
    out: list[tuple[Series, Link]] = []
    for aims in series:
        first = aims.statements[0] if aims.statements else None
        if first is None or first.key.unit_family != "aim":
            continue
        concepts = table.get(first.key.concept)
        if not concepts:
            continue
        seen: set[int] = set()
        for b in sorted(aims.statements, key=lambda s: (_date(s), s.row_id)):
            year = b.record.year
            if not year or year in seen or not b.doc_date or _sectoral(b):
                continue  # a sector's aim, or an undated one, replaces no cut
            seen.add(year)
            cuts = [
                s
                for other in series
                if other is not aims
                for s in other.statements
                if s.record.year == year and _is_cut(s, b, concepts)
            ]
            before = [s for s in cuts if _date(s) < _date(b)]
            if not before or any(_date(s) >= _date(b) for s in cuts):
                continue
            a = max(before, key=lambda s: (_date(s), s.row_id))
            value = f"{a.record.value:g}"
            out.append(
                (
                    aims,
                    Link(
                        a,
                        b,
                        "superseded",
                        f"{value}% cut -> {first.key.concept}",
                        {
                            "lexical": 0.0,
                            "concept": "",
                            "embedding": None,
                            "signal": "replaced",
                            "a_clause": a.record.text,
                            "b_clause": b.record.text,
                        },
                    ),
                )
            )
    return out
