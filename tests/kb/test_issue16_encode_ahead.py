"""Clause texts are encoded on a thread as soon as the extraction child sends them.

The vectors are the encoder's own (the real int8 model, bit for bit), every
distinct text is encoded once, an encoder failure on the thread stops the ingest
with that error and leaves the batches already stored readable, and no thread or
child process outlives the ingest. Real SQLite, real local chroma, real spaCy in
the extraction child; the passages describe an imaginary hill town's water works
and were written for these tests.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest

import kb.encode_ahead
import kb.ingest_worker
import kb.service
from kb.encode_ahead import EncodeAhead
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

WATER = [
    "The town shall replace 40% of its lead service pipes by 2030.",
    "Households must report a burst meter to the water office within 48 hours.",
    "Leakage from the upper reservoir fell by 12% since 2019.",
    "It covers the old quarter and the new school.",
    "The pumping station will run on solar power from next spring.",
    "Farmers shall keep irrigation below 300 litres per hectare in a drought.",
    "The water board may inspect private wells once a year.",
    "Rainwater tanks are offered to every new house at half price.",
]


def _jsonl(path: Path, count: int, prefix: str = "w") -> Path:
    rows = [
        {"id": f"{prefix}-{i}", "text": f"{WATER[i % len(WATER)]} Section {i} of the plan."}
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _own_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "policykb-encode-ahead"]


def _children() -> list[str]:
    """Extraction and vector-writer processes this test process still has."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
            cmd = Path(f"/proc/{entry.name}/cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        if parent == os.getpid() and (b"kb.ingest_worker" in cmd or b"kb.vector_writer" in cmd):
            found.append(entry.name)
    return found


@pytest.fixture()
def ahead_path(monkeypatch):
    """Extraction in one child, small batches, the vector writer child for any file."""
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setenv("POLICYKB_VECTOR_WRITER", "1")
    monkeypatch.setattr(kb.ingest_worker, "FIRST_BATCH_CLAUSES", 4)
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 8)
    monkeypatch.setattr(kb.service, "WRITER_FROM_ROWS", 1)


class Recording:
    """An embedder that notes which thread encoded each text (and may fail later)."""

    one_text_per_run = True

    def __init__(self, inner, *, fail_on: str | None = None) -> None:
        self.inner = inner
        self.fail_on = fail_on
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
        if self.fail_on is not None and any(self.fail_on in t for t in texts):
            raise RuntimeError("the encoder lost its model file")
        return self.inner.embed(texts)


def test_vectors_ahead_and_inline_are_the_encoders_own_bit_for_bit(tmp_path):
    from kb.encoders import onnx_embedder
    from kb.settings import DEFAULT_MODEL

    model = onnx_embedder(DEFAULT_MODEL)
    texts = WATER[:5] + [WATER[0]]  # one repeated
    with EncodeAhead(model) as encoder:
        encoder.want(texts[:4])
        got = encoder.embed(texts)  # four from the thread, one encoded here
        assert encoder.ahead_count == 4 and encoder.inline_count == 1
    assert got.dtype == np.float32
    assert np.array_equal(got, model.embed_array(texts))
    assert not _own_threads()


def test_texts_the_cache_holds_are_not_encoded_again(tmp_path):
    db = tmp_path / "cache.sqlite3"
    conn = sqlite3.connect(db)
    from kb.embedcache import embed_once

    hashing = HashEmbedder()
    embed_once(conn, hashing, WATER[:2])  # two texts now cached for this model
    conn.close()
    recording = Recording(hashing)
    with EncodeAhead(recording, cache_db=db) as encoder:
        encoder.want(WATER[:3])
        encoder.embed(WATER[2:3])
    assert recording.texts == WATER[2:3]


