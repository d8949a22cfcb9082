"""Retrieved clauses (``Hit``) and the pure maths over ranked lists of them:
reciprocal rank fusion, one hit per paragraph, the dense list's guaranteed place, the
top indices of a score array, and the paragraph shown around a clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved clause, with what is needed to cite and display it.

    ``score`` is the fused score; ``dense`` (cosine similarity) and ``bm25`` are
    the component scores when the clause appeared in that ranking.
    """

    key: str
    doc_id: str
    clause_id: str
    text: str
    section: tuple[str, ...] = ()
    title: str = ""
    score: float = 0.0
    start: int = 0
    end: int = 0
    context: str = ""
    dense: float | None = None
    bm25: float | None = None
    language: str = ""
    kind: str = "sentence"  # the clause kind: heading | title | sentence | aim | item
    indexed_text: str = ""  # ``text`` with its antecedent sentence when it opens with a pronoun
    relevance: float | None = None  # the reranker's probability that it answers (0..1)
    paragraph: int = -1  # the clause's paragraph (block) in its document


def fuse_rrf(
    rankings: Sequence[Sequence[Hit]], *, k: int = 60, weights: Sequence[float] | None = None
) -> list[Hit]:
    """Reciprocal rank fusion: ``score(d) = sum over rankings of w / (k + rank(d))``.

    Cormack, Clarke & Büttcher (2009), "Reciprocal Rank Fusion outperforms
    Condorcet and individual rank learning methods", SIGIR '09. Ranks are
    1-based, as in the paper. ``k = 60`` is the paper's constant: it damps the
    advantage of the very first ranks so that a document ranked well by several
    systems beats one ranked first by a single system. Component scores
    (``dense``, ``bm25``) are merged onto the fused hit.

    Args:
        rankings: lists of hits, each best first; a key may appear in several.
        k: the RRF smoothing constant (must be >= 0).
        weights: one weight ``w`` per ranking (default 1 each).

    Returns:
        New hits (built with ``replace``), best first; ties keep first-seen order.

    Example:
        >>> a, b = Hit("a", "d", "a", "x"), Hit("b", "d", "b", "y")
        >>> [h.key for h in fuse_rrf([[a, b], [b]])]
        ['b', 'a']
    """
    if k < 0:
        raise ValueError(f"k = {k} is invalid; RRF needs k >= 0 (the paper uses 60)")
    if weights is not None and len(weights) != len(rankings):
        raise ValueError(f"{len(weights)} weights for {len(rankings)} rankings; give one each")
    scores: dict[str, float] = {}
    merged: dict[str, Hit] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.key] = scores.get(hit.key, 0.0) + weight / (k + rank)
            prev = merged.get(hit.key)
            if prev is None:
                merged[hit.key] = hit
            else:
                merged[hit.key] = replace(
                    prev,
                    dense=prev.dense if prev.dense is not None else hit.dense,
                    bm25=prev.bm25 if prev.bm25 is not None else hit.bm25,
                )
    order = sorted(scores, key=lambda key: -scores[key])  # stable: ties keep first-seen
    return [replace(merged[key], score=scores[key]) for key in order]


def one_per_paragraph(hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` with only the best-ranked clause of each paragraph.

    Sibling clauses of one paragraph (the aims of one sentence, the sentences of one
    passage) would otherwise fill the top of the list with the same text and push
    other passages out; the one kept shows its paragraph as ``context``.
    """
    seen: set[tuple[str, int]] = set()
    out = []
    for hit in hits:
        if hit.paragraph >= 0:
            key = (hit.doc_id, hit.paragraph)
            if key in seen:
                continue
            seen.add(key)
        out.append(hit)
    return out


def keep_dense_best(
    ranked: Sequence[Hit], dense: Sequence[Hit], *, margin: float, against: int, place: int
) -> list[Hit]:
    """``ranked`` with the dense list's first clause moved up to rank ``place`` (1-based)
    when it is lower and its cosine beats that of the dense list's ``against``-th clause
    by at least ``margin``.

    A question worded apart from its clause shares few words with it, so keyword
    matching and the reranker's word-cover features both rank the clause down even when
    the dense search finds it first by a clear margin; this keeps that clause in sight.
    A clause already at ``place`` or above, or a first dense clause that is not clearly
    apart from the rest, leaves ``ranked`` as it is. ``dense`` is the dense list in its
    own order (cosines in ``Hit.dense``); the moved hit is taken from ``ranked`` when
    there, else from ``dense``.

    Example:
        >>> a, b, c = (Hit(k, "d", k, k) for k in "abc")
        >>> d = [replace(c, dense=0.7), replace(a, dense=0.5), replace(b, dense=0.4)]
        >>> [h.key for h in keep_dense_best([a, b, c], d, margin=0.1, against=2, place=2)]
        ['a', 'c', 'b']
    """
    if place < 1 or len(dense) < against or against < 2:
        return list(ranked)
    best, other = dense[0], dense[against - 1]
    if (best.dense or 0.0) - (other.dense or 0.0) < margin:
        return list(ranked)
    keys = [h.key for h in ranked]
    if best.key in keys[:place]:
        return list(ranked)
    moved = ranked[keys.index(best.key)] if best.key in keys else best
    rest = [h for h in ranked if h.key != best.key]
    return [*rest[: place - 1], moved, *rest[place - 1 :]]


def top_indices(scores: Any, k: int) -> Any:
    """Indices of the ``k`` highest scores, best first (ties: lower index first)."""
    import numpy as np

    k = min(k, len(scores))
    if k <= 0:
        return np.array([], dtype=int)
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.argsort(-scores[top], kind="stable")]


def paragraph_around(text: str, start: int, end: int, *, limit: int = 600) -> str:
    """The blank-line-delimited paragraph holding ``text[start:end]``, trimmed to ``limit``."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > limit:  # keep the clause, centred in the window
        pad = max(0, (limit - (end - start)) // 2)
        lo, hi = max(lo, start - pad), min(hi, end + pad)
    return text[lo:hi].strip()


def first_cosines(vectors: dict[str, Any], query: Sequence[float]) -> dict[str, float]:
    """``key -> cosine`` of each stored vector with ``query`` (a lookup by id and one
    dot product each, which costs the same at any store size, unlike a search
    restricted to those ids)."""
    import numpy as np

    if not vectors:
        return {}
    keys = list(vectors)
    matrix = np.asarray([vectors[key] for key in keys], dtype=np.float32)
    q = np.asarray(query, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(q) or 1.0)
    sims = matrix @ q / np.where(norms > 0, norms, 1.0)
    return {key: float(sim) for key, sim in zip(keys, sims, strict=True)}
