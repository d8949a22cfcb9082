"""Speed mechanisms keep behaviour: texts embedded once, cached counts, int8 encoder, no torch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from fixtures import extract_plain

from kb.embedcache import embed_once
from kb.encoders import DEFAULT_ENCODER, ONNX_INT8, TORCH, choose_encoder, split_variant
from kb.errors import ConfigError
from kb.service import KnowledgeBase
from kb.settings import DEFAULT_MODEL, Settings
from kb.store import Store
from kb.testing import HashEmbedder

ROOT = Path(__file__).resolve().parents[2]


class CountingEmbedder(HashEmbedder):
    """A HashEmbedder that records every text it is asked to embed."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen += list(texts)
        return super().embed(texts)


def _write(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_plain(path, text=text)


REPEATED = (
    "Each province shall report its coal use every year.\n\n"
    "The fund will support clean heating in rural counties.\n\n"
    "Each province shall report its coal use every year.\n"
)


def test_identical_texts_are_embedded_once_and_reused_across_documents(tmp_path):
    embedder = CountingEmbedder()
    store = Store(tmp_path / "kb", create=True)
    one = _write(tmp_path, "one.txt", REPEATED)
    store.add(one.document, one.clauses, one.records, embedder=embedder)
    assert len(embedder.seen) == len(set(embedder.seen)) == 2
    # A second file repeating a sentence: only its new sentence reaches the model.
    two = _write(
        tmp_path, "two.txt", REPEATED + "\nCities must publish air quality data monthly.\n"
    )
    store.add(two.document, two.clauses, two.records, embedder=embedder)
    assert embedder.seen[2:] == ["Cities must publish air quality data monthly."]
    # Every clause still has its own vector, equal to embedding its text directly.
    got = store.collection.get(include=["embeddings", "metadatas"])
    assert len(got["ids"]) == len(one.clauses) + len(two.clauses)
    texts = dict(store.conn.execute("SELECT key, embed_text FROM clauses"))
    for key, vector in zip(got["ids"], got["embeddings"], strict=True):
        expected = HashEmbedder().embed([texts[key]])[0]
        assert np.allclose(vector, expected, atol=1e-6)


def test_embed_once_keys_on_the_model_name(tmp_path):
    store = Store(tmp_path / "kb", create=True)
    a, b = CountingEmbedder(name="model-a"), CountingEmbedder(name="model-b")
    embed_once(store.conn, a, ["Ports must cut idling emissions."])
    embed_once(store.conn, b, ["Ports must cut idling emissions."])
    embed_once(store.conn, a, ["Ports must cut idling emissions."])
    assert (len(a.seen), len(b.seen)) == (1, 1)


def test_a_cached_vector_count_still_sees_another_writer(tmp_path):
    """The count is cached per store state, so an ingest by another process is seen."""
    embedder = HashEmbedder()
    reader = Store(tmp_path / "kb", create=True)
    first = _write(tmp_path, "a.txt", "Wind capacity will double by 2030.\n")
    reader.add(first.document, first.clauses, first.records, embedder=embedder)
    vector = embedder.embed(["solar rooftops on schools"])[0]
    assert len(reader.dense_query(vector, k=10)) == 1
    writer = Store(tmp_path / "kb")
    second = _write(tmp_path, "b.txt", "Solar rooftops will cover half of schools by 2028.\n")
    writer.add(second.document, second.clauses, second.records, embedder=embedder)
    hits = reader.dense_query(vector, k=10)
    assert len(hits) == 2 and hits[0][0].startswith(second.document.doc_id)


def test_the_vector_count_is_read_once_per_store_state(tmp_path, monkeypatch):
    embedder = HashEmbedder()
    store = Store(tmp_path / "kb", create=True)
    doc = _write(tmp_path, "a.txt", "Wind capacity will double by 2030.\n")
    store.add(doc.document, doc.clauses, doc.records, embedder=embedder)
    collection = store.collection
    calls = []
    real = collection.count
    monkeypatch.setattr(collection, "count", lambda: calls.append(1) or real())
    vector = embedder.embed(["wind"])[0]
    for _ in range(5):
        store.dense_query(vector, k=3)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "model, encoder, built, expected",
    [
        (DEFAULT_MODEL, "", None, (DEFAULT_MODEL, DEFAULT_ENCODER)),
        (DEFAULT_MODEL, "", DEFAULT_MODEL, (DEFAULT_MODEL, TORCH)),  # an older store stays torch
        (DEFAULT_MODEL, "", f"{DEFAULT_MODEL}@onnx-int8", (DEFAULT_MODEL, ONNX_INT8)),
        (DEFAULT_MODEL, "torch", f"{DEFAULT_MODEL}@onnx-int8", (DEFAULT_MODEL, TORCH)),
        (f"{DEFAULT_MODEL}@onnx-int8", "", None, (DEFAULT_MODEL, ONNX_INT8)),
        (f"{DEFAULT_MODEL}@torch", "", None, (DEFAULT_MODEL, TORCH)),
        ("some-org/hub-model", "", None, ("some-org/hub-model", TORCH)),
    ],
)
def test_choose_encoder_follows_the_store(model, encoder, built, expected):
    assert choose_encoder(model, encoder=encoder, built_with=built) == expected


