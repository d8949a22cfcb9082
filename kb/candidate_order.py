"""The order in which the answer path weighs its candidates before quoting one.

The reranker's probability (or, without one, the fused rank with the clause's own words)
decides first; a recital that restates an operative article goes behind it; a clause that
only names a document or its part (``kb.naming``) goes behind the first clause that does
more, as a search lists them, unless the question asks for a name; headings, titles and
clauses that are questions go last, and the clauses ``kb.zh_place`` put first (the
question's place) stay first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kb.citations import evidence_of
from kb.excerpt import piece_score, question_tokens
from kb.naming import NAMING_AHEAD, lead_with_content
from kb.retrieve import Hit
from kb.understand import Query

_POINT = re.compile(r"^\(\d+\)$")


def is_recital(hit: Hit, store: Any) -> bool:
    """A recital of an act ("Whereas: (12) ...") restates what an article enacts: a
    numbered point before the act's Article 1, or under a "Whereas" heading."""
    section = " ".join(hit.section).lower()
    lead = (hit.indexed_text or hit.text).lstrip().lower()
    if "whereas" in section or "recital" in section or lead.startswith("whereas"):
        return True
    if not hit.section or not _POINT.match(hit.section[-1].strip()):
        return False
    start = store.operative_start(hit.doc_id)
    return start is not None and hit.start < start


def rank_candidates(
    query: Query, hits: Sequence[Hit], store: Any = None, placed: frozenset | set = frozenset()
) -> list[Hit]:
    """``hits`` in the order the answer path weighs them (see the module's text)."""
    q_tokens = question_tokens(query)
    recital = {h.key for h in hits if store is not None and is_recital(h, store)}
    has_article = any(h.key not in recital for h in hits[:5])

    def score(item: tuple[int, Hit]) -> float:
        rank, hit = item
        text = hit.indexed_text or hit.text
        if hit.relevance is not None:  # the reranker already weighed words, kind and years
            s = hit.relevance
        else:
            s = (
                evidence_of(hit)
                + 1.0 / (rank + 2)  # fused rank still matters: 0.5, 0.33, 0.25, ...
                + 0.5 * piece_score(query, q_tokens, text)
            )
        if has_article and hit.key in recital:
            s -= 0.15  # the operative article, not the recital that restates it
        return s

    ranked = [hit for _, hit in sorted(enumerate(hits), key=score, reverse=True)]
    # the rule a search applies (``kb.retrieve``), kept here as the reranker's order is redone
    document_text = store.document_text if store is not None else None
    ranked = lead_with_content(ranked, query.text, document_text, NAMING_AHEAD)
    # A heading ("What is a green factory?") can echo the question without answering it;
    # the clauses ``kb.zh_place`` put first (the question's place) stay first.
    ranked = sorted(ranked, key=lambda h: (is_heading(h), h.key not in placed))
    return statement_first(ranked)


def is_heading(hit: Hit) -> bool:
    return hit.kind in ("heading", "title")


def is_question(hit: Hit) -> bool:
    """A clause that is itself a question (a FAQ page's question written as a line of
    text): it may echo the question without answering it."""
    return not is_heading(hit) and hit.text.rstrip().endswith(("?", "？"))


def asks_only(hit: Hit) -> bool:
    """A heading or title, or a clause that is a question: it states no answer."""
    return is_heading(hit) or is_question(hit)


def statement_first(ranked: list[Hit]) -> list[Hit]:
    """Clauses that are questions ahead of the first statement go just behind it (as
    ``kb.naming.lead_with_content`` does for a naming clause), not behind every
    statement: a question may still hold the figure ("Did you know 40 ... last year?")."""
    lead = next((i for i, h in enumerate(ranked) if not asks_only(h)), None)
    if not lead:
        return ranked
    first = next((i for i, h in enumerate(ranked[:lead]) if is_question(h)), None)
    if first is None:
        return ranked
    return [*ranked[:first], ranked[lead], *ranked[first:lead], *ranked[lead + 1 :]]