def test_an_unreadable_cache_only_means_encoding_the_text(tmp_path):
    broken = tmp_path / "not-a-store.sqlite3"
    broken.write_text("these bytes are not a database", encoding="utf-8")
    recording = Recording(HashEmbedder())
    with EncodeAhead(recording, cache_db=broken) as encoder:
        encoder.want(WATER[:2])
        got = encoder.embed(WATER[:2])
    assert np.allclose(got, HashEmbedder().embed(WATER[:2]))


def test_an_ingest_encodes_on_the_thread_and_stores_what_the_plain_path_stores(
    tmp_path, ahead_path, monkeypatch
):
    source = _jsonl(tmp_path / "water.jsonl", 40)
    recording = Recording(HashEmbedder())
    ahead_kb = KnowledgeBase(Settings(db_dir=tmp_path / "a"), embedder=recording, create=True)
    results = list(ahead_kb.ingest_passages(ahead_kb.open_passages(source)))
    assert [r.status for r in results] == ["added"] * 40
    assert recording.by_thread.get("policykb-encode-ahead", 0) > 0
    assert len(recording.texts) == len(set(recording.texts))  # each distinct text once
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "0")
    plain_kb = KnowledgeBase(Settings(db_dir=tmp_path / "p"), embedder=HashEmbedder(), create=True)
    list(plain_kb.ingest_passages(plain_kb.open_passages(source)))
    query = "SELECT key, embed_text, data FROM clauses ORDER BY key"
    assert (
        ahead_kb.store.conn.execute(query).fetchall()
        == plain_kb.store.conn.execute(query).fetchall()
    )
    hits = ahead_kb.retriever.search("lead service pipes", top_k=3)
    assert hits and "lead service pipes" in hits[0].text
    ahead_kb.close()
    plain_kb.close()
    assert not _own_threads() and not _children()


def test_an_encoder_failure_on_the_thread_stops_the_ingest_and_keeps_earlier_batches(
    tmp_path, ahead_path
):
    source = _jsonl(tmp_path / "water.jsonl", 60)
    db = tmp_path / "kb"
    # Fails on a text of a late row only: the first batch's vectors are made (on the
    # thread or here) before it and are handed back, so that batch is always stored.
    failing = Recording(HashEmbedder(), fail_on="Section 45 ")
    base = KnowledgeBase(Settings(db_dir=db), embedder=failing, create=True)
    seen = []
    with pytest.raises(RuntimeError, match="lost its model file"):
        for result in base.ingest_passages(base.open_passages(source)):
            seen.append(result.status)
    base.close()
    assert not _own_threads() and not _children()
    again = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder())
    stored = again.docs()
    assert 0 < len(stored) < 60 and len(stored) == seen.count("added")
    # The batches stored are whole and searchable; the next ingest adds the rest.
    results = list(again.ingest_passages(again.open_passages(source)))
    assert sum(r.status == "added" for r in results) == 60 - len(stored)
    assert len(again.docs()) == 60
    again.close()


def test_stopping_an_ingest_midway_leaves_a_readable_store_and_nothing_running(
    tmp_path, ahead_path
):
    source = _jsonl(tmp_path / "water.jsonl", 60)
    db = tmp_path / "kb"
    base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    results = base.ingest_passages(base.open_passages(source))
    first = [next(results) for _ in range(12)]  # the caller stops reading (as on Ctrl-C)
    results.close()
    base.close()
    assert all(r.status == "added" for r in first)
    assert not _own_threads() and not _children()
    again = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder())
    assert len(again.docs()) >= 12
    assert again.retriever.search("reservoir leakage", top_k=2)
    again.close()


def test_texts_of_a_failed_item_are_none():
    assert kb.encode_ahead.texts_of((None, "w.jsonl:3: no text")) == []


def test_an_embedder_whose_vectors_depend_on_the_batch_is_not_encoded_ahead():
    class Batched(HashEmbedder):
        one_text_per_run = False  # as torch's padded, length-sorted batches

    assert kb.encode_ahead.for_embedder(Batched()) is None
    assert isinstance(kb.encode_ahead.for_embedder(HashEmbedder()), EncodeAhead)
