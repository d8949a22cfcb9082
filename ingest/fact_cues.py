"""Whether a clause states a fact or an aim: the cue tests every extraction rule shares.

A fact cue (a past figure, a projection) or a forward cue (a deadline, a normative verb)
decides; :func:`states_fact` is the one place that weighs them against each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ingest.aim_figures import sets_by_revision
from ingest.clause_dates import ClauseDates as _Dates
from ingest.lang import Grammar, english_patterns
from ingest.lang.alternation import any_of
from ingest.lang.needs import cheap_needs, lowered, may_match
from ingest.quantities import find_quantities
from ingest.tense import states_past
from ingest.text_cache import text_cache

if TYPE_CHECKING:
    from spacy.language import Language

# A relative clause opening just before an aim verb, and an infinitive's "to" (a verb after
# it belongs to the cue's own clause): English only (ingest/lang/en.toml).
_CUES = english_patterns("clause_cues")
_RELATIVE_OPEN, _TO_BEFORE = _CUES["relative_open"], _CUES["to_before"]
_RELATIVE_AIM, _THAT_COMPLEMENT = _CUES["relative_aim"], _CUES["that_complement"]
# How far before a cue or verb the clause patterns look: they read the last few words only,
# and a bounded window keeps one long clause linear.
_WINDOW = 80


@text_cache(maxsize=16384)
def governing_norm(text: str, grammar: Grammar) -> bool:
    """Whether a normative cue of ``text`` bears on its figures: not an aim verb inside a
    relative clause on the subject that a verb of the main clause closes before the first
    figure after it ("towns which have pledged to go carbon neutral make up 9% of ...").
    A bare modal or a target noun is always the main clause's own."""
    if not has_cue(grammar.normative, text):
        return False
    if grammar.language != "en":
        return True
    starts = sorted(q.start for q in find_quantities(text, grammar))
    for cue in grammar.normative.finditer(text):
        at = bisect_left(starts, cue.end())
        figure = starts[at] if at < len(starts) else None
        if figure is None or not _in_relative_clause(text, cue):
            return True
        if not any(
            not _TO_BEFORE.search(text, max(0, verb.start() - _WINDOW), verb.start())
            for verb in grammar.predicate_cue.finditer(text, cue.end(), figure)
        ):
            return True
    return False


def _in_relative_clause(text: str, cue: re.Match[str]) -> bool:
    """Whether the aim verb ``cue`` sits in a relative clause opened just before it."""
    if not _RELATIVE_AIM.match(cue.group()):
        return False
    window = max(0, cue.start() - _WINDOW), cue.start()
    return bool(_RELATIVE_OPEN.search(text, *window)) and not _THAT_COMPLEMENT.search(text, *window)


@text_cache(maxsize=16384)
def has_cue(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` finds its cue in ``text``. Kept per pattern and text: a clause is
    asked about the same cues by several rules, and a document's repeated text again. A
    pattern whose words are all absent from the text is not run (ingest/lang/needs.py)."""
    if not may_match(cheap_needs(pattern), _lowered(text)):
        return False
    alternatives = any_of(pattern)  # a long alternation asked one alternative at a time
    if alternatives is not None:
        return alternatives.search(text)
    return pattern.search(text) is not None


_lowered = text_cache(maxsize=4096)(lowered)


def totals_by_deadline(
    text: str, dates: _Dates, grammar: Grammar, doc_year: int | None
) -> list[tuple[int, int]]:
    """The spans of the total-so-far words ("累计") a deadline of the ``cumulative_by`` form
    ahead of the document's date governs ("到2028年底，九个行业累计节水超3亿立方米"): the
    total is then what is to be done by it. Empty when another fact cue stands (截至, 已,
    同比, a 累计 the deadline does not govern) or, in an undated text, when the clause has
    no forward word (``cumulative_forward``)."""
    cue, by = grammar.cumulative, grammar.cumulative_by
    if cue is None or by is None or dates.past or not cue.search(text):
        return []
    forward = grammar.cumulative_forward
    if doc_year is None and forward is not None and not has_cue(forward, text):
        return []  # "到2020年底，全省累计建成5万个" in an undated plan's review
    # its own deadline or its lead-in's, not a goal year of its section or paragraph
    own = [d for d in dates.future_own if by.match(d.text)]
    lead_in = dates.fallback in dates.inherited and by.match(dates.fallback.text)
    spans = []
    for total in cue.finditer(text):
        before = [d.end for d in own if d.end <= total.start()]
        if not before and not lead_in:
            continue
        gap = text[before[-1] if before else 0 : total.start()]
        apart = grammar.cumulative_apart
        if apart is None or not apart.search(gap):
            spans.append(total.span())
    if not spans:
        return []
    return [] if has_cue(grammar.historical, blank_spans(text, spans)) else spans


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span turned to spaces (offsets kept)."""
    for start, end in spans:
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


def states_fact(
    text: str, dates: _Dates, grammar: Grammar, *, doc_year: int | None, tagger: Language | None
) -> bool:
    """Whether a clause states a fact (a past or present figure, or a projection), not an aim.

    The one place that decides "historical or forward": a fact or projection cue
    decides, unless the clause also looks forward to a deadline of its own; an
    undated document's clause with neither cue is decided by its verbs' tense.
    """
    forward_words = has_cue(grammar.future, text) or has_cue(grammar.normative, text)
    historical = has_cue(grammar.historical, text) or has_cue(grammar.projection, text)
    if historical and totals_by_deadline(text, dates, grammar, doc_year):
        historical = has_cue(grammar.projection, text)
    if (
        doc_year is None
        and not historical
        and not forward_words
        and grammar.language == "en"
        and any(d.kind == "point" for d in dates.own)
    ):
        # "The country added 52 GW in 2021": with no date and no cue either way,
        # the verb's tense decides.
        return bool(states_past(text, tagger))
    if historical and dates.future_own and not dates.past and sets_by_revision(text, grammar):
        # "the goal was raised to 70% by 2030": a revision sets the new aim
        return False
    if historical and forward_words and not dates.past and dates.future_own:
        # "has already embarked on ..., with the aim of a 35% cut by 2040": the dated aim
        # wins; a projection does too when it serves a stated goal ("expected to become
        # central to the shared goal of carbon neutrality by 2050").
        projection = has_cue(grammar.projection, text)
        dated = any(d.kind == "closing" for d in dates.future_own)
        return projection and not (
            dated or grammar.pledge.search(text) or grammar.goal.search(text)
        )
    return historical
