"""Issue 16: a passage's SQLite rows are made in the extraction process, the first
batches of an ingest running ahead are small (a result the ingest cannot read:
``test_fix24_extraction_messages.py``).

Real spaCy extraction, a real SQLite store and chroma; the embedder is the hashing
one (what is tested is where the rows are made, not the vectors). The passages are
written for these tests.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import kb.ingest_worker
import kb.service
from kb.rows import PreparedExtraction, document_rows, prepared
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

# Notices of an imaginary river board, written for these tests.
NOTICES = [
    "Anglers must return every salmon caught above the weir before 2027.",
    "The board will restore 14 km of bank habitat by 2029.",
    "Boats shall keep below 8 knots within the marked swimming zones.",
    "The footbridge reopened after its repainting.",
    "Farms must not spread slurry within 10 metres of the river between October and March.",
    "Water quality at the lower gauge improved by 12% since 2019.",
    "Each hatchery shall report its release numbers to the board every year.",
    "The visitor centre hosts a photography club on Thursdays.",
]


@pytest.fixture()
def notices(tmp_path: Path) -> Path:
    path = tmp_path / "river.jsonl"
    rows = [{"id": f"RB-{i}", "text": text} for i, text in enumerate(NOTICES)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _extractions(jsonl: Path) -> list:
    from ingest.passages import read_passages
    from ingest.pipeline import build_nlp, process_documents

    documents = list(read_passages(jsonl).rows())
    return list(process_documents(documents, nlp=build_nlp()))


def _tables(kb: KnowledgeBase) -> dict[str, list]:
    conn = kb.store.conn
    return {
        "documents": conn.execute(
            "SELECT doc_id, path, title, language, data FROM documents ORDER BY 1"
        ).fetchall(),
        "clauses": conn.execute("SELECT * FROM clauses ORDER BY 1").fetchall(),
        "doc_meta": conn.execute("SELECT * FROM doc_meta ORDER BY 1, 2").fetchall(),
        "records": conn.execute(
            "SELECT doc_id, clause_key, type, year, data, metric_key, unit, sector, jurisdiction"
            " FROM records ORDER BY 2, 3, 5"
        ).fetchall(),
    }


def _store(db: Path, extractions: list, *, with_rows: bool) -> dict[str, list]:
    kb = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    try:
        items = [(e.document, e.clauses, e.records) for e in extractions]
        rows = [e.rows for e in extractions] if with_rows else ()
        assert kb.store.add_many(items, embedder=kb.embedder, rows=rows) == ["added"] * len(items)
        return _tables(kb)
    finally:
        kb.close()


def test_rows_made_where_the_passages_are_extracted_are_the_rows_stored_otherwise(
    tmp_path, notices
):
    extractions = _extractions(notices)
    # Made in one process and sent to another as the extraction child sends them.
    sent = pickle.loads(pickle.dumps([prepared(e) for e in extractions]))
    assert all(isinstance(e, PreparedExtraction) and e.rows is not None for e in sent)
    here = _store(tmp_path / "here", extractions, with_rows=False)
    ahead = _store(tmp_path / "ahead", sent, with_rows=True)
    assert here == ahead
    assert len(here["documents"]) == len(NOTICES)
    assert {r[2] for r in here["records"]} >= {"obligation", "target", "statistic"}
    assert any(r[5] for r in here["records"] if r[2] == "target")  # metric keys made too


def test_rows_made_for_another_document_are_not_stored_for_this_one(tmp_path, notices):
    first, second = _extractions(notices)[:2]
    wrong = document_rows(first.document, first.clauses, first.records)
    assert not wrong.made_for(second.document)
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        kb.store.add_many(
            [(second.document, second.clauses, second.records)], embedder=kb.embedder, rows=[wrong]
        )
        stored = kb.store.conn.execute("SELECT doc_id, embed_text FROM clauses").fetchall()
        assert {doc for doc, _ in stored} == {second.document.doc_id}
        assert [t for _, t in stored] == [c.display_text for c in second.clauses]
    finally:
        kb.close()


def test_an_ingest_running_ahead_starts_with_small_batches_that_grow(
    tmp_path, notices, monkeypatch
):
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setattr(kb.ingest_worker, "FIRST_BATCH_CLAUSES", 1)
    monkeypatch.setattr(kb.service, "AHEAD_BATCH_CLAUSES", 4)
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    sizes: list[int] = []
    add_many = base.store.add_many

    def counted(items, **kwargs):
        sizes.append(sum(len(clauses) for _, clauses, _ in items))
        return add_many(items, **kwargs)

    monkeypatch.setattr(base.store, "add_many", counted)
    try:
        results = list(base.ingest_passages(base.open_passages(notices)))
        assert [r.status for r in results] == ["added"] * len(NOTICES)
        assert sizes[0] == 1  # one passage of one clause: stored without waiting for more
        assert sizes[1] >= 2 and max(sizes) >= 4  # then twice as many, up to the full size
        assert sum(sizes) == base.store.clause_count()
    finally:
        base.close()
