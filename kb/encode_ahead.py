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
depend on which thread or batch made it. A text is queued once while it is
queued, encoded, ready or in the batch last asked for (``embed`` marks its texts
before it waits, then waits until none is on the thread and takes them all in one
step, so no ``want`` slips in between); texts the store's embedding cache already holds
are skipped (read through a connection of the thread's own; if that read fails
the texts are left to their batch, which encodes those the cache lacks: time,
never correctness, and never a second encode). A vector is dropped once handed
out or once its row is dropped (``forget``), and only the texts in flight are
remembered, so memory stays bounded by them. Any error on the thread (the
encoder's, the cache's, a short answer) is raised by the next ``embed`` that asks
for a text the thread did not finish, before the store's transaction, so nothing
half-written is left; vectors already made are still handed back. ``close`` stops
the thread.
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

#: Seconds the thread's cache read waits on a lock before it gives up on the read.
CACHE_WAIT = 5.0


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
        # Handed out by the last ``embed``: its caller writes them to the embedding
        # cache before it calls again, so until then they are not queued again.
        self._out: set[bytes] = set()
        self._error: BaseException | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self._warm = False
        #: Texts encoded on the thread, and those ``embed`` had to encode itself; and
        #: texts the thread left to their batch because its cache read failed (a cache
        #: that stays unreadable turns encoding ahead off, and this says so).
        self.ahead_count = 0
        self.inline_count = 0
        self.unread_count = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def want(self, texts: Iterable[str]) -> None:
        """Queue ``texts`` to encode ahead (those not already in flight); never raises."""
        with self._lock:
            if self._closed or self._error is not None:
                return
            for text in texts:
                key = text_hash(text)
                if key not in self._pending and key not in self._ready and key not in self._out:
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
            the error raised on the thread, if it failed before finishing one of ``texts``.
        """
        import numpy as np

        keys = [text_hash(t) for t in texts]
        found: dict[bytes, Any] = {}
        with self._lock:
            # The last batch's vectors are in the cache by now. This batch's texts are
            # marked handed out before it waits, so a ``want`` for one it lacks does not
            # queue it behind the thread's backlog and make the batch wait for it there.
            self._out = set(keys)
            # Waiting lets ``want`` in; it may queue again a text this call already looked
            # at. So nothing is taken until none of ``texts`` is in hand on the thread, and
            # then all are taken without letting go of the lock.
            while self._error is None:
                busy = next((k for k in keys if k in self._pending), None)
                if busy is None:
                    break
                self._wait_for(busy)
            if self._error is not None and any(k not in self._ready for k in keys):
                raise self._error
            for key in keys:
                if key in self._ready:
                    found[key] = self._ready.pop(key)
            missing = list(
                dict.fromkeys(t for k, t in zip(keys, texts, strict=True) if k not in found)
            )
        if missing:
            made = self._encode(missing)
            found.update(zip((text_hash(t) for t in missing), made, strict=True))
            self.inline_count += len(missing)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def _wait_for(self, key: bytes) -> None:  # holding the lock
        """Wait while ``key`` is queued or being encoded; a thread that died without
        saying why (it never should) is taken as an error rather than waited on forever."""
        while key in self._pending and self._error is None:
            if not self._lock.wait(timeout=1.0) and not self._alive():
                self._error = RuntimeError("the encoder thread stopped before encoding its texts")
                self._pending.clear()

    def _alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def remembered(self) -> int:
        """How many texts the encoder keeps track of now: queued, being encoded, ready,
        or handed out by the last ``embed`` (bounded by the texts in flight)."""
        with self._lock:
            return len(self._pending | self._ready.keys() | self._out)

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
            self._out.clear()
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
        """The wrapped embedder's vectors of ``texts``, one float32 row per text."""
        import numpy as np

        call = getattr(self.inner, "embed_array", None) or self.inner.embed  # no float lists
        vectors = np.asarray(call(texts), dtype=np.float32)
        if len(vectors) != len(texts):
            raise ValueError(
                f"{self.inner.name} gave {len(vectors)} vectors for {len(texts)} texts"
            )
        return vectors

    def _warm_up(self) -> None:
        """Load the session the groups will use (``warm_up`` where the embedder has it)."""
        try:  # not counted as an encode: the texts that matter raise any error again
            warm = getattr(self.inner, "warm_up", None)
            if warm is not None:
                warm(GROUP)
            else:
                getattr(self.inner, "embed_array", self.inner.embed)(["warm up"])
        except Exception:  # noqa: BLE001, S110
            pass

    def _run(self) -> None:
        """The thread: every error, wherever it arises, is kept for ``embed`` and the
        texts in hand are released, so nothing waits on a thread that has stopped."""
        cache = None
        try:
            cache = _open_cache(self._cache_db)
            if self._warm:
                self._warm_up()
            while self._encode_group(cache):
                pass
        except BaseException as e:  # noqa: BLE001 - raised by the next embed()
            with self._lock:
                self._error = e
                self._pending.clear()
                self._queue.clear()
                self._lock.notify_all()
        finally:
            if cache is not None:
                cache.close()

    def _encode_group(self, cache: sqlite3.Connection | None) -> bool:
        """Encode the next group of queued texts; False once closed."""
        with self._lock:
            while not self._queue and not self._closed:
                self._lock.wait()
            if self._closed:
                return False
            group = [self._queue.popleft() for _ in range(min(GROUP, len(self._queue)))]
        held = _cached(cache, self.inner.name, [k for k, _ in group])
        # A cache that cannot say (locked, unreadable) leaves the group to its batches,
        # which look the texts up again and encode those still missing, once.
        todo = [] if held is None else [(k, t) for k, t in group if k not in held]
        vectors = self._encode([t for _, t in todo]) if todo else []
        with self._lock:
            if self._closed:
                return False
            for (key, _), vector in zip(todo, vectors, strict=True):
                self._ready[key] = vector
            self._pending.difference_update(k for k, _ in group)
            self.ahead_count += len(todo)
            self.unread_count += len(group) if held is None else 0
            self._lock.notify_all()
        return True


