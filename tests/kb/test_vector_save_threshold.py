"""A new vector collection keeps chroma's own save threshold.

Saving the HNSW graph at every write call (a threshold of one) makes every process
that opens the store while an ingest writes save the graph too, beside the writer,
and the files come out corrupt. Readers must never write the graph, so the
threshold stays at chroma's default (1,000 vectors between saves).
"""

from __future__ import annotations

from pathlib import Path

from kb.vectors import VectorIndex


def _hnsw_settings(index: VectorIndex) -> dict:
    config = getattr(index.collection, "configuration_json", None) or {}
    return config.get("hnsw") or {}


def test_new_collection_saves_at_chromas_default_threshold(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, chroma_url="", name="threshold-test")
    index.upsert([("a", "doc", "en"), ("b", "doc", "en")], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    hnsw = _hnsw_settings(index)
    assert int(hnsw.get("sync_threshold") or 1000) >= 1000
    assert int(hnsw.get("batch_size") or 100) >= 100


def test_new_collection_still_uses_cosine_space(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, chroma_url="", name="space-test")
    index.upsert([("a", "doc", "en"), ("b", "doc", "en")], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    hits = index.query([1.0, 0.0, 0.0], k=1)
    assert hits[0][0] == "a"
