"""Issue 16: extraction runs ahead in a child process while the ingest embeds.

Real spaCy in a real child process; the store is the same as when everything
runs in one process, errors are the same one-line results, and stopping early
leaves no process behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kb.ingest_worker
from kb.ingest_worker import ExtractionAhead
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

# Rules of an imaginary port authority, written for these tests.
RULES = [
    "A berth operator must report every fuel spill to the harbour master within two hours.",
    "By 2030, shore power shall supply at least 60% of the energy used by ferries at berth.",
    "The harbour master may grant an exemption where shore power is not yet installed.",
    "Each terminal shall publish its yearly emissions by 31 March of the following year.",
    "Vessels must not idle their main engines at berth for more than 30 minutes.",
    "The authority will plant 2,000 trees along the waterfront by 2028.",
]


def _rows(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _contents(kb: KnowledgeBase) -> tuple[list, list]:
    conn = kb.store.conn
    clauses = conn.execute("SELECT * FROM clauses ORDER BY 1, 2").fetchall()
    records = conn.execute("SELECT * FROM records ORDER BY 1").fetchall()
    return clauses, records


def _ingest_passages(db: Path, jsonl: Path, monkeypatch, worker: str) -> tuple:
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", worker)
    kb = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    try:
        results = [(r.path, r.status, r.error) for r in kb.ingest_passages(kb.open_passages(jsonl))]
        return results, _contents(kb)
    finally:
        kb.close()


def test_passages_extracted_ahead_are_stored_as_in_one_process(tmp_path, monkeypatch):
    rows = [{"id": f"PORT-{i}", "text": text} for i, text in enumerate(RULES)]
    rows.insert(3, {"id": "", "text": "a row without an id"})  # a bad row
    jsonl = _rows(tmp_path / "port.jsonl", rows)
    started = []
    real_init = ExtractionAhead.__init__
    monkeypatch.setattr(
        ExtractionAhead,
        "__init__",
        lambda self, *a, **k: (started.append(a), real_init(self, *a, **k))[1],
    )
    ahead = _ingest_passages(tmp_path / "ahead", jsonl, monkeypatch, "2")  # two children
    here = _ingest_passages(tmp_path / "here", jsonl, monkeypatch, "0")
    assert started == [("document",)]  # only the first ingest used children
    assert ahead == here
    results, (clauses, records) = ahead
    assert [status for _, status, _ in results].count("added") == len(RULES)
    [failed] = [(path, error) for path, status, error in results if status == "failed"]
    assert failed[0].endswith("port.jsonl:4") and "\n" not in failed[1]
    assert len(clauses) >= len(RULES) and any(r for r in records)


def test_stored_rows_are_not_sent_to_the_child(tmp_path, monkeypatch):
    jsonl = _rows(tmp_path / "port.jsonl", [{"id": "PORT-0", "text": RULES[0]}])
    _ingest_passages(tmp_path / "kb", jsonl, monkeypatch, "1")
    sent = []
    real_submit = ExtractionAhead._submit
    monkeypatch.setattr(
        ExtractionAhead,
        "_submit",
        lambda self, item: (sent.append(item), real_submit(self, item))[1],
    )
    more = [{"id": "PORT-0", "text": RULES[0]}, {"id": "PORT-1", "text": RULES[1]}]
    results, _ = _ingest_passages(tmp_path / "kb", _rows(jsonl, more), monkeypatch, "1")
    assert [status for _, status, _ in results] == ["unchanged", "added"]
    assert len(sent) == 1 and sent[0].text == RULES[1]  # only the new row was extracted


def test_files_extracted_ahead_match_and_a_bad_file_is_one_line(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, text in enumerate(RULES):
        (folder / f"rule-{i}.txt").write_text(f"Port rule {i}\n\n{text}\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a real PDF")
    outcomes = {}
    for worker in ("1", "0"):
        monkeypatch.setenv("POLICYKB_INGEST_WORKER", worker)
        kb = KnowledgeBase(
            Settings(db_dir=tmp_path / f"kb{worker}"), embedder=HashEmbedder(), create=True
        )
        try:
            results = [(Path(r.path).name, r.status, r.error) for r in kb.ingest([folder])]
            clauses, records = _contents(kb)
            outcomes[worker] = (results, len(clauses), len(records))
        finally:
            kb.close()
    assert outcomes["1"] == outcomes["0"]
    results = dict((name, (status, error)) for name, status, error in outcomes["1"][0])
    assert results["broken.pdf"][0] == "failed"
    assert "broken.pdf" in results["broken.pdf"][1] and "\n" not in results["broken.pdf"][1]
    assert sum(status == "added" for status, _ in results.values()) == len(RULES)


def test_stopping_early_ends_the_child(tmp_path):
    from ingest.records import Document

    documents = [
        Document(doc_id=f"d{i}", path=f"/virtual/{i}.txt", text=text, title=f"rule {i}")
        for i, text in enumerate(RULES * 5)
    ]
    ahead = ExtractionAhead("document", ahead=4)
    stream = ahead.map(documents, wanted=lambda d: True)
    doc, future = next(stream)
    extraction, error = future.result(timeout=120)
    assert error == "" and extraction.document.doc_id == doc.doc_id == "d0"
    stream.close()
    ahead.close()
    assert all(child._child.poll() is not None for child in ahead._children)  # all exited


def test_the_children_can_be_counted_or_turned_off(monkeypatch):
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "0")
    assert not kb.ingest_worker.enabled() and kb.ingest_worker.processes() == 0
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "3")
    assert kb.ingest_worker.processes() == 3
    monkeypatch.delenv("POLICYKB_INGEST_WORKER")
    assert kb.ingest_worker.enabled() and kb.ingest_worker.processes() == 1


def test_leaving_a_core_runs_batches_on_fewer_threads_with_the_same_vectors(monkeypatch):
    import numpy as np

    import kb.onnx_embed
    from kb.encoders import leave_cores, onnx_embedder
    from kb.settings import DEFAULT_MODEL

    monkeypatch.setattr(kb.onnx_embed.os, "cpu_count", lambda: 2)
    embedder = onnx_embedder(DEFAULT_MODEL)
    texts = RULES * 2  # more than a question's few texts: a batch
    every_core = embedder.embed_array(texts)
    with leave_cores(1):
        one_fewer = embedder.embed_array(texts)
        with leave_cores(1):  # never below one thread
            embedder.embed_array(texts[:9])
    assert sorted(embedder._sessions) == [1, 2]
    assert kb.onnx_embed._cores_left == 0  # restored
    assert np.allclose(every_core, one_fewer, atol=1e-5)
