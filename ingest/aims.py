"""Targets and statistics of one clause: is it an aim or a fact, and what are its figures.

``extract_from_clause`` applies the rules of ``ingest.extract`` (see its docstring)
to one clause, with what the clause inherits from its document (``Scope``). Pure
functions: the tagger for an undated clause's tense is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ingest.aim_figures import (
    conjunct_before,
    coordinated_role,
    revised_role,
    targets_only,
    under_aims,
)
from ingest.clause_dates import ClauseDates as _Dates
from ingest.clause_dates import dates_of as _dates_of
from ingest.dating import Scope, is_future, nearest_deadline
from ingest.deadlines import BaseYear, Deadline, find_base_years
from ingest.enumeration import conditions_lead
from ingest.fact_cues import blank_spans as _blank_spans
from ingest.fact_cues import governing_norm as _governing_norm
from ingest.fact_cues import has_cue as _cue
from ingest.fact_cues import states_fact
from ingest.fact_cues import totals_by_deadline as _totals_by_deadline
from ingest.figures import (
    figure_role,
    is_direct_aim,
    lead_in_role,
    names_aim,
    own_expectation_as_aim,
)
from ingest.lang import Grammar, english_patterns
from ingest.metrics import DIRECTION_WINDOW, clean_phrase, direction_of, metric_of, sector_of
from ingest.quantities import Quantity, find_quantities
from ingest.records import Clause, Statistic, Target

if TYPE_CHECKING:
    from spacy.language import Language

# English cue words, kept in ``ingest/lang/en.toml`` (see there for each).
_CUES = english_patterns("clause_cues")
_SHORT_LINE = 24


def _strip_lead(text: str, deadlines: Iterable[Deadline]) -> str:
    """A qualitative aim without its leading deadline: "by 2035, X will ..." -> "X will ..."."""
    for deadline in deadlines:
        if deadline.start < 40:
            rest = text[deadline.end :]
            if rest.lstrip().startswith(","):
                return clean_phrase(rest.lstrip()[1:])
    return clean_phrase(text)


def _flattened_table(text: str) -> bool:
    """A run of short lines, most of them numbers: a table whose layout was lost (PDF text)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    short = [line for line in lines if len(line) <= _SHORT_LINE]
    numeric = [line for line in short if re.search(r"\d", line)]
    return len(short) >= 0.8 * len(lines) and len(numeric) >= 0.5 * len(lines)


def _bases_of(clause: Clause, grammar: Grammar, scope: Scope | None) -> list[BaseYear]:
    """The base years of a clause: its own, its lead-in's, its list's, or its section's."""
    bases: list[BaseYear] = find_base_years(clause.text, grammar) or (
        find_base_years(clause.context, grammar) if clause.context else []
    )
    if (
        not bases
        and scope is not None
        and clause.kind == "aim"
        and clause.paragraph in scope.aim_bases
    ):
        # "20% by 2030; 50% by 2040; 80% by 2050 (baseline: 2005)": one base for the list
        bases = [scope.aim_bases[clause.paragraph]]
    if not bases and scope is not None:
        inherited_base = scope.base_from_sections(clause.section)
        bases = [inherited_base] if inherited_base else []
    return bases


