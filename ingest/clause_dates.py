"""The deadlines that bear on one clause: its own, its lead-in's, its section's.

``dates_of`` gathers them for ``ingest.aims``; a lead-in or heading lends its deadline
only when it looks forward (an undated text's "In 2020, ..." or "As of October 2024, ..."
needs a forward word in the clause to date an aim).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ingest.dating import Scope, forward_from, is_future
from ingest.deadlines import Deadline, find_deadlines
from ingest.lang import Grammar
from ingest.quantities import find_quantities
from ingest.records import Clause

# How far before a date the review patterns look: they read the last few words only.
_WINDOW = 80


@dataclass(frozen=True, slots=True)
class ClauseDates:
    """The deadlines that bear on one clause."""

    own: list[Deadline]  # stated in the clause itself
    inherited: list[Deadline]  # stated in its lead-in (``clause.context``)
    past: list[Deadline]  # its own dated deadlines not after the document's date
    future_own: list[Deadline]  # its own deadlines after the document's date
    fallback: Deadline | None  # a forward deadline of its lead-in or section heading
    lead: Deadline | None = None  # the one its paragraph opens with, for an undated aim

    @property
    def forward(self) -> bool:
        """Whether the clause looks forward to a deadline of its own or one it inherits."""
        return bool(self.future_own) or (self.fallback is not None and not self.past)


def dates_of(
    clause: Clause, grammar: Grammar, doc_year: int | None, scope: Scope | None
) -> ClauseDates:
    """The deadlines of ``clause``: its own, its lead-in's, and a fallback of its section."""
    own = _without_status_date(
        clause, find_deadlines(clause.text, grammar, doc_year=doc_year), grammar
    )
    reported = _reported_points(clause, own, grammar, doc_year, scope)
    inherited = find_deadlines(clause.context, grammar, doc_year=doc_year) if clause.context else []
    # "should reach 36% in 2025" of 2025; "《工作方案》提出，2024年，" of 2024 in a shared lead-in
    doc_year = forward_from(f"{clause.context} {clause.text}", grammar, doc_year)
    heading = scope.from_sections(clause.section) if scope else None
    # an undated text's lead-in naming a time or a status date ("During 2020, ...", "As of
    # October 2024, ...") needs a forward word
    own_time = grammar.figures.own_horizon.search(clause.text)
    fallback = next(
        (
            d
            for d in reversed(inherited)
            if is_future(d, doc_year)
            and not own_time  # "远期，……" ends the lead-in's period
            and not (
                doc_year is None
                and d.kind in ("point", "start")  # "In 2020, ...", "As of October 2024, ..."
                and not _looks_forward(clause, grammar)
            )
        ),
        None,
    )
    if (
        fallback is None
        and heading is not None
        and is_future(heading, doc_year)
        and (clause.kind != "sentence" or not _states_status(clause, grammar))
    ):
        # a heading's year is the horizon of the items and prose aims under it; a prose
        # sentence that states a share or a past level ("methane makes up 20% of ..." under
        # "Towards 2040") is today's fact, unless it looks forward itself
        fallback = heading
    if fallback is None and scope is not None:
        fallback = scope.goal_year(clause.section, grammar)  # "主要目标"
    if fallback is None and scope is not None and not (own or inherited or own_time):
        fallback = goal_lead(clause, grammar, scope)
    lead = None if scope is None or own_time else scope.paragraph_leads.get(clause.paragraph)
    if fallback is not None and fallback not in inherited and _nearer(lead, fallback, doc_year):
        # the deadline the clause's own paragraph opens with is nearer than a heading's or
        # a goals section's ("（2026—2030年）" over "到2027年，……。研制3—5种……")
        fallback = lead
    return ClauseDates(
        own=own,
        inherited=inherited,
        past=[
            d for d in own if d.year is not None and (d in reported or not is_future(d, doc_year))
        ],
        future_own=[d for d in own if is_future(d, doc_year) and d not in reported],
        fallback=fallback,
        lead=lead,
    )


def _reported_points(
    clause: Clause, own: list[Deadline], grammar: Grammar, doc_year: int | None, scope: Scope | None
) -> list[Deadline]:
    """The point years of its own ("2029年，", "2029年末，") that an undated clause reports
    rather than aims at: those not after the year the text reports (``reported_year``), in a
    clause with no forward word (``[cues] point_forward``) in it or its lead-in."""
    forward = grammar.point_forward
    if doc_year is not None or forward is None or scope is None or scope.reported_year is None:
        return []
    if forward.search(f"{clause.context} {clause.text}"):
        return []
    return [
        d for d in own if d.kind == "point" and d.year is not None and d.year <= scope.reported_year
    ]


# A year as a text states one; not a base after 比/较 ("比2005年") nor a deadline after 到/至.
_YEAR = re.compile(r"(?<![比较到至])(?<!\d)((?:19|20)\d{2})\s*年")
_ANY_YEAR = 9999


