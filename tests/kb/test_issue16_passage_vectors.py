"""POLICYKB_PASSAGE_VECTORS=1: the clauses of a short passage row share its vector.

Off by default. On, a passage row short enough for the model is embedded once, as a
whole, and each of its clauses takes that vector; the clause's own text stays its
index text (what BM25 reads and what is cited). Long passages and documents read
from files keep one vector per clause.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.records import Clause, Document
from kb.rows import PASSAGE_VECTOR_TOKENS, PASSAGE_VECTORS_ENV, document_rows, vector_texts
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

# Passages of an imaginary harbour code, written for these tests: two sentences each.
PASSAGES = [
    "Each ferry operator must log its fuel use monthly. The log is kept for five years.",
    "Berths shall be cleared of cargo within 48 hours. Late cargo is moved at the owner's cost.",
    "The harbour will cut idling emissions by 30% by 2030. Shore power serves every berth.",
]


def _clause(doc_id: str, n: int, text: str) -> Clause:
    return Clause(doc_id=doc_id, clause_id=f"c{n}", text=text, start=0, end=len(text))


def _document(path: str, text: str) -> Document:
    return Document(doc_id="d1", path=path, text=text)


def _two_clauses(path: str) -> tuple[Document, list[Clause]]:
    text = PASSAGES[0]
    first, second = text.split(". ", 1)
    doc = _document(path, text)
    return doc, [_clause("d1", 0, first + "."), _clause("d1", 1, second)]


def test_off_by_default_each_clause_keeps_its_own_vector_text(monkeypatch):
    monkeypatch.delenv(PASSAGE_VECTORS_ENV, raising=False)
    doc, clauses = _two_clauses("/data/harbour.jsonl#H-1")
    assert vector_texts(doc, clauses) == [c.display_text for c in clauses]
    assert document_rows(doc, clauses, []).texts() == [c.display_text for c in clauses]


def test_on_the_clauses_of_a_short_passage_row_share_its_text(monkeypatch):
    monkeypatch.setenv(PASSAGE_VECTORS_ENV, "1")
    doc, clauses = _two_clauses("/data/harbour.jsonl#H-1")
    assert vector_texts(doc, clauses) == [PASSAGES[0], PASSAGES[0]]
    rows = document_rows(doc, clauses, [])
    assert rows.texts() == [PASSAGES[0], PASSAGES[0]]
    # The stored index text (BM25, citation) is still each clause's own.
    assert [r[4] for r in rows.clauses] == [c.display_text for c in clauses]


def test_on_a_long_passage_and_a_file_document_keep_one_vector_per_clause(monkeypatch):
    monkeypatch.setenv(PASSAGE_VECTORS_ENV, "1")
    doc, clauses = _two_clauses("/data/harbour.txt")  # a file, not a passage row
    assert vector_texts(doc, clauses) == [c.display_text for c in clauses]
    long_text = PASSAGES[0] + " " + "Further harbour detail follows here. " * 60
    assert len(long_text.split()) > PASSAGE_VECTOR_TOKENS
    long_doc = _document("/data/harbour.jsonl#H-2", long_text)
    assert vector_texts(long_doc, clauses) == [c.display_text for c in clauses]
    # Short in characters, long in word pieces: a table of figures.
    figures = PASSAGES[0] + " " + "7, " * 150
    assert len(figures) <= 4 * PASSAGE_VECTOR_TOKENS
    figures_doc = _document("/data/harbour.jsonl#H-3", figures)
    assert vector_texts(figures_doc, clauses) == [c.display_text for c in clauses]
    # Chinese: each character is a piece, so 300 characters are too long for one vector.
    chinese = _document("/data/harbour.jsonl#H-4", "港口岸电覆盖全部泊位。" * 30)
    assert len(chinese.text) <= 4 * PASSAGE_VECTOR_TOKENS
    assert vector_texts(chinese, clauses) == [c.display_text for c in clauses]


@pytest.fixture()
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.jsonl"
    rows = [{"id": f"H-{i}", "text": text} for i, text in enumerate(PASSAGES)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _ingest(db: Path, jsonl: Path) -> tuple[int, int, set[str]]:
    """Clauses stored, vectors made (distinct texts embedded) and the clauses' index texts."""
    kb = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    try:
        list(kb.ingest_passages(kb.open_passages(jsonl)))
        conn = kb.store.conn
        clauses = conn.execute("SELECT count(*) FROM clauses").fetchone()[0]
        vectors = conn.execute("SELECT count(*) FROM embeddings").fetchone()[0]
        texts = {r[0] for r in conn.execute("SELECT embed_text FROM clauses")}
        return clauses, vectors, texts
    finally:
        kb.close()


def test_an_ingest_under_the_setting_embeds_each_short_passage_once(tmp_path, harbour, monkeypatch):
    pytest.importorskip("ingest.pipeline")
    monkeypatch.delenv(PASSAGE_VECTORS_ENV, raising=False)
    clauses, per_clause, texts = _ingest(tmp_path / "off", harbour)
    assert clauses >= 2 * len(PASSAGES) and per_clause == clauses
    monkeypatch.setenv(PASSAGE_VECTORS_ENV, "1")
    clauses_on, shared, texts_on = _ingest(tmp_path / "on", harbour)
    assert clauses_on == clauses and texts_on == texts  # same clauses, same index texts
    assert shared == len(PASSAGES)