def _open_cache(path: Path | None) -> sqlite3.Connection | None:
    """A read-only connection of the thread's own to the store's cache, or None."""
    if path is None or not Path(path).is_file():
        return None
    try:
        # as_uri() percent-encodes: a raw "#", "?" or "%" in the path would cut or
        # change the URI, dropping mode=ro and creating a stray file.
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=CACHE_WAIT)
    except sqlite3.Error:
        return None


def _cached(conn: sqlite3.Connection | None, model: str, keys: list[bytes]) -> set[bytes] | None:
    """Which of ``keys`` the embedding cache holds for ``model``: none where there is no
    cache or no table yet; None where the read fails (locked, not a database), since
    a text stored already would then be encoded a second time."""
    if conn is None or not keys:
        return set()
    marks = ",".join("?" * len(keys))
    try:
        rows = conn.execute(
            f"SELECT text_hash FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
            (model, *keys),
        ).fetchall()
    except sqlite3.OperationalError as e:
        return set() if "no such table" in str(e) else None
    except sqlite3.Error:
        return None
    return {bytes(r[0]) for r in rows}


def still_for(encoder: EncodeAhead | None, embedder: Embedder) -> EncodeAhead | None:
    """``encoder`` if it still wraps ``embedder``; else None, and a stale one is closed
    (a new store whose first files are Chinese takes another model mid-ingest)."""
    if encoder is None or encoder.inner is embedder:
        return encoder
    encoder.close()
    return None


def texts_of(value: Any) -> list[str]:
    """The index texts of an ``(extraction, error)`` reply (none for a failed item)."""
    extraction = value[0] if isinstance(value, tuple) and value else None
    if extraction is None:
        return []
    rows = getattr(extraction, "rows", None)
    if rows is not None:
        return rows.texts()
    from kb.rows import vector_texts

    return vector_texts(extraction.document, extraction.clauses)


def send_texts(sink: BinaryIO, documents: list[Any]) -> None:
    """Send ``TEXTS`` and the pickled index texts of ``documents``, segmented before
    the parser loads and extraction starts, so the encoder has work at once. Best
    effort: a document that fails here is only extracted (and answered) as usual."""
    from ingest.pipeline import build_nlp
    from ingest.segment import split_clauses
    from kb.messages import TEXTS, pickled, write_message
    from kb.rows import vector_texts

    texts: list[str] = []
    pipelines: dict[str, Any] = {}
    for document in documents:
        language = "zh" if getattr(document, "language", "") == "zh" else "en"
        try:
            if language not in pipelines:
                pipelines[language] = build_nlp(language=language)
            texts += vector_texts(document, split_clauses(document, pipelines[language]))
        except Exception:  # noqa: BLE001 - its extraction reports whatever is wrong
            continue
    if texts:
        write_message(sink, TEXTS + pickled(texts))
        sink.flush()
