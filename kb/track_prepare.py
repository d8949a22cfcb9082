"""Statements read before they are linked (see ``kb.tracking``).

What a clause (or its document) says about a figure changes what the figure is to tracking:

- *a former value*: "at least 60% by 2030, up from the 50% set in 2019", "由3000万千瓦
  提高到4000万千瓦": the figure after "up from" (or 由, 从) is the aim being replaced,
  not a new statement of it, and would link as a restatement of the old aim;
- *a metric named by reference*: "到2027年，这一比例提高到90%", "and this share is to
  reach 90% by 2035": the phrase points back at the metric of the figure before it in
  the same document, whose key the figure takes;
- *a metric left out*: "比重达到22%左右，到2030年达到28%左右", "2023年为27.5%，到2025年达到
  30%": the figure's phrase names only its year, so it continues the metric of the figure
  (target or statistic) just before it, when that one counts in the same unit family;
- *a base year given beside it*: a headline "a 35% cut for 2035" that the same text states
  again as "35% under its 2016 level by 2035" counts from 2016 too (same holder and sector).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ingest.records import Target
from kb.statements import Statement
from kb.track_conditional import conditional_value
from kb.track_signals import contentless

# The words right before a figure that make it the value being left behind: a lead ("up
# from", "instead of", "replacing"), then optionally its holder (a determiner or a
# possessive: "its", "the country's"), a word of time ("current", "previous") and the aim's
# noun with up to two words before it ("2030 emissions target of"), none of them a word of
# the new aim ("new", "updated", "higher"). After "raising", "replaces" or "compared with"
# the noun is needed: "compared with 2005 levels" leaves nothing behind; after "compared
# with" a possessive names another holder ("the EU's target of 55%"), and after "raising"
# the figure is the one left behind only with a word of time before the noun or a new
# figure after it ("raised its target of 40% to 55%"), not in "raised its new target of 55%".
_HOLDER = r"(?:(?:the|a|an|its|their|our|his|her|this|that)\s+)?(?:[\w.-]+['’]s?\s+)?"
_DETERMINER = r"(?:(?:the|a|an|its|their|our|his|her|this|that)\s+)?"
_WHEN = r"(?:(?:previous|earlier|former|original|current|present|existing|initial|old|prior)\s+)?"
_TIME = r"(?:previous|earlier|former|original|current|present|existing|initial|old|prior)\s+"
_NEW = r"(?:new|updated|revised|higher|enhanced|stronger|raised|increased|more|tougher)\b"
_NOUN = rf"(?:(?!{_NEW})[\w-]+\s+){{0,2}}?(?:target|goal|aim|pledge|commitment|objective)s?\s+of\s+"
_FORMER = re.compile(
    r"(?:\b(?:up|down|rising|falling|raised|increased|lowered|reduced|cut|revised)\s+from"
    r"|\binstead\s+of|\brather\s+than|\breplacing|\bfrom\s+(?:the\s+)?(?:previous|earlier"
    r"|former|original|current)(?:ly\s+planned)?)"
    rf"\s+{_HOLDER}{_WHEN}(?:{_NOUN})?(?:about\s+|around\s+)?$"
    r"|\breplac(?:es|ed)"
    rf"\s+{_HOLDER}{_WHEN}{_NOUN}(?:about\s+|around\s+)?$"
    r"|\bcompared\s+(?:with|to)"
    rf"\s+{_DETERMINER}{_WHEN}{_NOUN}(?:about\s+|around\s+)?$"
    r"|(?:由|从|原定的?|原)\s*$",
    re.IGNORECASE,
)
# "had previously set a target of 53%": an earlier statement reported, not this text's,
# unless the sentence says the aim is kept ("had previously set ..., reaffirmed it today"):
# a keep-verb whose object is the earlier aim (a pronoun, or a determiner and an aim noun),
# and no new figure after it ("confirmed a new goal of 50%" keeps nothing).
_PREVIOUSLY = re.compile(
    r"\bpreviously\s+(?:set|announced|pledged|adopted|proposed|promised)"
    rf"\s+{_HOLDER}{_WHEN}{_NOUN}(?:an?\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_KEPT = re.compile(
    r"\b(?:reaffirm\w*|confirm\w*|keep(?:s|ing)?|kept|stick(?:s|ing)?\s+to|stuck\s+to"
    r"|maintain\w*|retain\w*|uph[eo]ld\w*|restat\w*|stands?\s+by|stood\s+by)"
    r"\s+(?:(?:it|them)\b|(?:that|this|the|its|their|those|these)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal|aim|pledge|commitment|objective)s?\b)(?![^.;]*?\b(?!(?:19|20)\d\d\b)\d)",
    re.IGNORECASE,
)
# "raising its existing goal of", or "raised its target of" with a new figure after
_RAISING = re.compile(
    rf"\brais(?:es|ed|ing)\s+{_HOLDER}(?P<time>{_TIME})?{_NOUN}(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_NEW_FIGURE_AFTER = re.compile(r"^[^.;]{0,30}?\bto\s+(?:about\s+|around\s+)?\d", re.IGNORECASE)
# A metric phrase that only points back ("this share", "这一比例", "该指标").
_BY_REFERENCE = re.compile(
    r"^\W*(?:(?:this|that|the\s+same|these|the\s+said)\s+(?:share|proportion|percentage|figure"
    r"|rate|ratio|target|objective|goal|level|indicator)s?\b"
    r"|(?:这一|这个|该|此|上述)(?:比例|比重|占比|指标|目标|数值|比率))",
    re.IGNORECASE,
)


def former_value(statement: Statement) -> bool:
    """Whether the clause gives the figure as the value being replaced."""
    record = statement.record
    figure = getattr(record, "value_text", "") or ""
    text = record.text or ""
    at = text.find(figure) if figure else -1
    if at <= 0:
        return False
    before = text[max(0, at - 60) : at]
    if _FORMER.search(before):
        return True
    if _PREVIOUSLY.search(before):
        return not _KEPT.search(text)
    raising = _RAISING.search(before)
    after = text[at + len(figure) :]
    return raising is not None and bool(raising.group("time") or _NEW_FIGURE_AFTER.search(after))


def _sibling_bases(statements: Sequence[Statement]) -> dict[tuple, int]:
    """The base year a document gives a target, by (document, holder and concept, year, value,
    high end): only when every statement of it that names a base names the same one."""
    bases: dict[tuple, set[int]] = {}
    for s in statements:
        base = getattr(s.record, "base_year", None)
        if isinstance(s.record, Target) and base:
            bases.setdefault(_figure_of(s), set()).add(base)
    return {k: next(iter(v)) for k, v in bases.items() if len(v) == 1}


def _figure_of(s: Statement) -> tuple:
    """A figure of one document: its holder, sector and scope (``key.key``, ``key.scope``)
    count as well as its concept, so one country's or sector's base year never reaches another
    holder's figure of the same value in a page that compares them."""
    record = s.record
    return (s.doc_id, s.key.key, s.key.scope, s.key.concept, record.year, record.value,
            getattr(record, "value_high", None))  # fmt: skip


