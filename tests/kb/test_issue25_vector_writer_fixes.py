"""The vector writer child never hangs an ingest, keeps other processes off chroma
while it writes, leaves reads working mid-ingest, and ignores Ctrl-C.

Real SQLite, real local chroma (in the child and in-process), real spaCy extraction;
the embedder is the hashing one. Every test body runs in a thread joined with a
time limit, so a hang fails the test instead of stalling the suite. The passages
describe an imaginary river port and were written for these tests.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kb.ingest_worker
import kb.service
import kb.vector_writer
from kb.errors import StoreError
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.store import Store
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

LIMIT = 120.0  # seconds; far above what any of these takes on a loaded machine

PORT = [
    "Barge operators must report every lock passage to the river office within 2 hours.",
    "The port will lengthen the grain quay by 80 metres by 2029.",
    "Timber shipped through the inland terminal fell by 11% since 2020.",
    "Crane drivers shall renew their licence every three years.",
    "The ferry landing gains a covered waiting room in spring.",
    "Electric tugs shall tow 30% of river barges by 2031.",
    "Moored houseboats must connect to the shore sewer by 2027.",
    "The harbour master will publish water-level warnings every morning.",
]
LATER = ["Night pilots must carry a second radio on the lower river."]


def within(limit: float, body: Callable[[], Any]) -> Any:
    """Run ``body`` in a thread; fail the test if it has not ended after ``limit`` s."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = body()
        except BaseException as e:  # noqa: BLE001 - re-raised in the test's thread
            box["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit)
    if thread.is_alive():
        pytest.fail(f"still running after {limit:.0f} s: a hang")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _jsonl(path: Path, texts: list[str], prefix: str) -> Path:
    rows = [{"id": f"{prefix}-{i}", "text": t} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def small_batches(monkeypatch):
    """Extraction ahead in one child, batches of a few clauses and the vector child
    for any passage file, so a few passages make several writes through it."""
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setenv("POLICYKB_VECTOR_WRITER", "1")
    monkeypatch.setattr(kb.ingest_worker, "FIRST_BATCH_CLAUSES", 1)
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 2)
    monkeypatch.setattr(kb.service, "WRITER_FROM_ROWS", 1)


@pytest.fixture()
def made(monkeypatch) -> list:
    """Every ``VectorWriter`` started during the test."""
    started: list = []
    real = kb.vector_writer.VectorWriter.__init__

    def spy(self, *args, **kwargs):
        real(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(kb.vector_writer.VectorWriter, "__init__", spy)
    return started


def _writer(db: Path) -> kb.vector_writer.VectorWriter:
    db.mkdir(parents=True, exist_ok=True)
    writer = kb.vector_writer.VectorWriter(db, name="policykb-test")
    writer.upsert([("k1", "d1", "en"), ("k2", "d1", "en")], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    writer.settle()  # every write confirmed: the child sits idle
    return writer


def _one_line_for(error: StoreError, db: Path) -> str:
    message = str(error)
    assert "\n" not in message and str(db) in message and "policykb reindex" in message
    return message


def test_a_child_dying_while_idle_fails_the_next_write_in_one_line(tmp_path):
    db = tmp_path / "kb"
    writer = within(LIMIT, lambda: _writer(db))
    writer._child.kill()
    writer._child.wait()

    def write_again() -> None:
        writer.upsert([("k3", "d2", "en")], [[0.0, 0.0, 1.0]])
        writer.settle()

    with pytest.raises(StoreError) as caught:
        within(LIMIT, write_again)
    assert "exit code -9" in _one_line_for(caught.value, db)
    started = time.monotonic()
    within(LIMIT, writer.close)
    assert time.monotonic() - started < 10


def test_a_stalled_child_fails_settle_and_close_does_not_wait_for_it(tmp_path):
    db = tmp_path / "kb"
    writer = within(LIMIT, lambda: _writer(db))
    writer.stall_seconds = 3
    os.kill(writer._child.pid, signal.SIGSTOP)  # alive, but answers nothing
    try:

        def write_again() -> None:
            writer.upsert([("k3", "d2", "en")], [[0.0, 0.0, 1.0]])
            writer.settle()

        with pytest.raises(StoreError) as caught:
            within(LIMIT, write_again)
        assert "no progress" in _one_line_for(caught.value, db)
        started = time.monotonic()
        within(LIMIT, writer.close)
        assert time.monotonic() - started < 10  # killed, not waited on for a minute
    finally:
        if writer._child.poll() is None:
            writer._child.kill()
            writer._child.wait()


def test_ctrl_c_leaves_the_writer_child_writing_and_quiet(tmp_path, capfd):
    db = tmp_path / "kb"
    writer = within(LIMIT, lambda: _writer(db))
    os.kill(writer._child.pid, signal.SIGINT)  # as a terminal's Ctrl-C reaches the group
    time.sleep(0.5)

    def write_and_read() -> set[str]:
        writer.upsert([("k3", "d2", "en")], [[0.0, 0.0, 1.0]])
        return writer.ids_or_reset()

    assert within(LIMIT, write_and_read) == {"k1", "k2", "k3"}
    within(LIMIT, writer.close)
    assert writer._child.returncode == 0  # ended on its parent's EOF
    assert "Traceback" not in capfd.readouterr().err


def test_ctrl_c_leaves_the_extraction_child_working(capfd):
    from ingest.records import Document

    rows = [
        Document(doc_id=f"p{i}", path=f"port{i}.txt", text=text, language="en")
        for i, text in enumerate(PORT[:2])
    ]
    ahead = kb.ingest_worker.ExtractionAhead("document", processes=1)
    try:
        child = ahead._children[0]._child
        first = within(LIMIT, lambda: list(ahead.map(rows[:1], wanted=bool)))
        assert within(LIMIT, lambda: kb.ingest_worker.settled(first[0][1]))[0] is not None
        os.kill(child.pid, signal.SIGINT)  # once it is working, as in a long ingest
        time.sleep(0.5)
        second = within(LIMIT, lambda: list(ahead.map(rows[1:], wanted=bool)))
        assert len(first) == len(second) == 1 and child.poll() is None
        extraction, error = kb.ingest_worker.settled(second[0][1])
        assert extraction is not None and extraction.clauses and not error
    finally:
        within(LIMIT, ahead.close)
    assert "Traceback" not in capfd.readouterr().err


def test_a_read_between_yielded_results_works_and_the_ingest_finishes(
    tmp_path, small_batches, made
):
    db = tmp_path / "kb"

    def run() -> None:
        base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
        try:
            _body(base)
        finally:
            base.close()

    def _body(base: KnowledgeBase) -> None:
        results = base.ingest_passages(base.open_passages(_jsonl(tmp_path / "p.jsonl", PORT, "P")))
        try:
            assert next(results).status == "added"
            assert made and made[0]._child.poll() is None  # the child is writing
            first = base.embedder.embed([PORT[0]])[0]
            hits = base.store.dense_query(first, k=1)  # read mid-ingest
            assert hits and hits[0][1] > 0.99
            assert base.ask("Within how many hours must barge operators report?").answered
            rest = list(results)  # the rest is written in this process
            assert [r.status for r in rest] == ["added"] * (len(PORT) - 1)
        finally:
            results.close()
        assert made[0]._child.returncode == 0 and len(made) == 1
        store = base.store
        assert store._meta("synced_revision:local") == str(store.revision)
        last = base.embedder.embed([PORT[-1]])[0]
        assert store.dense_query(last, k=1)[0][1] > 0.99  # written after the read, seen
        assert len(store.collection.get()["ids"]) == store.clause_count()

    within(LIMIT, run)


def test_a_read_after_the_child_died_is_one_line_and_nothing_is_marked_done(
    tmp_path, small_batches, made
):
    db = tmp_path / "kb"

    def run() -> None:
        base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
        try:
            results = base.ingest_passages(
                base.open_passages(_jsonl(tmp_path / "p.jsonl", PORT, "P"))
            )
            try:
                assert next(results).status == "added"
                made[0]._child.kill()
                made[0]._child.wait()
                with pytest.raises(StoreError) as caught:
                    base.store.dense_query(base.embedder.embed([PORT[0]])[0], k=1)
                _one_line_for(caught.value, db)
                rest = list(results)  # the rest is written in this process
                assert [r.status for r in rest] == ["added"] * (len(PORT) - 1)
            finally:
                results.close()
            store = base.store
            assert store._meta("synced_revision:local") != str(store.revision)  # left to repair
        finally:
            base.close()
        again = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder())
        try:
            again.store.reconcile(again.embedder)
            assert len(again.store.collection.get()["ids"]) == again.store.clause_count()
        finally:
            again.close()

    within(LIMIT, run)


def test_another_process_does_not_repair_chroma_while_the_child_writes(
    tmp_path, small_batches, made
):
    db = tmp_path / "kb"

    def run() -> None:
        base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
        try:
            _body(base)
        finally:
            base.close()

    def _body(base: KnowledgeBase) -> None:
        results = base.ingest_passages(base.open_passages(_jsonl(tmp_path / "p.jsonl", PORT, "P")))
        try:
            assert next(results).status == "added"
            other = Store(db)  # its own lock handles, as another process has
            try:
                stale = other._meta("synced_revision:local") != str(other.revision)
                assert stale  # the ingest has not settled its writes yet
                assert other.reconcile(HashEmbedder()) == (0, 0)
                assert other._vectors is None  # chroma not even opened
                with other.write_lock(blocking=False) as free:
                    assert not free  # no write of its own either, until the ingest ends
            finally:
                other.close()
            assert all(r.status == "added" for r in results)
        finally:
            results.close()
        after = Store(db)
        try:
            with after.write_lock(blocking=False) as free:
                assert free
        finally:
            after.close()

    within(LIMIT, run)


def test_an_ingest_after_ask_writes_in_process_and_sees_its_vectors(tmp_path, small_batches, made):
    db = tmp_path / "kb"

    def run() -> None:
        base = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
        try:
            _body(base)
        finally:
            base.close()

    def _body(base: KnowledgeBase) -> None:
        list(base.ingest_passages(base.open_passages(_jsonl(tmp_path / "p.jsonl", PORT, "P"))))
        assert len(made) == 1
        assert base.ask("By when must houseboats connect to the shore sewer?").answered
        later = base.open_passages(_jsonl(tmp_path / "q.jsonl", LATER, "Q"))
        assert [r.status for r in base.ingest_passages(later)] == ["added"]
        assert len(made) == 1  # chroma open here: no child for the second ingest
        hits = base.store.dense_query(base.embedder.embed(LATER)[0], k=1)
        assert hits and hits[0][1] > 0.99

    within(LIMIT, run)


def test_a_small_passage_file_starts_no_vector_child(tmp_path, small_batches, made, monkeypatch):
    monkeypatch.setattr(kb.service, "WRITER_FROM_ROWS", len(PORT) + 1)

    def run() -> list:
        base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
        try:
            return list(
                base.ingest_passages(base.open_passages(_jsonl(tmp_path / "p.jsonl", PORT, "P")))
            )
        finally:
            base.close()

    got = within(LIMIT, run)
    assert [r.status for r in got] == ["added"] * len(PORT) and made == []


def test_two_spellings_of_one_store_are_one_chroma(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    base = KnowledgeBase(Settings(db_dir=Path("kb")), embedder=HashEmbedder(), create=True)
    try:
        base.store.collection  # noqa: B018 - opens chroma through the relative spelling
        assert not kb.vector_writer.usable((tmp_path / "kb").resolve(), "")
        assert not kb.vector_writer.usable(Path("kb"), "")
    finally:
        base.close()
