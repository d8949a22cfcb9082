"""The store: idempotent ingest, replacement, removal, model checks, filters, bad stores."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from fixtures import ARTICLE, extract_plain

from kb.errors import ConfigError, IndexNotFoundError, StoreError
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.store import Filters, Store
from kb.testing import HashEmbedder


def _vector_count(kb) -> int:
    return kb.store.collection.count()


def test_reingesting_an_unchanged_document_is_a_no_op(article_kb, article_extraction):
    revision = article_kb.store.revision
    assert article_kb.add_extraction(article_extraction) == "unchanged"
    assert article_kb.store.revision == revision
    (doc,) = article_kb.docs()
    assert doc.clauses == len(article_extraction.clauses)
    assert _vector_count(article_kb) == doc.clauses


def test_changed_document_at_the_same_path_replaces_the_old_one(kb_factory, tmp_path):
    kb = kb_factory()
    path = tmp_path / "policy.txt"
    old_text = ARTICLE.read_text(encoding="utf-8")
    kb.add_extraction(extract_plain(path, text=old_text))
    new_text = old_text.replace("more than 40%", "more than 45%")
    new = extract_plain(path, text=new_text)
    assert kb.add_extraction(new) == "replaced"
    (doc,) = kb.docs()
    assert doc.doc_id == new.document.doc_id
    assert doc.clauses == len(new.clauses) == _vector_count(kb)
    (target,) = kb.targets(year=2030)[:1]
    assert "45%" in target.text


def test_remove_by_doc_id_prefix_and_by_path(kb_factory, tmp_path, article_extraction):
    kb = kb_factory()
    kb.add_extraction(article_extraction)
    other = extract_plain(
        tmp_path / "b.txt", text="Heading\n\nSteel output must fall by 10% by 2030."
    )
    kb.add_extraction(other)
    info = kb.remove(article_extraction.document.doc_id[:8])
    assert info.doc_id == article_extraction.document.doc_id
    assert [d.doc_id for d in kb.docs()] == [other.document.doc_id]
    kb.remove(str(tmp_path / "b.txt"))
    assert kb.docs() == [] and _vector_count(kb) == 0
    with pytest.raises(IndexNotFoundError, match="no document matches"):
        kb.remove("ffff")


def test_opening_with_another_model_names_both_and_the_rebuild_command(article_kb, tmp_path):
    other = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(dimension=8))
    with pytest.raises(ConfigError) as err:
        other.ask("green factories")
    message = str(err.value)
    assert "all-MiniLM-L6-v2 (384 dims)" in message and "hash-embedder" in message
    assert "policykb reindex" in message


def test_reindex_switches_the_model_and_keeps_the_data(article_kb, tmp_path):
    n = article_kb.docs()[0].clauses
    other = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(dimension=8))
    assert other.reindex() == n
    assert other.store.model == ("hash-embedder", 8)
    assert other.ask("green factories output value 2030", top_k=3).sources


def test_missing_store_is_not_created_by_readers(tmp_path):
    with pytest.raises(IndexNotFoundError, match="policykb ingest"):
        Store(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()


def test_corrupt_store_gives_one_clear_error(tmp_path):
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "kb.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a readable policykb store"):
        Store(tmp_path / "kb")


def test_sqlite_runs_in_wal_mode(article_kb):
    conn = sqlite3.connect(article_kb.store.db_dir / "kb.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize(
    "filters, expect_all_match",
    [
        (Filters(year_from=2030, year_to=2030), lambda c, recs: any(r.year == 2030 for r in recs)),
        (
            Filters(record_type="statistic"),
            lambda c, recs: any(r.type == "statistic" for r in recs),
        ),
        (Filters(section_prefix="news link"), lambda c, recs: c.section[0].startswith("News link")),
    ],
)
def test_filters_restrict_hits(article_kb, filters, expect_all_match):
    hits = article_kb.retriever.search("green development targets", top_k=10, filters=filters)
    assert hits
    stored = article_kb.store.get_clauses([h.key for h in hits])
    records = article_kb.store.records_for([h.key for h in hits])
    for hit in hits:
        assert expect_all_match(stored[hit.key].clause, records.get(hit.key, []))


def test_doc_filter_and_hit_display_fields(kb_factory, article_extraction, tmp_path):
    kb = kb_factory()
    kb.add_extraction(article_extraction)
    other = extract_plain(
        tmp_path / "b.txt",
        text="Heading\n\nGreen factories in Ruritania must cut coal use by 2030.",
    )
    kb.add_extraction(other)
    filters = kb.filters(docs=[str(tmp_path / "b.txt")])
    hits = kb.retriever.search("green factories 2030", filters=filters)
    assert {h.doc_id for h in hits} == {other.document.doc_id}
    hits = kb.retriever.search("What is a green factory?", top_k=3)
    (hit,) = [h for h in hits if h.text.startswith("A green factory refers to")]
    assert hit.title and hit.section and hit.end > hit.start
    assert hit.text in hit.context and hit.dense is not None


def test_clause_ids_are_the_chroma_ids(article_kb, article_extraction):
    ids = set(article_kb.store.collection.get(include=[])["ids"])
    expected = {f"{c.doc_id}:{c.clause_id}" for c in article_extraction.clauses}
    assert ids == expected


def test_replace_keeps_records_consistent(kb_factory, article_extraction):
    kb = kb_factory()
    kb.add_extraction(article_extraction)
    moved = replace(article_extraction.document, path="/elsewhere/copy.txt")
    # Same content at another path: same doc_id, so nothing is duplicated.
    assert (
        kb.store.add(
            moved, article_extraction.clauses, article_extraction.records, embedder=kb.embedder
        )
        == "unchanged"
    )
    assert len(kb.docs()) == 1
