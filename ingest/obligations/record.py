"""Building an ``Obligation`` record: deadline, condition and provenance of a clause."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from ingest.deadlines import Deadline, find_deadlines
from ingest.lang import Grammar
from ingest.obligations.lexicon import (
    CONTEXT_CONDITION,
    DETERMINER,
    MARKER,
)
from ingest.obligations.syntax import action_of, subject_of, subtree_text
from ingest.records import Clause, Obligation, join_section


def make_record(
    clause: Clause,
    *,
    modality: str,
    actor: Token | str | None,
    action: str,
    obj: str,
    condition: str | None,
    grammar: Grammar,
    doc_year: int | None,
    verb: Token | None = None,
) -> Obligation:
    if condition is None and clause.context:
        found = CONTEXT_CONDITION.search(clause.context)
        condition = found.group().strip(" ,;:") if found else None
    deadlines = find_deadlines(clause.text, grammar, doc_year=doc_year)
    if verb is not None and deadlines:
        deadlines = _own_deadlines(verb, deadlines)
    own_deadlines = list(deadlines)
    if not deadlines and clause.context:
        deadlines = find_deadlines(clause.context, grammar, doc_year=doc_year)
    deadline = deadlines[0] if deadlines else None
    year = deadline.year if deadline else None
    if (
        deadline is not None
        and deadline.kind == "relative"
        and _runs_from_an_event(
            deadline, clause.text if deadline in own_deadlines else clause.context
        )
    ):
        year = None  # "within 28 days of the request": no calendar year
    actor_text = subtree_text(actor) if isinstance(actor, Token) else actor
    if actor_text:
        actor_text = DETERMINER.sub("", MARKER.sub("", actor_text))
    obj = MARKER.sub("", obj)
    return Obligation(
        modality=modality,
        actor=actor_text or None,
        action=action,
        object=obj,
        condition=condition,
        year=year,
        deadline_text=deadline.text if deadline else "",
        doc_id=clause.doc_id,
        clause_id=clause.clause_id,
        text=clause.text,
        start=clause.start,
        end=clause.end,
        section=join_section(clause.section),
    )


def action_record(
    clause: Clause,
    head: Token,
    *,
    modality: str,
    actor: Token | str | None,
    obj: str,
    common: dict[str, Any],
    skip: set[int] | None = None,
) -> Obligation:
    """``make_record`` with the action read from the verb ``head`` (``action_of``), less the
    tokens in ``skip`` (the subject's); ``common`` holds the other ``make_record`` arguments."""
    action = action_of(head, skip=skip if skip is not None else set())
    return make_record(clause, modality=modality, actor=actor, action=action, obj=obj, **common)


def milestones(
    record: Obligation, verb: Token, *, grammar: Grammar, doc_year: int | None
) -> list[Obligation]:
    """One record per closing date of a duty with several ("reduced by 5 % by 31 December
    2028 and by 10 % by 2032"), each with its own year; else the record itself."""
    own = _own_deadlines(verb, find_deadlines(record.text, grammar, doc_year=doc_year))
    closing = [d for d in own if d.kind == "closing" and d.year is not None]
    if len({d.year for d in closing}) < 2:
        return [record]
    return [replace(record, year=d.year, deadline_text=d.text) for d in closing]


def _own_deadlines(verb: Token, deadlines: list[Deadline]) -> list[Deadline]:
    """The deadlines of the duty headed by ``verb``.

    A date inside the subject describes who is bound ("appliances placed on the
    market before 1 January 2028 may ..."), not when. Of several deadlines, each
    duty keeps those in its own phrase ("X shall notify by 2025 and report by
    2027": the verb's words without the verbs coordinated with it), else all.
    Token offsets are mapped back to the clause text when a subject or a modal
    was borrowed for the parse (``clause_offset`` in the Doc's ``user_data``).
    """
    doc = verb.doc
    shift = doc.user_data.get("clause_offset", 0)
    subject = subject_of(verb)
    in_subject = {t.i for t in subject.subtree} if subject is not None else set()
    own = {t.i for t in verb.subtree} - in_subject
    own -= {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}

    def covers(deadline: Deadline, ids: set[int]) -> bool:
        return any(deadline.start <= doc[i].idx + shift < deadline.end for i in ids)

    deadlines = [d for d in deadlines if covers(d, own) or not covers(d, in_subject)]
    if len(deadlines) > 1:
        deadlines = [d for d in deadlines if covers(d, own)] or deadlines
    if len(deadlines) > 1:
        # "reduced, compared with the quantity generated in 2018, by 5 % by 31 December 2028":
        # a closing date ("by", "before") is the deadline; "in 2018" is a point of reference.
        deadlines = [d for d in deadlines if d.kind != "point"] or deadlines
    return deadlines


# A period counted from an event rather than from the document: "within 28 days of the
# request", "within one month after the decision"; and periods too short to name a year.
_EVENT_ANCHOR = re.compile(r"\s*(?:of|after|from|following|since|upon|on)\b", re.IGNORECASE)
_SHORT_PERIOD = re.compile(r"\b(?:days?|weeks?|months?)\b|[日天周]|个月", re.IGNORECASE)


def _runs_from_an_event(deadline: Deadline, text: str) -> bool:
    """Whether a relative deadline ("within N days/years") has no calendar year."""
    if _SHORT_PERIOD.search(deadline.text):
        return True
    after = text[deadline.end :] if text[deadline.start : deadline.end] == deadline.text else ""
    return bool(_EVENT_ANCHOR.match(after))
