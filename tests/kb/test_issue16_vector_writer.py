"""Issue 16: an ingest running ahead writes its vectors to chroma from a child process
(``kb.vector_writer``), so the process that encodes never waits on chroma.

Real spaCy extraction, a real SQLite store and a real local chroma in the child;
the embedder is the hashing one (what is tested is where and in what order the
vectors are written, not the vectors). The passages are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kb.ingest_worker
import kb.service
import kb.vector_writer
from kb.errors import StoreError
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

# Notices of an imaginary harbour authority, written for these tests.
NOTICES = [
    "Ferry operators must publish their winter timetable by 1 October each year.",
    "The authority will dredge the east channel to a depth of 9 metres by 2028.",
    "Cargo handled at the container quay rose by 6% since 2021.",
    "Fishing vessels shall log every landing with the harbour office within 24 hours.",
    "The lighthouse museum opens on weekends from April.",
    "Shore power shall supply 40% of berthed cruise ships by 2030.",
]
LATER = [
    "Pilots must board inbound tankers before the outer buoy.",
    "The marina will add 120 berths for small boats by 2027.",
]


def _jsonl(path: Path, texts: list[str], prefix: str) -> Path:
    rows = [{"id": f"{prefix}-{i}", "text": t} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def small_batches(monkeypatch):
    """Extraction ahead in one child and batches of a few clauses, so an ingest of a
    few passages makes several writes."""
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setattr(kb.ingest_worker, "FIRST_BATCH_CLAUSES", 1)
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 3)
    monkeypatch.setattr(kb.service, "WRITER_FROM_ROWS", 1)


def _writers(monkeypatch) -> list:
    made: list = []
    real = kb.vector_writer.VectorWriter.__init__

    def spy(self, *args, **kwargs):
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(kb.vector_writer.VectorWriter, "__init__", spy)
    return made


def _vectors(base: KnowledgeBase) -> dict[str, tuple[float, ...]]:
    got = base.store.collection.get(include=["embeddings"])
    return {k: tuple(map(float, v)) for k, v in zip(got["ids"], got["embeddings"], strict=True)}


def _synced(base: KnowledgeBase) -> bool:
    return base.store._meta("synced_revision:local") == str(base.store.revision)


def test_vectors_written_by_the_child_are_those_written_in_process(
    tmp_path, small_batches, monkeypatch
):
    notices = _jsonl(tmp_path / "harbour.jsonl", NOTICES, "HA")
    made = _writers(monkeypatch)
    stores = {}
    for where, setting in (("apart", "1"), ("here", "0")):
        monkeypatch.setenv("POLICYKB_VECTOR_WRITER", setting)
        base = KnowledgeBase(
            Settings(db_dir=tmp_path / where), embedder=HashEmbedder(), create=True
        )
        try:
            results = list(base.ingest_passages(base.open_passages(notices)))
            assert [r.status for r in results] == ["added"] * len(NOTICES)
            assert _synced(base)  # marked once the child confirmed every write
            stores[where] = (base.store.clause_count(), _vectors(base))
            hits = base.store.dense_query(base.embedder.embed([NOTICES[1]])[0], k=1)
            assert hits and hits[0][1] > 0.99  # this process reads what the child wrote
        finally:
            base.close()
        if where == "apart":
            assert len(made) == 1  # the child was used, and only for the first store
    assert stores["apart"] == stores["here"]
    assert stores["apart"][0] == len(stores["apart"][1]) >= len(NOTICES)


def test_a_failed_chroma_write_is_one_line_naming_the_store_and_loses_nothing(
    tmp_path, small_batches, monkeypatch
):
    db = tmp_path / "kb"
    first = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(dimension=64), create=True)
    try:
        list(first.ingest_passages(first.open_passages(_jsonl(tmp_path / "a.jsonl", NOTICES, "A"))))
        stored_docs = {d.doc_id for d in first.docs()}
        texts = dict(first.store.conn.execute("SELECT key, embed_text FROM clauses"))
        # (chroma is not opened here: this process would then write the next ingest itself)
    finally:
        first.close()
    # Same model name, other width: SQLite accepts the rows, chroma refuses the vectors.
    made = _writers(monkeypatch)
    second = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(dimension=32))
    try:
        later = second.open_passages(_jsonl(tmp_path / "b.jsonl", LATER, "B"))
        with pytest.raises(StoreError) as caught:
            list(second.ingest_passages(later))
        assert made  # the failure came from the child's write
        message = str(caught.value)
        assert "\n" not in message and str(db) in message and "policykb reindex" in message
        assert "dimension" in message.lower()
        assert not _synced(second)  # the next open with an embedder repairs the vectors
    finally:
        second.close()
    again = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(dimension=64))
    try:
        assert stored_docs <= {d.doc_id for d in again.docs()}  # earlier documents kept
        kept = _vectors(again)
        wanted = dict(zip(texts, again.embedder.embed(list(texts.values())), strict=True))
        assert set(wanted) <= set(kept)  # and their vectors untouched
        for key, vector in wanted.items():
            assert max(abs(a - b) for a, b in zip(kept[key], vector, strict=True)) < 1e-6
    finally:
        again.close()


def test_an_ingest_cut_off_while_the_child_writes_leaves_a_readable_store(
    tmp_path, small_batches, monkeypatch
):
    db = tmp_path / "kb"
    made = _writers(monkeypatch)
    base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    results = base.ingest_passages(base.open_passages(_jsonl(tmp_path / "h.jsonl", NOTICES, "H")))
    try:
        assert next(results).status == "added"
        made[0]._child.kill()  # the writer dies with vectors still to write
        with pytest.raises(StoreError) as caught:
            list(results)
        assert "\n" not in str(caught.value) and str(db) in str(caught.value)
    finally:
        results.close()
        base.close()
    reopened = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder())
    try:
        stored = reopened.store.clause_count()
        assert stored and reopened.docs()  # what was committed reads back
        repaired, _ = reopened.store.reconcile(reopened.embedder)
        assert repaired > 0 and len(_vectors(reopened)) == stored
        hits = reopened.store.dense_query(reopened.embedder.embed([NOTICES[0]])[0], k=1)
        assert hits and hits[0][1] > 0.99
    finally:
        reopened.close()


def test_a_process_that_opened_the_store_chroma_writes_its_vectors_itself(tmp_path, monkeypatch):
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert kb.vector_writer.usable(base.store.db_dir, "")
        base.store.collection  # noqa: B018 - opens chroma here
        assert not kb.vector_writer.usable(base.store.db_dir, "")
        assert kb.vector_writer.usable(tmp_path / "other", "")
        assert not kb.vector_writer.usable(tmp_path / "other", "http://localhost:8000")
        monkeypatch.setenv("POLICYKB_VECTOR_WRITER", "off")
        assert not kb.vector_writer.usable(tmp_path / "other", "")
    finally:
        base.close()
