"""Extraction in child processes, running ahead of the embedding in the ingesting one.

An ingest does two kinds of work one after the other: spaCy segmentation and
extraction (the parser for obligations is the larger part) and embedding the
clauses. They need nothing from each other until a batch is stored, so
``ExtractionAhead`` runs extraction in child processes (``PROCESSES``) while
the caller embeds and stores the previous batch: the slower of the two sets
the pace instead of their sum.

Each child is ``python -m kb.ingest_worker`` talking pickles over its stdin and
stdout, each message prefixed with its length (``write_message``/``read_message``),
so a message one side cannot unpickle is still read whole and the next one is
read from its start; items go one pickle each inside a message, so an item the
child cannot rebuild fails alone (not ``multiprocessing``, which would import the
caller's main script again in the child); it imports only ``ingest`` (spaCy, no
torch, no chromadb) and builds its pipeline once. Items are dealt to the children
in turn and their results come back in input order, at most ``ahead`` in flight,
so memory stays bounded however long the input. An error a user must see
(unreadable file, bad row) comes back as its one-line message; an item whose
result cannot be read, or whose extraction has a defect, or whose child stopped,
fails with a one-line error (``settled``) and the ingest carries on.

Given ``on_texts``, each reply's index texts are handed to it as the reply arrives,
and a passage child first sends its first chunk's texts as soon as they are segmented
(a ``TEXTS`` message, which answers no item), so the encoder (``kb.encode_ahead``)
has work before the parser has loaded.

Set ``POLICYKB_INGEST_WORKER=0`` to extract in the ingesting process (as before),
``=N`` for N extraction processes (default ``PROCESSES``).
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from kb.intake import run_one
from kb.messages import TEXTS, read_message, write_message
from kb.messages import one_line as _one_line
from kb.messages import pickled as _pickled

T = TypeVar("T")

#: Items in flight: enough to keep the child busy while a batch of
#: ``kb.service.INGEST_BATCH_CLAUSES`` clauses (about 800 short passages) is embedded.
AHEAD = 1024

#: Clauses in the first batch a passage ingest stores while extraction runs ahead;
#: each next batch is twice the last, up to ``kb.service.AHEAD_BATCH_CLAUSES``, so
#: the encoder starts on the child's first chunks instead of waiting for 512 clauses.
FIRST_BATCH_CLAUSES = 64

#: Extraction processes. On the ObliQA subset (1,997 passages, int8) one child's
#: extraction takes 13.7 CPU s and the ingesting process 15.5 (11 of them embedding),
#: so one child on one core beside the encoder on the other is balanced, and the
#: encoder takes both cores once the child is done (``leave_cores_while``). Two
#: children cost 2-4 CPU s more (a second spaCy load, three processes on two cores)
#: for no shorter critical path (benchmarks/results/ingest_profile_issue16.md).
#: ``POLICYKB_INGEST_WORKER=N`` sets another number, 0 turns them off.
PROCESSES = 1


def processes() -> int:
    """Extraction processes for an ingest: ``POLICYKB_INGEST_WORKER`` (a number; 0,
    "no" or "off" for none, extracting in the ingesting process), else ``PROCESSES``."""
    value = os.environ.get("POLICYKB_INGEST_WORKER", "").strip().lower()
    if value in ("0", "no", "off", "false"):
        return 0
    return int(value) if value.isdigit() else PROCESSES


def enabled() -> bool:
    """Whether ingests extract in child processes."""
    return processes() > 0


#: Items sent to a child in one message, at most. Passages are extracted together
#: (``ingest.pipeline.process_documents``: one parse batch for all of them, about a
#: quarter less extraction time for short passages); files one at a time.
CHUNK = 16


def _worker(kind: str, limits: Any) -> tuple[Callable[[Any], Any], Callable[[list], list] | None]:
    """The extraction of one item, and of a list of items where they go better together."""
    from ingest.pipeline import build_nlp, ingest_file, process_document, process_documents
    from kb.rows import prepared

    nlp = build_nlp()
    if kind == "file":
        return lambda path: ingest_file(path, nlp=nlp, limits=limits), None
    # A passage's SQLite rows (JSON, metric keys) are made here too: this process has
    # time to spare, the one that embeds has none (``kb.rows.PreparedExtraction``).
    return (
        lambda document: prepared(process_document(document, nlp=nlp)),
        lambda documents: [prepared(e) for e in process_documents(documents, nlp=nlp)],
    )


def _run_all(
    work: Callable[[Any], Any], many: Callable[[list], list] | None, items: list[Any]
) -> list[tuple[Any, str]]:
    """``run_one`` of each item; extracted together when ``many`` is given and none fails."""
    if many is not None and len(items) > 1:
        try:
            return [(extraction, "") for extraction in many(items)]
        except Exception:  # noqa: BLE001 - each item again alone, so each gets its own answer
            pass
    return [run_one(work, item) for item in items]


def serve(source: BinaryIO, sink: BinaryIO) -> None:
    """The child's loop: ``(kind, limits)``, then messages of up to ``CHUNK`` items (a
    list of each item's pickle, or of a one-line error where the item could not be
    pickled) until EOF; one message back per item, ``("ok", (extraction, error))`` or
    ``("raise", exception)``."""
    kind, limits, *rest = pickle.loads(read_message(source))
    early = bool(rest and rest[0])  # send the first chunk's texts as soon as segmented
    work, many = _worker(kind, limits)
    while True:
        try:
            entries = pickle.loads(read_message(source))  # a list of bytes and str only
        except EOFError:
            return
        replies: list[tuple[str, Any] | None] = []
        items: list[Any] = []
        for entry in entries:
            try:
                if isinstance(entry, str):
                    raise RuntimeError(f"the item could not be sent: {entry}")
                items.append(pickle.loads(entry))
                replies.append(None)  # its place, filled below
            except Exception as e:  # noqa: BLE001 - this item fails, the others go on
                replies.append(("raise", RuntimeError(f"unreadable item: {_one_line(e)}")))
        if early and kind == "document":
            early = False
            from kb.encode_ahead import send_texts

            send_texts(sink, items)
        done = iter(_replies(work, many, items))
        for reply in (r if r is not None else next(done) for r in replies):
            try:
                body = _pickled(reply)
            except Exception as e:  # noqa: BLE001 - a result that cannot be pickled
                body = _pickled(("raise", RuntimeError(f"unsendable result: {_one_line(e)}")))
            write_message(sink, body)
        sink.flush()


def _replies(
    work: Callable[[Any], Any], many: Callable[[list], list] | None, items: list[Any]
) -> list[tuple[str, Any]]:
    """One reply per item: ``("ok", (extraction, error))``, or ``("raise", error)`` for
    a defect in the extraction (the caller raises it, for the item that has it)."""
    try:
        return [("ok", r) for r in _run_all(work, many, items)]
    except Exception:  # noqa: BLE001 - again one by one, to find the item with the defect
        replies: list[tuple[str, Any]] = []
        for item in items:
            try:
                replies.append(("ok", run_one(work, item)))
            except Exception as e:  # noqa: BLE001
                replies.append(("raise", RuntimeError(f"extraction failed: {_one_line(e)}")))
        return replies


class _Child:
    """One ``python -m kb.ingest_worker`` process; ``_submit`` returns a future."""

    #: Told the index texts of each reply as it arrives (``kb.encode_ahead``), if set.
    _on_texts: Callable[[list[str]], None] | None = None

    def __init__(
        self, kind: str, limits: Any, on_texts: Callable[[list[str]], None] | None = None
    ) -> None:
        self._on_texts = on_texts
        root = str(Path(__file__).resolve().parents[1])  # the child imports this same code
        path = os.environ.get("PYTHONPATH", "")
        env = {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}
        # -P: the child imports this code, not a ``kb`` that happens to lie in the
        # working directory (``-m`` would put it first on the path).
        self._child = subprocess.Popen(
            [sys.executable, "-P", "-m", "kb.ingest_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._sent: deque[Future] = deque()  # futures of items sent, oldest first
        self._lock = threading.Lock()
        self._outbox: deque[Any] = deque()
        self._ready = threading.Condition(self._lock)
        self._closing = False
        self._send(("setup", (kind, limits, on_texts is not None)))
        self._writer = threading.Thread(target=self._write, name="policykb-extract-w", daemon=True)
        self._reader = threading.Thread(target=self._read, name="policykb-extract-r", daemon=True)
        self._writer.start()
        self._reader.start()

    def close(self) -> None:
        with self._ready:
            self._closing = True
            self._outbox.clear()  # stopped early: what was not sent is not wanted
            unfinished = bool(self._sent)
            self._ready.notify_all()
        self._writer.join(timeout=30)
        if unfinished:
            self._child.terminate()
        try:
            self._child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.wait()
        self._reader.join(timeout=30)

    def _tell(self, kind: str, value: Any) -> None:
        """Hand the index texts of a reply (early ``texts``, or an extraction) to
        ``on_texts``, the encoder ahead; a failure there only means they are encoded
        when their batch is stored."""
        if self._on_texts is None:
            return
        try:
            from kb.encode_ahead import texts_of

            texts = pickle.loads(value[len(TEXTS) :]) if kind == "texts" else texts_of(value)
            if texts:
                self._on_texts(texts)
        except Exception:  # noqa: BLE001, S110 - an optimisation, never a failure
            pass

    # -- plumbing: one thread writes items, one reads results, so neither pipe fills up --

    def _send(self, message: Any) -> None:
        with self._ready:
            self._outbox.append(message)
            self._ready.notify_all()

    def _submit(self, item: Any) -> Future:
        future: Future = Future()
        with self._ready:
            self._sent.append(future)
            self._outbox.append(("item", item))
            self._ready.notify_all()
        return future

    def _write(self) -> None:
        stdin = self._child.stdin
        assert stdin is not None
        try:
            while True:
                with self._ready:
                    while not self._outbox and not self._closing:
                        self._ready.wait()
                    if not self._outbox:
                        return
                    batch = list(self._outbox)
                    self._outbox.clear()
                entries: list[Any] = []
                for kind, payload in batch:
                    if kind != "item":  # the setup message
                        write_message(stdin, _pickled(payload))
                        continue
                    try:
                        entries.append(_pickled(payload))
                    except Exception as e:  # noqa: BLE001 - the child answers it as failed
                        entries.append(_one_line(e))
                    if len(entries) == CHUNK:
                        write_message(stdin, _pickled(entries))
                        entries = []
                if entries:
                    write_message(stdin, _pickled(entries))
                stdin.flush()
        except (BrokenPipeError, OSError):
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
                body = read_message(stdout)
            except (EOFError, OSError):
                break
            if body.startswith(TEXTS):  # early texts, answering no item: never a reply
                self._tell("texts", body)
                continue
            try:
                kind, value = pickle.loads(body)
            except Exception as e:  # noqa: BLE001 - a result this process cannot rebuild
                kind, value = "raise", RuntimeError(f"unreadable extraction result: {_one_line(e)}")
            if kind == "ok":
                self._tell(kind, value)
            with self._lock:
                future = self._sent.popleft() if self._sent else None
            if future is None:  # a reply for nothing sent: the child is not following
                break
            if kind == "ok":
                future.set_result(value)
            else:
                future.set_exception(value)
        with self._lock:  # the child is gone: nothing more will come
            left = list(self._sent)
            self._sent.clear()
        for future in left:
            code = self._child.poll()
            future.set_exception(RuntimeError(f"the extraction process stopped (exit code {code})"))


def settled(future: Future, prefix: str = "") -> tuple[Any, str]:
    """A child's ``(extraction, error)``; where the item failed in a way that raises
    (a result that cannot be read, a stopped process, a defect), ``(None, prefix +
    the one-line error)``, so that item fails and the ingest carries on."""
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - the item fails, not the ingest
        return None, prefix + (" ".join(str(e).split()) or type(e).__name__)


class ExtractionAhead:
    """``process_document`` (``kind="document"``) or ``ingest_file`` (``kind="file"``)
    in ``processes`` child processes, items dealt to them in turn; ``map`` yields
    results in input order.

    Example:
        >>> with ExtractionAhead("document") as ahead:
        ...     for row, future in ahead.map(rows, wanted=lambda r: True):
        ...         extraction, error = settled(future)
    """

    def __init__(
        self,
        kind: str,
        *,
        limits: Any = None,
        ahead: int = AHEAD,
        processes: int = 0,
        on_texts: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.ahead = max(1, ahead)
        count = max(1, processes or PROCESSES)
        self._children = [_Child(kind, limits, on_texts) for _ in range(count)]
        self._turn = 0

    def map(
        self, items: Iterable[T], *, wanted: Callable[[T], bool]
    ) -> Iterator[tuple[T, Future | None]]:
        """Each item with the future of its ``(extraction, error)``, or ``None`` where
        ``wanted(item)`` was false (not sent); up to ``ahead`` items are in flight."""
        pending: deque[tuple[T, Future | None]] = deque()
        for item in items:
            pending.append((item, self._submit(item) if wanted(item) else None))
            while len(pending) > self.ahead:
                yield pending.popleft()
        while pending:
            yield pending.popleft()

    def busy(self) -> bool:
        """Whether any child has items in hand (sent, result not yet back)."""
        return any(child._sent for child in self._children)

    def _submit(self, item: Any) -> Future:
        child = self._children[self._turn % len(self._children)]
        self._turn += 1
        return child._submit(item)

    def close(self) -> None:
        for child in self._children:
            child.close()

    def __enter__(self) -> ExtractionAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C; EOF ends this
    # Results go through a copy of stdout; anything printed goes to stderr instead.
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    from kb.extract_priority import lower_priority

    lower_priority()  # POLICYKB_EXTRACT_NICE
    serve(sys.stdin.buffer, channel)
