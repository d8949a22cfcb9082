"""The sibling check: a question about one member of a set of like things (a vehicle
class, offshore or onshore, a firm size) that the passages found break
down into other members only.

"How many electric trucks does the scheme support?" is not answered by a clause counting
two-wheelers, cars and buses; "What does the bonus pay per gigawatt of onshore wind?" is
not answered by a bonus for offshore wind. Unlike the object check (``kb.refusal_scope``),
this one refuses only on positive evidence: a candidate names another member of the asked
member's set (``kb/data/siblings.toml``), and no candidate, nor its paragraph, section or
title, names the asked member.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import has_cjk
from kb.retrieve import Hit
from kb.understand import Query, excluded_part

_BEFORE_VEHICLE = r"(?:e-|electric\s+)?"


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/siblings.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _sets() -> dict[str, dict[str, re.Pattern]]:
    """Each set's groups as one pattern per group."""
    out: dict[str, dict[str, re.Pattern]] = {}
    for name, groups in _data().items():
        if name == "not_qualifier":
            continue
        prefix = _BEFORE_VEHICLE if name == "vehicle" else ""
        out[name] = {
            group: re.compile(
                rf"(?<![\w-]){prefix}(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE
            )
            for group, words in groups.items()
        }
    return out


@functools.cache
def _not_before() -> frozenset[str]:
    return frozenset(_data()["not_qualifier"]["before"])


def _names(pattern: re.Pattern, text: str) -> bool:
    """Whether ``pattern`` matches ``text`` other than after a question or comparison
    word ("how large", "as large as")."""
    for m in pattern.finditer(text):
        before = text[: m.start()].split()[-1:]
        if not before or before[0].lower() not in _not_before():
            return True
    return False


def members(text: str) -> dict[str, set[str]]:
    """The members of each sibling set that ``text`` names.

    Example:
        >>> sorted(members("1 million e-two-wheelers and 7000 buses")["vehicle"])
        ['bus', 'two_wheeler']
    """
    found: dict[str, set[str]] = {}
    for name, groups in _sets().items():
        named = {g for g, pattern in groups.items() if _names(pattern, text)}
        if named:
            found[name] = named
    return found


def sibling_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question names members of a sibling set, and the candidates speak
    of other members of that set but never (clause, paragraph, section or title) of any
    asked one.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How many electric trucks will the scheme support?")
        >>> text = "It will support 500,000 three-wheelers and 7,000 buses."
        >>> sibling_reason(q, [Hit(key="k", doc_id="d", clause_id="1", text=text)])
        'the passages found speak of bus, three wheeler, not truck'
    """
    if not candidates or has_cjk(query.text):
        return ""
    # the whole question: the asked member often stands after its figure's words ("the
    # bonus per gigawatt of onshore wind"); a member named only to be set aside is not asked
    question = query.text
    if aside := excluded_part(question):
        question = question.replace(aside, " ")
    asked = members(question)
    for name, wanted in asked.items():
        around = [
            f"{h.indexed_text or h.text} {h.context} {' '.join(h.section)} {h.title}"
            for h in candidates
        ]
        if any(members(text).get(name, set()) & wanted for text in around):
            continue
        others = set().union(
            *(members(h.indexed_text or h.text).get(name, set()) for h in candidates)
        )
        if others and not has_cjk(candidates[0].text):
            said = ", ".join(sorted(o.replace("_", " ") for o in others))
            asked_words = ", ".join(sorted(w.replace("_", " ") for w in wanted))
            return f"the passages found speak of {said}, not {asked_words}"
    return ""


#: The checks of this module as ``kb.refusal.refusal_reason`` names them.
SIBLING_CHECKS = {"sibling": sibling_reason}
