"""Messages between an ingest and its extraction child are framed by length, so a
message one side cannot read is consumed whole: its item fails with a one-line
error naming the file, the items after it still arrive, and what is stored stays.

The pipes are real (``os.pipe`` and the real ``python -m kb.ingest_worker`` child
with its spaCy pipeline), the store is a real SQLite and chroma store; the
embedder is the hashing one. The passages are written for these tests.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import threading
import types
from collections import deque
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner

import kb.ingest_worker
from kb.ingest_worker import ExtractionAhead, _Child, settled, write_message
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

# Notices of an imaginary harbour authority, written for these tests.
NOTICES = [
    "The harbour will dredge 3 km of the north channel by 2028.",
    "Vessels must switch to shore power at berths 4 to 9 from 2027.",
    "SPOILED The authority shall plant 40 trees along the quay by 2026.",
    "Pilots shall log every night crossing with the port office.",
    "Cargo handlers must cut diesel use by 30% by 2030.",
]


class _Gone:
    """Stands for a class the child has and the ingesting process lacks."""

    def __init__(self, n: int) -> None:
        self.n = n


class _Kept:
    def __init__(self, n: int) -> None:
        self.n = n


def _body(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def test_a_result_that_cannot_be_read_is_consumed_and_the_next_ones_arrive_on_a_real_pipe():
    padding = "x" * 300_000  # several times a pipe's buffer: read in many parts
    unknown = _body(("ok", (_Gone(0), padding))).replace(b"_Gone", b"_Lost")
    bodies = [unknown] + [_body(("ok", (_Kept(n), padding))) for n in (1, 2, 3)]
    read_end, write_end = os.pipe()
    child = _Child.__new__(_Child)  # the reading end alone, on a real pipe
    child._lock = threading.Lock()
    futures = [Future() for _ in bodies]
    child._sent = deque(futures)

    class _Process:
        stdout = open(read_end, "rb")  # noqa: SIM115 - closed below

        @staticmethod
        def poll() -> int | None:
            return None

    def write() -> None:
        with open(write_end, "wb") as sink:
            for body in bodies:
                write_message(sink, body)
                sink.flush()

    child._child = _Process()
    writer = threading.Thread(target=write)
    writer.start()
    try:
        child._read()
    finally:
        writer.join(timeout=30)
        _Process.stdout.close()
    assert all(f.done() for f in futures)
    error = str(futures[0].exception(timeout=5))
    assert error.startswith("unreadable extraction result: ") and "\n" not in error
    assert [f.result()[0].n for f in futures[1:]] == [1, 2, 3]


def _rows(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.jsonl"
    rows = [{"id": f"HB-{i}", "text": text} for i, text in enumerate(NOTICES)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_item_that_cannot_be_sent_fails_alone_in_a_real_child(tmp_path):
    from ingest.passages import read_passages

    documents = list(read_passages(_rows(tmp_path)).rows())
    # A metadata value no pickle can hold: this item cannot go to the child.
    documents[1] = dataclasses.replace(documents[1], metadata={"note": lambda: 0})  # type: ignore[dict-item]
    with ExtractionAhead("document", processes=1) as ahead:
        results = [settled(f) for _, f in ahead.map(documents, wanted=lambda d: True)]
    failed = [error for extraction, error in results if extraction is None]
    assert len(failed) == 1 and "could not be sent" in failed[0] and "\n" not in failed[0]
    assert results[1][0] is None
    kept = [e.document.doc_id for e, _ in results if e is not None]
    assert kept == [d.doc_id for i, d in enumerate(documents) if i != 1]


@pytest.fixture()
def spoiling(monkeypatch):
    """The ingesting process cannot rebuild the result of the passage marked SPOILED
    (as when the child's code has a class this process lacks); the child is real."""

    def loads(body: bytes):
        if b"SPOILED" in body:
            raise pickle.UnpicklingError("Can't get attribute '_Lost' on <module 'ingest'>")
        return pickle.loads(body)

    shim = types.SimpleNamespace(
        dumps=pickle.dumps, loads=loads, HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL
    )
    monkeypatch.setattr(kb.ingest_worker, "pickle", shim)
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")


def test_an_unreadable_result_fails_its_passage_and_keeps_the_rest_and_the_store(
    tmp_path, spoiling
):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("The port shall publish its noise map every year.\n", encoding="utf-8")
    passages = _rows(tmp_path)
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert [r.status for r in base.ingest([earlier])] == ["added"]
        results = list(base.ingest_passages(base.open_passages(passages)))
        # A failure is reported at once, the stored rows as their batch is stored.
        [failed] = [r for r in results if r.status == "failed"]
        assert sorted(r.status for r in results if r is not failed) == ["added"] * 4
        error = failed.error
        assert error.startswith(f"{passages.resolve()}#HB-2: ")
        assert "unreadable extraction result" in error and "\n" not in error
        assert len(base.docs()) == 1 + 4  # the earlier file kept
    finally:
        base.close()


def test_the_cli_reports_an_unreadable_result_in_one_line_without_a_traceback(tmp_path, spoiling):
    from ui.cli import main

    passages = _rows(tmp_path)
    db = tmp_path / "kb"
    result = CliRunner().invoke(main, ["ingest", str(passages), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if "unreadable extraction result" in line]
    assert len(lines) == 1 and "harbour.jsonl" in lines[0]
    assert "4 added" in result.output
