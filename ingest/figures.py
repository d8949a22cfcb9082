"""What each figure of a sentence is: an aim, or something that only looks like one.

Published texts put many figures next to their targets: the sums a programme spends,
an agency's estimate of the jobs it creates, a model's projection of emissions, the
number of states a grant reaches, the fine for a breach, a tax rate. A sentence that
looks forward ("will", a deadline) carries them as readily as it carries an aim, so
the decision is made for each figure, from the words of its own part of the sentence:

- ``parameter``: a term of a rule (a tax, a fine, a fee, a cap on a payment, who is
  eligible, a benchmark value or coefficient); a cap on a quantity or a share ("capped at
  16.5 Mtoe in 2030") is a ceiling, an aim like "no more than";
- ``projection``: an estimate, forecast or modelled effect, of anyone ("is expected
  to", "could support", "as much as"), and the jobs, homes or cars a measure is said
  to be worth;
- ``funding``: a sum of money spent, granted or raised, unless a goal governs it ("a
  goal of mobilising $100 billion") or it is a cost per unit ("to $45 per MWh");
- ``scope``: a count that says who or what is concerned ("in 39 states", "for 150
  projects");
- ``reported``: a figure stated as done or had ("has awarded", "was", "since"), or a
  third party's figure ("according to a survey"; an estimate of theirs is a projection);
- ``target``: none of the above.

Citation furniture (act and document numbers, dates, provisions, footnote marks,
telephone numbers, named events such as COP26 or "Fit for 55") is not a figure at all:
``furniture_spans`` finds it, and ``ingest.quantities`` reads no number inside it.

The cue words are per-language data: the ``[figures]`` table of ``ingest/lang/*.toml``.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from ingest.figure_money import money_role
from ingest.lang import FigureCues, Grammar
from ingest.limits import checks_time
from ingest.text_cache import text_cache

Role = Literal["target", "reported", "projection", "funding", "scope", "parameter"]
ROLES: tuple[str, ...] = ("target", "reported", "projection", "funding", "scope", "parameter")

# Where the words that govern a figure stop, looking left: the end of a sentence, a
# semicolon or colon, a dash, or a comma that opens a new clause. A figure's own part of
# the sentence is read from there.
_BREAK = re.compile(
    r"[;:；：。!?！？]|(?<=[a-z]{2})[.](?=\s+[A-Z“\"(])|\s[—–-]\s|—|,\s+(?:and|but|while|whereas|which|who|where|when)\b"
    r"|,\s+(?=[A-Z])|，",
)
# A comma before "and" or "or", and the words that make what follows it a clause of its own.
_LIST_COMMA = re.compile(r",\s+(?:and|or)", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:will|would|could|can|shall|should|must|may|might|is|are|was|were|be|been|has|have"
    r"|had|do|does|did|\w{3,}ed|\w{3,}ing)\b"
    r"|\bto\s+(?!(?:the|a|an|its|their|our|at|more|over|about|around|nearly|some|up)\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
_LEFT_CHARS = 160
# How far after a figure a reported aim's own deadline or modal is looked for.
_AIM_AFTER_CHARS = 100
_RIGHT_CHARS = 60
# How close a cue must stand to the figure on its left to govern it.
_NEAR_CHARS = 70
# How far before a figure a rule's sum may be named for it to be one of the rule's terms.
_RULE_CHARS = 200
_MONEY_UNITS = frozenset(
    {"USD", "EUR", "yuan", "GBP", "JPY", "INR", "DKK", "SEK", "NOK", "PLN", "CHF", "CZK"}
)
_SPACES = re.compile(r"\s+")
# A figure joined to its unit by a hyphen is an adjective of the noun after it.
# A voltage or an apparent power is the grade of a line, substation or transformer
# ("lines of 220 kV and above"), never a level to reach.
_RATING_UNITS = frozenset({"V", "kV", "MV", "VA", "kVA", "MVA"})
_ATTRIBUTIVE = re.compile(r"\d[-‐‑](?:[^\W\d_]+)$")
_NOUN_AFTER = re.compile(r"\s?[^\W\d_]")


def furniture_spans(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Spans of ``text`` that are citations, dates, provisions, notes or names, in order."""
    return list(_furniture(text, grammar))


@functools.lru_cache(maxsize=8192)
def _furniture(text: str, grammar: Grammar) -> tuple[tuple[int, int], ...]:
    run = grammar.figures.furniture_run  # its alternatives one at a time, the same spans
    if run is not None and run.whole is grammar.figures.furniture:
        return run.spans(text)
    return tuple(m.span() for m in grammar.figures.furniture.finditer(text) if m.end() > m.start())


