"""Hybrid retrieval: BM25 over SQLite clauses + dense chroma search, fused by RRF,
then the top candidates reordered by ``kb.rerank``.

The question is read first (``kb.understand``): keyword search adds its synonyms
and resolved years, the dense search embeds it with relative time resolved. Each
clause is keyword-indexed with its document title, section heading and record
words (``Store.clause_keywords``). The maths (tokenising in ``kb.lexical``,
fusion in ``kb.hits``) is pure; ``Retriever`` wires it to a ``Store`` and an
``Embedder``. The BM25 index is rebuilt only when the store's revision changes,
and is cached on disk (``kb.lexical.build_bm25``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kb import rerank
from kb.dense_second import SecondSpace, open_second_space
from kb.embed import Embedder
from kb.hits import (
    Hit,
    first_cosines,
    fuse_rrf,
    keep_dense_best,
    one_per_paragraph,
    paragraph_around,
    top_indices,
)
from kb.lexical import (
    STOPWORDS,
    bm25_path,
    build_bm25,
    cross_tokens,
    load_bm25,
    query_tokens,
    same_script,
    tokenize,
)
from kb.naming import NAMING_AHEAD, lead_with_content
from kb.store import Filters, Store, StoredClause
from kb.understand import Query, understand

# The names this module has always offered (``from kb.retrieve import Hit, tokenize``).
__all__ = [
    "OVERFETCH_FROM",
    "STOPWORDS",
    "Hit",
    "Retriever",
    "fuse_rrf",
    "one_per_paragraph",
    "paragraph_around",
    "query_tokens",
    "tokenize",
]

_log = logging.getLogger(__name__)

# The cache helpers under their former private names.
_bm25_path, _load_bm25, _build_bm25 = bm25_path, load_bm25, build_bm25

#: Filters allowing more clauses than this are applied after an over-fetched search.
OVERFETCH_FROM = 2000

#: RRF weight of the second dense list (``kb.dense_second``) against 1 for the others.
SECOND_WEIGHT = 1.0

#: The dense list's first clause is kept at rank ``place`` or above of a search's result
#: when its cosine beats the dense list's ``against``-th clause by ``margin``
#: (``kb.hits.keep_dense_best``; measured in docs/knowledge-base.md). None turns it off.
DENSE_SLOT: dict[str, Any] | None = {"margin": 0.06, "against": 5, "place": 5}

_OWN = object()  # Retriever(second=...) default: the store's own second space, if any


class Retriever:
    """Hybrid search over one store.

    Args:
        store: the knowledge base.
        embedder: must be the model the store was built with.
        candidates: how many hits each ranking contributes to the fusion.
        second: the second dense space (``kb.dense_second``); by default the store's
            own when it has one; None searches without it.

    Example:
        >>> hits = Retriever(store, embedder).search("green factories by 2030", top_k=3)
    """

    def __init__(
        self, store: Store, embedder: Embedder, *, candidates: int = 50, second: Any = _OWN
    ) -> None:
        store.check_model(embedder)
        self.store = store
        self.embedder = embedder
        self.candidates = candidates
        self.second: SecondSpace | None = open_second_space(store) if second is _OWN else second
        self.second_weight = SECOND_WEIGHT
        self.dense_slot = DENSE_SLOT
        self._bm25: tuple[int, Any, list[str]] | None = None
        self._pos: tuple[list[str], dict[str, int]] | None = None
        self._filters_cache: dict[Any, Any] = {}
        self._told_behind = False  # the note that the second space lags is given once

    def _bm25_index(self) -> tuple[Any, list[str]]:
        revision = self.store.revision
        if self._bm25 is None or self._bm25[0] != revision:
            index, keys = load_bm25(self.store, revision) or build_bm25(self.store, revision)
            self._bm25 = (revision, index, keys)
        return self._bm25[1], self._bm25[2]

    def _filter_keys(self, filters: Filters) -> set[str] | None:
        """``Store.filter_keys``, remembered per store revision (batches reuse filters)."""
        if not filters.active:
            return None
        revision = self.store.revision
        if self._filters_cache.get("revision") != revision:
            self._filters_cache = {"revision": revision}
        if filters not in self._filters_cache:
            if len(self._filters_cache) > 16:
                self._filters_cache = {"revision": revision}
            self._filters_cache[filters] = self.store.filter_keys(filters)
        return self._filters_cache[filters]

    def _positions(self, keys: list[str]) -> dict[str, int]:
        if self._pos is None or self._pos[0] is not keys:
            self._pos = (keys, {key: i for i, key in enumerate(keys)})
        return self._pos[1]

    def bm25_search(
        self, query: str | Query, *, k: int, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        """Top ``k`` clause keys by BM25, restricted to ``allowed`` when given.

        A ``Query`` adds its expansions (synonyms, resolved years) to the
        question's own tokens; each expansion token counts once.

        As in ``dense_search``, a broad filter is applied to an over-fetched top
        list first; the full mask over every clause is built only when that list
        holds fewer than ``k`` allowed keys with a positive score.
        """
        import numpy as np

        index, keys = self._bm25_index()
        tokens = query_tokens(query, index=index)
        if not keys or not tokens:
            return []
        scores = index.get_scores(tokens)
        if allowed is not None and len(allowed) > OVERFETCH_FROM:
            wide = top_indices(scores, k * 8)
            kept = [
                (keys[i], float(scores[i])) for i in wide if scores[i] > 0 and keys[i] in allowed
            ]
            if len(kept) >= k or len(wide) < k * 8 or scores[wide[-1]] <= 0:
                return kept[:k]
        if allowed is not None:
            positions = self._positions(keys)
            mask = np.zeros(len(keys), dtype=bool)
            mask[[positions[k] for k in allowed if k in positions]] = True
            scores = np.where(mask, scores, 0.0)
        return [(keys[i], float(scores[i])) for i in top_indices(scores, k) if scores[i] > 0]

    def dense_search(
        self, vector: list[float], *, k: int, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        """Top ``k`` clause keys by cosine similarity, restricted to ``allowed`` when given.

        A broad filter is applied after an unfiltered, over-fetched search (an HNSW
        query costs ~2 ms, one restricted to 15k ids ~14 ms at 100k clauses); when
        too few allowed keys come back, the restricted search runs instead. Both
        give the same top ``k``: any allowed key ranked higher would be in the
        over-fetched list.
        """
        if allowed is not None and len(allowed) > OVERFETCH_FROM:
            wide = self.store.dense_query(vector, k=k * 8)
            kept = [(key, sim) for key, sim in wide if key in allowed]
            if len(kept) >= k:
                return kept[:k]
        return self.store.dense_query(
            vector, k=k, keys=sorted(allowed) if allowed is not None else None
        )

    def second_search(
        self,
        text: str,
        vector: list[float],
        dense: list[tuple[str, float]],
        *,
        allowed: set[str] | None,
    ) -> list[tuple[str, float]]:
        """The second dense space's top keys for ``text`` (empty without one), each with
        its cosine under the first model, which the reranker was fitted on.

        A search never embeds or writes: a space behind the store is searched as it
        is (its clauses gone from the store are dropped, new ones are left to the
        other lists) with a one-time note to run ``policykb second-space``; a chroma
        failure of the second space falls back to the first space's lists.
        """
        if self.second is None:
            return []
        from chromadb.errors import ChromaError

        if not self._told_behind and not self.second.in_sync():
            self._told_behind = True
            _log.warning(
                "the second dense space of %s is behind its clauses; bring it up to date "
                "with: policykb second-space --db %s",
                self.store.db_dir,
                self.store.db_dir,
            )
        try:
            found = self.second.query(
                self.second.embed_query(text), k=self.candidates, allowed=allowed
            )
            first = dict(dense)
            others = [key for key, _ in found if key not in first]
            if others:
                first.update(first_cosines(self.store.vectors.embeddings(others), vector))
        except ChromaError as e:
            _log.warning("second dense space skipped for this question (%s)", str(e)[:120])
            return []
        return [(key, first[key]) for key, _ in found if key in first]

    def search(
        self,
        query: str,
        *,
        top_k: int = 5,
        filters: Filters = Filters(),
        rerank_depth: int | None = None,
        per_paragraph: bool = False,
    ) -> list[Hit]:
        """Fused BM25 + dense hits for ``query``, best first, with display context.

        The first ``rerank_depth`` fused hits (default ``kb.rerank.RERANK_DEPTH``;
        0 turns it off) are reordered by the reranker, whose probability is
        each hit's ``relevance``. ``per_paragraph`` keeps only the best clause of
        each paragraph (``one_per_paragraph``), for lists of distinct passages.
        """
        distinct = one_per_paragraph if per_paragraph else list
        allowed = self._filter_keys(filters)
        parsed = understand(query)
        embed_queries = getattr(self.embedder, "embed_queries", None) or self.embedder.embed
        vector = embed_queries([parsed.dense_text])[0]
        sparse = self.bm25_search(parsed, k=self.candidates, allowed=allowed)
        dense = self.dense_search(vector, k=self.candidates, allowed=allowed)
        second = self.second_search(parsed.dense_text, vector, dense, allowed=allowed)
        keys = list(dict.fromkeys([k for k, _ in sparse] + [k for k, _ in dense + second]))
        stored = self.store.get_clauses(keys)
        sparse_hits = [self._hit(stored[k], bm25=s) for k, s in sparse if k in stored]
        dense_hits = [self._hit(stored[k], dense=s) for k, s in dense if k in stored]
        second_hits = [self._hit(stored[k], dense=s) for k, s in second if k in stored]
        lists, weights = [dense_hits, sparse_hits], [1.0, 1.0]
        if second_hits:
            lists, weights = [*lists, second_hits], [*weights, self.second_weight]
        fused = fuse_rrf(lists, weights=weights)
        depth = rerank.RERANK_DEPTH if rerank_depth is None else rerank_depth
        model = rerank.load_model(self.embedder.name)
        if depth <= 0 or not model.weights:
            return [self._with_context(hit) for hit in distinct(fused)[:top_k]]
        pool = [self._with_context(hit) for hit in fused[: max(depth, 2 * top_k)]]
        rows = self.rerank_features(parsed, pool, sparse_hits, dense_hits)
        scored = [
            replace(h, relevance=model.probability(x)) for h, x in zip(pool, rows, strict=True)
        ]
        scored.sort(key=lambda h: -(h.relevance or 0.0))  # stable: ties keep fused order
        if self.dense_slot and dense_hits and dense_hits[0].key in {h.key for h in scored}:
            scored = keep_dense_best(scored, dense_hits, **self.dense_slot)
        ahead = lead_with_content(scored, query, self.store.document_text, NAMING_AHEAD)
        return distinct(ahead)[:top_k]

    def rerank_features(
        self,
        parsed: Query,
        pool: Sequence[Hit],
        sparse_hits: Sequence[Hit],
        dense_hits: Sequence[Hit],
    ) -> list[list[float]]:
        """``kb.rerank.features`` of each hit in ``pool`` (fused order)."""
        dense_rank = {h.key: i for i, h in enumerate(dense_hits, start=1)}
        bm25_rank = {h.key: i for i, h in enumerate(sparse_hits, start=1)}
        best_bm25 = max((h.bm25 or 0.0 for h in sparse_hits), default=0.0) or 1.0
        best_dense = max((h.dense or 0.0 for h in dense_hits), default=0.0) or 1.0
        q_tokens = set(query_tokens(parsed, cross=False))  # the reranker was fitted without
        x_tokens = cross_tokens(parsed, self._bm25_index()[0])  # for the other language's clauses
        units = rerank.question_units(parsed)
        return [
            rerank.features(
                parsed,
                q_tokens if not x_tokens or same_script(parsed.text, h.text) else x_tokens,
                text=h.indexed_text or h.text,
                context=h.context,
                section=" ".join(h.section),
                title=h.title,
                kind=h.kind,
                dense=h.dense,
                dense_rel=(h.dense or 0.0) / best_dense,
                bm25_rel=(h.bm25 or 0.0) / best_bm25,
                dense_rank=dense_rank.get(h.key),
                bm25_rank=bm25_rank.get(h.key),
                fused_rank=i,
                units=units if not x_tokens or same_script(parsed.text, h.text) else None,
            )
            for i, h in enumerate(pool, start=1)
        ]

    def _hit(
        self, sc: StoredClause, *, dense: float | None = None, bm25: float | None = None
    ) -> Hit:
        c = sc.clause
        return Hit(
            key=sc.key,
            doc_id=c.doc_id,
            clause_id=c.clause_id,
            text=c.display_text,
            section=tuple(c.section),
            title=sc.title,
            start=c.start,
            end=c.end,
            dense=dense,
            bm25=bm25,
            language=sc.language,
            kind=c.kind,
            indexed_text=sc.indexed_text or c.display_text,
            paragraph=c.paragraph,
        )

    def _with_context(self, hit: Hit) -> Hit:
        text = self.store.document_text(hit.doc_id)
        return replace(hit, context=paragraph_around(text, hit.start, hit.end))
