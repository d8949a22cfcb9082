"""The sibling check: a question about one member of a set of like things (a vehicle
class, offshore or onshore, a firm size) that the passages found break
down into other members only.

"How many electric trucks does the scheme support?" is not answered by a clause counting
two-wheelers, cars and buses; "What does the bonus pay per gigawatt of onshore wind?" is
not answered by a bonus for offshore wind. Unlike the object check (``kb.refusal_scope``),
this one refuses only on positive evidence: a candidate names another member of the asked
member's set (``kb/data/siblings.toml``), and neither the first candidate nor another of
its document, with its paragraph, section or title, names the asked member.
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

#: The most characters of one text the member patterns read: a clause, its paragraph,
#: section and title, or a question; a longer text is read from its start only.
MAX_CHARS = 4000


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/siblings.toml").read_text("utf-8")
    return tomllib.loads(raw)


def _alternation(words: Sequence[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _whole(body: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def _guard(not_after: Sequence[str], still_after: Sequence[str]) -> str:
    """Look-behinds that fail after a ``not_after`` word ("how large") unless it ends a
    ``still_after`` phrase ("such as large")."""
    if not not_after:
        return ""
    plain = "".join(rf"(?<!\b{w}\s)" for w in not_after)
    listing = "".join(rf"|(?<=\b{p.replace(' ', chr(92) + 's')}\s)" for p in still_after)
    return f"(?:{plain}{listing})"


@functools.cache
def _sets() -> dict[str, dict[str, re.Pattern]]:
    """Each set's groups as one pattern per group."""
    out: dict[str, dict[str, re.Pattern]] = {}
    for name, spec in _data().items():
        if "members" not in spec:
            continue
        fill = {key: spec.get(key, "") for key in ("bridge", "firm")}
        fill["guard"] = _guard(spec.get("not_after", []), spec.get("still_after", []))
        prefix = spec.get("prefix", "")
        out[name] = {
            group: _whole(prefix + _alternation([w.format(**fill) for w in words]))
            for group, words in spec["members"].items()
        }
    return out


@functools.cache
def _covers() -> dict[str, re.Pattern]:
    """Per set, a pattern for a clause that covers every member through the set's general
    word: "all (categories of) electric vehicles", "companies, including"."""
    cover = _data()["cover"]
    out: dict[str, re.Pattern] = {}
    for name, spec in _data().items():
        if "general" not in spec:
            continue
        general = spec.get("prefix", "") + _alternation(spec["general"])
        quantified = (
            _alternation(cover["quantifier"])
            + rf"\s+(?:{_alternation(cover['kinds'])}\s+of\s+)?(?:the\s+)?{general}"
        )
        including = rf"{general},?\s+{_alternation(cover['including'])}"
        out[name] = _whole(f"(?:{quantified}|{including})")
    return out


def members(text: str) -> dict[str, set[str]]:
    """The members of each sibling set that ``text`` names (its first ``MAX_CHARS``
    characters).

    Example:
        >>> sorted(members("1 million e-two-wheelers and 7000 buses")["vehicle"])
        ['bus', 'two_wheeler']
    """
    text = text[:MAX_CHARS]
    found: dict[str, set[str]] = {}
    for name, groups in _sets().items():
        named = {g for g, pattern in groups.items() if pattern.search(text)}
        if named:
            found[name] = named
    return found


def covers_all(name: str, text: str) -> bool:
    """Whether ``text`` speaks of every member of set ``name`` through its general word
    ("all categories of electric vehicles, including two-wheelers").

    Example:
        >>> covers_all("firm_size", "All companies, including SMEs, must report.")
        True
    """
    pattern = _covers().get(name)
    return bool(pattern and pattern.search(text[:MAX_CHARS]))


def _speaks_of(name: str, wanted: set[str], hit: Hit) -> bool:
    """Whether ``hit`` (its clause, paragraph, section or title) names an asked member,
    or its clause covers every member of the set."""
    clause = hit.indexed_text or hit.text
    parts = [clause, hit.context, " ".join(hit.section), hit.title]
    if any(members(part).get(name, set()) & wanted for part in parts if part):
        return True
    return covers_all(name, clause)


def _others(name: str, candidates: Sequence[Hit]) -> set[str]:
    """The members of set ``name`` the candidates' clauses name, leaving out a clause that
    covers every member ("all vehicles, including buses" is no evidence of buses only)."""
    out: set[str] = set()
    for hit in candidates:
        clause = hit.indexed_text or hit.text
        if not covers_all(name, clause):
            out |= members(clause).get(name, set())
    return out


def sibling_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question names members of a sibling set, and the candidates speak
    of other members of that set, while neither the first candidate nor another from its
    document (clause, paragraph, section or title) speaks of any asked one. A candidate
    of another document that names the asked member does not keep the first one: it
    would be the first one that is quoted.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How many electric trucks will the scheme support?")
        >>> text = "It will support 500,000 three-wheelers and 7,000 buses."
        >>> sibling_reason(q, [Hit(key="k", doc_id="d", clause_id="1", text=text)])
        'the passages found speak of bus, three wheeler, not truck'
    """
    if not candidates or has_cjk(query.text) or has_cjk(candidates[0].text):
        return ""
    # the whole question: the asked member often stands after its figure's words ("the
    # bonus per gigawatt of onshore wind"); a member named only to be set aside is not asked
    question = query.text
    if aside := excluded_part(question):
        question = question.replace(aside, " ")
    same_document = [h for h in candidates if h.doc_id == candidates[0].doc_id]
    for name, wanted in members(question).items():
        if any(_speaks_of(name, wanted, h) for h in same_document):
            continue
        if others := _others(name, candidates) - wanted:
            said = ", ".join(sorted(o.replace("_", " ") for o in others))
            asked_words = ", ".join(sorted(w.replace("_", " ") for w in wanted))
            return f"the passages found speak of {said}, not {asked_words}"
    return ""


#: The checks of this module as ``kb.refusal.refusal_reason`` names them.
SIBLING_CHECKS = {"sibling": sibling_reason}
