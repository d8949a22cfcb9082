"""Encoding clause texts on a thread as soon as they are known, ahead of their batch.

An ingest that extracts in a child process (``kb.ingest_worker``) used to embed a
batch only once it was full, then write it to SQLite, then gather the next: the
encoder stood still while the batch filled, while its rows were written and while
its texts were looked up in the embedding cache. ``EncodeAhead`` wraps the
ingest's embedder: texts handed to ``want`` (from the thread that reads the
extraction child's replies, the moment a passage is segmented or extracted) are
encoded on a thread of their own, and ``embed`` (what ``kb.embedcache.embed_once``
calls for the texts the cache lacks) hands back those already done, waits for
those in hand and encodes any other itself.

Vectors are the wrapped embedder's own: each text is encoded by the same call on
the same session, one text per run (``kb.onnx_embed``), so a vector does not
depend on which thread or batch made it. Each distinct text is encoded once;
texts the store's embedding cache already holds are skipped (read through a
connection of the thread's own; if that read fails the text is encoded anyway,
which costs time, never correctness). A vector is dropped once handed out or
once its batch is stored (``forget``), so memory stays bounded by the texts in
flight. An encoder error on the thread is raised by the next ``embed``, before
the store's transaction, so nothing half-written is left; ``close`` stops the
thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from kb.embed import Embedder
from kb.embedcache import text_hash

#: Texts per encoder call on the thread: small, so ``embed`` waiting for one text
#: never waits long behind others, large enough to keep the tokenizer's batch call.
GROUP = 32


def for_embedder(embedder: Embedder, cache_db: Path | None = None) -> EncodeAhead | None:
    """An ``EncodeAhead`` for ``embedder``, or None where its vectors depend on the batch
    a text is encoded in (torch pads and length-sorts a batch), which encoding ahead in
    other groups would change."""
    if not getattr(embedder, "one_text_per_run", False):
        return None
    return EncodeAhead(embedder, cache_db=cache_db)


class EncodeAhead:
    """``embedder`` with texts encoded ahead on a thread (see the module).

    Args:
        embedder: what encodes; its name and dimension are this wrapper's.
        cache_db: the store's SQLite file, to skip texts its embedding cache holds.

    Example:
        >>> with EncodeAhead(kb.embedder, cache_db=db) as encoder:
        ...     encoder.want(["Each plant reports its emissions yearly."])
        ...     vectors = encoder.embed(["Each plant reports its emissions yearly."])
    """

    def __init__(self, embedder: Embedder, *, cache_db: Path | None = None) -> None:
        self.inner = embedder
        self._cache_db = cache_db
        self._lock = threading.Condition()
        self._queue: deque[tuple[bytes, str]] = deque()
        self._pending: set[bytes] = set()  # queued or being encoded
        self._ready: dict[bytes, Any] = {}
        self._seen: set[bytes] = set()  # every text ever queued: each is encoded once
        self._error: BaseException | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self._warm = False
        #: Texts encoded on the thread, and those ``embed`` had to encode itself.
        self.ahead_count = 0
        self.inline_count = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def want(self, texts: Iterable[str]) -> None:
        """Queue ``texts`` to encode ahead (those not queued before); never raises."""
        with self._lock:
            if self._closed or self._error is not None:
                return
            for text in texts:
                key = text_hash(text)
                if key not in self._seen:
                    self._seen.add(key)
                    self._pending.add(key)
                    self._queue.append((key, text))
            if self._queue:
                self._start()
            self._lock.notify_all()

    def warm(self) -> None:
        """Load the encoder on the thread now (its session, its tokenizer), while the
        extraction child loads spaCy, rather than when the first texts arrive."""
        with self._lock:
            if not self._closed:
                self._warm = True
                self._start()

    def _start(self) -> None:  # holding the lock
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="policykb-encode-ahead", daemon=True
            )
            self._thread.start()

    def embed(self, texts: Sequence[str]) -> Any:
        """Vectors of ``texts`` in order (a float32 array, one row per text).

        Raises:
            the error the encoder raised on the thread, if it failed.
        """
        import numpy as np

        keys = [text_hash(t) for t in texts]
        found: dict[bytes, Any] = {}
        with self._lock:
            for key in keys:
                while key in self._pending and self._error is None:
                    self._lock.wait()
                if self._error is not None:
                    raise self._error
                if key in self._ready:
                    found[key] = self._ready.pop(key)
        missing = list(dict.fromkeys(t for k, t in zip(keys, texts, strict=True) if k not in found))
        if missing:
            made = np.asarray(self._encode(missing), dtype=np.float32)
            found.update(zip((text_hash(t) for t in missing), made, strict=True))
            self.inline_count += len(missing)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def forget(self, texts: Iterable[str]) -> None:
        """Drop vectors of ``texts`` not handed out (their batch is stored: the cache has them)."""
        with self._lock:
            for text in texts:
                self._ready.pop(text_hash(text), None)

    def close(self) -> None:
        """Stop the thread after the group it is encoding; vectors not handed out are dropped."""
        with self._lock:
            self._closed = True
            self._queue.clear()
            self._pending.clear()
            self._ready.clear()
            self._lock.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()

    def __enter__(self) -> EncodeAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the thread --

    def _encode(self, texts: list[str]) -> Any:
        import numpy as np

        return np.asarray(self.inner.embed(texts), dtype=np.float32)  # the Embedder's own call

    def _run(self) -> None:
        cache = _open_cache(self._cache_db)
        if self._warm:
            try:  # not counted as an encode: straight to the session where there is one
                getattr(self.inner, "embed_array", self.inner.embed)(["warm up"])
            except BaseException:  # noqa: BLE001, S110 - the texts that matter raise it again
                pass
        try:
            while True:
                with self._lock:
                    while not self._queue and not self._closed:
                        self._lock.wait()
                    if self._closed:
                        return
                    group = [self._queue.popleft() for _ in range(min(GROUP, len(self._queue)))]
                held = _cached(cache, self.inner.name, [k for k, _ in group])
                todo = [(k, t) for k, t in group if k not in held]
                try:
                    vectors = self._encode([t for _, t in todo]) if todo else []
                except BaseException as e:  # noqa: BLE001 - raised by the next embed()
                    with self._lock:
                        self._error = e
                        self._pending.clear()
                        self._lock.notify_all()
                    return
                with self._lock:
                    if self._closed:
                        return
                    for (key, _), vector in zip(todo, vectors, strict=True):
                        self._ready[key] = vector
                    self._pending.difference_update(k for k, _ in group)
                    self.ahead_count += len(todo)
                    self._lock.notify_all()
        finally:
            if cache is not None:
                cache.close()


def _open_cache(path: Path | None) -> sqlite3.Connection | None:
    """A read-only connection of the thread's own to the store's cache, or None."""
    if path is None or not Path(path).is_file():
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return None


def _cached(conn: sqlite3.Connection | None, model: str, keys: list[bytes]) -> set[bytes]:
    """Which of ``keys`` the embedding cache holds for ``model`` (none, if it cannot say)."""
    if conn is None or not keys:
        return set()
    marks = ",".join("?" * len(keys))
    try:
        rows = conn.execute(
            f"SELECT text_hash FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
            (model, *keys),
        ).fetchall()
    except sqlite3.Error:  # no table yet, or locked: encode them, the cache answers later
        return set()
    return {bytes(r[0]) for r in rows}


def texts_of(value: Any) -> list[str]:
    """The index texts of an ``(extraction, error)`` reply (none for a failed item)."""
    extraction = value[0] if isinstance(value, tuple) and value else None
    if extraction is None:
        return []
    rows = getattr(extraction, "rows", None)
    if rows is not None:
        return rows.texts()
    from kb.rows import embed_texts

    return embed_texts(extraction.clauses)


def send_texts(sink: BinaryIO, documents: list[Any]) -> None:
    """Send ``TEXTS`` and the pickled index texts of ``documents``, segmented before
    the parser loads and extraction starts, so the encoder has work at once. Best
    effort: a document that fails here is only extracted (and answered) as usual."""
    from ingest.pipeline import build_nlp
    from ingest.segment import split_clauses
    from kb.messages import TEXTS, pickled, write_message
    from kb.rows import embed_texts

    texts: list[str] = []
    pipelines: dict[str, Any] = {}
    for document in documents:
        language = "zh" if getattr(document, "language", "") == "zh" else "en"
        try:
            if language not in pipelines:
                pipelines[language] = build_nlp(language=language)
            texts += embed_texts(split_clauses(document, pipelines[language]))
        except Exception:  # noqa: BLE001 - its extraction reports whatever is wrong
            continue
    if texts:
        write_message(sink, TEXTS + pickled(texts))
        sink.flush()
