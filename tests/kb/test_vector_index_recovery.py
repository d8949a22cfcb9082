"""A vector index chroma can no longer read is rebuilt from SQLite, not fatal.

A kill while chroma persists its HNSW index can leave ``index_metadata.pickle``
cut short; chroma then fails on every read of the collection. The clause rows in
SQLite are the truth, so opening the store re-embeds them into a new collection.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from fixtures import ARTICLE, extract_plain

from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.vectors import VectorIndex


def _cut_index_files(db: Path) -> int:
    """Truncate chroma's persisted index metadata, as a kill mid-write leaves it, and
    forget this process's open chroma systems, as a new process would start."""
    from chromadb.api.client import SharedSystemClient

    files = list((db / "chroma").rglob("index_metadata.pickle"))
    for f in files:
        f.write_bytes(b"")
    SharedSystemClient.clear_system_cache()
    return len(files)


def _persisted_index(db: Path, dim: int, n: int = 1200) -> VectorIndex:
    """A local index with enough vectors that chroma writes its HNSW files."""
    index = VectorIndex(db, chroma_url="", name="recovery-test")
    rng = np.random.default_rng(7)
    keys = [(f"k{i}", "doc", "en") for i in range(n)]
    index.upsert(keys, rng.random((n, dim)).tolist())
    return index


def test_unreadable_collection_is_dropped_and_usable_again(tmp_path):
    index = _persisted_index(tmp_path, dim=8)
    assert len(index.ids_or_reset()) == 1200
    assert _cut_index_files(tmp_path) >= 1

    reopened = VectorIndex(tmp_path, chroma_url="", name="recovery-test")
    assert reopened.ids_or_reset() == set()  # dropped, not raised
    reopened.upsert([("a", "doc", "en")], [[0.5] * 8])
    assert reopened.ids() == {"a"}


def test_store_with_cut_index_files_opens_answers_and_matches_sqlite(tmp_path, embedder):
    db = tmp_path / "kb"
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder, create=True)
    kb.add_extraction(extract_plain(ARTICLE))
    # stray vectors under the store's own collection, so chroma persists its index files
    rng = np.random.default_rng(3)
    strays = [(f"stray-{i}", "gone", "en") for i in range(1200)]
    kb.store.vectors.upsert(strays, rng.random((1200, embedder.dimension)).tolist())
    assert _cut_index_files(db) >= 1

    reopened = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    re_embedded, _ = reopened.store.reconcile(embedder, force=True)
    clause_keys = {key for key, _ in reopened.store.clause_texts()}
    assert re_embedded == len(clause_keys)
    assert set(reopened.store.collection.get(include=[])["ids"]) == clause_keys
    ans = reopened.ask("What share of manufacturing output should green factories reach by 2030?")
    assert ans.answered and "%" in ans.text
