"""A passage ingest with its encoder thread under Ctrl-C, and its stored vectors.

Ctrl-C (``KeyboardInterrupt``) raised on the encoder thread reaches the caller as
itself, not as a hang or another error; Ctrl-C in the ingesting thread stops the
encoder thread and the child processes; and an int8 ingest through the thread
stores, text for text, the vectors the plain in-process path stores. Real SQLite,
real local chroma, real spaCy in the extraction child, the real int8 model for the
vectors; the passages describe an imaginary coastal town's ferry service and were
written for these tests.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

import kb.ingest_worker
import kb.service
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

FERRY = [
    "The harbour office shall run a ferry every 30 minutes in summer by 2027.",
    "Operators must post cancellations at the pier one hour ahead.",
    "Crossings to the island rose by 14% after the new pier opened.",
    "Cyclists board first and pay no fare for their bikes.",
    "The night boat will run on battery power from next year.",
    "Each vessel shall carry life jackets for every seat on board.",
    "The port may close the slipway when the wind exceeds force 8.",
    "Season tickets are sold at the kiosk and online.",
]


def _jsonl(path: Path, count: int) -> Path:
    rows = [
        {"id": f"f-{i}", "text": f"{FERRY[i % len(FERRY)]} Notice {i} of the timetable."}
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _own_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "policykb-encode-ahead"]


def _children() -> list[str]:
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


class Interrupted(HashEmbedder):
    """Hashed vectors; Ctrl-C arrives while a text holding ``at`` is encoded."""

    one_text_per_run = True

    def __init__(self, at: str) -> None:
        super().__init__()
        self.at = at
        self.threads: set[str] = set()

    def embed(self, texts):
        self.threads.add(threading.current_thread().name)
        if any(self.at in t for t in texts):
            raise KeyboardInterrupt
        return HashEmbedder.embed(self, texts)


def test_ctrl_c_on_the_encoder_thread_reaches_the_caller_as_ctrl_c(tmp_path, ahead_path):
    source = _jsonl(tmp_path / "ferry.jsonl", 60)
    embedder = Interrupted(at="Notice 50 ")
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=embedder, create=True)
    with pytest.raises(KeyboardInterrupt):
        for _ in base.ingest_passages(base.open_passages(source)):
            pass
    base.close()
    assert "policykb-encode-ahead" in embedder.threads
    assert not _own_threads() and not _children()
    again = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder())
    assert len(again.docs()) < 60  # the batch holding the interrupted text is not stored
    results = list(again.ingest_passages(again.open_passages(source)))
    assert len(again.docs()) == 60 and all(r.status in {"added", "unchanged"} for r in results)
    again.close()


def test_ctrl_c_in_the_ingesting_thread_stops_the_encoder_and_the_children(tmp_path, ahead_path):
    source = _jsonl(tmp_path / "ferry.jsonl", 60)
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    results = base.ingest_passages(base.open_passages(source))
    first = [next(results) for _ in range(10)]
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt)  # as a signal arriving while the ingest runs
    base.close()
    assert all(r.status == "added" for r in first)
    assert not _own_threads() and not _children()
    again = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder())
    assert len(again.docs()) >= 10
    again.close()


def _vectors(db_dir: Path) -> dict[bytes, bytes]:
    conn = sqlite3.connect(db_dir / kb.service.DB_FILE)
    try:
        return dict(conn.execute("SELECT text_hash, vector FROM embeddings").fetchall())
    finally:
        conn.close()


def test_an_int8_ingest_through_the_thread_stores_the_plain_paths_vectors(
    tmp_path, ahead_path, monkeypatch
):
    from kb.encoders import onnx_embedder
    from kb.settings import DEFAULT_MODEL

    source = _jsonl(tmp_path / "ferry.jsonl", 48)
    model = onnx_embedder(DEFAULT_MODEL)
    ahead = KnowledgeBase(Settings(db_dir=tmp_path / "a"), embedder=model, create=True)
    list(ahead.ingest_passages(ahead.open_passages(source)))
    ahead.close()
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "0")  # no child, no thread: one process
    plain = KnowledgeBase(Settings(db_dir=tmp_path / "p"), embedder=model, create=True)
    list(plain.ingest_passages(plain.open_passages(source)))
    plain.close()
    threaded, inline = _vectors(tmp_path / "a"), _vectors(tmp_path / "p")
    assert len(threaded) > 48 and threaded == inline
