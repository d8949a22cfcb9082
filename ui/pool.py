"""A pool of read-only knowledge-base workers, so a team's questions run side by side.

Each ``KBWorker`` owns one thread and one SQLite connection. ``ReaderPool`` hands each
call to a worker that is free, waiting for one when all are busy. Uploads and
deletions stay on the app's single writer (``policykb serve``); SQLite's WAL mode lets
the readers read while it writes, and each reader's retriever rebuilds its keyword
index when the store's revision changes.

The readers share one embedding model through ``BatchingEmbedder``: it runs the model
on a thread of its own (a tokenizer must not be shared between threads), and the
questions that arrive while it is busy are embedded together in the next call, so
under load a question costs a share of a batch instead of a model run of its own.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from ui.app import KBWorker

T = TypeVar("T")

#: At most this many texts in one model call: the encoders run a call of up to 8 texts
#: on one thread (``kb.embed.ONE_THREAD_MAX_TEXTS``), which is what a loaded machine needs.
MAX_BATCH = 8


class BatchingEmbedder:
    """``inner``'s ``name``, ``dimension``, ``embed`` and ``embed_queries``, from any thread.

    Calls are queued to one thread that owns ``inner``. Each model call takes every
    request waiting at that moment (up to ``max_batch`` texts), so a lone question is
    embedded at once and concurrent ones share a call. Requests of ``embed`` and of
    ``embed_queries`` (the multilingual model prefixes questions) are never mixed.

    A torch vector from a padded batch matches the same text alone to 1e-7; the int8
    encoder runs each text on its own anyway (``kb.onnx_embed``), so results do not
    depend on what else is asked at the same time.

    Example:
        >>> shared = BatchingEmbedder(kb.embedder)
        >>> shared.embed(["Which targets fall due by 2030?"])[0][:2]
    """

    def __init__(self, inner: Any, *, max_batch: int = MAX_BATCH) -> None:
        self.inner = inner
        self.max_batch = max_batch
        self._requests: queue.Queue[tuple[str, list[str], Future] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._serve, name="policykb-embed", daemon=True)
        self._thread.start()
        #: Model calls made and texts embedded (how much batching happened).
        self.calls = 0
        self.texts = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self._submit("dimension", [])  # the model may load on first use

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._submit("embed", list(texts)) if texts else []

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._submit("embed_queries", list(texts)) if texts else []

    def close(self) -> None:
        self._requests.put(None)
        self._thread.join(timeout=30)

    def _submit(self, kind: str, texts: list[str]) -> Any:
        future: Future = Future()
        self._requests.put((kind, texts, future))
        return future.result()

    def _serve(self) -> None:
        waiting: list[tuple[str, list[str], Future]] = []
        while True:
            if not waiting:
                item = self._requests.get()
                if item is None:
                    return
                waiting.append(item)
            while True:  # everything queued right now
                try:
                    item = self._requests.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._requests.put(None)  # stop after answering what is queued
                    break
                waiting.append(item)
            waiting = self._run_one_batch(waiting)

    def _run_one_batch(
        self, waiting: list[tuple[str, list[str], Future]]
    ) -> list[tuple[str, list[str], Future]]:
        """Answer the first request and those of its kind that fit beside it; the rest wait."""
        kind = waiting[0][0]
        batch, rest, size = [], [], 0
        for item in waiting:
            if item[0] == kind and (not batch or size + len(item[1]) <= self.max_batch):
                batch.append(item)
                size += len(item[1])
            else:
                rest.append(item)
        try:
            if kind == "dimension":
                value = self.inner.dimension
                for _, _, future in batch:
                    future.set_result(value)
                return rest
            method = getattr(self.inner, kind, None) or self.inner.embed
            vectors = method([t for _, texts, _ in batch for t in texts])
            self.calls += 1
            self.texts += size
        except BaseException as e:  # each caller gets the error, the thread goes on
            for _, _, future in batch:
                future.set_exception(e)
            return rest
        start = 0
        for _, texts, future in batch:
            future.set_result(vectors[start : start + len(texts)])
            start += len(texts)
        return rest


class ReaderPool:
    """``size`` workers made by ``make_worker``; ``run`` has ``KBWorker.run``'s signature.

    Example:
        >>> pool = ReaderPool(lambda: KBWorker(open_kb), size=2)
        >>> pool.run(handlers.ask, "Which targets fall due by 2030?", [], "", None, None)
    """

    def __init__(
        self,
        make_worker: Callable[[], KBWorker],
        *,
        size: int,
        embedder: BatchingEmbedder | None = None,
    ) -> None:
        if size < 1:
            raise ValueError(f"a reader pool needs at least one worker, not {size}")
        self.workers = [make_worker() for _ in range(size)]
        #: The shared embedder the workers were opened with, if any (closed with the pool).
        self.embedder = embedder
        self._idle: queue.Queue[KBWorker] = queue.Queue()
        for worker in self.workers:
            self._idle.put(worker)

    @property
    def kb(self) -> Any:
        """The first worker's knowledge base (settings, paths; not for calls)."""
        return self.workers[0].kb

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(kb, *args, **kwargs)`` on the first free worker."""
        worker = self._idle.get()
        try:
            return worker.run(fn, *args, **kwargs)
        finally:
            self._idle.put(worker)

    def each(self, fn: Callable[..., Any]) -> None:
        """``fn(kb)`` once on every worker (warming them up)."""
        for worker in self.workers:
            worker.run(fn)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        if self.embedder is not None:
            self.embedder.close()