def extract_from_clause(
    clause: Clause,
    grammar: Grammar,
    *,
    doc_year: int | None,
    scope: Scope | None = None,
    tagger: Language | None = None,
) -> Iterator[Target | Statistic]:
    """Records of one clause (see ``ingest.extract`` for the rules).

    ``tagger`` (an English spaCy pipeline with a tagger) reads the tense of an
    undated clause that no rule decides; without it such a clause is not a fact.
    """
    if clause.kind == "row":
        return  # a table's cells are read with their row and column (ingest.tables)
    text = own_expectation_as_aim(clause.text, clause.section, grammar)
    if re.fullmatch(r"\W*\d{1,4}\W*", text):
        return  # a page or note number on a line of its own
    if _flattened_table(text):
        return  # cells of a table flattened to one per line: no row or column to read them by
    dates = _dates_of(clause, grammar, doc_year, scope)
    quantities = find_quantities(text, grammar)
    historical = states_fact(text, dates, grammar, doc_year=doc_year, tagger=tagger)
    historical = historical or _under_review(clause.section, grammar)
    normative = bool(_governing_norm(text, grammar) or _lends_normative(clause.context, grammar))
    is_target = not historical and (
        dates.forward or (normative and bool(quantities) and not dates.past)
    )
    # "The plan will modernise 20,000 miles of roads": no date and no normative word, but
    # an aim verb acts on the figure; only such figures are aims then.
    direct_only = (
        not is_target
        and not historical
        and not dates.past
        and bool(quantities)
        and _cue(grammar.future, text)
        and any(is_direct_aim(text, q.start, grammar) for q in quantities)
    )
    # "are expected to fall short of a goal to lower heat demand by 9.5%": a figure an aim noun
    # names is an aim whatever the clause reports of it; only such figures are then.
    direct_only = direct_only or (
        not is_target
        and not dates.past
        and any(names_aim(text, q.start, grammar, q.unit) for q in quantities)
    )
    common = {
        "doc_id": clause.doc_id,
        "clause_id": clause.clause_id,
        "text": text,
        "start": clause.start,
        "end": clause.end,
    }
    if not (is_target or direct_only):
        for quantity in quantities:
            role = figure_role(text, quantity.start, quantity.end, quantity.unit, grammar)
            yield _statistic(
                quantity, text, clause, grammar, common, "reported" if role == "target" else role,
                dates, doc_year, quantities,
            )  # fmt: skip
    elif not quantities:
        yield from _qualitative_aims(text, clause, grammar, dates, common)
    else:
        bases = _bases_of(clause, grammar, scope)
        yield from _figure_aims(
            text, clause, grammar, dates, bases, quantities, direct_only, doc_year, common
        )


def review_heading(section: tuple[str, ...], grammar: Grammar) -> str | None:
    """The heading of ``section`` that reviews a past period (``[figures] review_heading``:
    "一、2024年工作回顾"), if any: its clauses report what was done."""
    return next((h for h in section if grammar.figures.review_heading.search(h)), None)


def _under_review(section: tuple[str, ...], grammar: Grammar) -> bool:
    return review_heading(section, grammar) is not None


def _lends_normative(lead_in: str, grammar: Grammar) -> bool:
    """Whether a list's lead-in makes its items aims: not when it opens with a condition
    ("符合下列条件的，应当列入名录：") that its items complete, so a figure in one (2.6万吨)
    is a threshold. The condition's ending is ``[obligations] condition_end``."""
    if not lead_in or not grammar.normative.search(lead_in):
        return False
    end = grammar.obligations.get("condition_end")
    if not end:
        return True
    parts = re.split(r"[，,；;]", lead_in)
    return not any(re.search(end, part.strip()) for part in parts[:-1])


def _qualitative_aims(
    text: str, clause: Clause, grammar: Grammar, dates: _Dates, common: dict
) -> Iterator[Target]:
    """Noun-phrase aims count too: "Climate neutrality by 2050", "net zero by 2040"."""
    aim_words = (grammar.predicate_cue, grammar.future, grammar.aim_verb, grammar.pledge)
    if not dates.forward or not any(p.search(text) for p in aim_words):
        return
    if text.rstrip().endswith((":", "：")):
        return  # the lead-in of a list: its items are the aims
    metric = _strip_lead(text, dates.own)
    # "net zero by 2040 and zero carbon by 2050": one aim per deadline.
    closing = [d for d in dates.future_own if d.kind != "point"] or dates.future_own[:1]
    own_base = find_base_years(text, grammar)  # only a base the aim itself states
    for deadline in closing or [dates.fallback]:
        yield _qualitative(
            metric, deadline, clause, grammar, common, own_base[0] if own_base else None
        )


