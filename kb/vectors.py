"""The derived vector index: one chroma collection of clause embeddings.

Local (``PersistentClient`` under the store directory) or remote (``HttpClient``
to a ``chroma run`` server). chromadb is imported on first use, and vectors are
always passed precomputed, so chroma never loads its default embedding model.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kb.errors import ConfigError, StoreError
from kb.settings import parse_chroma_url

_log = logging.getLogger(__name__)

#: Below chroma's max batch size (5,461 on this build), so one call never fails on size.
BATCH = 5000


def make_chroma_client(db_dir: Path, chroma_url: str = "") -> Any:
    """A chroma client: on-disk under ``db_dir/chroma``, or HTTP to ``chroma_url``.

    Raises:
        ConfigError: the server is unreachable (one line, with the start command).
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if not chroma_url:
        return chromadb.PersistentClient(path=str(Path(db_dir) / "chroma"), settings=settings)
    host, port, ssl = parse_chroma_url(chroma_url)
    try:
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
        client.heartbeat()
    except Exception as e:
        reason = str(e).splitlines()[0][:160] if str(e) else type(e).__name__
        raise ConfigError(
            f"cannot reach the Chroma server at {chroma_url} ({reason}). Start it with: "
            f"chroma run --path DIR --host {host} --port {port}, or unset POLICYKB_CHROMA_URL "
            "to use the local store"
        ) from e
    return client


class VectorIndex:
    """Clause vectors keyed by clause key, with ``doc_id``/``language`` metadata.

    Args:
        db_dir: the store directory (local chroma lives in ``db_dir/chroma``).
        chroma_url: a Chroma server URL, or "" for local.
        name: the collection name (unique per store, so stores can share a server).
    """

    def __init__(self, db_dir: Path, *, chroma_url: str, name: str) -> None:
        self.db_dir, self.chroma_url, self.name = db_dir, chroma_url, name
        self._client: Any = None
        self._collection: Any = None
        # (store state, vector count): chroma's count() scans the collection (6 ms at
        # 38k vectors, growing with the store), so it is read once per store state.
        self._count: tuple[object, int] | None = None

    @property
    def collection(self) -> Any:
        if self._collection is None:
            if self._client is None:
                self._client = make_chroma_client(self.db_dir, self.chroma_url)
            try:
                self._collection = self._client.get_or_create_collection(
                    self.name, metadata={"hnsw:space": "cosine"}, embedding_function=None
                )
            except Exception as e:
                raise StoreError(
                    f"cannot open chroma collection {self.name} in "
                    f"{self.chroma_url or self.db_dir} "
                    f"({e}). Rebuild the vectors with: policykb reindex --db {self.db_dir}"
                ) from e
        return self._collection

    def upsert(
        self, items: Sequence[tuple[str, str, str]], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Write vectors; ``items`` are ``(key, doc_id, language)`` in the same order."""
        for i in range(0, len(items), BATCH):
            part, rows = items[i : i + BATCH], vectors[i : i + BATCH]
            self.collection.upsert(
                ids=[key for key, _, _ in part],
                # a numpy array's rows as Python floats, as chroma has always been given
                embeddings=rows.tolist() if hasattr(rows, "tolist") else [list(v) for v in rows],
                metadatas=[{"doc_id": d, "language": lang} for _, d, lang in part],
            )
        self._count = None

    def delete(self, keys: Sequence[str]) -> None:
        for i in range(0, len(keys), BATCH):
            self.collection.delete(ids=list(keys[i : i + BATCH]))
        self._count = None

    def count(self, *, state: object = None) -> int:
        """Vectors in the collection, remembered while ``state`` (the store's
        revision and sync mark) is unchanged; ``None`` always asks chroma."""
        if state is None or self._count is None or self._count[0] != state:
            self._count = (state, int(self.collection.count()))
        return self._count[1]

    def ids(self) -> set[str]:
        """Every key in the collection (paged, so large collections work)."""
        ids: set[str] = set()
        page = 10_000
        while True:
            got = self.collection.get(include=[], limit=page, offset=len(ids))["ids"]
            ids.update(got)
            if len(got) < page:
                return ids

    def present(self, keys: Sequence[str]) -> set[str]:
        """Those of ``keys`` the collection holds (a lookup by id, not a search)."""
        return set(self.embeddings(keys, include=[]))

    def embeddings(self, keys: Sequence[str], *, include: Sequence[str] = ("embeddings",)) -> dict:
        """``key -> vector`` for those of ``keys`` the collection holds; unknown ids are
        left out (a filtered query would fail on them)."""
        found: dict = {}
        keys = list(keys)
        for i in range(0, len(keys), BATCH):
            got = self.collection.get(ids=keys[i : i + BATCH], include=list(include))
            vectors = got.get("embeddings") if include else None
            for j, key in enumerate(got["ids"]):
                found[key] = vectors[j] if vectors is not None else None
        return found

    def ids_or_reset(self) -> set[str]:
        """Every key in the collection; an empty set after dropping a collection chroma
        can no longer read.

        A process killed while chroma persisted its index can leave the index's files
        cut short, and chroma then fails on every read of the collection. The vectors
        are derived from SQLite, so the caller re-embeds every clause into a new
        collection (the embedding cache makes that cheap) instead of failing.
        """
        from chromadb.errors import ChromaError

        try:
            return self.ids()
        except ChromaError as e:
            if self.chroma_url:  # a server's collection is not ours to drop
                raise
            reason = str(e).splitlines()[0][:120]
            _log.warning("vector index of %s unreadable (%s): rebuilding it", self.db_dir, reason)
            self.drop()
            return set()

    def query(
        self,
        vector: Sequence[float],
        *,
        k: int,
        keys: Sequence[str] | None = None,
        state: object = None,
    ) -> list[tuple[str, float]]:
        """Nearest keys as ``(key, cosine similarity)``, best first, optionally within ``keys``.

        ``state`` identifies the store's contents (see ``count``), so the size is not
        read from chroma on every query.
        """
        count = self.count(state=state)
        if count == 0 or (keys is not None and not keys):
            return []
        n = min(k, count if keys is None else len(keys))
        result = self.collection.query(
            query_embeddings=[list(vector)],
            n_results=n,
            ids=list(keys) if keys is not None else None,
            include=["distances"],
        )
        return [(i, 1.0 - d) for i, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    def drop(self) -> None:
        """Delete the collection (its dimension is fixed; a new model needs a new one)."""
        collection = self.collection
        self._client.delete_collection(collection.name)
        self._collection = None
        self._count = None
