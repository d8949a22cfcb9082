"""Quoting the first of the best candidates that the refusal checks accept.

``kb.refusal`` judges the candidate that would be quoted. When the best one comes from
a document that never speaks of the country, law or body the question names, a clause
ranked just below it, beside which every such name stands, may answer instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kb.refusal import WINDOW, name_reason, names_all_near, refusal_reason, states_kind
from kb.retrieve import Hit
from kb.understand import Query

#: How many of the best candidates may be quoted when the first fails a check.
QUOTABLE = 3


def first_answerable(
    query: Query,
    ranked: Sequence[Hit],
    document_text: Callable[[str], str],
    *,
    doc_date: Callable[[str], str] = lambda _: "",
) -> tuple[list[Hit], str]:
    """``(ranked, reason)``: when the first candidate is refused for the names the
    question gives (``name_reason``), the first of the best ``QUOTABLE`` beside which
    every such name stands, that states the asked kind of figure itself and passes every
    check, moved to the front, and "";
    otherwise ``ranked`` as given and the first one's reason ("" when it passes). A
    question about one country's target is answered from the clause that speaks of that
    country, even when a document that never names it ranks above.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What share of Chile's power must be renewable by 2030?")
        >>> eu = Hit(key="eu", doc_id="eu", clause_id="1", text="The EU aims for 42.5% by 2030.")
        >>> cl = Hit(key="cl", doc_id="cl", clause_id="1", text="Chile aims for 80% by 2030.")
        >>> texts = {"eu": eu.text, "cl": cl.text}
        >>> [h.key for h in first_answerable(q, [eu, cl], texts.get)[0]]
        ['cl', 'eu']
    """
    ranked = list(ranked)
    first = refusal_reason(query, ranked, document_text, doc_date=doc_date)
    # Only a first candidate refused for the names the question gives makes way, and only
    # for one beside which every such name stands and which states the asked figure
    # itself: a lower clause that merely passes the checks (the figure or attribute found
    # in a neighbour) would answer a near-miss.
    if not first or first != name_reason(query, ranked[:WINDOW], document_text):
        return ranked, first
    for i in range(1, min(QUOTABLE, len(ranked))):
        order = [ranked[i], *ranked[:i], *ranked[i + 1 :]]
        if (
            names_all_near(query, ranked[i], document_text)
            and states_kind(query, ranked[i])
            and not refusal_reason(query, order, document_text, doc_date=doc_date)
        ):
            return order, ""
    return ranked, first
