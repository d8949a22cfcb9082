"""Embed each distinct text once: vectors kept in the store by model and text hash.

Clauses repeat: a list's items can carry the same lead-in and item text in
several places, a passage corpus repeats boilerplate rows, a re-ingest of a
changed file keeps most of its sentences, and ``reindex`` after a crash redoes
texts already seen. ``embed_once`` sends each distinct text of a batch to the
model once and answers the rest from the ``embeddings`` table, which lives in
the store's SQLite file beside the clauses (an additive table: it needs no
schema change and old policykb versions ignore it).

The key is ``(model, blake2b(text))``, where ``model`` is the embedder's name,
which names the encoder too (``NAME@onnx-int8``), so vectors of two encoders are
never mixed. Vectors are float32 bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from typing import Any

from kb.embed import Embedder

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings(
    model TEXT NOT NULL, text_hash BLOB NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY(model, text_hash)) WITHOUT ROWID;
"""
#: SQLite's default limit on bound parameters is 999 on old builds; stay under it.
_CHUNK = 900


def ensure_table(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def embed_once(
    conn: sqlite3.Connection, embedder: Embedder, texts: Sequence[str], *, array: bool = False
) -> Any:
    """Vectors for ``texts`` in order; each distinct text is embedded at most once.

    Texts already in the ``embeddings`` table for this embedder are read, not
    embedded; new ones are embedded in one call and added to the table. A list of
    lists, or with ``array`` a float32 numpy array of the same values (one row per
    text), which saves making 384 Python floats per text where they are not needed.
    """
    if not texts:
        return []
    ensure_table(conn)
    model = embedder.name
    hashes = [text_hash(t) for t in texts]
    distinct: dict[bytes, str] = {}
    for h, t in zip(hashes, texts, strict=True):
        distinct.setdefault(h, t)
    import numpy as np  # not at import: commands that only read the store start faster

    found: dict[bytes, Any] = {}
    keys = list(distinct)
    for i in range(0, len(keys), _CHUNK):
        part = keys[i : i + _CHUNK]
        marks = ",".join("?" * len(part))
        for h, blob in conn.execute(
            f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
            (model, *part),
        ):
            found[bytes(h)] = np.frombuffer(blob, dtype=np.float32)
    todo = [h for h in keys if h not in found]
    if todo:
        fresh = np.asarray(embedder.embed([distinct[h] for h in todo]), dtype=np.float32)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)",
                [(model, h, v.tobytes()) for h, v in zip(todo, fresh, strict=True)],
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        found.update(zip(todo, fresh, strict=True))
    if array:
        return np.stack([found[h] for h in hashes])
    return [found[h].tolist() for h in hashes]


def prune(conn: sqlite3.Connection, *, keep_model: str, also: str | None = None) -> int:
    """Drop cached vectors of every model but ``keep_model`` and ``also`` (a second
    space's model) after a reindex; returns rows."""
    ensure_table(conn)
    keep = (keep_model, also or keep_model)
    return conn.execute("DELETE FROM embeddings WHERE model NOT IN (?, ?)", keep).rowcount