def _figure_aims(
    text: str,
    clause: Clause,
    grammar: Grammar,
    dates: _Dates,
    bases: list[BaseYear],
    quantities: list[Quantity],
    direct_only: bool,
    doc_year: int | None,
    common: dict,
) -> Iterator[Target | Statistic]:
    """The records of an aim with figures: a target per aimed figure, a statistic per other."""
    aims = targets_only(text, quantities)
    if not aims:
        # every figure only describes who is concerned ("plants with a capacity
        # above 2 million tonnes shall complete ..."): the aim has no figure
        if dates.forward:
            yield _qualitative(
                _strip_lead(text, dates.own), (dates.future_own or [dates.fallback])[0], clause,
                grammar, common,
            )  # fmt: skip
        return
    used: set[int] = set()
    aimed, described = False, True
    previous: tuple[Quantity, str] | None = None
    # "到2028年底，累计节能超1亿吨": the total word reads as a past word at the figure too
    totals = _totals_by_deadline(text, dates, grammar, doc_year)
    blanked = _blank_spans(text, totals)
    for quantity in aims:
        role = figure_role(blanked, quantity.start, quantity.end, quantity.unit, grammar)
        # "exceeds the following benchmarks:", or a section headed "三、项目实施条件"
        # ... or a colon in the clause closing such a lead ("应当符合下列条件：种植面积不少于30亩")
        colon_lead = conditions_lead(text, quantity.start, grammar)
        for lead in (clause.context, *clause.section, colon_lead):
            role = lead_in_role(role, lead, grammar)
        role = coordinated_role(role, quantity, previous, text)
        ahead = bool(dates.future_own) and not dates.past
        role = revised_role(role, text, quantity, ahead, grammar, under_aims(clause, grammar))
        if role == "target" and _stated_for_past_year(
            quantity, text, dates, quantities, doc_year, grammar
        ):
            role = "reported"
        previous = (quantity, role)
        direct = is_direct_aim(text, quantity.start, grammar) or names_aim(
            text, quantity.start, grammar, quantity.unit
        )
        if direct_only and role == "target" and not direct:
            role = "reported"
        if role != "target":
            described = described and role == "scope"
            yield _statistic(quantity, text, clause, grammar, common, role, dates, doc_year,
                             quantities)  # fmt: skip
            continue
        elsewhere = (dates.fallback or dates.lead) is not None
        deadline = nearest_deadline(
            dates.future_own, quantity.start, text, quantities, dated_elsewhere=elsewhere
        )
        deadline = deadline or dates.fallback or dates.lead
        if deadline is not None:
            used.add(deadline.start)
        base = min(bases, key=lambda b: abs(b.start - quantity.end)) if bases else None
        aimed = True
        yield _target(quantity, text, clause, grammar, common, deadline, base)
    if not aimed and described:
        # every figure only says who is concerned ("all 120 member cities declare
        # carbon neutrality by 2050"): the clause's aim, if it states one, has no figure
        yield from _qualitative_aims(text, clause, grammar, dates, common)
        return
    # "cut emissions by 50% by 2030 and reach carbon neutrality by 2050": the
    # second aim has no figure but its own deadline.
    for deadline in dates.future_own:
        if deadline.start in used or deadline.kind == "point":
            continue
        conjunct = conjunct_before(text, deadline, quantities)
        if conjunct and (grammar.pledge.search(conjunct) or grammar.predicate_cue.search(conjunct)):
            yield _qualitative(conjunct, deadline, clause, grammar, common)