def _with_sibling_base(s: Statement, bases: dict[tuple, int]) -> Statement:
    """A target stated without a base year (a headline, "a 35% cut for 2035") that its document
    states again with one, for the same holder and sector ("35% under its 2016 level by
    2035"), counts from that base year."""
    if not isinstance(s.record, Target) or s.record.base_year or not s.key.concept:
        return s
    base = bases.get(_figure_of(s))
    if base is None:
        return s
    return dataclasses.replace(s, record=dataclasses.replace(s.record, base_year=base))


def prepare(statements: Sequence[Statement]) -> list[Statement]:
    """The statements to link: former and conditional values dropped, metrics by reference
    resolved.

    Example:
        A target "90%" whose metric is "这一比例" after a target on 城市公交 ... 新能源汽车比例
        in the same document takes that target's key, so the two form one series.
    """
    out: list[Statement] = []
    bases = _sibling_bases(statements)
    previous: dict[str, Statement] = {}  # the last target of each document, in order
    last: dict[str, Statement] = {}  # the last statement of each document, in order
    for s in sorted(statements, key=lambda s: s.row_id):
        if isinstance(s.record, Target):
            if former_value(s) or conditional_value(s):
                continue
            s = _with_sibling_base(s, bases)
            before = previous.get(s.doc_id)
            if before is not None and _BY_REFERENCE.match(s.record.metric or ""):
                s = dataclasses.replace(s, key=before.key)
        s = _continued(s, last.get(s.doc_id))
        if isinstance(s.record, Target):
            previous[s.doc_id] = s
        last[s.doc_id] = s
        out.append(s)
    return out


# A metric phrase that is only a word of change ("a 50 percent reduction by 2030", 减少): it
# names no measured thing either. It continues the figure before it only when that figure
# runs the same way: a cut continues a decrease or a quantity one cuts (emissions, an
# intensity), a rise an increase; a share of renewables before "a 50 percent reduction" is
# another quantity.
_CHANGE_ONLY = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:(?P<down>reductions?|cuts?|decreases?|declines?|drops?"
    r"|减少|降低|下降|削减|减排)|(?P<up>increases?|rises?))\W*$",
    re.IGNORECASE,
)
_CUT_QUANTITY = ("emission", "intensity")


def _same_way(change: re.Match[str], before: Statement) -> bool:
    """Whether the figure ``before`` runs the way the change word ``change`` does."""
    direction = getattr(before.record, "direction", None)  # a statistic has none
    if change.group("up"):
        return direction == "increase"
    if direction == "decrease":
        return True
    return any(w in before.key.concept for w in _CUT_QUANTITY)


def _continued(s: Statement, before: Statement | None) -> Statement:
    """``s`` with the key of the figure before it when its phrase names no metric."""
    metric = s.record.metric or ""
    if before is None or s.key.concept or before.key.unit_family != s.key.unit_family:
        return s
    if not contentless(metric):
        change = _CHANGE_ONLY.match(metric)
        if change is None or not _same_way(change, before):
            return s
    return dataclasses.replace(s, key=before.key)
