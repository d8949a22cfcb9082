"""Issue 14: a document is where it came from and what it holds.

Two files with the same text are two documents: each is listed, searchable and cited
under its own path; re-ingest stays idempotent; a store whose documents were named by
content alone (before this) re-ingests without change.
"""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from ingest.pipeline import ingest_file
from kb.store import DB_FILE
from ui.cli import main

TEXT = (
    "Harbour Electrification Plan\n\n"
    "By 2031, every container berth in the northern harbour shall offer shore power "
    "to docked ships.\n\n"
    "The port authority will cut diesel use by cranes by 60% by 2029.\n"
)


def twins(tmp_path):
    first, second = tmp_path / "north" / "plan.txt", tmp_path / "south" / "plan-copy.txt"
    for path in (first, second):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    return first.resolve(), second.resolve()


def test_identical_text_in_two_files_is_two_documents_each_cited_by_its_path(kb_factory, tmp_path):
    first, second = twins(tmp_path)
    kb = kb_factory()
    results = list(kb.ingest([first, second]))
    assert [r.status for r in results] == ["added", "added"]
    assert results[0].doc_id != results[1].doc_id
    assert sorted(d.path for d in kb.docs()) == sorted([str(first), str(second)])

    paths = {d.doc_id: d.path for d in kb.docs()}
    hits = kb.retriever.search("Which berths must offer shore power by 2031?", top_k=10)
    found = {paths[h.doc_id] for h in hits if "shore power" in h.text}
    assert found == {str(first), str(second)}, found
    for path in (first, second):
        answer = kb.ask(
            "Which berths must offer shore power by 2031?", filters=kb.filters(docs=[str(path)])
        )
        assert answer.sources and {paths[s.doc_id] for s in answer.sources} == {str(path)}
        assert any("shore power" in s.text for s in answer.sources)

    again = list(kb.ingest([first, second]))
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    assert len(kb.docs()) == 2
    counts = kb.store.conn.execute("SELECT COUNT(*) FROM clauses").fetchone()[0]
    assert counts == 2 * len(ingest_file(first).clauses)
    assert kb.store.collection.count() == counts


def test_a_changed_twin_replaces_only_itself(kb_factory, tmp_path):
    first, second = twins(tmp_path)
    kb = kb_factory()
    list(kb.ingest([first, second]))
    second.write_text(TEXT.replace("60%", "70%"), encoding="utf-8")
    statuses = [r.status for r in kb.ingest([first, second])]
    assert statuses == ["unchanged", "replaced"]
    values = {(r.doc_id, r.value) for r in kb.targets() if r.value is not None and r.unit == "%"}
    assert {v for _, v in values} == {60.0, 70.0}
    assert len(kb.docs()) == 2


def test_a_store_that_named_documents_by_content_alone_reingests_unchanged(kb_factory, tmp_path):
    first, _ = twins(tmp_path)
    kb = kb_factory()
    extraction = ingest_file(first)
    # what earlier versions stored: the content hash as doc_id, the absolute path
    legacy_id = extraction.document.doc_id
    assert kb.add_extraction(extraction) == "added"
    kb.store.conn.execute("UPDATE documents SET path = ? WHERE doc_id = ?", (str(first), legacy_id))
    [result] = kb.ingest([first])
    assert result.status == "unchanged" and result.doc_id == legacy_id
    first.write_text(TEXT + "\nA new paragraph arrives.\n", encoding="utf-8")
    [result] = kb.ingest([first])
    assert result.status == "replaced" and result.doc_id != legacy_id
    assert [d.path for d in kb.docs()] == [str(first)]


def test_cli_docs_lists_both_twins(tmp_path, embedder):
    first, second = twins(tmp_path)
    db = tmp_path / "kb"
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(first), str(second), "--db", str(db)])
    assert out.exit_code == 0, out.output
    listed = runner.invoke(main, ["docs", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert str(first) in listed.output and str(second) in listed.output
    for path in (first, second):
        asked = runner.invoke(
            main, ["ask", "shore power at container berths", "--db", str(db), "--doc", str(path)]
        )
        assert asked.exit_code == 0, asked.output
        cited = [line for line in asked.output.splitlines() if line.startswith("[1]")]
        assert cited and cited[0].endswith(str(path)), asked.output
    with sqlite3.connect(db / DB_FILE) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
