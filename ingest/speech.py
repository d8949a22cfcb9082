"""Figures in an analyst's words, or under someone's forecast, are views, not aims.

A list of figures under a forecast's lead-in ("分析师预计，“十二五”期间，……") forecasts each
item. A news report of a plan often hands over to an analyst ("研究员某某表示，……预计……，而
2015-2020年……年均复合增长率达到52.8%。"): from the clause where the analyst starts
speaking to the end of that paragraph, the figures are the analyst's forecasts and
readings, even where no forecast word stands in the sentence. The language's
``[figures] speaker`` pattern says what such a hand-over looks like; a language without one
is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.lang import Grammar
from ingest.records import Clause, Obligation, Statistic, Target

__all__ = ["views_of_speakers"]


def views_of_speakers(
    records: list[Target | Statistic | Obligation], clauses: Sequence[Clause], grammar: Grammar
) -> list[Target | Statistic | Obligation]:
    """``records`` with each target in an analyst's words, or in a list under a forecast's
    lead-in (``[figures] estimate_frame``), made a projection."""
    frame = grammar.figures.estimate_frame
    spoken = _spoken_clauses(clauses, grammar)
    spoken |= {c.clause_id for c in clauses if c.context and frame.search(c.context)}
    if not spoken:
        return records
    return [
        _as_view(r)
        if isinstance(r, Target) and r.value is not None and r.clause_id in spoken
        else r
        for r in records
    ]


def _spoken_clauses(clauses: Sequence[Clause], grammar: Grammar) -> set[str]:
    """Ids of the clauses from an analyst's hand-over to the end of its paragraph."""
    speaker = grammar.figures.speaker
    spoken: set[str] = set()
    paragraph: int | None = None
    for clause in clauses:
        if paragraph is not None and clause.paragraph != paragraph:
            paragraph = None
        if clause.kind in {"heading", "title", "row"}:
            continue
        if paragraph is None and speaker.search(clause.context + clause.text):
            paragraph = clause.paragraph
        if paragraph is not None:
            spoken.add(clause.clause_id)
    return spoken


def _as_view(target: Target) -> Statistic:
    return Statistic(
        metric=target.metric, value=target.value, unit=target.unit,
        value_text=target.value_text, comparator=target.comparator, year=target.year,
        sector=target.sector, doc_id=target.doc_id, clause_id=target.clause_id,
        text=target.text, start=target.start, end=target.end, role="projection",
    )  # fmt: skip
