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

import datetime
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.refusal_focus import unnamed_words
from kb.refusal_measure import asked_dimension
from kb.retrieve import Hit
from kb.understand import Query

_FIGURE = re.compile(r"(?<![\w.])\d(?:[\d.,]*\d)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]+")


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/near_miss.toml").read_text("utf-8")
    return tomllib.loads(raw)


def _any_of(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _figure_patterns() -> dict[str, re.Pattern | str]:
    """The figure words of ``[figures]`` as patterns: the multiplier alternation (a
    string), durations, shares, spelled numbers and "how many <thing>"."""
    data = _data()["figures"]
    ends = "|".join(data["how_many_ends"])
    return {
        "multiplier": f"(?:{_any_of(data['multipliers'])})",
        "duration": re.compile(rf"[\s-]*(?:{_any_of(data['durations'])})\b", re.IGNORECASE),
        "share": re.compile(rf"\s*(?:{_any_of(data['share'])})(?!\w)", re.IGNORECASE),
        "number_word": re.compile(
            r"(?<![\w-])(?:" + "|".join(data["number_words"]) + r")(?![\w-])", re.IGNORECASE
        ),
        # "how many <words>": the thing counted, up to the verb or preposition after it.
        "how_many": re.compile(
            rf"\bhow many\s+([a-z][\w\s-]*?)(?=\s+(?:{ends})\b|\?|$)", re.IGNORECASE
        ),
    }


def _word_pattern(word: str, not_before: str | None) -> str:
    guard = rf"(?!\s+{re.escape(not_before)}\b)" if not_before else ""
    return re.escape(word) + guard


@functools.cache
def _group_patterns() -> dict[str, re.Pattern]:
    groups, guards = _data()["actions"], _data()["action_not_before"]
    return {
        name: re.compile(
            r"(?<![\w-])(?:"
            + "|".join(_word_pattern(w, guards.get(w)) for w in words)
            + r")(?![\w-])",
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
    return {
        name
        for name, pattern in _group_patterns().items()
        if name != "neutral" and pattern.search(text)
    }


def _asked_stems(question: str) -> set[str]:
    """The words of the question that may name the asked thing, cut to a short stem
    ("plants" and "plant" meet), action and question words aside."""
    skip = set(_data()["action_scope"]["question_words"])
    actions = _group_patterns()
    stems = set()
    for word in _WORD.findall(question.lower()):
        if len(word) < 3 or word in skip or any(p.fullmatch(word) for p in actions.values()):
            continue
        stems.add(word[:5] if len(word) > 5 else word.rstrip("s"))
    return stems


def _names_asked(words: str, stems: set[str]) -> bool:
    return any(w.startswith(stem) for w in _WORD.findall(words.lower()) for stem in stems)


def governs_asked(text: str, group: str, question: str) -> bool:
    """Whether a word of ``group`` in ``text`` governs the thing ``question`` asks of: in
    the same part of the clause as a word of the question, before it or, in the passive,
    after it (``[action_scope]`` of ``kb/data/near_miss.toml``).

    Example:
        >>> governs_asked("It will add 10 GW of solar, and close 12 coal plants.",
        ...               "build", "How many coal plants will be retired?")
        False
    """
    scope = _data()["action_scope"]
    stems = _asked_stems(question)
    passive = re.compile(scope["passive_before"], re.IGNORECASE)
    for part in re.split("|".join(scope["part_breaks"]), text, flags=re.IGNORECASE):
        for m in _group_patterns()[group].finditer(part):
            before, after = part[: m.start()], part[m.end() :]
            if _names_asked(after, stems):
                return True
            if passive.search(before) and _names_asked(before, stems):
                return True
    return False


def action_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks of one action (retiring plants, importing coal) and the quoted
    clause speaks only of its opposite (building plants, exporting coal)."""
    if not candidates or has_cjk(query.text):
        return ""
    asked = action_groups(query.text)
    hit = candidates[0]
    text = fold_wide_digits(hit.indexed_text or hit.text)
    said = action_groups(text)
    if _group_patterns()["neutral"].search(text):
        return ""  # "replace" speaks of both sides
    for first, second in _data()["actions"]["opposed"]:
        for want, other in ((first, second), (second, first)):
            if want in asked and other not in asked and other in said and want not in said:
                if governs_asked(text, other, query.text):
                    return f"the passage found speaks of the {other} side, not the {want} side"
    return ""


@functools.cache
def _money() -> tuple[re.Pattern, re.Pattern]:
    money = _data()["money"]
    after = "|".join(re.escape(w) for w in money["after"])
    before = "|".join(re.escape(w) for w in sorted(money["before"], key=len, reverse=True))
    return (
        re.compile(rf"(?<![a-z])(?:{before})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{_figure_patterns()['multiplier']}\b\s*)?(?:{after})\b", re.IGNORECASE),
    )


def figure_kinds(text: str) -> set[str]:
    """The kinds of the figures ``text`` states, years aside: "money" (a currency written
    before or after the figure), "share", "duration" ("over 4 years"), "measure" (a unit
    of measure after it) or "other" (a bare number or a count of things).

    Example:
        >>> sorted(figure_kinds("A bonus of 14 million pounds ($17.2 million) per GW in 2025."))
        ['money']
        >>> sorted(figure_kinds("Up to 6 GW of storage and 40 new projects."))
        ['measure', 'other']
    """
    low = fold_wide_digits(text)
    pats = _figure_patterns()
    kinds: set[str] = set()
    for m in _FIGURE.finditer(low):
        rest = low[m.end() :]
        multiplied = re.match(r"\s*[%$]|\s*" + pats["multiplier"], rest)
        if _YEAR.fullmatch(m.group()) and not multiplied:
            continue
        kinds.add(_figure_kind(low[: m.start()], rest))
    # a count spelled out ("twelve plants", "half a million chargers") is a figure too
    for m in pats["number_word"].finditer(low):
        kinds.add(_figure_kind(low[: m.start()], low[m.end() :]))
    return kinds


def _figure_kind(head: str, rest: str) -> str:
    """The kind of the figure between ``head`` and ``rest``."""
    before, after = _money()
    pats = _figure_patterns()
    if before.search(head[-6:]) or after.match(rest):
        return "money"
    if pats["share"].match(rest):
        return "share"
    if pats["duration"].match(rest):
        return "duration"
    if asked_dimension(f"how many {_next_word(rest)}"):
        return "measure"
    return "other"


def _next_word(rest: str) -> str:
    multiplier = _figure_patterns()["multiplier"]
    m = re.match(rf"\s*(?:{multiplier}\s+)?([a-z]+)", rest, re.IGNORECASE)
    return m.group(1).lower() if m else ""


def reaches_count_kind(query: Query) -> bool:
    """Whether ``count_kind_reason`` reads ``query``: an English "how many <things>" with
    no unit of measure, sum of money, span of time or share asked."""
    if has_cjk(query.text):
        return False
    asked = _figure_patterns()["how_many"].search(query.text)
    if asked is None or asked_dimension(query.text) or _money()[1].match(" " + asked[1]):
        return False
    if _figure_patterns()["duration"].match(" " + asked[1]):
        return False  # "how many years": a duration is the asked count
    # "how many percentage points", "how many per cent": a share is asked
    return not _figure_patterns()["share"].match(" " + asked[1])


def count_kind_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A count of things is asked ("how many projects", whatever kind the question is
    read as: "how many projects won money" reads as a sum) and the quoted clause states
    only sums of money, durations, shares or figures in a unit of measure: the asked
    things' budget, term, share or capacity, not their number ("EVs were 10% of sales"
    does not say how many were sold)."""
    if not candidates or not reaches_count_kind(query):
        return ""
    hit = candidates[0]
    kinds = figure_kinds(hit.indexed_text or hit.text)
    if kinds and kinds <= {"money", "measure", "duration", "share"} and kinds != {"duration"}:
        named = " and ".join(sorted(kinds))
        return f"the passage found states {named} figures, not a count"
    return ""


@functools.cache
def _time_patterns() -> dict[str, re.Pattern]:
    return {
        name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for name, patterns in _data()["time_status"].items()
        if isinstance(patterns, list)
    }


def _past_range(text: str) -> bool:
    """Whether ``text`` names a date range that ended before the current year."""
    this_year = datetime.date.today().year
    pattern = _data()["time_status"]["past_range"]
    return any(int(m[2]) < this_year for m in re.finditer(pattern, text, re.IGNORECASE))


def reaches_time_status(query: Query) -> bool:
    """Whether ``time_status_reason`` reads ``query``: an English question of what has
    been done so far, not of a plan ("the Warm Homes Plan" names a scheme, asks of no plan)."""
    if has_cjk(query.text):
        return False
    pats = _time_patterns()
    unnamed = " ".join(unnamed_words(query.text))
    return bool(pats["asked_done"].search(query.text)) and not pats["asked_plan"].search(unnamed)


def time_status_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks what has been done so far ("how many chargers had been built
    before the programme was suspended?") and the quoted clause speaks only of what will
    be done: a plan's figure is not an outcome. Kept when the quoted clause or a
    candidate just below it states anything done."""
    if not candidates or not reaches_time_status(query):
        return ""
    pats = _time_patterns()
    texts = [fold_wide_digits(h.indexed_text or h.text) for h in candidates]
    if pats["said_done"].search(texts[0]) or _past_range(texts[0]):
        return ""
    # an outcome stated, with a figure, by a candidate just below the quoted plan may be
    # the answer; one that only says something happened ("it has taken two years") is not
    if any(
        (pats["said_done"].search(text) or _past_range(text)) and figure_kinds(text) - {"duration"}
        for text in texts[1:]
    ):
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
