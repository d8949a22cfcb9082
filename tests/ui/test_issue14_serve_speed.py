"""Issue 14: a web app that holds a team: readers share one embedding model, questions
asked at the same time are embedded together, and `serve` honours --encoder."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import gradio as gr
import pytest

from ingest.pipeline import ingest_file
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers
from ui.app import KBWorker
from ui.pool import BatchingEmbedder, ReaderPool

TEXT = (
    "Harbour Emissions Plan\n\n"
    "By 2030, shore power will supply 75% of ferry berths in the harbour.\n\n"
    "Every terminal operator shall publish its yearly fuel use by 2027.\n"
)


class GatedEmbedder(HashEmbedder):
    """Holds its first call until released, recording the texts of every call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []
        self.threads: set[int] = set()
        self.started, self.release = threading.Event(), threading.Event()

    def embed(self, texts):
        self.calls.append(list(texts))
        self.threads.add(threading.get_ident())
        self.started.set()
        self.release.wait(20)
        if any("boom" in t for t in texts):
            raise ValueError("cannot embed boom")
        return super().embed(texts)


def test_questions_waiting_together_share_one_model_call():
    inner = GatedEmbedder()
    shared = BatchingEmbedder(inner)
    try:
        with ThreadPoolExecutor(6) as callers:
            first = callers.submit(shared.embed, ["the first question"])
            assert inner.started.wait(20)  # the model is busy with the first question
            rest = [callers.submit(shared.embed, [f"question number {i}"]) for i in range(5)]
            while shared._requests.qsize() < 5:  # all five queued behind it
                threading.Event().wait(0.01)
            inner.release.set()
            vectors = [first.result(20)] + [f.result(20) for f in rest]
        assert inner.calls[0] == ["the first question"]
        assert sorted(inner.calls[1]) == sorted(f"question number {i}" for i in range(5))
        assert len(inner.calls) == 2 and shared.calls == 2 and shared.texts == 6
        # Each caller gets the vector of its own text, as if embedded alone.
        expected = HashEmbedder().embed(
            ["the first question"] + [f"question number {i}" for i in range(5)]
        )
        assert [v[0] for v in vectors] == expected
        assert len(inner.threads) == 1  # the model only ever runs on the batching thread
    finally:
        shared.close()


def test_a_batch_never_exceeds_its_size_and_keeps_embed_queries_apart():
    class Queries(GatedEmbedder):
        def embed_queries(self, texts):
            self.calls.append(["query"] + list(texts))
            return HashEmbedder.embed(self, ["query: " + t for t in texts])

    inner = Queries()
    shared = BatchingEmbedder(inner, max_batch=3)
    try:
        with ThreadPoolExecutor(8) as callers:
            first = callers.submit(shared.embed, ["text 0"])
            assert inner.started.wait(20)  # the model is busy with the first text
            futures = [callers.submit(shared.embed, [f"text {i}"]) for i in range(1, 6)]
            futures.append(callers.submit(shared.embed_queries, ["a question"]))
            while shared._requests.qsize() < 6:
                threading.Event().wait(0.01)
            inner.release.set()
            results = [first.result(20)] + [f.result(20) for f in futures]
        sizes = [len(c) for c in inner.calls if c[0] != "query"]
        assert sizes[0] == 1 and all(size <= 3 for size in sizes) and sum(sizes) == 6
        assert ["query", "a question"] in inner.calls  # never mixed with plain texts
        assert results[-1] == HashEmbedder().embed(["query: a question"])
        assert results[3] == HashEmbedder().embed(["text 3"])
    finally:
        shared.close()


def test_an_error_reaches_only_the_callers_of_that_call():
    inner = GatedEmbedder()
    inner.release.set()
    shared = BatchingEmbedder(inner)
    try:
        with pytest.raises(ValueError, match="cannot embed boom"):
            shared.embed(["boom"])
        assert shared.embed(["after the error"]) == HashEmbedder().embed(["after the error"])
        assert shared.name == "hash-embedder" and shared.dimension == 64
        assert shared.embed([]) == []
    finally:
        shared.close()


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    kb.add_extraction(ingest_file(path))
    yield kb
    kb.close()


def test_readers_on_one_shared_model_answer_concurrent_questions(store):
    shared = BatchingEmbedder(HashEmbedder())
    settings = store.settings
    pool = ReaderPool(
        lambda: KBWorker(lambda: KnowledgeBase(settings, embedder=shared, create=True)),
        size=3,
        embedder=shared,
    )
    questions = [f"What share of ferry berths gets shore power by 2030? ({i})" for i in range(9)]
    try:
        with ThreadPoolExecutor(9) as callers:
            answers = list(
                callers.map(lambda q: pool.run(handlers.ask, q, [], "", None, None), questions)
            )
        for history, _sources, _box in answers:
            assert "75%" in str(history[-1]["content"])
        assert shared.texts >= 9  # every question went through the one shared model
    finally:
        pool.close()
    assert not shared._thread.is_alive()  # closing the pool stops the batching thread


# -- policykb serve (launch intercepted) ---------------------------------------------------------


@pytest.fixture()
def launched(monkeypatch):
    import ui.cli_serve

    calls = []
    monkeypatch.setattr(gr.Blocks, "launch", lambda self, **kw: calls.append(self))
    monkeypatch.setattr(ui.cli_serve, "_warm_up", lambda kb: None)  # no model load here
    return calls


def _serve(args):
    from click.testing import CliRunner

    from ui.cli import main

    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 0, result.output
    return result


def test_serve_opens_readers_with_the_encoder_asked_for(tmp_path, launched):
    # The readers open the store on their own threads; --encoder used to be lost there.
    _serve(["--db", str(tmp_path / "kb"), "--encoder", "onnx-int8", "--readers", "2"])
    (app,) = launched
    pool = app.kb_worker
    # (the embedder itself is made on first use, on the reader's thread)
    assert [w.kb.settings.encoder for w in pool.workers] == ["onnx-int8"] * 2
    assert pool.embedder is None  # an empty store: each reader keeps its own model


def test_serve_shares_one_model_among_the_readers_of_a_built_store(tmp_path, launched):
    db = tmp_path / "kb"
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    kb = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    kb.add_extraction(ingest_file(path))
    kb.close()
    _serve(["--db", str(db), "--readers", "3"])
    (app,) = launched
    pool = app.kb_worker
    assert isinstance(pool.embedder, BatchingEmbedder)
    assert {id(w.kb.embedder) for w in pool.workers} == {id(pool.embedder)}


def test_absent_optional_packages_fail_to_import_at_once(monkeypatch):
    import sys

    from ui.cli_serve import _settle_absent_imports

    monkeypatch.delitem(sys.modules, "policykb_no_such_package", raising=False)
    _settle_absent_imports(("policykb_no_such_package", "json"))
    assert sys.modules["policykb_no_such_package"] is None
    with pytest.raises(ImportError):
        import policykb_no_such_package  # noqa: F401
    import json  # an installed package is left alone

    assert json.dumps([1]) == "[1]"
    monkeypatch.delitem(sys.modules, "policykb_no_such_package")
