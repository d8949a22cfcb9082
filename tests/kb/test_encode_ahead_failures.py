"""The encoder thread of a passage ingest under failure and load.

Whatever fails, no thread or store connection is left behind and no caller
waits forever; the read-only cache opens under any directory name without
creating files; vectors already made are handed back even once a later text
failed; a model's sessions are built once however many threads encode; and
the encoder remembers only the texts in flight. Real SQLite, the real int8
model, real spaCy in the extraction child; the passages describe an imaginary
valley's bus network and were written for these tests.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import kb.service
from kb.embedcache import embed_once
from kb.encode_ahead import GROUP, EncodeAhead
from kb.errors import StoreError
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

BUSES = [
    "The valley council shall run a bus every 20 minutes on the main road by 2028.",
    "Operators must publish delays longer than 15 minutes on the same day.",
    "Ridership on the night line rose by 9% after the new timetable.",
    "Every stop in the lower villages will get a shelter and a bench.",
    "Fares for pupils are capped at one euro a trip.",
]


def _encoder_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "policykb-encode-ahead"]


def _open_files_under(folder: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(str(folder)):
                found.append(target)
    return found


def _until(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


class Noting(HashEmbedder):
    """Hashed vectors; notes each text encoded and which method the thread called."""

    def __init__(self, *, fails_on: str | None = None, drops_blank: bool = False) -> None:
        super().__init__()
        self.fails_on = fails_on
        self.drops_blank = drops_blank
        self.texts: list[str] = []
        self.methods: list[tuple[str, str]] = []

    def _vectors(self, texts, method: str):
        self.methods.append((threading.current_thread().name, method))
        self.texts += list(texts)
        if self.fails_on and any(self.fails_on in t for t in texts):
            raise RuntimeError("the encoder's model folder was removed")
        if self.drops_blank:
            texts = [t for t in texts if t.strip()]
        return HashEmbedder.embed(self, texts)

    def embed(self, texts):
        return self._vectors(texts, "embed")


class NotingArrays(Noting):
    def embed_array(self, texts):
        return np.asarray(self._vectors(texts, "embed_array"), dtype=np.float32)


@pytest.fixture()
def ahead_path(monkeypatch):
    pytest.importorskip("ingest.pipeline")
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setenv("POLICYKB_VECTOR_WRITER", "1")
    monkeypatch.setattr(kb.ingest_worker, "FIRST_BATCH_CLAUSES", 4)
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 8)
    monkeypatch.setattr(kb.service, "WRITER_FROM_ROWS", 1)


def _jsonl(path: Path, count: int) -> Path:
    rows = [
        {"id": f"bus-{i}", "text": f"{BUSES[i % len(BUSES)]} Route {i} of the network."}
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_writer_that_fails_to_start_leaves_no_encoder_thread_or_connection(
    tmp_path, ahead_path, monkeypatch
):
    @contextlib.contextmanager
    def cannot_start(ahead, store, apart=True):
        with ahead:
            raise StoreError("the vector writer could not start")
            yield ahead

    monkeypatch.setattr(kb.service, "running_ahead", cannot_start)
    source = _jsonl(tmp_path / "buses.jsonl", 5)
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    for _ in range(3):
        with pytest.raises(StoreError, match="could not start"):
            list(base.ingest_passages(base.open_passages(source)))
    base.close()
    assert _until(lambda: not _encoder_threads(), 5.0), _encoder_threads()
    assert _open_files_under(tmp_path) == []


def test_an_encoder_giving_too_few_vectors_raises_instead_of_hanging():
    texts = [BUSES[0], " ", BUSES[1]]
    encoder = EncodeAhead(Noting(drops_blank=True))
    encoder.want(texts)
    outcome: dict[str, BaseException] = {}

    def ask() -> None:
        try:
            encoder.embed(texts)
        except BaseException as e:  # noqa: BLE001 - what the test looks at
            outcome["error"] = e

    asking = threading.Thread(target=ask, daemon=True)
    asking.start()
    asking.join(20.0)
    assert not asking.is_alive(), "embed is still waiting for a thread that has stopped"
    assert isinstance(outcome.get("error"), ValueError)
    assert "2 vectors for 3 texts" in str(outcome["error"])
    encoder.close()
    assert not _encoder_threads()


@pytest.mark.parametrize("folder", ["kb#2", "kb?x", "100%25", "plain"])
def test_the_cache_opens_read_only_under_any_folder_name(tmp_path, folder):
    db = tmp_path / folder / "policykb.sqlite3"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    embed_once(conn, HashEmbedder(), BUSES[:2])
    conn.close()
    before = sorted(os.listdir(tmp_path))
    noting = Noting()
    with EncodeAhead(noting, cache_db=db) as encoder:
        encoder.want(BUSES[:3])
        encoder.embed(BUSES[2:3])
    assert noting.texts == BUSES[2:3]  # the two cached texts were read, not encoded
    assert sorted(os.listdir(tmp_path)) == before  # no stray file beside the store


def test_vectors_made_before_a_later_failure_are_still_handed_back():
    noting = Noting(fails_on="night line")
    with EncodeAhead(noting) as encoder:
        encoder.want(BUSES[:2])
        assert _until(lambda: encoder.ahead_count == 2)
        encoder.want(BUSES[2:3])  # this one fails on the thread
        assert _until(lambda: not encoder._thread.is_alive())
        got = encoder.embed(BUSES[:2])
        assert np.allclose(got, HashEmbedder().embed(BUSES[:2]))
        with pytest.raises(RuntimeError, match="model folder was removed"):
            encoder.embed(BUSES[2:3])
        with pytest.raises(RuntimeError, match="model folder was removed"):
            encoder.embed(BUSES[3:4])  # never wanted: the thread has failed all the same


def test_the_thread_asks_for_arrays_where_the_encoder_offers_them():
    noting = NotingArrays()
    with EncodeAhead(noting) as encoder:
        encoder.want(BUSES)
        got = encoder.embed(BUSES)
    on_thread = {m for name, m in noting.methods if name == "policykb-encode-ahead"}
    assert on_thread == {"embed_array"}
    assert got.dtype == np.float32 and np.allclose(got, HashEmbedder().embed(BUSES))


def test_the_encoder_remembers_only_the_texts_in_flight():
    with EncodeAhead(Noting()) as encoder:
        for round_ in range(40):
            texts = [f"{text} Round {round_}." for text in BUSES]
            encoder.want(texts)
            encoder.embed(texts)
            assert encoder.remembered() <= len(texts)
        assert encoder.ahead_count + encoder.inline_count == 40 * len(BUSES)


def test_one_session_per_thread_count_however_many_threads_encode(monkeypatch):
    import onnxruntime as ort

    from kb.encoders import onnx_embedder
    from kb.settings import DEFAULT_MODEL

    built: list[int] = []
    real = ort.InferenceSession

    class Counted(real):
        def __init__(self, path, options, **kwargs):
            built.append(options.intra_op_num_threads)
            super().__init__(path, options, **kwargs)

    monkeypatch.setattr(ort, "InferenceSession", Counted)
    model = onnx_embedder(DEFAULT_MODEL)
    texts = [f"{text} Stop {i}." for i, text in enumerate(BUSES * 4)]
    start = threading.Barrier(3)
    results: list[np.ndarray] = []

    def encode() -> None:
        start.wait()
        results.append(model.embed_array(texts))

    workers = [threading.Thread(target=encode) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(built) == len(set(built)) == 1
    assert all(np.array_equal(r, results[0]) for r in results)


def test_warming_loads_the_session_the_thread_encodes_with(monkeypatch):
    import kb.onnx_embed
    from kb.encoders import onnx_embedder
    from kb.settings import DEFAULT_MODEL

    monkeypatch.setattr(kb.onnx_embed.os, "cpu_count", lambda: 2)
    model = onnx_embedder(DEFAULT_MODEL)
    encoder = EncodeAhead(model)
    encoder.warm()
    encoder.close()  # waits for the warm-up
    assert sorted(model._sessions) == [2]  # two cores, none left: a group runs on two
    texts = [f"{text} Stop {i}." for i in range(GROUP) for text in BUSES[i % 5 : i % 5 + 1]]
    with EncodeAhead(model) as encoder:
        encoder.want(texts)  # one whole group
        got = encoder.embed(texts)
    assert encoder.ahead_count == GROUP
    assert sorted(model._sessions) == [2]  # the group needed no other session
    assert np.array_equal(got, model.embed_array(texts))


def test_the_timeline_leaves_the_warm_up_out_of_the_encoder_calls():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "ingest_timeline.py"
    spec = importlib.util.spec_from_file_location("ingest_timeline_under_test", path)
    timeline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(timeline)
    sampler = timeline.Sampler(0.5)
    sampler.started = time.perf_counter()  # as start() sets it, without sampling
    calls: list = []
    timed = timeline.timing(HashEmbedder().embed, sampler, calls)
    timed(["warm up"])
    timed(BUSES[:3])
    assert [count for _, _, count in calls] == [3]
