"""Retriever details: the on-disk BM25 cache and broad-filter over-fetching."""

from __future__ import annotations

from fixtures import extract_plain

import kb.retrieve
from kb.retrieve import Retriever, _bm25_path, _load_bm25
from kb.store import Filters


def test_bm25_index_is_cached_per_revision(article_kb, tmp_path, embedder):
    store = article_kb.store
    article_kb.retriever.search("green factories")
    first = _bm25_path(store, store.revision)
    assert first.exists()
    index, keys = _load_bm25(store, store.revision)
    assert len(keys) == store.clause_count()
    # A new process (here: a new Retriever) reuses it instead of re-tokenising.
    fresh = Retriever(store, embedder)
    assert fresh.search("green factories", top_k=3) == article_kb.retriever.search(
        "green factories", top_k=3
    )
    article_kb.add_extraction(
        extract_plain(tmp_path / "b.txt", text="Heading\n\nCoal use must fall by 2030.")
    )
    article_kb.retriever.search("coal")
    assert _bm25_path(store, store.revision).exists() and not first.exists()


def test_over_fetching_gives_the_same_hits_as_a_restricted_search(article_kb, monkeypatch):
    filters = Filters(year_from=2030, year_to=2030)
    question = "What share of steel should be short-process?"
    restricted = [h.key for h in article_kb.retriever.search(question, filters=filters)]
    monkeypatch.setattr(kb.retrieve, "OVERFETCH_FROM", 0)
    overfetched = [h.key for h in article_kb.retriever.search(question, filters=filters)]
    assert overfetched == restricted and restricted
