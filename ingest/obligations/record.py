"""Building an ``Obligation`` record: deadline, condition and provenance of a clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.deadlines import find_deadlines
from ingest.lang import Grammar
from ingest.obligations.lexicon import (
    CONTEXT_CONDITION,
    DETERMINER,
    MARKER,
)
from ingest.obligations.syntax import (
    subtree_text,
)
from ingest.records import Clause, Obligation


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
    if verb is not None and len(deadlines) > 1:
        # "X shall notify by 2025 and report by 2027": each duty keeps the deadline in its own
        # phrase (the verb's words without the verbs coordinated with it), else the first.
        own = {t.i for t in verb.subtree} - {
            t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree
        }
        starts = {
            verb.doc[i].idx - (verb.doc[0].idx if isinstance(verb.doc, Doc) else 0) for i in own
        }
        scoped = [d for d in deadlines if any(d.start <= a < d.end for a in starts)]
        deadlines = scoped or deadlines
    if not deadlines and clause.context:
        deadlines = find_deadlines(clause.context, grammar, doc_year=doc_year)
    deadline = deadlines[0] if deadlines else None
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
        year=deadline.year if deadline else None,
        deadline_text=deadline.text if deadline else "",
        doc_id=clause.doc_id,
        clause_id=clause.clause_id,
        text=clause.text,
        start=clause.start,
        end=clause.end,
    )
