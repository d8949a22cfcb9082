"""Issue 16: the ingest's encoder shares the cores with extraction only while it runs.

Real int8 encoder, real spaCy in real child processes, a real chroma store. The
rules below belong to an imaginary river authority, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import kb.onnx_embed
from kb.encoders import leave_cores, leave_cores_while, onnx_embedder
from kb.ingest_worker import ExtractionAhead
from kb.service import KnowledgeBase
from kb.settings import DEFAULT_MODEL, Settings

pytest.importorskip("ingest.pipeline")

LEAD = "Every licensed abstractor on the upper river shall:"
RULES = [
    "Abstraction licences lapse when no water has been drawn for three years.",
    "By 2031, the authority will restore 40 kilometres of eroded riverbank.",
    "A farm that draws more than 20 cubic metres a day must fit a sealed meter.",
    "The authority may suspend abstraction during a declared drought.",
    f"{LEAD}\n(a) keep a daily log of the volume drawn;\n(b) report any meter fault within 48 hours.",
]


@pytest.fixture(scope="module")
def int8():
    return onnx_embedder(DEFAULT_MODEL)


def test_a_busy_condition_leaves_a_core_and_the_batch_takes_it_back(int8, monkeypatch):
    monkeypatch.setattr(kb.onnx_embed.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(kb.onnx_embed, "_RECHECK", 4)
    texts = RULES * 3  # a batch, not a question's few texts
    asked: list[int] = []
    answers = iter([True, True, False, False])  # busy for the first two checks, then done

    def busy() -> bool:
        asked.append(1)
        return next(answers, False)

    used: list[int] = []
    real_session = int8._session
    monkeypatch.setattr(
        int8, "_session", lambda threads: (used.append(threads), real_session(threads))[1]
    )
    alone = int8.embed_array(texts)
    used.clear()
    with leave_cores_while(busy):
        shared = int8.embed_array(texts)
    assert used == [1, 1, 2, 2]  # one session chosen per four texts, as busy() answered
    assert kb.onnx_embed._leave_while == []  # the condition is gone after the block
    assert np.allclose(alone, shared, atol=1e-5)  # thread counts never change a vector


def test_a_fixed_leave_and_a_busy_condition_add_up_but_never_below_one_thread(monkeypatch):
    monkeypatch.setattr(kb.onnx_embed.os, "cpu_count", lambda: 4)
    with leave_cores(1), leave_cores_while(lambda: True):
        assert kb.onnx_embed.cores_left() == 2
        with leave_cores(5):
            assert kb.onnx_embed.cores_left() == 7
    with leave_cores_while(lambda: False):
        assert kb.onnx_embed.cores_left() == 0


def test_the_extraction_processes_are_busy_only_with_items_in_hand(tmp_path):
    from ingest.passages import read_passages

    documents = list(read_passages(_jsonl(tmp_path)).rows())
    with ExtractionAhead("document", processes=1) as ahead:
        assert not ahead.busy()  # started, nothing sent yet
        futures = [future for _, future in ahead.map(documents, wanted=lambda d: True)]
        assert ahead.busy() or all(f.done() for f in futures)
        extractions = [future.result() for future in futures]
        assert not ahead.busy()  # every result is back
    assert [error for _, error in extractions] == [""] * len(documents)


def _jsonl(folder: Path) -> Path:
    path = folder / "river.jsonl"
    rows = [{"id": f"RIVER-{i}", "text": text} for i, text in enumerate(RULES)]
    rows.append({"id": "RIVER-copy", "text": RULES[0]})  # the same rule under a second id
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_ingest_with_extraction_ahead_embeds_each_text_once_and_keeps_spans(
    tmp_path, monkeypatch, int8
):
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "2")
    sent: list[str] = []
    # Every encode ends in ``embed_array`` (``embed`` calls it; the encoder thread calls it).
    real_embed = int8.embed_array
    monkeypatch.setattr(
        int8, "embed_array", lambda texts: (sent.extend(texts), real_embed(texts))[1]
    )
    db = tmp_path / "kb"
    kb = KnowledgeBase(Settings(db_dir=db), embedder=int8, create=True)
    results = list(kb.ingest_passages(kb.open_passages(_jsonl(tmp_path))))
    assert [r.status for r in results] == ["added"] * (len(RULES) + 1)
    kb.close()

    kb = KnowledgeBase(Settings(db_dir=db), embedder=int8)  # a store read back from disk
    rows = kb.store.conn.execute("SELECT key, doc_id, embed_text, data FROM clauses").fetchall()
    texts = [text for _, _, text, _ in rows]
    assert len(sent) == len(set(sent)) == len(set(texts)) < len(texts)  # the copy reused a vector
    docs = {
        d: json.loads(j)["text"]
        for d, j in kb.store.conn.execute("SELECT doc_id, data FROM documents")
    }
    for _, doc_id, _, data in rows:  # every clause still cites its exact span
        clause = json.loads(data)
        assert docs[doc_id][clause["start"] : clause["end"]] == clause["text"]
    lead_items = [json.loads(d) for *_, d in rows if json.loads(d).get("context")]
    assert {c["context"].rstrip() for c in lead_items} == {LEAD}  # items keep their lead-in
    got = kb.store.collection.get(include=["embeddings"])
    assert sorted(got["ids"]) == sorted(key for key, *_ in rows)
    vectors = dict(zip(got["ids"], got["embeddings"], strict=True))
    by_text: dict[str, list] = {}
    for key, _, text, _ in rows:
        by_text.setdefault(text, []).append(np.asarray(vectors[key]))
    for text, same in by_text.items():  # identical texts share one vector, equal to a fresh one
        fresh = int8.embed_array([text])[0]
        assert all(np.allclose(v, fresh, atol=1e-5) for v in same)
    [hit, *_] = kb.retriever.search("when does an abstraction licence lapse", top_k=3)
    assert "three years" in hit.text
    kb.close()


def test_a_vector_lost_in_a_crash_is_repaired_while_the_children_start(tmp_path, monkeypatch, int8):
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    db = tmp_path / "kb"
    kb = KnowledgeBase(Settings(db_dir=db), embedder=int8, create=True)
    path = _jsonl(tmp_path)
    list(kb.ingest_passages(kb.open_passages(path)))
    [lost] = kb.store.collection.get(limit=1)["ids"]
    kb.store.vectors.delete([lost])  # as if the process died between SQLite and chroma
    kb.store._set_meta("synced_revision:local", -1)
    kb.close()

    kb = KnowledgeBase(Settings(db_dir=db), embedder=int8)
    rows = (
        path.read_text(encoding="utf-8")
        + json.dumps({"id": "RIVER-new", "text": RULES[3] + " Appeals go to the tribunal."})
        + "\n"
    )
    path.write_text(rows, encoding="utf-8")
    statuses = [r.status for r in kb.ingest_passages(kb.open_passages(path))]
    assert statuses.count("added") == 1 and statuses.count("unchanged") == len(RULES) + 1
    stored = {key for (key,) in kb.store.conn.execute("SELECT key FROM clauses")}
    assert lost in stored and kb.store.vectors.ids() == stored
    kb.close()