def test_bad_encoder_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="choose one of: torch, onnx-int8"):
        Settings(db_dir=tmp_path, encoder="gpu")
    assert split_variant("org/model@v2") == ("org/model@v2", "")


@pytest.fixture(scope="module")
def int8():
    from kb.encoders import onnx_embedder

    embedder = onnx_embedder(DEFAULT_MODEL)
    embedder.embed(["warm up"])  # exports the graph into the user cache on first use
    return embedder


SENTENCES = [
    "Coal-fired boilers in cities must be replaced by 2027.",
    "The share of electric buses shall reach 60 percent.",
    "Farmers receive subsidies for drip irrigation equipment.",
    "Every steel plant must install continuous emission monitors.",
    "Short-process steelmaking should exceed a fifth of output by 2030.",
]


def test_int8_encoder_matches_torch_closely(int8, embedder):
    assert int8.name == f"{DEFAULT_MODEL}@onnx-int8"
    a = np.asarray(int8.embed(SENTENCES))
    b = np.asarray(embedder.embed(SENTENCES))
    assert a.shape == b.shape == (5, 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    assert (a * b).sum(axis=1).min() > 0.97
    # The same nearest sentence for a question, in both encoders.
    q = "When must city boilers stop burning coal?"
    assert np.argmax(a @ np.asarray(int8.embed([q])[0])) == 0
    assert np.argmax(b @ np.asarray(embedder.embed([q])[0])) == 0


def test_int8_vectors_do_not_depend_on_batch_company(int8):
    alone = np.asarray(int8.embed([SENTENCES[3]])[0])
    batched = np.asarray(int8.embed(SENTENCES * 4)[3])
    assert float(alone @ batched) > 0.99999


def test_a_store_is_never_queried_with_the_other_encoder(tmp_path, int8):
    settings = Settings(db_dir=tmp_path / "kb")
    kb = KnowledgeBase(settings.with_(encoder="onnx-int8"), create=True)
    assert kb.embedder.name == int8.name
    doc = _write(tmp_path, "a.txt", SENTENCES[0] + "\n")
    kb.store.add(doc.document, doc.clauses, doc.records, embedder=kb.embedder)
    kb.close()
    reopened = KnowledgeBase(settings)  # no encoder named: the one the store recorded
    assert reopened.embedder.name == int8.name
    torch_kb = KnowledgeBase(settings.with_(encoder="torch"))
    with pytest.raises(ConfigError, match="reindex .* --model sentence-transformers/all-MiniLM"):
        torch_kb.retriever  # noqa: B018


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    return out.stdout.strip()


def test_spacy_loads_without_importing_torch_and_torch_still_imports_later():
    code = (
        "import sys, json; import ingest.pipeline as p; p.build_nlp();"
        "before = 'torch' in sys.modules; import torch, thinc.compat;"
        "print(json.dumps([before, thinc.compat.has_torch, torch.tensor([1]).item()]))"
    )
    assert json.loads(_run(code)) == [False, False, 1]


def test_thinc_keeps_torch_when_it_was_imported_first():
    code = (
        "import torch; import ingest.pipeline; import thinc.compat; print(thinc.compat.has_torch)"
    )
    assert _run(code) == "True"


def test_warm_server_answers_ask_with_the_same_output(tmp_path, monkeypatch):
    """`policykb warm` keeps the store loaded; `ask` prints what it would print alone."""
    import os
    import signal
    import time

    from click.testing import CliRunner

    from ui.cli import main

    db = tmp_path / "kb"
    policy = tmp_path / "plan.txt"
    policy.write_text(
        "Clean Air Plan\n\nEach city shall cut fine dust by 25% by 2028.\n\n"
        "Ports must connect berths to shore power by 2030.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(policy), "--db", str(db)]).exit_code == 0
    question = ["ask", "When must ports use shore power?", "--db", str(db), "--format", "json"]
    alone = runner.invoke(main, question)
    assert alone.exit_code == 0, alone.output
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "warm", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not (db / "warm.sock").exists():
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "warm server did not start"
            time.sleep(0.2)
        from ui.warm import forward

        assert forward(db, {}) == {"out": "", "err": "", "code": 0}  # the server is up
        with monkeypatch.context() as m:  # this process cannot answer: the server must
            m.setattr("kb.service.KnowledgeBase", None)
            warm = runner.invoke(main, question)
        # stdout: a first model load in this process may draw a progress bar on stderr
        assert warm.exit_code == 0 and warm.stdout == alone.stdout
        bad = runner.invoke(main, [*question, "--doc", "nope"])
        assert bad.exit_code == 1 and 'no document matches "nope"' in bad.output
    finally:
        server.send_signal(signal.SIGTERM)
        try:  # interpreter shutdown with torch and chroma loaded is slow on a busy machine
            server.wait(timeout=180)
        except subprocess.TimeoutExpired:
            server.kill()
            raise
    assert server.returncode == 0
    assert not (db / "warm.sock").exists()
    # With the server gone, ask answers in its own process again.
    assert runner.invoke(main, question).stdout == alone.stdout
