"""Hybrid retrieval: BM25 over SQLite clauses + dense chroma search, fused by RRF,
then the top candidates reordered by ``kb.rerank``.

The question is read first (``kb.understand``): keyword search adds its synonyms
and resolved years, the dense search embeds it with relative time resolved. Each
clause is keyword-indexed with its document title, section heading and record
words (``Store.clause_keywords``). The maths (tokenising, fusion) is pure;
``Retriever`` wires it to a ``Store`` and an ``Embedder``. The BM25 index is
rebuilt only when the store's revision changes, and is cached on disk
(``cache/bm25-*.pkl`` in the store) so a new process does not re-tokenise every
clause.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kb import rerank
from kb.cjk import cjk_tokens, segmenter, without_cjk
from kb.embed import Embedder
from kb.store import Filters, Store, StoredClause
from kb.understand import Query, understand

# English function words that carry no topic; BM25's IDF would down-weight most
# of them anyway, but dropping them keeps short questions from matching on "the".
STOPWORDS = frozenset(
    """a an and are as at be been by can could did do does for from had has have how in
    into is it its me much many my of on or shall should so such than that the their them
    there these they this those to under up was we were what when where which who whom why
    will with would you your""".split()
)

# British/American spellings and a few policy-drafting synonyms mapped to one token,
# because users paraphrase ("aluminium", "programme") what the source spells otherwise.
_NORMALISE = {
    "aluminium": "aluminum",
    "programme": "program",
    "utilisation": "utilization",
    "optimisation": "optimization",
    "percent": "%",
    "percentage": "proportion",
    "share": "proportion",
}

#: Filters allowing more clauses than this are applied after an over-fetched search.
OVERFETCH_FROM = 2000

_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"\d+(?:\.\d+)?%?|[^\W\d_]+", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Lower-case word and number tokens, stopwords dropped, plurals folded; Chinese
    runs as overlapping character bigrams (``kb.cjk.cjk_tokens``), so 电解铝 matches
    电解铝行业.

    Example:
        >>> tokenize("The shares of green factories by 2030")
        ['proportion', 'green', 'factory', '2030']
        >>> tokenize("电解铝行业 2030")
        ['2030', '电解', '解铝', '铝行', '行业']
    """
    return list(_tokens(text))


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    # Cached: a question's candidates (text, context, title) are tokenised by the
    # reranker, the refusal check and the answer ranking, and the same clauses come
    # back for related questions; without the cache this was a third of a warm answer.
    out = []
    has_cjk = _HAS_CJK.search(text) is not None
    for tok in _TOKEN.findall((without_cjk(text) if has_cjk else text).lower()):
        if tok in STOPWORDS:
            continue
        tok = _NORMALISE.get(tok, tok)
        if tok.endswith("ies") and len(tok) > 4:
            tok = tok[:-3] + "y"
        elif tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3:
            tok = tok[:-1]
        out.append(_NORMALISE.get(tok, tok))
    if has_cjk:
        out.extend(cjk_tokens(text))
    return tuple(out)


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


def fuse_rrf(rankings: Sequence[Sequence[Hit]], *, k: int = 60) -> list[Hit]:
    """Reciprocal rank fusion: ``score(d) = sum over rankings of 1 / (k + rank(d))``.

    Cormack, Clarke & Büttcher (2009), "Reciprocal Rank Fusion outperforms
    Condorcet and individual rank learning methods", SIGIR '09. Ranks are
    1-based, as in the paper. ``k = 60`` is the paper's constant: it damps the
    advantage of the very first ranks so that a document ranked well by several
    systems beats one ranked first by a single system. Component scores
    (``dense``, ``bm25``) are merged onto the fused hit.

    Args:
        rankings: lists of hits, each best first; a key may appear in several.
        k: the RRF smoothing constant (must be >= 0).

    Returns:
        New hits (built with ``replace``), best first; ties keep first-seen order.

    Example:
        >>> a, b = Hit("a", "d", "a", "x"), Hit("b", "d", "b", "y")
        >>> [h.key for h in fuse_rrf([[a, b], [b]])]
        ['b', 'a']
    """
    if k < 0:
        raise ValueError(f"k = {k} is invalid; RRF needs k >= 0 (the paper uses 60)")
    scores: dict[str, float] = {}
    merged: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.key] = scores.get(hit.key, 0.0) + 1.0 / (k + rank)
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