def _stated_for_past_year(
    quantity: Quantity,
    text: str,
    dates: _Dates,
    quantities: list[Quantity],
    doc_year: int | None,
    grammar: Grammar,
) -> bool:
    """Whether the figure's own nearest year is a past one stated right after it ("a
    survey shows a share of 13% in the fleet in 2021"): that year's figure, whatever
    deadline the sentence gives in another part ("over the coming years - ..."). Not when
    the year is the level the aim is measured against ("40% below the level in 2010"), nor
    when the figure's own part of the sentence names a forward deadline ("By 2032, ...")."""
    if doc_year is None or not dates.past:
        return False
    own = nearest_deadline(list(dates.own), quantity.start, text, quantities)
    if (
        own is None
        or own.kind != "point"
        or own.start < quantity.end
        or is_future(own, doc_year)
        # a bracket after the figure is its basis ("（按2005年价格计算）", "(2005 prices)")
        or re.search(r"[(（\[]", text[quantity.end : own.start])
    ):
        return False
    cues = grammar.figures
    if cues.past_year_base.search(text[quantity.end : own.start]):
        return False
    start, end = _part_around(text, quantity, cues.part_break)
    # "By 2031 ... to 12% from 18% in 2022": a figure after another one of its part is the
    # starting level, whatever deadline the part opens with
    second = any(start <= q.start and q.end <= quantity.start for q in quantities)
    return second or not any(start <= d.start < end for d in dates.future_own)


def _part_around(text: str, quantity: Quantity, part_break: re.Pattern[str]) -> tuple[int, int]:
    """The part of the sentence the figure stands in, between breaks such as a dash."""
    start, end = 0, len(text)
    for found in part_break.finditer(text):
        if found.end() <= quantity.start:
            start = found.end()
        elif found.start() >= quantity.end:
            end = found.start()
            break
    return start, end


def _target(
    quantity: Quantity,
    text: str,
    clause: Clause,
    grammar: Grammar,
    common: dict,
    deadline: Deadline | None,
    base: BaseYear | None,
) -> Target:
    metric = metric_of(text, quantity, grammar)
    return Target(
        metric=metric, value=quantity.value, unit=quantity.unit,
        value_text=quantity.value_text, comparator=quantity.comparator,
        direction="decrease" if quantity.negative else direction_of(
            text[max(0, quantity.start - DIRECTION_WINDOW) : quantity.start],
            text[quantity.end : quantity.end + DIRECTION_WINDOW], grammar,
        ),
        year=deadline.year if deadline else None,
        base_year=base.year if base else None,
        deadline_text=deadline.text if deadline else "",
        sector=sector_of(metric, text, clause.context, grammar=grammar),
        value_high=quantity.high, **common,
    )  # fmt: skip


def _statistic(
    quantity: Quantity,
    text: str,
    clause: Clause,
    grammar: Grammar,
    common: dict,
    role: str,
    dates: _Dates,
    doc_year: int | None,
    quantities: Sequence[Quantity],
) -> Statistic:
    """A figure that is not an aim, with the year it is stated for, if any."""
    own, inherited = dates.own, dates.inherited
    past = [d for d in own if d.year is not None and not is_future(d, doc_year)]
    if role == "reported":
        # The year a figure is stated for ("In 2023", "by 2023 ... had been built").
        year = past[0].year if past else (own[0].year if own else None)
        if year is None:
            year = next((d.year for d in inherited if d.year and not is_future(d, doc_year)), None)
    else:
        # A projection, a sum or a rule's term is dated by the deadline next to it, if any.
        nearest = nearest_deadline(list(own), quantity.start, text, quantities)
        year = nearest.year if nearest else None
    metric = metric_of(text, quantity, grammar)
    return Statistic(
        metric=metric, value=quantity.value, unit=quantity.unit,
        value_text=quantity.value_text, comparator=quantity.comparator, year=year,
        sector=sector_of(metric, text, grammar=grammar), role=role, **common,
    )  # fmt: skip


def _qualitative(
    metric: str,
    deadline: Deadline | None,
    clause: Clause,
    grammar: Grammar,
    common: dict,
    base: BaseYear | None = None,
) -> Target:
    return Target(
        metric=metric, value=None, unit="", value_text="", comparator=None, direction=None,
        year=deadline.year if deadline else None, base_year=base.year if base else None,
        deadline_text=deadline.text if deadline else "",
        sector=sector_of(metric, clause.text, clause.context, grammar=grammar), **common,
    )  # fmt: skip
