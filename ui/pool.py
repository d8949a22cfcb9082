"""A pool of read-only knowledge-base workers, so a team's questions run side by side.

Each ``KBWorker`` owns one thread, one SQLite connection and one embedding model (a
tokenizer must not be shared between threads). ``ReaderPool`` hands each call to a
worker that is free, waiting for one when all are busy: with two readers on two
cores, one question is embedded while another is scored. Uploads and deletions stay
on the app's single writer (``policykb serve``); SQLite's WAL mode lets the readers
read while it writes, and each reader's retriever rebuilds its keyword index when the
store's revision changes.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any, TypeVar

from ui.app import KBWorker

T = TypeVar("T")


class ReaderPool:
    """``size`` workers made by ``make_worker``; ``run`` has ``KBWorker.run``'s signature.

    Example:
        >>> pool = ReaderPool(lambda: KBWorker(open_kb), size=2)
        >>> pool.run(handlers.ask, "Which targets fall due by 2030?", [], "", None, None)
    """

    def __init__(self, make_worker: Callable[[], KBWorker], *, size: int) -> None:
        if size < 1:
            raise ValueError(f"a reader pool needs at least one worker, not {size}")
        self.workers = [make_worker() for _ in range(size)]
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
