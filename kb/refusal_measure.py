"""Refusal checks on what a figure measures: the unit a question asks it in, and the one
member of a group (a gas, a source of power) it asks about.

"How many kilometres long will the network be?" is not answered by a clause that gives
the network's energy in TWh, nor "What nitrous oxide cut is expected?" by a clause on
methane. Both checks read the quoted clause only, with the units and groups of
``kb/data/measures.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits
from kb.refusal_words import carries_kind
from kb.retrieve import Hit
from kb.understand import Query, carries

# "how many kilometres", "how many more gigawatts", "... in tonnes?", "what tonnage".
_ASKED_UNIT = re.compile(
    r"\bhow (?:many|much)\s+(?:(?:more|additional|extra|new)\s+)?([a-z][\w-]*)"
    r"|\bin\s+(?:[a-z]+\s+)?([a-z][\w-]*)\s*\?\s*$"
    r"|\bwhat\s+(tonnage)\b",
    re.IGNORECASE,
)
# A number followed by a unit written against it or after a space: "109MW", "5 GW".
_NUMBER_UNIT = re.compile(r"\d(?:[\d.,]*\d)?\s*([a-z][a-z0-9]*)", re.IGNORECASE)


_QUOTED_KINDS = {
    "amount": "sum of money",
    "share": "share or percentage",
    "count": "count",
    "quantity": "quantity",
}


# Words of a question that asks how far something changes.
_CHANGE = re.compile(
    r"\b(?:by how much|fall|fell|fallen|falls|drop|dropped|drops|cut|cuts|decline|declined|"
    r"reduc\w*|lower\w*|rise|rose|risen|increase\w*|grow|grew|grown|shrink\w*)\b",
    re.IGNORECASE,
)


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/measures.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _unit_dimension() -> dict[str, str]:
    return {u: dim for dim, words in _data().get("units", {}).items() for u in words}


def asked_dimension(question: str) -> str:
    """The dimension ("length", "mass", ...) the question asks its figure in ("" if none).

    Example:
        >>> asked_dimension("How many kilometres long will the core network be?")
        'length'
        >>> asked_dimension("How much coal was imported in 2025 in tonnes?")
        'mass'
        >>> asked_dimension("How many jobs will the plant create?")
        ''
    """
    units = _unit_dimension()
    for m in _ASKED_UNIT.finditer(question):
        word = next(g for g in m.groups() if g).lower()
        if word in units:
            return units[word]
    return ""


def _dimensions(text: str) -> set[str]:
    """The dimensions ``text`` states a figure in (a unit word anywhere, or a symbol
    written against a number: "109MW", "55 TWh")."""
    units = _unit_dimension()
    low = fold_wide_digits(text).lower()
    found = {units[w] for w in re.findall(r"[a-z][a-z0-9-]*", low) if w in units}
    found |= {units[u] for u in _NUMBER_UNIT.findall(low) if u in units}
    return found


def unit_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks its figure in a unit ("how many kilometres") and the quoted
    clause states no figure of that dimension."""
    if not candidates or query.kind not in ("count", "quantity", "amount"):
        return ""
    dim = asked_dimension(query.text)
    if not dim:
        return ""
    hit = candidates[0]
    if dim in _dimensions(hit.indexed_text or hit.text):
        return ""
    return f"the passage found states no figure of {dim}"


def _mentions(low: str, term: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", low) is not None


def alternative_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question names one member of a group (nitrous oxide among the gases) and the
    quoted clause names another member of that group and not the asked one. A question
    naming several members ("wind, sun and reactors combined") is not checked.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What nitrous oxide cut does the plan expect by 2035?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="Methane falls 35% by 2035.")
        >>> alternative_reason(q, [hit])
        'the passage found speaks of methane, not nitrous oxide'
    """
    if not candidates:
        return ""
    q = query.text.lower()
    hit = candidates[0]
    text = fold_wide_digits(hit.indexed_text or hit.text).lower()
    for group in _data().get("alternatives", {}).values():
        asked = [m for m in group if any(_mentions(q, t) for t in m)]
        if len(asked) != 1 or any(_mentions(text, t) for t in asked[0]):
            continue
        other = [m for m in group if m not in asked and any(_mentions(text, t) for t in m)]
        if other:
            return f"the passage found speaks of {other[0][0]}, not {asked[0][0]}"
    return ""


def quoted_kind_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A sum of money, a share, a count or a quantity is asked and the quoted clause
    states none: a neighbour's figure is another thing's figure.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How much does the subsidy pay per van?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="A subsidy for vans starts.")
        >>> quoted_kind_reason(q, [hit])
        'the passage found states no sum of money'
    """
    if not candidates or query.kind not in _QUOTED_KINDS:
        return ""
    text = fold_wide_digits(candidates[0].indexed_text or candidates[0].text)
    if carries_kind(query, text):
        return ""
    # "By how much have pack prices fallen?": a change in a price or a cost is often
    # stated as a percentage.
    if query.kind == "amount" and _CHANGE.search(query.text) and carries("share", text):
        return ""
    return f"the passage found states no {_QUOTED_KINDS[query.kind]}"


#: The checks of this module as ``kb.refusal.refusal_reason`` names them, in order.
MEASURE_CHECKS = {
    "quoted_kind": quoted_kind_reason,
    "unit": unit_reason,
    "alternative": alternative_reason,
}
