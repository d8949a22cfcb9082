"""Refusal checks for near-misses: a clause about the asked thing that states another of
its attributes.

"How much gas capacity will be retired?" is not answered by a clause on the gas capacity
to be built, nor "How many projects won the bonus?" by a clause that gives only the
bonus's sum of money, nor "How many chargers had been built?" by a clause on the
chargers a programme will pay for. The checks read the quoted clause (the last one also
the next two candidates), with the word lists of ``kb/data/near_miss.toml``, and refuse
only on positive evidence of the other attribute: a clause that names the asked action
too (or a synonym of it in the same group), states a bare number or a count of the asked
things, or states anything done, is not refused.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.refusal_measure import asked_dimension
from kb.retrieve import Hit
from kb.understand import Query

_FIGURE = re.compile(r"(?<![\w.])\d(?:[\d.,]*\d)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MULTIPLIER = r"(?:thousand|million|billion|trillion|mn|bn|m|b|k|tn)"
_DURATION = re.compile(r"[\s-]*(?:days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
_SHARE = re.compile(r"\s*(?:%|％|per ?cent\b|percent\b)", re.IGNORECASE)
# "how many <words>": the thing counted, up to the verb or preposition after it.
_HOW_MANY = re.compile(
    r"\bhow many\s+([a-z][\w\s-]*?)(?=\s+(?:\w+ed|do|does|did|will|would|"
    r"are|is|were|was|have|has|had|can|could|in|of|for|by|at|under|to)\b|\?|$)",
    re.IGNORECASE,
)


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/near_miss.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _group_patterns() -> dict[str, re.Pattern]:
    groups = _data()["actions"]
    return {
        name: re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for name, words in groups.items()
        if name != "opposed"
    }


def action_groups(text: str) -> set[str]:
    """The groups of policy actions (``kb/data/near_miss.toml``) ``text`` names a word of.

    Example:
        >>> sorted(action_groups("The utility will shut down two coal units."))
        ['retire']
    """
    return {name for name, pattern in _group_patterns().items() if pattern.search(text)}


def action_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks of one action (retiring plants, importing coal) and the quoted
    clause speaks only of its opposite (building plants, exporting coal)."""
    if not candidates or has_cjk(query.text):
        return ""
    asked = action_groups(query.text)
    hit = candidates[0]
    said = action_groups(fold_wide_digits(hit.indexed_text or hit.text))
    for first, second in _data()["actions"]["opposed"]:
        for want, other in ((first, second), (second, first)):
            if want in asked and other not in asked and other in said and want not in said:
                return f"the passage found speaks of the {other} side, not the {want} side"
    return ""


@functools.cache
def _money() -> tuple[re.Pattern, re.Pattern]:
    money = _data()["money"]
    after = "|".join(re.escape(w) for w in money["after"])
    before = "|".join(re.escape(w) for w in sorted(money["before"], key=len, reverse=True))
    return (
        re.compile(rf"(?<![a-z])(?:{before})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{_MULTIPLIER}\b\s*)?(?:{after})\b", re.IGNORECASE),
    )


def figure_kinds(text: str) -> set[str]:
    """The kinds of the figures ``text`` states, years aside: "money" (a currency written
    before or after the figure), "share", "duration" ("over 4 years"), "measure" (a unit
    of measure after it) or "other" (a bare number or a count of things).

    Example:
        >>> sorted(figure_kinds("A bonus of 27 million pounds ($33.5 million) per GW in 2025."))
        ['money']
        >>> sorted(figure_kinds("Up to 6 GW of storage and 40 new projects."))
        ['measure', 'other']
    """
    before, after = _money()
    low = fold_wide_digits(text)
    kinds: set[str] = set()
    for m in _FIGURE.finditer(low):
        rest, head = low[m.end() :], low[: m.start()]
        if _YEAR.fullmatch(m.group()) and not re.match(r"\s*[%$]|\s*" + _MULTIPLIER, rest):
            continue
        if before.search(head[-6:]) or after.match(rest):
            kinds.add("money")
        elif _SHARE.match(rest):
            kinds.add("share")
        elif _DURATION.match(rest):
            kinds.add("duration")
        elif asked_dimension(f"how many {_next_word(rest)}"):
            kinds.add("measure")
        else:
            kinds.add("other")
    return kinds


def _next_word(rest: str) -> str:
    m = re.match(rf"\s*(?:{_MULTIPLIER}\s+)?([a-z]+)", rest, re.IGNORECASE)
    return m.group(1).lower() if m else ""


def count_kind_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A count of things is asked ("how many projects", whatever kind the question is
    read as: "how many projects won money" reads as a sum) and the quoted clause states
    only sums of money, durations or figures in a unit of measure: the asked things'
    budget, term or capacity, not their number."""
    if not candidates or has_cjk(query.text):
        return ""
    asked = _HOW_MANY.search(query.text)
    if asked is None or asked_dimension(query.text) or _money()[1].match(" " + asked[1]):
        return ""
    if _DURATION.match(" " + asked[1]):
        return ""  # "how many years": a duration is the asked count
    hit = candidates[0]
    kinds = figure_kinds(hit.indexed_text or hit.text)
    if kinds and kinds <= {"money", "measure", "duration"} and kinds != {"duration"}:
        named = " and ".join(sorted(kinds))
        return f"the passage found states {named} figures, not a count"
    return ""


@functools.cache
def _time_patterns() -> dict[str, re.Pattern]:
    return {
        name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for name, patterns in _data()["time_status"].items()
    }


def time_status_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks what has been done so far ("how many chargers had been built
    before the programme was suspended?") and the quoted clause speaks only of what will
    be done: a plan's figure is not an outcome. Kept when the quoted clause or a
    candidate just below it states anything done."""
    if not candidates or has_cjk(query.text):
        return ""
    pats = _time_patterns()
    if not pats["asked_done"].search(query.text) or pats["asked_plan"].search(query.text):
        return ""
    texts = [fold_wide_digits(h.indexed_text or h.text) for h in candidates]
    # an outcome stated by a candidate just below the quoted plan may be the answer
    if any(pats["said_done"].search(text) for text in texts):
        return ""
    if pats["said_future"].search(texts[0]):
        return "the passage found states a plan, not what has been done"
    return ""


#: The checks of this module as ``kb.refusal.refusal_reason`` names them, in order.
ACTION_CHECKS = {
    "action": action_reason,
    "count_kind": count_kind_reason,
    "time_status": time_status_reason,
}
