"""The ``[figures]`` table of a language's grammar: the cues that decide what each figure of
a sentence is (see ``ingest.figures``), compiled once with the grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ingest.lang.alternation import Alternation

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True, slots=True)
class FigureCues:
    """What a figure is when it is not an aim (the ``[figures]`` table; see ingest/figures.py)."""

    furniture: re.Pattern[str] = _NEVER
    # the same alternatives, run one at a time (ingest/lang/alternation.py); None: run whole
    furniture_run: Alternation | None = None
    projection: re.Pattern[str] = _NEVER
    # a pledge reported with "would" ("said Britain would cut"): that "would" is no estimate
    reported_pledge: re.Pattern[str] = _NEVER
    # a hedge on the aim noun right before the figure ("the targets will likely be"): no estimate
    hedged_aim: re.Pattern[str] = _NEVER
    effect_after: re.Pattern[str] = _NEVER
    money_goal: re.Pattern[str] = _NEVER
    # after a sum, the kind of firm or project its size picks out ("超过10亿元的企业"):
    # a bound, not a level the aim verb of ``money_goal`` reaches
    money_selects: re.Pattern[str] = _NEVER
    parameter: re.Pattern[str] = _NEVER
    # a cap on a change ("by a maximum of") and, earlier in the part of the sentence, a
    # mechanism that makes the change: the figure is the rule's term
    change_cap: re.Pattern[str] = _NEVER
    change_cap_subject: re.Pattern[str] = _NEVER
    scope_before: re.Pattern[str] = _NEVER
    scope_noun: re.Pattern[str] = _NEVER
    # an aim verb that governs the preposition of ``scope_before`` ("aim for 60,000
    # chargers"): the count is the aim, not the set it covers
    scope_before_aim: re.Pattern[str] = _NEVER
    # a comparator's own preposition ("不少于", "不高于") that ``scope_before`` also reads as
    # "in": the figure is a floor or ceiling, an aim when the clause before it holds a
    # deadline or an aim verb (``comparator_aim``), otherwise a term of the rule
    comparator_before: re.Pattern[str] = _NEVER
    comparator_aim: re.Pattern[str] = _NEVER
    # a word that ends a unit written before its noun ("a 2-gigawatt peak of solar"):
    # the figure is an amount, not a description of the noun after it
    unit_tail: re.Pattern[str] = _NEVER
    share_of_people: re.Pattern[str] = _NEVER
    effect_before: re.Pattern[str] = _NEVER
    equivalence_before: re.Pattern[str] = _NEVER
    goal_near: re.Pattern[str] = _NEVER
    direct_aim: re.Pattern[str] = _NEVER
    spending: re.Pattern[str] = _NEVER
    past: re.Pattern[str] = _NEVER
    aim: re.Pattern[str] = _NEVER
    # words that make a figure an aim only with a deadline year after it ("a vision to")
    deadline_aim: re.Pattern[str] = _NEVER
    deadline_after: re.Pattern[str] = _NEVER
    # words that state a cut by half ("halve", "cut in half"): read as a 50% decrease;
    # the named group of the alternative that matched spans the words kept as the figure
    halving: re.Pattern[str] = _NEVER
    # a hedge right before any of those words ("almost halve", "nearly in half"): the cut
    # is only about a half, no figure
    halving_hedge: re.Pattern[str] = _NEVER
    # what must stand right before two bare numbers for them to be a range whose dash
    # was lost ("by 27 31 percent"); None: no lead needed
    lost_dash_lead: re.Pattern[str] | None = None
    # a ratio of two parts ("2：1"), groups ``a`` and ``b``: one figure a/b, unit "ratio"
    ratio: re.Pattern[str] = _NEVER
    # words that state a multiple ("double", "triple", 翻一番) or a fraction ("one-third
    # of", "by a quarter"): the named group ``word`` spans the figure, whose value is looked
    # up in ``multiple_values`` (unit "x") or ``fraction_values`` (unit "%")
    multiple: re.Pattern[str] = _NEVER
    multiple_values: dict[str, float] = field(default_factory=dict)
    fraction: re.Pattern[str] = _NEVER
    fraction_values: dict[str, float] = field(default_factory=dict)
    # a distance from an aim ("a gap of 60 Mt"), a share of a budget, an estimate's
    # complement ("estimates that ..."): see en.toml
    # a heading over a plan's main indicators, and a plan period named in a title (group
    # ``fyp``): see ingest/extract.py and ingest/dating.py (``Scope.indicator_horizon``)
    facility_after: re.Pattern[str] = _NEVER
    facility_before: re.Pattern[str] = _NEVER
    # a trip's distance: the travel word before the figure and a destination after it
    trip_before: re.Pattern[str] = _NEVER
    trip_after: re.Pattern[str] = _NEVER
    # a status date opening a clause ("As of October 2024, ..."): no deadline of the clause
    # unless the clause looks forward (ingest/clause_dates.py)
    status_date: re.Pattern[str] = _NEVER
    # the date of a review of an aim ("with a possible upward revision in 2023"), matched
    # on the words before the date: no deadline of the aim (ingest/clause_dates.py)
    review_before: re.Pattern[str] = _NEVER
    # a deadline word that governs the review ("by the next update in 2030"): the review's
    # date is the aim's deadline after all
    review_deadline: re.Pattern[str] = _NEVER
    # a verb that states a share or level ("accounts for", "stands at", 占…比重为): a prose
    # sentence with one states a fact, and a dated heading above it does not date it
    status_share: re.Pattern[str] = _NEVER
    indicator_heading: re.Pattern[str] = _NEVER
    plan_period: re.Pattern[str] = _NEVER
    assessment: re.Pattern[str] = _NEVER
    # a share a part holds of a whole right before the figure ("contributes 35 per cent of"):
    # what it is now, unless a modal makes it an aim ("will account for")
    share_held: re.Pattern[str] = _NEVER
    # ... and what makes such a share an aim: an aim word or deadline earlier in the clause
    # (read after the last report frame, ``share_held_frame``) or a deadline right after it
    share_held_aim: re.Pattern[str] = _NEVER
    share_held_frame: re.Pattern[str] = _NEVER
    share_held_deadline: re.Pattern[str] = _NEVER
    budget_share: re.Pattern[str] = _NEVER
    estimate_frame: re.Pattern[str] = _NEVER
    # a third party's figures: "according to a recent survey" anywhere in the clause
    attribution: re.Pattern[str] = _NEVER
    # a ceiling on a quantity ("capped at"), a heading over the plan's own aims, and the
    # plan's own expectation under one (group ``hedge``): see en.toml
    ceiling: re.Pattern[str] = _NEVER
    aims_heading: re.Pattern[str] = _NEVER
    # a heading over a review of a past period: its clauses state facts
    review_heading: re.Pattern[str] = _NEVER
    # a heading over one year's programme of work: the document's own year in it is a due year
    programme_heading: re.Pattern[str] = _NEVER
    own_expectation: re.Pattern[str] = _NEVER
    # the document's own body or place scheduling an aim for a year, under any heading
    # (group ``hedge``): see zh.toml
    own_schedule: re.Pattern[str] = _NEVER
    # just after a sum of money: it is to be spent ("SEK 310 million a year will be spent
    # on flood defences"), whatever rate it is given at
    funding_after: re.Pattern[str] = _NEVER
    # a sum of money named as funding, even beside an aim verb: "$12 billion in funding",
    # "EUR 4 million a year to the fund" after "providing", "an outlay of X"
    funding_named_after: re.Pattern[str] = _NEVER
    funding_named_before: re.Pattern[str] = _NEVER
    # a verb of drawing money in that governs the sum ("to mobilise", "will attract"): the
    # sum is the aim, even when named as financing
    funding_mobilised: re.Pattern[str] = _NEVER
    # what a review found, before the figure: a finding, reported
    finding: re.Pattern[str] = _NEVER
    # a count after a clause-opening "the" (a known set), and the binding verb after it that
    # makes it an aim after all
    definite_set: re.Pattern[str] = _NEVER
    definite_set_aim: re.Pattern[str] = _NEVER
    # a scale word that scales a number reading as a year only with a unit after it
    # ("2030 millions of homes" is a year and a count word; "240 millions tonnes" a figure)
    year_scale: re.Pattern[str] = _NEVER
    # a bare number hyphened to a word before a noun ("an 18-member board"), matched from
    # the number's end: an adjective of that noun
    hyphen_adjective: re.Pattern[str] = _NEVER
    # a prior value a figure is compared with ("down from 145 Mt"), a rule's coefficient
    # ("a one percentage point exceedance ..."), a list lead-in naming a rule's terms ("...
    # exceeds the following benchmarks:"), and a report of an aim ("announced that ...")
    prior_value: re.Pattern[str] = _NEVER
    # a starting level named after the aim ("to 50% by 2030 from 20% at present"): "from"
    # just before the figure and a word of the present just after it
    prior_from: re.Pattern[str] = _NEVER
    present_after: re.Pattern[str] = _NEVER
    coefficient_after: re.Pattern[str] = _NEVER
    # the unit of a span of time that a rule gives ("提前5个工作日": a figure's unit label),
    # and the deadline or aim words before the figure in its clause that make that span an
    # aim after all ("压缩至", "2025年底前")
    rule_span_unit: re.Pattern[str] = _NEVER
    rule_span_aim: re.Pattern[str] = _NEVER
    # the rest of a clause after a figure that names it one of two alternative ceilings of a
    # rule ("... or N % of its turnover, whichever is higher"): a term of that rule
    alternative_after: re.Pattern[str] = _NEVER
    # a rule's sum named before the figure in its part of the sentence (a fine, a fee)
    alternative_rule: re.Pattern[str] = _NEVER
    aim_share_before: re.Pattern[str] = _NEVER
    aim_share_after: re.Pattern[str] = _NEVER
    aim_share_means: re.Pattern[str] = _NEVER
    aim_complement: re.Pattern[str] = _NEVER
    aim_complement_past: re.Pattern[str] = _NEVER
    whole_before: re.Pattern[str] = _NEVER
    whole_aim: re.Pattern[str] = _NEVER
    # a size that selects who a rule covers ("a rating of 10 MW or less"): see en.toml
    threshold_before: re.Pattern[str] = _NEVER
    threshold_after: re.Pattern[str] = _NEVER
    threshold_aim: re.Pattern[str] = _NEVER
    threshold_select: re.Pattern[str] = _NEVER
    threshold_modal: re.Pattern[str] = _NEVER
    own_deadline: re.Pattern[str] = _NEVER
    parameter_lead: re.Pattern[str] = _NEVER
    parameter_lead_not: re.Pattern[str] = _NEVER
    report_verb: re.Pattern[str] = _NEVER
    aim_after: re.Pattern[str] = _NEVER
    # an analyst speaking ("研究员某某表示"): the rest of the paragraph is their view, not an
    # aim of the policy (ingest/speech.py)
    speaker: re.Pattern[str] = _NEVER
    # a revision verb that sets the figure ("is raised to", "调增至"): the new aim when the
    # clause's deadline lies ahead of the document's date, whatever the verb's tense
    revised_to: re.Pattern[str] = _NEVER
    cumulative_to: re.Pattern[str] = _NEVER
    # a stock already reached beside 累计 ("截至……", "……的基础上"): no running total to reach
    cumulative_stop: re.Pattern[str] = _NEVER
    # money drawn in or a level per head or per unit of land: reported unless an aim word
    # of its own part of the sentence makes it an aim (never spending)
    money_drawn: re.Pattern[str] = _NEVER
    # between a figure and a past year after it, a word that makes the year the level the
    # aim is measured against ("below their level in 1990", "than in 2015"), and a break
    # between two parts of a sentence (a dash): see ``_stated_for_past_year`` in ingest/aims.py
    past_year_base: re.Pattern[str] = _NEVER
    # after a past verb, an infinitive that turns the report into a pledge ("has pledged to
    # cut"): the time word after it still looks forward (``_looks_back`` in ingest/deadlines.py)
    forward_infinitive: re.Pattern[str] = _NEVER
    part_break: re.Pattern[str] = _NEVER
    # a table cell or column header that forecasts or reports ("(projected)", "met",
    # "Estimate"): a deadline in the cell does not make its figure an aim; and a column
    # header naming aims, which an undated text's cells need (ingest/tables.py)
    cell_not_aim: re.Pattern[str] = _NEVER
    aim_header: re.Pattern[str] = _NEVER
    # between two figure-deadline pairs of one table cell ("50% by 2030, 100% by 2045"), and
    # the words that may open a later pair before its figure ("including a 50% cut by 2032")
    cell_pair_break: re.Pattern[str] = _NEVER
    cell_pair_lead: re.Pattern[str] = _NEVER
    # a year of the figure's own before it that is no deadline: a dated level
    dated_level: re.Pattern[str] = _NEVER
    # a margin over an average (left) that picks out units (right): a condition
    margin_before: re.Pattern[str] = _NEVER
    margin_units_after: re.Pattern[str] = _NEVER
    # a time word of a clause's own ("远期"): the paragraph's opening period does not date it
    own_horizon: re.Pattern[str] = _NEVER
    # a share written as a fraction in general (百分之三十, 十分之三, 1/3): ingest/fractions.py
    fraction_general: re.Pattern[str] = _NEVER
    # a report's word ("以来", "通报"): a paragraph's goals lead-in does not date the clause
    lead_stop: re.Pattern[str] = _NEVER
    # the one year a work arrangement is for, in its title (2025年……重点工作安排); a title that
    # also reports (总结, 执行情况); a task verb in the figure's clause part before it; a bound
    # after it that picks out units; a period of report before it (上半年); a section heading
    # that looks back (回顾) (ingest/work_year.py)
    work_year_title: re.Pattern[str] = _NEVER
    work_year_not_title: re.Pattern[str] = _NEVER
    work_title_suffix: re.Pattern[str] = _NEVER
    work_task: re.Pattern[str] = _NEVER
    work_task_not: re.Pattern[str] = _NEVER
    work_report: re.Pattern[str] = _NEVER
    work_past_heading: re.Pattern[str] = _NEVER


def _word_key(word: str) -> str:
    """How a multiple or fraction word is looked up: lower case, one space, no hyphen."""
    return re.sub(r"[\s-]+", " ", word.strip().lower())


def _figure_cues(table: dict[str, Any]) -> FigureCues:
    found: dict[str, Any] = {}
    for name in FigureCues.__dataclass_fields__:
        value = table.get(name)
        if not value:
            continue
        if name == "fraction_values":  # a share as numerator/denominator: a percentage
            found[name] = {_word_key(k): float(100 * Fraction(v)) for k, v in value.items()}
            continue
        if name.endswith("_values"):
            found[name] = {_word_key(k): float(v) for k, v in value.items()}
            continue
        if name == "furniture" and isinstance(value, list):
            found["furniture_run"] = Alternation(value, _FLAGS)
            found[name] = found["furniture_run"].whole
            continue
        pattern = "|".join(f"(?:{p})" for p in value) if isinstance(value, list) else value
        found[name] = _re(pattern)
    return FigureCues(**found)