def left_window(text: str, position: int) -> str:
    """The words before ``position`` in the same part of the sentence (whitespace squeezed).

    A comma before "and" or "or" ends the part only when a verb follows it: in "would
    reduce emissions from wells, pipelines, and tanks by 75%" the list of nouns stays in
    the scope of "would".
    """
    start = max(0, position - _LEFT_CHARS)
    window = text[start:position]
    cuts = [m for m in _BREAK.finditer(window)]
    while (
        cuts
        and _LIST_COMMA.fullmatch(cuts[-1].group())
        and not _VERB.search(window, cuts[-1].end())
    ):
        cuts.pop()
    cut = cuts[-1].end() if cuts else 0
    return _SPACES.sub(" ", window[cut:])


# A figure other than a year, earlier in the clause.
_OTHER_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*")


def _equivalence(text: str, start: int, near: str, cues: FigureCues) -> bool:
    """What another figure comes to: "this corresponds to a cut of 4%", or "corresponding
    to a cut of 45%" after a figure of the same clause."""
    match = cues.equivalence_before.search(near)
    if not match:
        return False
    return bool(match.group("demonstrative") or _OTHER_FIGURE.search(text, 0, start))


def _threshold(text: str, end: int, left: str, near: str, right: str, cues: FigureCues) -> bool:
    """A size that selects who or what a rule covers ("plants with an output of 8 MW or
    less"), not a level to reach: no aim verb or goal word before it, no deadline of its own
    after it, and, outside the selecting frame ("with/having/that have ... or more"), no
    future modal or leading deadline before it."""
    if not (cues.threshold_before.search(near) and cues.threshold_after.search(right)):
        return False
    if cues.threshold_aim.search(near) or cues.goal_near.search(left):
        return False
    if cues.own_deadline.match(text, end):
        return False  # "... with a capacity of 500 MW or more by 2030"
    return bool(cues.threshold_select.search(near) or not cues.threshold_modal.search(left))


def _term_of_rule(
    text: str, span: tuple[int, int], unit: str, left: str, near: str, right: str, cues: FigureCues
) -> bool:
    """Whether the figure is a term of a rule: a rate, fine or cap that is no ceiling aim, a
    formula's step, a ceiling on a share of an aim, a size or margin that selects units."""
    start, end = span
    if cues.parameter.search(near) and not _ceiling(near, unit, cues):
        return True
    if cues.change_cap.search(near) and cues.change_cap_subject.search(left):
        return True  # "the factor shall lower the average by a maximum of 3 %"
    if cues.coefficient_after.search(right):
        return True  # "a one percentage point exceedance of the benchmark ..."
    if cues.rule_span_unit.fullmatch(unit) and not cues.rule_span_aim.search(text[:start]):
        return True  # "提前5个工作日公示": how long a rule gives, no aim
    if cues.alternative_after.match(text, end) and cues.alternative_rule.search(
        text, max(0, start - _RULE_CHARS), start
    ):
        return True  # "... or up to 4 % of its turnover, whichever is higher": a fine's ceiling
    if (
        cues.aim_share_before.search(near)
        and cues.aim_share_after.search(right)
        and cues.aim_share_means.search(left)
    ):
        return True  # "offsets may cover at most 6% of the goal": a ceiling
    if _threshold(text, end, left, near, right, cues):
        return True  # "units with a rated output of eight megawatts or below"
    # a margin over an average that picks out the units concerned
    return bool(cues.margin_before.search(near) and cues.margin_units_after.search(right))


def _share_held(left: str, near: str, right: str, cues: FigureCues) -> bool:
    """Whether a share right after "accounts for" / "makes up" is one held today: no aim
    word or deadline earlier in the clause (after its last report frame), none right after."""
    if not cues.share_held.search(near) or cues.share_held_deadline.search(right):
        return False
    frames = list(cues.share_held_frame.finditer(left))
    stretch = left[frames[-1].end() :] if frames else left
    return not cues.share_held_aim.search(stretch)


