"""Which deadline dates which figure, whether a deadline looks forward, and what
dates and bases a clause inherits from its section headings (``Scope``).

A clause can hold several figures and several deadlines ("40% by 2029 and 60% by
2044"); ``nearest_deadline`` pairs each figure with its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from ingest.deadlines import BaseYear, Deadline
from ingest.lang import Grammar, english_patterns
from ingest.quantities import Quantity

# What separates aims (clauses; list items) and names a target: cues in ``ingest/lang/en.toml``.
_CLAUSE_BREAK = english_patterns("clause_cues")["clause_break"]
_ITEM_BREAK = english_patterns("clause_cues")["item_break"]
_NAMED_TARGET = english_patterns("clause_cues")["named_target"]
# How far a "2030 target" may stand before the figure it names ("2030 target of at least").
_NAMED_TARGET_GAP = 40


def is_future(deadline: Deadline, doc_year: int | None) -> bool:
    """Whether a deadline lies after the document's date.

    Without a document date every dated deadline counts as forward; whether
    the clause states a fact instead is decided by the caller (fact cues, and
    the tense of its verbs).
    """
    if deadline.year is None:
        return deadline.kind == "relative"
    if doc_year is None:
        return True
    return deadline.year > doc_year or (deadline.year == doc_year and deadline.kind == "closing")


def forward_from(text: str, grammar: Grammar, doc_year: int | None) -> int | None:
    """The year after which a clause's deadlines look forward: the document's date, or the
    year before it when the clause states an aim for its own year of issue.

    In a briefing of 2025, "the share should reach 36% in 2025" and "emissions are to be
    13.5% lower in 2025" are aims: a modal (``[cues] own_year_aim``) and no past or
    perfect cue ("reached", "was", "fell by", 已经). Only figures so stated are statistics.
    """
    if doc_year is None or grammar.own_year_aim is None:
        return doc_year
    if not grammar.own_year_aim.search(text) or grammar.historical.search(text):
        return doc_year
    return doc_year - 1


def _is_label(deadline: Deadline, text: str) -> bool:
    return deadline.text.endswith(":") or ":" in text[deadline.end : deadline.end + 3]


# What may stand before a deadline that opens a statement: the start of the text, a quote,
# or the end of a sentence or clause.
_OPENS = re.compile(r"(?:^|[.;:!?'\"‘’“”(•●▪*-]|\n)\s*$")


# Between a deadline and a figure that glosses it in brackets: "2030 (30%)".
_BRACKETED = re.compile(r"\s*[(（]\s*")


# Chinese puts a deadline before what it dates: after a clause break, "到2020年" or
# "至2015年底" opens the next statement ("……300万千瓦，而到2020年实现2500万千瓦").
_ZH_OPENS = re.compile(r"[，,；;。]\s*(?:而|并|则|且|但)?\s*$")
_ZH_TO = ("到", "至")


def _is_fronted(deadline: Deadline, text: str) -> bool:
    """A deadline that opens a statement ("By 2050, the province will ..."): it dates what
    follows it, never a figure of the statement before."""
    before = text[max(0, deadline.start - 3) : deadline.start]
    if deadline.text.startswith(_ZH_TO) and _ZH_OPENS.search(before):
        return True
    return text[deadline.end : deadline.end + 2].lstrip().startswith(",") and bool(
        _OPENS.search(before)
    )


def nearest_deadline(
    items: Sequence[Deadline],
    position: int,
    text: str,
    quantities: Sequence[Quantity] = (),
    *,
    dated_elsewhere: bool = False,
) -> Deadline | None:
    """The deadline of a figure at ``position``; ``dated_elsewhere`` says a year outside
    the clause (a heading's) stands for it when none here does.

    The one right after it ("40% by 2029 and 60% by 2044"), unless a clause
    break separates them and a deadline stands before the figure ("by FY2030,
    cut emissions by 72%, and aim for net zero by FY2050"), or another figure
    stands between them and takes it: in "20% by 2025, rising to 35% by 2030"
    and "by 2025 a 20% share, rising to 35% by 2030" the later year is the
    second figure's.
    """
    # A year in a square-bracketed aside the figure is not in dates nothing outside it: an
    # amended act shows its struck wording in brackets ("ten percent [for the years 2015
    # through 2017] by June 30, 2029"), an editor's insertion is not the text's. Such years
    # drop out only while a year outside brackets remains; a link's text and an editor's
    # "[by 2030]" are no asides.
    kept = [d for d in items if _aside_span(d.start, text) in (None, _aside_span(position, text))]
    if any(_aside_span(d.start, text) is None for d in kept):
        items = kept
    # A year in a round-bracketed aside that states a figure of its own dates that figure, not
    # one outside the brackets: "at least 2 GW by 2030 (1.5 GW by 2025)", "a five-fold rise
    # to 3 GW (and 1 GW by 2026)". A bracket holding only a year ("30% (by 2030)") still does.
    # Such years drop out only while a year outside the brackets remains: a bracket that
    # restates the same aim in other terms ("cut by 36% (about 65 Mt in 2030)") dates it.
    kept, remains = _outside_round_asides(items, position, text, quantities)
    if remains or dated_elsewhere:
        items = kept
    # A label ("2050: 80% below 1990 levels") dates what follows it, never what precedes it.
    after = [
        d
        for d in items
        if d.start >= position and not _is_label(d, text) and not _is_fronted(d, text)
    ]
    before = [d for d in items if d.end <= position]
    preceding = max(before, key=lambda d: d.end) if before else None
    # A deadline is clear when no figure lies wholly between this one and it.
    first_end = _first_end_after(quantities, position)
    clear = [d for d in after if first_end is None or first_end > d.start]
    if preceding is not None:
        # Another figure between this one and the next deadline takes that deadline.
        after = clear
    following = min(after, key=lambda d: d.start) if after else None
    if following and preceding and _ITEM_BREAK.search(text[position : following.start]):
        return preceding
    if preceding and _is_label(preceding, text):
        return preceding  # "2024 target: 32% reduction" labels what follows
    if preceding and _BRACKETED.fullmatch(text, preceding.end, position):
        return preceding  # "by 2030 (35%) and by 2040 (60%)": the figure glosses its year
    if (
        preceding
        and _NAMED_TARGET.search(preceding.text)
        and position - preceding.end < _NAMED_TARGET_GAP
    ):
        return preceding  # "the bloc's 2030 target of a 55% cut, ... net zero in 2050"
    if following is None and preceding is not None:
        return _lead_over_trailing(items, preceding, position, text, quantities)
    return following or preceding


_ASIDE_CHARS = 200


def _outside_round_asides(
    items: Sequence[Deadline], position: int, text: str, quantities: Sequence[Quantity]
) -> tuple[list[Deadline], bool]:
    """``items`` less the years of round asides that state a figure of their own, and
    whether a year outside such asides is left. Each year's aside is found once per
    text and the figures are searched by bisection, so a long sentence of many bracketed
    "(X by YEAR)" items costs no more per figure than its number of years."""
    asides, starts = _asides_of(text, quantities)
    here = _aside_at(position, text, asides)
    kept = []
    for d in items:
        aside = _aside_at(d.start, text, asides)
        if aside is not None and aside != here:
            first = bisect.bisect_right(starts, aside[0])
            if first < len(starts) and starts[first] < d.start:
                continue
        kept.append(d)
    return kept, any(_aside_at(d.start, text, asides) is None for d in kept)


# The round asides of the last text asked about, by position, and its figures' starts:
# one text at a time is kept, so the memory stays bounded.
_LAST: list = [None, None, {}, []]


def _asides_of(text: str, quantities: Sequence[Quantity]) -> tuple[dict, list[int]]:
    if _LAST[0] is not text or _LAST[1] is not quantities:
        _LAST[:] = [text, quantities, {}, sorted(q.start for q in quantities)]
    return _LAST[2], _LAST[3]


def _aside_at(position: int, text: str, asides: dict) -> tuple[int, int] | None:
    if position not in asides:
        asides[position] = _round_aside(position, text)
    return asides[position]


def _round_aside(position: int, text: str) -> tuple[int, int] | None:
    """The round brackets that enclose ``position`` nearby, as (opening, closing)."""
    opening = max(text.rfind(c, max(0, position - _ASIDE_CHARS), position) for c in "(（")
    if opening < 0 or any(c in text[opening:position] for c in ")）"):
        return None
    ends = [i for c in ")）" if (i := text.find(c, position, position + _ASIDE_CHARS)) >= 0]
    if not ends or any(c in text[position : min(ends)] for c in "(（"):
        return None
    return opening, min(ends)


# What an editor puts in brackets to date a sentence: "[by 2030]", "[before June 2031]".
_DEADLINE_ONLY = re.compile(
    r"\s*(?:by|before|until|in|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
    r"(?:[A-Za-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\s*",
    re.IGNORECASE,
)


def _aside_span(position: int, text: str) -> int | None:
    """Where the square-bracketed aside that encloses ``position`` opens: not a link's text
    ("[the 2035 deadline](...)") and not a bracket that holds only a deadline."""
    opening = _bracketed_span(position, text)
    if opening is None:
        return None
    closing = text.find("]", position)
    if text.startswith("(", closing + 1) or _DEADLINE_ONLY.fullmatch(text, opening + 1, closing):
        return None
    return opening


def _bracketed_span(position: int, text: str) -> int | None:
    """Where the square bracket that encloses ``position`` opens, if one does nearby."""
    opening = text.rfind("[", max(0, position - _ASIDE_CHARS), position)
    if opening < 0 or "]" in text[opening:position]:
        return None
    closing = text.find("]", position, position + _ASIDE_CHARS)
    if closing < 0 or "[" in text[position:closing]:
        return None
    return opening


# How close a deadline must follow a figure to be that figure's own ("by 20% by 2050").
_TRAILING_GAP = 12


def _lead_over_trailing(
    items: Sequence[Deadline],
    preceding: Deadline,
    position: int,
    text: str,
    quantities: Sequence[Quantity],
) -> Deadline:
    """``preceding``, or the deadline that leads the whole list when ``preceding`` only
    closes an earlier figure of it: in "goals for the year 2030 of a 45% cut, a 10% cut by
    2045, 80% power from wind and sun ..." the 80% is due in 2030, not 2045."""
    first = min((q.start for q in quantities), default=position)
    leads = [d for d in items if d.end <= first and d is not preceding]
    if not leads or preceding.start < first:
        return preceding
    lead = max(leads, key=lambda d: d.end)
    if not _heads_list(lead, text, first):
        return preceding
    owner = [q for q in quantities if q.end <= preceding.start < q.end + _TRAILING_GAP]
    if not owner or _CLAUSE_BREAK.search(text[owner[-1].end : preceding.start]):
        return preceding
    return lead


# A deadline that heads a list ("goals for the year 2030 of ...", "goals for the year 2030
# aimed at ...", "for 2030: ..."), and what gives the words after it a clause of their own.
_OWN_CLAUSE = re.compile(
    r"[.;]|\b(?:will|shall|must|should|would|is|are|was|were|has|have|had)\b", re.IGNORECASE
)


def _heads_list(lead: Deadline, text: str, first: int) -> bool:
    """Whether ``lead`` is a due date that opens a list of aims, not a past or point year,
    a plan's name ("the 2030 plan") or a year before a clause of its own ("before 2025 the
    city will close ..."); ``first`` is where the list's first figure starts."""
    if lead.kind != "closing":
        return False
    if lead.text.rstrip().endswith((":", "：")):
        return True
    heads = lead.text.lower().startswith("for")
    return heads and not _OWN_CLAUSE.search(text, lead.end, first)


def _first_end_after(quantities: Sequence[Quantity], position: int) -> int | None:
    """The smallest end of a figure starting after ``position`` (None if there is none).

    Figures come in order of their start, so a binary search finds the first one, and
    only figures starting before the best end found so far can end earlier: the cost
    per figure does not grow with the number of figures in the sentence.
    """
    index = bisect.bisect_right(quantities, position, key=lambda q: q.start)
    best: int | None = None
    for quantity in quantities[index:]:
        if best is not None and quantity.start >= best:
            break
        if quantity.start > position and (best is None or quantity.end < best):
            best = quantity.end
    return best


class Scope:
    """What applies from above: deadlines and base years of section headings, and a
    base year the document states once for all its targets ("The baseline year for
    all targets is 2016.")."""

    def __init__(self) -> None:
        self.headings: dict[str, list[Deadline]] = {}
        self.heading_bases: dict[str, list[BaseYear]] = {}
        self.default_base: BaseYear | None = None
        self.aim_bases: dict[int, BaseYear] = {}  # paragraph -> the one base its aims state
        # A plan's horizon: the last forward closing deadline stated so far ("到2025年，...",
        # "By 2030, ..."), and the headings that open a list of its main indicators
        # ("主要指标", "Key targets"): an undated figure under one is due at the horizon.
        self.horizon: Deadline | None = None
        self.indicator_headings: set[str] = set()
        # The year a goals section sets for the aims under it: the last forward closing
        # deadline its heading, a lead-in or the opening of a paragraph in it states, keyed
        # by the section path up to its goals heading (``note_goal_year``).
        self.goal_years: dict[tuple[str, ...], Deadline] = {}
        # The forward closing deadline that opens a paragraph ("“十四五”期间，……"), keyed by
        # paragraph: an aim later in the paragraph with no date of its own is due then.
        self.paragraph_leads: dict[int, Deadline | None] = {}
        # The forward closing deadline of a lead-in that names the aims ("主要目标是，到2027年，"),
        # keyed by paragraph: an undated figure of the paragraph's later sentences is an aim
        # due then ("……。万元工业增加值用水量比2022年下降16%"), until a later closing deadline
        # of the paragraph ends it (``ingest.clause_dates.goal_lead``).
        self.goal_leads: dict[int, Deadline] = {}
        # Whether the paragraph's current sentence reports what was done ("去年……下降2.7%，
        # ……达到15.9%。"), keyed by paragraph: (carried to the next clause, true of this one).
        self.reporting: dict[int, tuple[bool, bool]] = {}
        self.reported_year: int | None = None  # ingest.clause_dates.reported_year

    def indicator_horizon(self, section: tuple[str, ...]) -> Deadline | None:
        """The plan's horizon for a clause under a heading of main indicators, else None."""
        if self.horizon is None or not any(s in self.indicator_headings for s in section):
            return None
        return self.horizon

    def note_goal_year(self, goals: tuple[str, ...], deadlines: Sequence[Deadline]) -> None:
        """Keep the last forward closing deadline stated in the goals section ``goals``."""
        for deadline in deadlines:
            self.goal_years[goals] = deadline

    def goal_year(self, section: tuple[str, ...], grammar: Grammar) -> Deadline | None:
        """The year the goals section over ``section`` has set so far, else the plan's
        horizon under a heading of main indicators, else None: "主要目标" or "Goals", then
        "到2030年，……" or "By 2030, ...", and the undated aims after it in the section are
        due then; a new section starts without one."""
        goals = goals_section(section, grammar)
        found = self.goal_years.get(goals) if goals else None
        return found or self.indicator_horizon(section)  # "主要指标" under an earlier "到2025年"

    def from_sections(self, section: tuple[str, ...]) -> Deadline | None:
        for label in reversed(section):
            found = self.headings.get(label)
            if found:
                return found[-1]
        return None

    def base_from_sections(self, section: tuple[str, ...]) -> BaseYear | None:
        for label in reversed(section):
            found = self.heading_bases.get(label)
            if found:
                return found[0]
        return self.default_base


def goals_section(section: tuple[str, ...], grammar: Grammar) -> tuple[str, ...] | None:
    """``section`` up to its innermost heading over the document's own aims (``[figures]
    aims_heading`` or ``indicator_heading``), or None when it stands under none: a numbered
    item inside "主要目标" or "Goals" is still in that section."""
    cues = grammar.figures
    for depth in range(len(section), 0, -1):
        label = section[depth - 1]
        if cues.aims_heading.search(label) or cues.indicator_heading.search(label):
            return section[:depth]
    return None


def date_same_year(records: list, paragraph_of: dict[str, int], grammar: Grammar) -> list:
    """``records`` with each undated aim whose clause names "the same year" (``[cues]
    same_year``) given the year of the dated aim just before it in the same paragraph.

    "Battery storage is to reach 2 GW by 2029. Pumped storage is to reach 1.5 GW in the
    same year": the second aim is due in 2029 too.
    """
    cue = grammar.same_year
    if cue is None:
        return records
    out = []
    last: tuple[int, object] | None = None  # (paragraph, dated aim)
    for record in records:
        if getattr(record, "TYPE", "") == "target":
            paragraph = paragraph_of.get(record.clause_id, -1)
            if record.year is None and last is not None and last[0] == paragraph:
                if cue.search(record.text):
                    dated = last[1]
                    record = dataclasses.replace(
                        record, year=dated.year, deadline_text=dated.deadline_text
                    )
            if record.year is not None:
                last = (paragraph, record)
        out.append(record)
    return out
