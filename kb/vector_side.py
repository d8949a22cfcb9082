"""Where a store's vector writes go, and the locks that keep one writer on chroma.

``Store`` writes chroma in-process, or, inside ``vectors_apart``, through a
``kb.vector_writer`` child. Reads never go to the child: a read during the block
(``Store.vectors``) waits for the child's writes, stops it and opens chroma here,
and the rest of the block writes in-process.

Two advisory locks, released by the kernel if the process dies: ``vectors.lock``
is held by ``vectors_apart`` for the whole block (between batches too) and by
every write; ``write.lock`` is held for one write. A process takes them in that
order, so while another process's child writes, no process writes or repairs
(``Store.reconcile``) the local chroma.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kb.vector_writer import VectorWriter
    from kb.vectors import VectorIndex


@contextmanager
def flock(path: Path, *, blocking: bool) -> Iterator[bool]:
    """An exclusive advisory lock on ``path``; yields False if not blocking and taken."""
    handle = open(path, "a")  # noqa: SIM115
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        handle.close()


class VectorSide:
    """The write side of ``Store`` (a mixin: ``Store`` sets the attributes below)."""

    db_dir: Path
    chroma_url: str
    _chroma_dir: Path  # db_dir resolved once: chroma keys its clients by the spelling
    _vectors: VectorIndex | None
    _writer: VectorWriter | None = None
    _unsynced: int | None = None  # written, awaiting the vector writer's word
    _holds_vectors = False  # this process holds ``vectors.lock``
    _lost = False  # a child failed with writes unconfirmed: leave the mark to a repair

    vectors: Any  # Store.vectors
    _meta: Any
    _mark_synced: Any

    @property
    def _write_side(self) -> VectorIndex | VectorWriter:
        return self._writer if self._writer is not None else self.vectors

    @contextmanager
    def vectors_apart(self) -> Iterator[None]:
        """Write vectors from a child process while the block runs (``kb.vector_writer``),
        where this process has not opened the store's local chroma; the sync mark is set
        once every write is confirmed. Raises ``StoreError`` if one failed."""
        from kb import vector_writer

        if self._vectors is not None or not vector_writer.usable(self._chroma_dir, self.chroma_url):
            yield
            return
        with self._vectors_lock(blocking=True):
            name = f"policykb-{self._meta('store_id')}"
            writer = vector_writer.VectorWriter(self._chroma_dir, name=name, shown=self.db_dir)
            self._writer, self._unsynced = writer, None
            try:
                yield
                if self._writer is writer:
                    self._end_writer()
            finally:
                if self._writer is writer:
                    self._writer = None
                    writer.close()

    def _end_writer(self) -> None:
        """Wait for the child's writes, stop it and set the sync mark they earned.

        Raises:
            StoreError: a write failed or the child stopped or stalled (one line).
        """
        writer, self._writer = self._writer, None
        assert writer is not None
        try:
            writer.settle()
        except BaseException:
            self._lost = True  # later in-process writes must not mark these as done
            raise
        finally:
            writer.close()
        if self._unsynced is not None:
            self._mark_synced(self._unsynced)
            self._unsynced = None

    def _synced(self, revision: int) -> None:
        if self._writer is not None:  # marked when the writer settles
            self._unsynced = revision
        elif not self._lost:
            self._mark_synced(revision)

    @contextmanager
    def write_lock(self, *, blocking: bool = True) -> Iterator[bool]:
        """Hold the store's writer lock (after ``vectors.lock``, so no other process's
        vector child is writing); yields False if not blocking and either is taken."""
        with self._vectors_lock(blocking=blocking) as free:
            if not free:
                yield False
                return
            with flock(self.db_dir / "write.lock", blocking=blocking) as locked:
                yield locked

    @contextmanager
    def _vectors_lock(self, *, blocking: bool) -> Iterator[bool]:
        if self._holds_vectors:  # taken by this process's own ``vectors_apart``
            yield True
            return
        with flock(self.db_dir / "vectors.lock", blocking=blocking) as locked:
            self._holds_vectors = locked
            try:
                yield locked
            finally:
                self._holds_vectors = False
