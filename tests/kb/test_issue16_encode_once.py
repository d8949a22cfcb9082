"""Each distinct text is encoded once by ``EncodeAhead``, whatever the timing.

The interleavings are forced: an encoder that holds one text on the thread until
the test lets it go, a batch that waits for that text while another passage's
reply asks for texts of the same batch, and a cache read that finds the store
locked. The texts describe an imaginary ferry service and were written for
these tests.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time

import numpy as np

import kb.encode_ahead
from kb.embedcache import embed_once, text_hash
from kb.encode_ahead import EncodeAhead
from kb.testing import HashEmbedder

SHARED = "The ferry shall carry bicycles free of charge on weekdays."
HELD = "Timetables are posted at each pier by the first of the month."
FRESH = "Night crossings stop during the winter storms."
LATER = "The harbour office answers complaints within ten days."


class Gated:
    """Records each text encoded; on the thread, ``HELD`` waits for ``release``."""

    one_text_per_run = True

    def __init__(self) -> None:
        self.inner = HashEmbedder()
        self.texts: list[str] = []
        self.release = threading.Event()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts):
        if HELD in texts and threading.current_thread().name == "policykb-encode-ahead":
            assert self.release.wait(10), "the test never let the held text go"
        self.texts += list(texts)
        return self.inner.embed(texts)


def _until(check, what: str) -> None:
    deadline = time.monotonic() + 10
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.005)


def _idle(encoder: EncodeAhead) -> bool:
    """Whether the encoder thread has nothing queued or in hand."""
    with encoder._lock:
        return not encoder._pending


def _waiting_in_embed(thread: threading.Thread) -> bool:
    """Whether ``thread`` is inside ``EncodeAhead.embed`` waiting for the encoder thread."""
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        if frame.f_code.co_name == "_wait_for":
            return True
        frame = frame.f_back
    return False


def _embed_apart(encoder: EncodeAhead, texts: list[str]) -> tuple[threading.Thread, dict]:
    """``encoder.embed(texts)`` on a thread of its own (the ingest's batch), and its answer."""
    got: dict = {}
    thread = threading.Thread(target=lambda: got.setdefault("vectors", encoder.embed(texts)))
    thread.start()
    _until(lambda: _waiting_in_embed(thread), "the batch waits for the held text")
    return thread, got


def test_a_text_asked_again_while_its_batch_waits_is_encoded_once():
    gated = Gated()
    with EncodeAhead(gated) as encoder:
        encoder.want([SHARED])
        _until(lambda: text_hash(SHARED) in encoder._ready, "the shared text is encoded")
        encoder.want([HELD])  # its group stays on the thread until released
        thread, got = _embed_apart(encoder, [SHARED, HELD])
        encoder.want([SHARED])  # a later passage's reply has the same sentence
        gated.release.set()
        thread.join()
        _until(lambda: _idle(encoder), "the thread is idle")
    assert sorted(gated.texts) == sorted([SHARED, HELD])
    assert np.allclose(got["vectors"], HashEmbedder().embed([SHARED, HELD]))


def test_a_text_first_asked_for_while_its_batch_waits_is_encoded_once():
    gated = Gated()
    with EncodeAhead(gated) as encoder:
        encoder.want([HELD])
        thread, got = _embed_apart(encoder, [FRESH, HELD])  # FRESH: the batch's to encode
        encoder.want([FRESH])  # its own passage's reply, late
        gated.release.set()
        thread.join()
        _until(lambda: _idle(encoder), "the thread is idle")
    assert sorted(gated.texts) == sorted([FRESH, HELD])
    assert np.allclose(got["vectors"], HashEmbedder().embed([FRESH, HELD]))


def test_a_text_asked_again_after_its_batch_is_stored_is_read_from_the_cache(tmp_path):
    db = tmp_path / "kb.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    gated = Gated()
    gated.release.set()
    with EncodeAhead(gated, cache_db=db) as encoder:
        encoder.want([SHARED])
        embed_once(conn, encoder, [SHARED])  # the first batch, stored
        embed_once(conn, encoder, [LATER])  # the next one
        encoder.want([SHARED])  # a third passage with the same sentence
        _until(lambda: _idle(encoder), "the thread is idle")
        assert embed_once(conn, encoder, [SHARED, LATER]) is not None
    conn.close()
    assert sorted(gated.texts) == sorted([SHARED, LATER])


def test_a_cache_read_that_finds_the_store_locked_leaves_the_texts_to_their_batch(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(kb.encode_ahead, "CACHE_WAIT", 0.05)
    db = tmp_path / "kb.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    embed_once(conn, HashEmbedder(), [SHARED])  # stored by an earlier batch
    conn.close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # no other connection can read the store now
    gated = Gated()
    gated.release.set()
    with EncodeAhead(gated, cache_db=db) as encoder:
        encoder.want([SHARED, FRESH])
        _until(lambda: _idle(encoder), "the thread has read the cache or given up")
        # The read failed, so the thread encoded nothing: had the lock not kept it
        # out, it would have encoded the new text ahead and the branch gone untested.
        assert (encoder.ahead_count, encoder.unread_count) == (0, 2)
        holder.close()
        conn = sqlite3.connect(db, isolation_level=None)
        got = embed_once(conn, encoder, [SHARED, FRESH], array=True)
        conn.close()
    assert gated.texts == [FRESH]  # the stored text is read, the new one encoded once
    assert encoder.inline_count == 1  # by its batch
    assert np.allclose(got, HashEmbedder().embed([SHARED, FRESH]))


def test_a_cache_read_that_succeeds_lets_the_thread_encode_only_the_new_text(tmp_path):
    # The ordinary case beside the locked one: nothing holds the store.
    db = tmp_path / "kb.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    embed_once(conn, HashEmbedder(), [SHARED])
    gated = Gated()
    gated.release.set()
    with EncodeAhead(gated, cache_db=db) as encoder:
        encoder.want([SHARED, FRESH])
        _until(lambda: _idle(encoder), "the thread has read the cache")
        assert encoder.ahead_count == 1
        got = embed_once(conn, encoder, [SHARED, FRESH], array=True)
    conn.close()
    assert gated.texts == [FRESH]
    assert encoder.inline_count == 0
    assert np.allclose(got, HashEmbedder().embed([SHARED, FRESH]))


def test_a_text_its_batch_lacks_asked_for_during_the_wait_is_left_to_the_batch():
    # Queued then, it would sit behind the thread's backlog and the batch would wait
    # for it there; the batch encodes it itself once the held text is done.
    gated = Gated()
    with EncodeAhead(gated) as encoder:
        encoder.want([HELD])
        thread, got = _embed_apart(encoder, [FRESH, HELD])
        encoder.want([FRESH])
        gated.release.set()
        thread.join()
        _until(lambda: _idle(encoder), "the thread is idle")
    assert (encoder.ahead_count, encoder.inline_count) == (1, 1)
    assert np.allclose(got["vectors"], HashEmbedder().embed([FRESH, HELD]))


def test_a_text_asked_for_before_its_batch_comes_is_encoded_ahead():
    gated = Gated()
    gated.release.set()
    with EncodeAhead(gated) as encoder:
        encoder.want([FRESH, HELD])
        _until(lambda: _idle(encoder), "the thread is idle")
        got = encoder.embed([FRESH, HELD])
    assert (encoder.ahead_count, encoder.inline_count) == (2, 0)
    assert np.allclose(got, HashEmbedder().embed([FRESH, HELD]))
