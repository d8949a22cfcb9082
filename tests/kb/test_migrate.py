"""Schema migration: a store made by the previous release opens and is upgraded in place."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ingest.records import Document, Obligation, Target
from kb import migrate
from kb.errors import StoreError
from kb.store import DB_FILE, Store


def _v1_store(db_dir):
    """A store as version 1 wrote it: its DDL, its meta rows, one document and two records."""
    db_dir.mkdir(parents=True)
    conn = sqlite3.connect(db_dir / DB_FILE, isolation_level=None)
    conn.executescript(migrate.V1_SCHEMA)
    conn.execute(
        "INSERT INTO meta VALUES ('schema_version', '1'), ('revision', '3'), ('store_id', 'abc')"
    )
    text = "Net greenhouse gas emissions shall be cut by 55% by 2030. Agencies shall report."
    document = Document("d1", "/x/plan.md", text, title="Plan", issuer="European Commission")
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
        ("d1", "/x/plan.md", "Plan", "en", "2024-01-01", json.dumps(document.to_dict())),
    )
    target = Target("net greenhouse gas emissions", 55.0, "%", "55%", None, "decrease", 2030,
                    None, "by 2030", "", "d1", "c1", text[:58], 0, 58)  # fmt: skip
    duty = Obligation("obligation", "Agencies", "report", "", None, None, "", "d1", "c2",
                      "Agencies shall report.", 59, 81)  # fmt: skip
    for record in (target, duty):
        conn.execute(
            "INSERT INTO records(doc_id, clause_key, type, year, data) VALUES (?, ?, ?, ?, ?)",
            (
                "d1",
                f"d1:{record.clause_id}",
                record.type,
                record.year,
                json.dumps(record.to_dict()),
            ),
        )
    conn.close()


def _columns(db_dir):
    conn = sqlite3.connect(db_dir / DB_FILE)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(records)")]
    finally:
        conn.close()


def test_a_version_1_store_opens_and_is_migrated_in_place(tmp_path):
    _v1_store(tmp_path / "kb")
    store = Store(tmp_path / "kb")
    assert store._meta("schema_version") == migrate.SCHEMA_VERSION == "2"
    rows = store.conn.execute(
        "SELECT type, metric_key, unit, sector, jurisdiction FROM records ORDER BY id"
    ).fetchall()
    assert rows == [
        ("target", "greenhouse gas emissions|percent|level||EU", "%", "", "EU"),
        ("obligation", None, None, None, "EU"),
    ]
    assert store.revision == 3 and store._meta("store_id") == "abc"  # nothing else touched
    assert [t.value for t in store.records(record_type="target")] == [55.0]
    store.close()
    Store(tmp_path / "kb").close()  # opening again is a no-op


def test_a_failed_step_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    _v1_store(tmp_path / "kb")

    def half_done(conn):
        migrate._v1_to_v2(conn)
        raise RuntimeError("killed half-way")

    monkeypatch.setitem(migrate.STEPS, "1", ("2", half_done))
    with pytest.raises(RuntimeError):
        Store(tmp_path / "kb")
    assert "metric_key" not in _columns(tmp_path / "kb")
    conn = sqlite3.connect(tmp_path / "kb" / DB_FILE)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("1",)
    conn.close()
    monkeypatch.undo()
    Store(tmp_path / "kb").close()  # the next open migrates it
    assert "metric_key" in _columns(tmp_path / "kb")


def test_a_store_from_a_newer_release_is_refused_with_one_line(tmp_path):
    _v1_store(tmp_path / "kb")
    conn = sqlite3.connect(tmp_path / "kb" / DB_FILE, isolation_level=None)
    conn.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StoreError, match=r"schema version 9, this policykb reads 2") as info:
        Store(tmp_path / "kb")
    assert "\n" not in str(info.value)


def test_a_new_store_is_made_at_version_1_and_migrated(tmp_path):
    store = Store(tmp_path / "new", create=True)
    assert store._meta("schema_version") == "2"
    assert {"metric_key", "unit", "sector", "jurisdiction"} <= set(_columns(tmp_path / "new"))
    store.close()
