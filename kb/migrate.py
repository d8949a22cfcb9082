"""Schema versions of the knowledge-base SQLite file, and the steps between them.

A store records its ``schema_version`` in ``meta``. ``migrate`` runs, in order,
every step from that version to ``SCHEMA_VERSION``, in one ``BEGIN IMMEDIATE``
transaction together with the new version number: a process killed half-way
leaves the store exactly as it was (SQLite rolls the transaction back), and two
processes opening an old store at once migrate it once (the second re-reads
the version inside its own transaction and finds nothing to do).

A new store is created with ``V1_SCHEMA`` and migrated like any other, so the
steps are exercised every time a store is made.

Versions:
    1: documents, clauses, records, doc_meta (the first release).
    2: records get ``metric_key``, ``unit``, ``sector`` and ``jurisdiction``
       columns (``kb.record_keys``), backfilled from each record and its
       document; ``metric_vectors`` caches metric-phrase embeddings for
       ``kb.tracking``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from ingest.records import record_from_dict
from kb.errors import StoreError
from kb.record_keys import record_columns

SCHEMA_VERSION = "2"

# The first release's schema, kept verbatim: new stores start from it.
V1_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, language TEXT NOT NULL,
    added_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS clauses(
    key TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    section TEXT NOT NULL, language TEXT NOT NULL, embed_text TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS clauses_doc ON clauses(doc_id);
CREATE TABLE IF NOT EXISTS records(
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    clause_key TEXT NOT NULL, type TEXT NOT NULL, year INTEGER, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_clause ON records(clause_key);
CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id);
CREATE INDEX IF NOT EXISTS records_year_type_clause ON records(year, type, clause_key);
CREATE TABLE IF NOT EXISTS doc_meta(
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(doc_id, key));
CREATE INDEX IF NOT EXISTS doc_meta_key_value ON doc_meta(key, value);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    for column in ("metric_key", "unit", "sector", "jurisdiction"):
        conn.execute(f"ALTER TABLE records ADD COLUMN {column} TEXT")
    conn.execute("CREATE INDEX records_metric_key ON records(metric_key)")
    conn.execute("CREATE INDEX records_jurisdiction ON records(jurisdiction)")
    conn.execute(
        "CREATE TABLE metric_vectors(phrase TEXT NOT NULL, model TEXT NOT NULL,"
        " vector TEXT NOT NULL, PRIMARY KEY(phrase, model))"
    )
    rows = conn.execute("SELECT doc_id, data FROM documents")
    documents = {doc_id: json.loads(data) for doc_id, data in rows}
    updates = []
    for row_id, doc_id, data in conn.execute("SELECT id, doc_id, data FROM records"):
        record = record_from_dict(json.loads(data))
        updates.append((*record_columns(record, documents.get(doc_id, {})), row_id))
    conn.executemany(
        "UPDATE records SET metric_key = ?, unit = ?, sector = ?, jurisdiction = ? WHERE id = ?",
        updates,
    )


#: ``version -> (next version, step)``; each step runs inside the caller's transaction.
STEPS: dict[str, tuple[str, Callable[[sqlite3.Connection], None]]] = {
    "1": ("2", _v1_to_v2),
}


def _version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else None


def migrate(conn: sqlite3.Connection, *, where: str) -> str:
    """Bring the store on ``conn`` to ``SCHEMA_VERSION``; returns the version it had.

    Args:
        conn: an autocommit connection (``isolation_level=None``).
        where: the store's path, for error messages.

    Raises:
        StoreError: the store is newer than this policykb, or of an unknown version.
    """
    found = _version(conn)
    if found == SCHEMA_VERSION:
        return found
    _check_known(found, where)
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _version(conn)  # another process may have migrated meanwhile
        start = version
        _check_known(version, where)
        while version != SCHEMA_VERSION:
            version, step = STEPS[str(version)]
            step(conn)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return start or SCHEMA_VERSION


def _check_known(version: str | None, where: str) -> None:
    if version == SCHEMA_VERSION:
        return
    if version not in STEPS:
        raise StoreError(
            f"{where} has schema version {version}, this policykb reads {SCHEMA_VERSION} "
            "and can migrate from " + ", ".join(sorted(STEPS)) + ". Upgrade policykb, or "
            "re-ingest into a new --db directory"
        )
