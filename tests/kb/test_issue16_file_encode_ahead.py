"""A file ingest encodes each file's clause texts on a thread as the file comes back.

Files extracted ahead in a child (``policykb ingest corpus/``) hand their clause
texts to ``kb.encode_ahead`` as each file's extraction arrives, as passage ingests
do; the store (clauses and vectors) is the one the plain path makes. Real spaCy in
the child; the files describe an imaginary island's ferry service, written for
these tests.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import kb.ingest_worker
import kb.service
from kb.encode_ahead import EncodeAhead, still_for
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

FERRY = [
    "The ferry operator shall cut fuel use per crossing by 25% by 2031.",
    "Every vessel must carry a spill kit on each sailing.",
    "Ticket offices will open one hour before the first departure.",
    "The harbour board may fine an operator that misses a safety drill.",
    "Electric ferries shall serve the short crossing from 2029.",
    "Night sailings must keep cabin lights below deck level.",
]


class Recording:
    """An embedder that counts the texts each thread encoded."""

    one_text_per_run = True

    def __init__(self) -> None:
        self.inner = HashEmbedder()
        self.by_thread: dict[str, int] = {}
        self.texts: list[str] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts):
        name = threading.current_thread().name
        self.by_thread[name] = self.by_thread.get(name, 0) + len(texts)
        self.texts += list(texts)
        return self.inner.embed(texts)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, rule in enumerate(FERRY):
        other = FERRY[(i + 1) % len(FERRY)]
        (folder / f"notice-{i}.txt").write_text(f"{rule}\n\n{other} Notice {i}.\n", "utf-8")
    return folder


def _stored(kb: KnowledgeBase) -> tuple[list, list]:
    conn = kb.store.conn
    clauses = conn.execute("SELECT key, embed_text, data FROM clauses ORDER BY key").fetchall()
    vectors = conn.execute("SELECT text_hash, vector FROM embeddings ORDER BY 1").fetchall()
    return clauses, vectors


def test_a_file_ingest_encodes_ahead_and_stores_what_the_plain_path_stores(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 4)  # several batches
    recording = Recording()
    ahead = KnowledgeBase(Settings(db_dir=tmp_path / "a"), embedder=recording, create=True)
    results = list(ahead.ingest([corpus]))
    assert [r.status for r in results] == ["added"] * len(FERRY)
    assert recording.by_thread.get("policykb-encode-ahead", 0) > 0
    assert len(recording.texts) == len(set(recording.texts))  # each distinct text once
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "0")
    plain = KnowledgeBase(Settings(db_dir=tmp_path / "p"), embedder=HashEmbedder(), create=True)
    list(plain.ingest([corpus]))
    assert _stored(ahead) == _stored(plain)
    hits = ahead.retriever.search("spill kit", top_k=2)
    assert hits and "spill kit" in hits[0].text
    ahead.close()
    plain.close()
    assert not [t for t in threading.enumerate() if t.name == "policykb-encode-ahead"]


def test_an_encoder_for_another_model_is_closed_not_used():
    old, new = HashEmbedder(), HashEmbedder()
    encoder = EncodeAhead(old)
    encoder.want(FERRY[:2])
    assert still_for(encoder, old) is encoder
    assert still_for(encoder, new) is None  # the store took another model mid-ingest
    encoder.want(FERRY[2:4])  # closed: nothing more is queued
    assert encoder.remembered() == 0
    assert still_for(None, old) is None


def test_a_failed_file_is_reported_and_the_others_are_stored(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "broken.pdf").write_bytes(b"these bytes are no PDF")
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=Recording(), create=True)
    results = {Path(r.path).name: r for r in base.ingest([corpus])}
    assert results["broken.pdf"].status == "failed" and "\n" not in results["broken.pdf"].error
    assert sum(r.status == "added" for r in results.values()) == len(FERRY)
    base.close()
    assert kb.ingest_worker.enabled()