# a clause with thousands of figures costs time per figure (each reads its left window):
# the file's time budget is checked at every figure, not only between clauses
@checks_time
def figure_role(text: str, start: int, end: int, unit: str, grammar: Grammar) -> Role:
    """The role of the figure at ``text[start:end]`` (its unit as ``Quantity.unit``).

    Args:
        text: the clause the figure stands in.
        start, end: the figure's span in ``text`` (value, scale and unit words).
        unit: the figure's canonical unit ("%", "USD", "t", "" for a plain count).
        grammar: the language's rules; its ``figures`` cues decide.
    """
    cues = grammar.figures
    left = left_window(text, start)
    near = left[-_NEAR_CHARS:]
    right = _SPACES.sub(" ", text[end : end + _RIGHT_CHARS])
    if _term_of_rule(text, (start, end), unit, left, near, right, cues):
        return "parameter"
    if cues.prior_value.search(near):
        return "reported"  # "84 Mt in 2030, down from 107 Mt": the earlier value
    if cues.prior_from.search(near) and cues.present_after.search(right):
        return "reported"  # "to 45% by 2030 from 15% at present": today's level
    # "expected to fall short of a goal to lower heat demand by 9.5%": the aim noun names the
    # figure, so a forecast or a report around it says nothing about what the figure is
    named_aim = names_aim(text, start, grammar, unit)
    if cues.attribution.search(text) and not named_aim:
        return "projection" if cues.projection.search(text) else "reported"
    if _found(text, start, cues):
        return "reported"
    if _in_estimate(text, start, end, cues) and not named_aim:
        return "projection"
    if cues.assessment.search(near):
        return "reported"
    if unit == "%" and _share_held(left, near, right, cues):
        return "reported"  # "the freight sector contributes 35 per cent of all emissions"
    if (_projected(left, cues) and not named_aim) or (
        not cues.goal_near.search(left)
        and (
            cues.effect_after.search(right)
            or cues.effect_before.search(near)
            or _equivalence(text, start, near, cues)
        )
    ):
        return "projection"
    if unit == "%" and cues.budget_share.search(right) and not cues.goal_near.search(left):
        return "funding"
    money = money_role(left, near, right, cues) if unit in _MONEY_UNITS else None
    if money:
        return money
    scope_before = cues.scope_before.search(near) and not (
        cues.scope_before_aim.search(near) or _bound_aim(text, start, near, cues)
    )
    if not unit and (scope_before or cues.scope_noun.search(right)):
        return "scope"
    if unit in _RATING_UNITS:
        return "scope"
    if not unit and cues.definite_set.search(near) and not cues.definite_set_aim.search(right):
        return "scope"  # "The 30 islands taking part aim to ...": a known set
    described = _NOUN_AFTER.match(right) and not cues.unit_tail.match(right)
    if unit != "%" and _ATTRIBUTIVE.search(text[start:end]) and described:
        return "scope"  # "the 1,350-mile pilot route", "a 300-megawatt plant": a description
    if not unit and cues.hyphen_adjective.match(text, end):
        return "scope"  # "the 19-nation group", "an 18-member board": a description
    if unit not in {"%", ""} and cues.facility_before.search(near):
        return "scope"  # "will expand its plant by 30,000 sq ft": the size of a facility
    if unit not in {"%", ""} and cues.trip_before.search(near) and cues.trip_after.search(right):
        return "scope"  # "travel 14 miles to the roastery": the distance of a trip
    if cues.facility_after.search(right):
        return "scope"  # "a 60,000 square foot facility", "a 520 MW plant"
    if unit == "%" and cues.share_of_people.search(right):
        return "scope"
    if unit in {"%", ""} and cues.spending.search(near):
        return "funding"
    # a figure that is itself a past verb ("sales have tripled") is read with its words
    own = f"{near}{text[start:end]}"
    after = text[end : end + _AIM_AFTER_CHARS]
    if cues.past.search(own) and not _aim_near(near, after, cues):
        if not _reported_aim(own, after, cues):
            return "reported"
    return "target"


def _bound_aim(text: str, start: int, near: str, cues: FigureCues) -> bool:
    """Whether a floor or ceiling ("不少于50个", "不高于30微克") is an aim: the clause before it
    holds a deadline or an aim verb ("到2029年", "力争", "遴选"). A floor a rule sets with
    neither ("应当配备不少于2名") stays a term of the rule."""
    if not cues.comparator_before.search(near):
        return False
    return bool(cues.comparator_aim.search(text[:start]))


def _aim_near(near: str, after: str, cues: FigureCues) -> bool:
    """Whether an aim word before the figure keeps it an aim after a past word; a vision
    does only with a deadline year after the figure ("a vision to serve 2 million riders
    by 2035")."""
    if cues.aim.search(near):
        return True
    return bool(cues.deadline_aim.search(near) and cues.deadline_after.search(after))


def _reported_aim(own: str, right: str, cues: FigureCues) -> bool:
    """Whether the only past word before the figure reports or publishes an aim that the
    words after it state ("announced that 100 percent of its rides will be electric by
    2030", "released a roadmap for a 44% cost cut by 2030")."""
    if not cues.aim_after.search(right):
        return False
    return all(cues.report_verb.fullmatch(m.group()) for m in cues.past.finditer(own))


def lead_in_role(role: str, lead_in: str, grammar: Grammar) -> str:
    """``role``, or "parameter" when the list's lead-in names the terms of a rule ("... if
    its share exceeds the following benchmarks:"): its items set them, they aim at nothing.
    """
    if role == "target" and lead_in and grammar.figures.parameter_lead.search(lead_in):
        return "parameter"
    return role