def _top(scores: Any, k: int) -> Any:
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


class Retriever:
    """Hybrid search over one store.

    Args:
        store: the knowledge base.
        embedder: must be the model the store was built with.
        candidates: how many hits each ranking contributes to the fusion.

    Example:
        >>> hits = Retriever(store, embedder).search("green factories by 2030", top_k=3)
    """

    def __init__(self, store: Store, embedder: Embedder, *, candidates: int = 50) -> None:
        store.check_model(embedder)
        self.store = store
        self.embedder = embedder
        self.candidates = candidates
        self._bm25: tuple[int, Any, list[str]] | None = None
        self._pos: tuple[list[str], dict[str, int]] | None = None
        self._filters_cache: dict[Any, Any] = {}

    def _bm25_index(self) -> tuple[Any, list[str]]:
        revision = self.store.revision
        if self._bm25 is None or self._bm25[0] != revision:
            index, keys = _load_bm25(self.store, revision) or _build_bm25(self.store, revision)
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
        tokens = query_tokens(query)
        if not keys or not tokens:
            return []
        scores = index.get_scores(tokens)
        if allowed is not None and len(allowed) > OVERFETCH_FROM:
            wide = _top(scores, k * 8)
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
        return [(keys[i], float(scores[i])) for i in _top(scores, k) if scores[i] > 0]

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
        keys = list(dict.fromkeys([k for k, _ in sparse] + [k for k, _ in dense]))
        stored = self.store.get_clauses(keys)
        sparse_hits = [self._hit(stored[k], bm25=s) for k, s in sparse if k in stored]
        dense_hits = [self._hit(stored[k], dense=s) for k, s in dense if k in stored]
        fused = fuse_rrf([dense_hits, sparse_hits])
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
        return distinct(scored)[:top_k]

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
        return [
            rerank.features(
                parsed,
                q_tokens,
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


def query_tokens(query: str | Query, *, cross: bool = True) -> list[str]:
    """BM25 tokens of a question: its own, then each new token of its expansions once
    (and of its other-language glossary terms, unless ``cross`` is False)."""
    if isinstance(query, str):
        return tokenize(query)
    tokens = tokenize(query.text)
    seen = set(tokens)
    for term in query.expansions + (query.cross_terms if cross else ()):
        for tok in tokenize(term):
            if tok not in seen:
                seen.add(tok)
                tokens.append(tok)
    return tokens


#: Bump when ``tokenize`` or the indexed keys change, so old cached indexes are not reused.
_BM25_CACHE_VERSION = 3


def _bm25_path(store: Store, revision: int) -> Path:
    # Keyed on the store's random id too: a store recreated in place restarts revisions.
    store_id = (store._meta("store_id") or "")[:12]
    zh = segmenter().replace("+", "-")
    name = f"bm25-v{_BM25_CACHE_VERSION}-{zh}-{store_id}-r{revision}.pkl"
    return store.db_dir / "cache" / name


def _load_bm25(store: Store, revision: int) -> tuple[Any, list[str]] | None:
    """The BM25 index saved for this store revision, if any (saves a cold start re-tokenising)."""
    path = _bm25_path(store, revision)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own cache file, written by _build_bm25
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


def _build_bm25(store: Store, revision: int) -> tuple[Any, list[str]]:
    import bm25s

    rows = store.clause_texts()
    keys = [key for key, _ in rows]
    extra = store.clause_keywords()
    index = bm25s.BM25()
    if rows:
        index.index(
            [tokenize(f"{text} {extra.get(key, '')}") or ["_"] for key, text in rows],
            show_progress=False,
        )
    path = _bm25_path(store, revision)
    try:  # best effort: a read-only store still answers, just rebuilds next time
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump((index, keys), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("bm25-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return index, keys
