"""Chroma writes in a child process, so an ingest's encoder never waits on them.

An ingest embeds a batch, commits its rows to SQLite, then writes the vectors
to chroma. chroma's upsert holds the GIL for its whole call (about 0.2 s per 512
vectors here) and importing chromadb takes about a second, all of it on the
process that encodes, whose pace is the ingest's. ``VectorWriter`` gives the
chroma side to ``python -m kb.vector_writer``: the ingesting process sends each
batch's deletions and vectors (float32 bytes, so the child stores the very
values it would have stored itself) and goes on to the next batch while the
child writes. Replies come back in order on a reader thread.

SQLite stays the source of truth and the order of writes is kept: rows commit
first, the vectors follow, and the store's sync mark is set only once every
write has been confirmed (``settle``). A failed write makes the next call (and
``settle``) raise ``StoreError`` naming the store; an ingest killed with writes
in flight leaves the mark unset, so the next open re-embeds what chroma lacks
(``Store.reconcile``).

chroma's local client keeps its own view of the index per process, so a process
that has opened the collection itself would not see the child's writes:
``usable`` says whether this process has left the store's local chroma alone.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kb.errors import StoreError
from kb.messages import read_message, write_message


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def usable(db_dir: Path, chroma_url: str) -> bool:
    """Whether an ingest into ``db_dir`` may write its vectors from a child process:
    a local store whose chroma this process has not opened (its view would go stale)."""
    if chroma_url or os.environ.get("POLICYKB_VECTOR_WRITER", "").strip().lower() in (
        "0", "no", "off", "false",
    ):  # fmt: skip
        return False
    shared = sys.modules.get("chromadb.api.shared_system_client")
    if shared is None:
        return True
    opened = getattr(shared.SharedSystemClient, "_identifier_to_system", {})
    wanted = os.path.realpath(Path(db_dir) / "chroma")
    return all(os.path.realpath(key) != wanted for key in opened)


class VectorWriter:
    """The write side of ``kb.vectors.VectorIndex`` in a child process.

    ``delete`` and ``upsert`` return at once; ``ids_or_reset`` waits for its answer;
    ``settle`` waits for every write sent (``Store`` sets its sync mark only then).
    No wait outlasts the child: a child that dies fails the next call, and one that
    gives no reply for ``stall_seconds`` fails ``settle``, each with a one-line
    ``StoreError`` naming the store and ``policykb reindex``.

    Example:
        >>> writer = VectorWriter(db_dir, name="policykb-abc")
        >>> writer.upsert([("k1", "doc", "en")], [[0.1, 0.2]])
        >>> writer.settle(); writer.close()
    """

    #: Seconds ``settle`` waits for a reply from a live child before calling it stalled.
    stall_seconds = 120.0

    def __init__(
        self, db_dir: Path, *, name: str, chroma_url: str = "", shown: Path | None = None
    ) -> None:
        self.db_dir = Path(db_dir)
        self.shown = shown or self.db_dir  # the store as its user named it, for messages
        root = str(Path(__file__).resolve().parents[1])  # the child imports this same code
        path = os.environ.get("PYTHONPATH", "")
        env = {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}
        self._child = subprocess.Popen(
            [sys.executable, "-P", "-m", "kb.vector_writer"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._lock = threading.Condition()
        self._outbox: deque[bytes] = deque()
        self._waiting: deque[list[Any]] = deque()  # one slot per message sent, oldest first
        self._error = ""
        self._closing = False
        self._post(("setup", (str(self.db_dir), chroma_url, name)))
        self._sender = threading.Thread(target=self._send, name="policykb-vectors-w", daemon=True)
        self._reader = threading.Thread(target=self._read, name="policykb-vectors-r", daemon=True)
        self._sender.start()
        self._reader.start()

    # -- the VectorIndex calls Store makes while writing --

    def upsert(
        self, items: Sequence[tuple[str, str, str]], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Send vectors to write; ``items`` are ``(key, doc_id, language)`` in order."""
        if not items:
            return
        import numpy as np

        array = np.asarray(vectors, dtype=np.float32)
        self._post(("upsert", (list(items), array.tobytes(), array.shape[1])))

    def delete(self, keys: Sequence[str]) -> None:
        if keys:
            self._post(("delete", list(keys)))

    def ids_or_reset(self) -> set[str]:
        """Every key in the collection (``VectorIndex.ids_or_reset``), once the writes
        sent before have been made."""
        return self._post(("ids", None), wait=True)

    def settle(self) -> None:
        """Wait until every write sent has been made.

        Raises:
            StoreError: a write failed or the child stopped (one line, naming the store).
        """
        self._post(("sync", None), wait=True)

    def close(self, *, wait: float = 10.0) -> None:
        """Stop the child after the writes sent so far (call ``settle`` first to check them);
        a child still busy after ``wait`` seconds, or one that failed, is killed (the
        store's sync mark stays unset, so the next open repairs what it left out)."""
        with self._lock:
            self._closing = True
            if self._error:
                wait = 0.0
            self._lock.notify_all()
        self._sender.join(timeout=wait + 1)
        try:
            self._child.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.wait()
        self._reader.join(timeout=5)

    # -- plumbing --

    def _failure(self) -> StoreError:
        return StoreError(
            f"cannot write vectors to the chroma index of {self.shown} ({self._error}). "
            f"The clauses are stored; rebuild the vectors with: policykb reindex --db {self.shown}"
        )

    def _post(self, message: tuple[str, Any], *, wait: bool = False) -> Any:
        slot: list[Any] = []
        with self._lock:
            if self._error:
                raise self._failure()
            self._outbox.append(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
            self._waiting.append(slot)
            self._lock.notify_all()
            if wait:
                self._await(slot)
        return slot[0] if slot else None

    def _await(self, slot: list[Any]) -> None:
        """Wait (holding the lock) until ``slot`` is filled: never past a dead child, nor
        past ``stall_seconds`` without a reply from a live one."""
        seen, quiet = len(self._waiting), 0.0
        while not slot and not self._error:
            self._lock.wait(timeout=1.0)
            if slot or self._error:
                break
            if self._child.poll() is not None:
                self._error = f"the vector writer stopped (exit code {self._child.returncode})"
            elif len(self._waiting) != seen:
                seen, quiet = len(self._waiting), 0.0
            else:
                quiet += 1.0
                if quiet >= self.stall_seconds:
                    self._error = f"the vector writer made no progress for {quiet:.0f} s"
        if not slot:
            raise self._failure()

    def _send(self) -> None:
        stdin = self._child.stdin
        assert stdin is not None
        try:
            while True:
                with self._lock:
                    while not self._outbox and not self._closing:
                        self._lock.wait()
                    if not self._outbox:
                        return
                    bodies = list(self._outbox)
                    self._outbox.clear()
                for body in bodies:
                    write_message(stdin, body)
                stdin.flush()
        except OSError:
            self._stopped()
            return
        finally:
            try:
                stdin.close()  # EOF: the child finishes what it has and exits
            except OSError:
                pass

    def _read(self) -> None:
        stdout = self._child.stdout
        assert stdout is not None
        while True:
            try:
                kind, value = pickle.loads(read_message(stdout))
            except Exception:  # noqa: BLE001 - the child is gone or not following
                break
            with self._lock:
                slot = self._waiting.popleft() if self._waiting else None
                if kind == "ok" and slot is not None:
                    slot.append(value)
                elif not self._error:
                    self._error = value if kind == "error" else "an unexpected reply"
                self._lock.notify_all()
            if slot is None:
                break
        self._stopped()

    def _stopped(self) -> None:
        """The pipe to or from the child broke: unless closing, that is the error."""
        try:
            code = self._child.wait(timeout=5)  # reaped, so the message has its exit code
        except subprocess.TimeoutExpired:
            code = None
        with self._lock:
            if not self._closing and not self._error:
                self._error = f"the vector writer stopped (exit code {code})"
            self._lock.notify_all()


def serve(source: Any, sink: Any) -> None:
    """The child's loop: a setup message, then writes until EOF; one reply per message,
    ``("ok", value)`` or ``("error", one line)``. After a failed write the rest are
    refused, so nothing is written out of order."""
    import numpy as np

    from kb.vectors import VectorIndex

    failed = ""
    index: VectorIndex | None = None
    while True:
        try:
            kind, payload = pickle.loads(read_message(source))
        except EOFError:
            return
        try:
            if failed:
                raise RuntimeError(f"not written after an earlier failure: {failed}")
            value: Any = None
            if kind == "setup":
                db_dir, chroma_url, name = payload
                index = VectorIndex(Path(db_dir), chroma_url=chroma_url, name=name)
                index.collection  # noqa: B018 - import and open now, while the caller waits anyway
            elif kind == "upsert":
                items, data, dim = payload
                vectors = np.frombuffer(data, dtype=np.float32).reshape(-1, dim).tolist()
                index.upsert(items, vectors)
            elif kind == "delete":
                index.delete(payload)
            elif kind == "ids":
                value = index.ids_or_reset()
            reply: tuple[str, Any] = ("ok", value)
        except Exception as e:  # noqa: BLE001 - reported to the caller, one line
            failed = failed or _one_line(e)
            reply = ("error", failed)
        write_message(sink, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
        sink.flush()


if __name__ == "__main__":
    # Ctrl-C reaches the whole process group: the child finishes its write and ends on
    # the EOF its parent sends as it stops, rather than dying inside chroma's upsert.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Replies go through a copy of stdout; anything printed goes to stderr instead.
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, channel)