def reported_year(clauses: list[Clause], grammar: Grammar, title: str = "") -> int | None:
    """The latest year an undated text reports, for ``_reported_points``. Aims stay the
    default. A report's title (``[cues] report_title``: 统计公报, 情况分析) reports every
    year; a plan's, a programme's or a measure's (``plan_title``) none, so "2028年，能耗比上年
    下降3%" stays an aim there. Under any other title (a news item, a review) a year counts
    as reported when a comparison with the same period of the year before (``[cues]
    year_on_year``: 同比, 上年同期) follows it in its paragraph ("2029年，……产量12万吨，同比
    增长8%")."""
    report, plan, compare = grammar.report_title, grammar.plan_title, grammar.year_on_year
    if report is None:
        return None
    title = title or (clauses[0].text[:200] if clauses else "")  # or the text's first line
    if report.search(title):
        return _ANY_YEAR
    if plan is None or compare is None or plan.search(title):
        return None
    last: dict[int, int] = {}  # paragraph -> the year stated last so far
    found: int | None = None
    for clause in clauses:
        text = f"{clause.context} {clause.text}"
        for m in re.finditer(f"{_YEAR.pattern}|(?P<cmp>{compare.pattern})", text):
            if m.group("cmp") is None:
                last[clause.paragraph] = int(m.group(1))
            elif clause.paragraph in last:
                found = max(found or 0, last[clause.paragraph])
    return found


def _nearer(lead: Deadline | None, fallback: Deadline, doc_year: int | None) -> bool:
    """Whether a paragraph's opening deadline should date an undated figure of the paragraph
    in place of ``fallback``, a deadline stated further out: it lies ahead and differs."""
    return (
        lead is not None
        and lead.kind == "closing"
        and lead.year is not None
        and lead.year != fallback.year
        and is_future(lead, doc_year)
    )


def goal_lead(clause: Clause, grammar: Grammar, scope: Scope) -> Deadline | None:
    """The deadline of the goals lead-in that opens the clause's paragraph ("主要目标是，到
    2027年，……。万元工业增加值用水量比2022年下降16%"), for a clause with a figure and no time
    of its own; a clause that reports (去年, 累计, “十三五”以来, 通报) stays a fact."""
    lead = scope.goal_leads.get(clause.paragraph)
    if lead is None or not find_quantities(clause.text, grammar):
        return None
    if scope.reporting.get(clause.paragraph, (False, False))[1]:  # noted by ingest.extract
        return None
    return lead


def _without_status_date(clause: Clause, own: list[Deadline], grammar: Grammar) -> list[Deadline]:
    """``own`` less the date of a review ("with a possible revision in 2023") and a status
    date opening the clause ("As of October 2024, capacity stands at 81 GW"), unless the
    clause looks forward ("As of January 2026, new buses must ...")."""
    review, deadline = grammar.figures.review_before, grammar.figures.review_deadline
    own = [d for d in own if not _review_date(clause.text, d.start, review, deadline)]
    status = grammar.figures.status_date.search(clause.text)
    if status is None or _looks_forward(clause, grammar):
        return own
    return [d for d in own if not status.start() <= d.start < status.end()]


def _looks_forward(clause: Clause, grammar: Grammar) -> bool:
    return bool(grammar.future.search(f"{clause.context} {clause.text}"))


def _review_date(text: str, start: int, review: re.Pattern[str], deadline: re.Pattern[str]) -> bool:
    """Whether the date at ``start`` is when an aim is reviewed ("with a review in 2027"),
    not a deadline: a deadline word governing the review ("by the next update in 2030")
    makes it the deadline. Only the words just before the date are read."""
    window = max(0, start - _WINDOW), start
    return bool(review.search(text, *window)) and not deadline.search(text, *window)


def _states_status(clause: Clause, grammar: Grammar) -> bool:
    """Whether a prose sentence states a share or level as it is, or a past or projected
    figure, and does not look forward itself."""
    text = clause.text
    fact = (
        grammar.figures.status_share.search(text)
        or grammar.historical.search(text)
        or grammar.projection.search(text)
    )
    return bool(fact) and not _looks_forward(clause, grammar)


def programme_year(
    heading: str, deadlines: list[Deadline], grammar: Grammar, doc_year: int | None
) -> list[Deadline]:
    """The deadlines of a heading, with the document's own year read as a closing one when the
    heading opens that year's programme ("二、2025年目标任务和主要工作" in a report delivered in
    January 2025, ``[figures] programme_heading``): the aims under it are due by the year's end,
    as "到2025年" would say."""
    if doc_year is None or not grammar.figures.programme_heading.search(heading):
        return deadlines
    return [
        dataclasses.replace(d, kind="closing") if d.year == doc_year and d.kind != "closing" else d
        for d in deadlines
    ]
