"""Figures of a paragraph that opens by looking back: what was done, not what is aimed at.

A plan's review of the last period opens a paragraph with that period or a past year
("“十三五”时期，……：签约率达76%。卫生体系……，拥有9个……。"), and every later sentence of
the paragraph goes on reporting, though only the first one carries the date. A
figure of such a paragraph that has no year of its own, in a clause with no modal or goal
word of its own (要, 力争, 确保, must, aims to), is a statistic of that past, not a target.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.classify import demote
from ingest.dating import is_future
from ingest.deadlines import find_deadlines
from ingest.lang import Grammar
from ingest.lines import LEAD_BULLET
from ingest.quantities import find_quantities
from ingest.records import Clause, Obligation, Statistic, Target

# How far into a paragraph's first clause its opening date may stand (as in ingest.extract).
_LEAD_CHARS = 40


def past_paragraph_facts(
    records: list[Target | Statistic | Obligation],
    clauses: Sequence[Clause],
    grammar: Grammar,
    doc_year: int | None,
) -> list[Target | Statistic | Obligation]:
    """``records`` with the undated targets of a backward-looking paragraph made statistics."""
    if doc_year is None:
        return records
    back = looking_back(clauses, grammar, doc_year)
    if not back:
        return records
    first: dict[int, Clause] = {}
    for clause in clauses:
        if clause.kind not in {"heading", "title"}:
            first.setdefault(clause.paragraph, clause)
    by_id = {clause.clause_id: clause for clause in clauses}
    out: list[Target | Statistic | Obligation] = []
    for record in records:
        clause = by_id.get(record.clause_id)
        if (
            isinstance(record, Target)
            and record.year is None
            and clause is not None
            and clause.paragraph in back
            and clause is not first[clause.paragraph]
            and not grammar.normative.search(clause.text)
        ):
            out.append(demote(record, doc_year))
        else:
            out.append(record)
    return out


def looking_back(clauses: Sequence[Clause], grammar: Grammar, doc_year: int) -> set[int]:
    """The paragraphs whose first clause (not a heading) opens with a period or year up to
    ``doc_year``."""
    first: dict[int, Clause] = {}
    for clause in clauses:
        if clause.kind not in {"heading", "title"}:
            first.setdefault(clause.paragraph, clause)
    return {p for p, clause in first.items() if _opens_with_past(clause.text, grammar, doc_year)}


def _opens_with_past(text: str, grammar: Grammar, doc_year: int) -> bool:
    """Whether ``text`` opens, before its first figure, with a period or year now past."""
    text = LEAD_BULLET.sub("", text, count=1)
    quantities = find_quantities(text, grammar)
    stop = min(_LEAD_CHARS, quantities[0].start if quantities else len(text))
    return any(
        d.year is not None and d.start < stop and not is_future(d, doc_year)
        for d in find_deadlines(text, grammar, doc_year=doc_year)
        if d.kind in {"closing", "point"}
    )
