"""The knowledge-base store: SQLite is the source of truth, chroma is derived.

One directory holds ``kb.sqlite3`` (documents, clauses and records as JSON, in
WAL mode so readers never wait for an ingest) and, unless a Chroma server is
used, ``chroma/`` with one vector per clause.

Crash safety comes from ordering and reconciliation. Every write commits to
SQLite in one transaction and bumps ``revision``; only then is chroma updated,
after which ``synced_revision:<backend>`` is set. A process killed in between
leaves ``synced < revision``; the next process that opens the store with an
embedder re-embeds clauses missing from chroma and deletes orphan vectors.
Writers hold advisory locks (``kb.vector_side``: ``vectors.lock``, then
``write.lock``, released by the kernel if the process dies), so readers skip
repairs while an ingest is running, its batches and the gaps between them.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest.records import Clause, Document, Record
from kb.embed import Embedder
from kb.embedcache import embed_once, prune
from kb.errors import ConfigError, IndexNotFoundError, StoreError
from kb.migrate import SCHEMA_VERSION, V1_SCHEMA, migrate
from kb.queries import DocInfo, Filters, Queries, StoredClause
from kb.rows import (
    DocumentRows,
    clause_key,
    delete_document_rows,
    document_rows,
    embed_texts,
    insert_rows,
)
from kb.vector_side import VectorSide
from kb.vectors import VectorIndex

__all__ = [
    "SCHEMA_VERSION", "DocInfo", "Filters", "Store", "StoredClause", "clause_key", "embed_texts",
]  # fmt: skip

DB_FILE = "kb.sqlite3"


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class Store(VectorSide, Queries):
    """Open (or, with ``create=True``, create) the knowledge base in ``db_dir``.

    Args:
        db_dir: the knowledge-base directory.
        chroma_url: ``http://HOST:PORT`` of a Chroma server; "" = ``db_dir/chroma``.
        create: create the directory and schema when missing (ingest does; ask doesn't).

    Raises:
        IndexNotFoundError: no store in ``db_dir`` and ``create`` is false.
        StoreError: the SQLite file is unreadable or not a policykb store.

    Example:
        >>> store = Store(Path("/tmp/kb"), create=True)
        >>> store.documents()
        []
    """

    def __init__(self, db_dir: Path, *, chroma_url: str = "", create: bool = False) -> None:
        self.db_dir = Path(db_dir)
        # chroma keys its clients by the directory as spelled: one spelling per store.
        self._chroma_dir = Path(os.path.realpath(self.db_dir))
        self.chroma_url = chroma_url
        db_path = self.db_dir / DB_FILE
        if not db_path.exists():
            if not create:
                raise IndexNotFoundError(
                    f"no knowledge base at {self.db_dir}. Build it with: "
                    f"policykb ingest PATH... --db {self.db_dir}"
                )
            self.db_dir.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = _connect(db_path)
            self.conn.executescript(V1_SCHEMA)
            if self._meta("schema_version") is None:  # a new store: made at v1, migrated below
                self.conn.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', '1'), ('revision', '0'),"
                    " ('store_id', ?)",
                    (uuid.uuid4().hex,),
                )
            migrate(self.conn, where=str(db_path))  # older stores are upgraded in place
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{db_path} is not a readable policykb store ({e}). Move it away and "
                "re-run: policykb ingest PATH..."
            ) from e
        self._vectors: VectorIndex | None = None
        self._writer = None  # the write side during ``vectors_apart``
        self._unsynced = None
        self._doc_texts: dict[str, str] = {}

    # -- metadata ---------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: object) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))

    @property
    def revision(self) -> int:
        """Bumped by every write; caches (the BM25 index) key on it."""
        return int(self._meta("revision") or 0)

    @property
    def _backend(self) -> str:
        return self.chroma_url or "local"

    @property
    def model(self) -> tuple[str, int] | None:
        """``(name, dimension)`` of the embedding model the store was built with."""
        name, dim = self._meta("embed_model"), self._meta("embed_dim")
        return (name, int(dim)) if name and dim else None

    def check_model(self, embedder: Embedder) -> None:
        """Refuse to mix vectors from two models.

        Raises:
            ConfigError: naming both models and the rebuild command.
        """
        built = self.model
        if built and built[0] != embedder.name:
            # Name the runtime too when only it differs ("NAME@torch" vs "NAME@onnx-int8").
            only_runtime = "@" in built[0] and "@" not in embedder.name
            wanted = f"{embedder.name}@torch" if only_runtime else embedder.name
            raise ConfigError(
                f"knowledge base {self.db_dir} was built with {built[0]} ({built[1]} dims) but "
                f"the embedding model is {embedder.name}. Use --model {built[0]}, or rebuild the "
                f"vectors with: policykb reindex --db {self.db_dir} --model {wanted}"
            )

    # -- chroma -----------------------------------------------------------------------------

    @property
    def vectors(self) -> VectorIndex:
        """The derived vector index (chroma is imported on first use). Read during
        ``vectors_apart``, it first waits for the child's writes and ends it; the
        rest of the block then writes in this process."""
        if self._writer is not None:
            self._end_writer()
        if self._vectors is None:
            self._vectors = VectorIndex(
                self._chroma_dir,
                chroma_url=self.chroma_url,
                name=f"policykb-{self._meta('store_id')}",
            )
        return self._vectors

    @property
    def collection(self) -> Any:
        """The underlying chroma collection (for inspection and tests)."""
        return self.vectors.collection

    def dense_query(
        self, vector: list[float], *, k: int, keys: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Nearest clauses to ``vector`` as ``(key, cosine similarity)``, best first.

        The vector count is cached per store state: the revision and its sync mark
        change whenever any process writes, so another process's ingest is seen.
        """
        return self.vectors.query(vector, k=k, keys=keys, state=self._vector_state())

    def _vector_state(self) -> tuple[str | None, ...]:
        rows = self.conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('revision', 'store_id', ?)",
            (f"synced_revision:{self._backend}",),
        ).fetchall()
        return tuple(sorted(f"{k}={v}" for k, v in rows))

    # -- writing ----------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            is not None
        )

    def holds_at(self, doc_id: str, path: str) -> bool:
        """Whether the document ``doc_id`` is stored under ``path``."""
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE doc_id = ? AND path = ?", (doc_id, path)
        ).fetchone()
        return row is not None

    def add(
        self,
        document: Document,
        clauses: Sequence[Clause],
        records: Sequence[Record],
        *,
        embedder: Embedder,
    ) -> str:
        """Store one document; returns ``"unchanged"``, ``"added"`` or ``"replaced"``.

        An unchanged document (same content-hash ``doc_id``) is a no-op. A changed
        document at the same path replaces the old one's clauses and records in
        the same SQLite transaction that inserts the new ones.
        """
        return self.add_many([(document, clauses, records)], embedder=embedder)[0]

    def add_many(
        self,
        items: Sequence[tuple[Document, Sequence[Clause], Sequence[Record]]],
        *,
        embedder: Embedder,
        rows: Sequence[DocumentRows | None] = (),
    ) -> list[str]:
        """Store several documents with one embedding call and one transaction.

        Returns one status per item, as ``add`` does. Batching keeps the model's
        batches full when documents are short. ``rows`` may give an item's SQLite
        rows made beforehand (``kb.rows.document_rows``, in the extraction process);
        the others' are made here.
        """
        with self.write_lock():
            self.check_model(embedder)
            statuses: list[str] = []
            todo, seen = [], set()
            made = list(rows) + [None] * (len(items) - len(rows))
            for (document, clauses, records), given in zip(items, made, strict=True):
                if document.doc_id in seen or self.has_document(document.doc_id):
                    statuses.append("unchanged")
                    continue
                seen.add(document.doc_id)
                statuses.append("added")
                if given is None or not given.made_for(document, clauses):
                    given = document_rows(document, clauses, records)
                todo.append((len(statuses) - 1, document, clauses, given))
            if not todo:
                return statuses
            # Keys and texts both from the rows stored, so a vector always goes with its clause.
            vec_items = [(r[0], r[1], r[3]) for *_, doc_rows in todo for r in doc_rows.clauses]
            # The slow part runs before the transaction, so readers and the lock holder
            # never wait on SQLite while the model encodes.
            texts = [t for *_, doc_rows in todo for t in doc_rows.texts()]
            vectors = embed_once(self.conn, embedder, texts, array=True)  # each text once
            old_keys: list[str] = []
            with self._transaction():
                if self.model is None:
                    self._set_meta("embed_model", embedder.name)
                    self._set_meta(
                        "embed_dim", len(vectors[0]) if len(vectors) else embedder.dimension
                    )
                for i, document, _, doc_rows in todo:
                    old_docs = [
                        r[0]
                        for r in self.conn.execute(
                            "SELECT doc_id FROM documents WHERE path = ?", (document.path,)
                        )
                    ]
                    for old in old_docs:
                        old_keys += self._delete_document_rows(old)
                    if old_docs:
                        statuses[i] = "replaced"
                    insert_rows(self.conn, doc_rows)
                revision = self._bump()
            self._write_side.delete(old_keys)
            self._write_side.upsert(vec_items, vectors)
            self._synced(revision)
            return statuses

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _bump(self) -> int:
        revision = self.revision + 1
        self._set_meta("revision", revision)
        return revision

    def _mark_synced(self, revision: int) -> None:
        with self._transaction():
            if self.revision == revision:
                self._set_meta(f"synced_revision:{self._backend}", revision)

    def _delete_document_rows(self, doc_id: str) -> list[str]:
        self._doc_texts.pop(doc_id, None)
        return delete_document_rows(self.conn, doc_id)

    def remove(self, spec: str) -> DocInfo:
        """Delete one document, named by doc_id prefix or path.

        Raises:
            IndexNotFoundError: nothing matches. StoreError: the prefix is ambiguous.
        """
        with self.write_lock():
            (doc_id,) = self.resolve_docs(spec, single=True)
            info = next(d for d in self.documents() if d.doc_id == doc_id)
            with self._transaction():
                keys = self._delete_document_rows(doc_id)
                revision = self._bump()
            self._write_side.delete(keys)
            self._synced(revision)
            return info

    def reconcile(self, embedder: Embedder, *, force: bool = False) -> tuple[int, int]:
        """Make chroma match SQLite; returns ``(re-embedded, orphans deleted)``.

        Cheap when nothing crashed (one meta read). Skipped, returning (0, 0),
        while another process holds the writer lock or its vector child is writing.
        """
        revision = self.revision
        if not force and self._meta(f"synced_revision:{self._backend}") == str(revision):
            return 0, 0
        with self.write_lock(blocking=False) as locked:
            if not locked:
                return 0, 0
            self.check_model(embedder)
            rows = self.conn.execute(
                "SELECT key, doc_id, language, embed_text FROM clauses"
            ).fetchall()
            have = self._write_side.ids_or_reset()
            missing = [r for r in rows if r[0] not in have]
            orphans = list(have - {r[0] for r in rows})
            self._write_side.delete(orphans)
            if missing:
                vectors = embed_once(self.conn, embedder, [r[3] for r in missing])
                self._write_side.upsert([(r[0], r[1], r[2]) for r in missing], vectors)
            self._lost = False  # whatever a failed child left out is now written
            self._synced(revision)
            return len(missing), len(orphans)

    def reindex(self, embedder: Embedder) -> int:
        """Drop all vectors and re-embed every clause with ``embedder`` (a new model is allowed).

        The second space's model (``kb.dense_second``) is refused as the first, and its
        cached vectors are kept."""
        second = self._meta("second_embed_model")
        if second == embedder.name:
            raise ConfigError(
                f"knowledge base {self.db_dir} has a second dense space built with {second}; "
                f"drop it first with: policykb second-space --db {self.db_dir} --drop"
            )
        with self.write_lock():
            self.vectors.drop()  # a collection's dimension is fixed: drop, don't empty
            with self._transaction():
                self._set_meta("embed_model", embedder.name)
                self._set_meta("embed_dim", embedder.dimension)
                self._set_meta(f"synced_revision:{self._backend}", -1)
            prune(self.conn, keep_model=embedder.name, also=second)
        done, _ = self.reconcile(embedder, force=True)
        return done

    def close(self) -> None:
        self.conn.close()