_GOAL_AFTER = 40


def _ceiling(near: str, unit: str, cues: FigureCues) -> bool:
    """Whether the figure is a ceiling on a quantity ("capped at 16.5 Mtoe"), an aim like
    "no more than": a physical quantity or a share, and no other term of a rule ("a levy
    capped at 2%") governs it. A capped sum of money or count stays a rule's parameter."""
    if not unit or unit in _MONEY_UNITS:
        return False
    cap = cues.ceiling.search(near)
    return cap is not None and not cues.parameter.search(near[: cap.start()])


def _found(text: str, start: int, cues: FigureCues) -> bool:
    """Whether the figure is what a review found ("the assessment found that a cut of 90% was
    the most proportionate"), with no aim word between the finding and the figure ("it is
    found that emissions should be reduced by 19%" states an aim)."""
    finding = _last(cues.finding, text[:start])
    if finding < 0:
        return False
    return not cues.aim.search(text[finding:start])


def _in_estimate(text: str, start: int, end: int, cues: FigureCues) -> bool:
    """Whether the figure stands in the complement of an estimate ("the energy agency
    estimates that the shift would add 12 million jobs, 40% of them skilled"), with no goal
    word between them or right after the figure."""
    before = text[:start]
    frame = _last(cues.estimate_frame, before)
    if frame < 0 or _last(cues.goal_near, before) > frame:
        return False
    return not cues.goal_near.search(text[end : end + _GOAL_AFTER])


def _projected(left: str, cues: FigureCues) -> bool:
    """Whether an estimate word governs the figure: the nearer of an estimate word and a
    goal word wins ("on track to reach its goal of 35%" is an aim; "our commitment to
    clean energy has us on track to triple it" is a projection)."""
    last_projection = _last(cues.projection, left)
    pledges = list(cues.reported_pledge.finditer(left))
    if last_projection < 0 or (pledges and pledges[-1].end() > last_projection):
        return False  # "said Britain would cut": the pledge's "would", no estimate
    if cues.hedged_aim.search(left):
        return False  # "the caps will likely be 40 Mt": the proposed aim, hedged
    return last_projection > _last(cues.goal_near, left)


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of ``pattern`` in ``text`` starts, -1 when none."""
    last = -1
    for match in pattern.finditer(text):
        last = match.start()
    return last


def names_aim(text: str, start: int, grammar: Grammar, unit: str = "") -> bool:
    """Whether the figure at ``start`` is the complement of an aim noun ("a goal to lower heat
    demand by 9.5%", "its goal of 40%") that no past verb governs ("met its target of"),
    or the whole that progress is measured against where the clause calls that whole required
    or aimed at ("half of the output required by 2032 (19.5 out of 42 GW)"); a count of
    members or states ("12 out of 27 states") is never such a whole."""
    cues = grammar.figures
    near = left_window(text, start)[-_NEAR_CHARS:]
    if unit and cues.whole_before.search(near) and cues.whole_aim.search(text):
        return True
    match = cues.aim_complement.search(near)
    return bool(match) and not cues.aim_complement_past.search(near, 0, match.start())


def is_direct_aim(text: str, start: int, grammar: Grammar) -> bool:
    """Whether an aim verb acts on the figure at ``start`` ("will repair 10,000 bridges")."""
    return bool(grammar.figures.direct_aim.search(left_window(text, start)[-_NEAR_CHARS:]))


def own_expectation_as_aim(text: str, section: tuple[str, ...], grammar: Grammar) -> str:
    """``text`` read with the plan's own expectation as an aim (offsets kept).

    Under a heading over the plan's own aims ("Targets for 2030", "主要目标"), "X is
    expected to reach about 20% by 2030" states what the plan expects of itself: the hedge
    is blanked so that it reads "X is ... to reach". A third party's expectation ("the
    agency expects", "according to forecasts", "is projected to") keeps its words and
    stays a projection. The document's own body or place scheduling an aim for a year
    ("该县预计2028年…达到", ``own_schedule``) is read so under any heading.
    """
    cues = grammar.figures
    text = _blank_hedges(cues.own_schedule, text)  # "该县预计2028年…达到": its own schedule
    heading = section[-1] if section else ""
    if not (cues.aims_heading.search(heading) or cues.indicator_heading.search(heading)):
        return text
    if cues.attribution.search(text) or cues.estimate_frame.search(text):
        return text
    return _blank_hedges(cues.own_expectation, text)


def _blank_hedges(pattern: re.Pattern[str], text: str) -> str:
    for match in reversed(list(pattern.finditer(text))):
        start, end = match.span("hedge")
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


# Kept per figure (a pure function of its arguments): a document's repeated sentences ask
# about the same figures again.
figure_role = text_cache(maxsize=8192)(figure_role)
