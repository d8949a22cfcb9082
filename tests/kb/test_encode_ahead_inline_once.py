"""A text ``embed`` encodes itself is not queued again by a ``want`` that comes meanwhile.

The thread reading the extraction child's replies may ask for a text (``want``) while
``embed`` is already encoding that text inline; the text must not be encoded a second
time on the encode-ahead thread.
"""

from __future__ import annotations

import threading
import time

from kb.encode_ahead import EncodeAhead
from kb.testing import HashEmbedder


class _WantsWhileEncoding:
    """An embedder that, while encoding on the caller's thread, hears a ``want`` for the
    same texts, as the reply reader can send it at that moment."""

    one_text_per_run = True

    def __init__(self) -> None:
        self.inner = HashEmbedder()
        self.ahead: EncodeAhead | None = None
        self.calls: list[tuple[str, list[str]]] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts):
        thread = threading.current_thread().name
        self.calls.append((thread, list(texts)))
        if thread != "policykb-encode-ahead" and self.ahead is not None:
            self.ahead.want(texts)
        return self.inner.embed(texts)


def _settled(ahead: EncodeAhead) -> None:
    """Wait (2 s at most) until nothing is queued or being encoded on the thread."""
    deadline = time.monotonic() + 2
    while ahead._pending and time.monotonic() < deadline:
        time.sleep(0.01)


def _encoded(calls: list[tuple[str, list[str]]]) -> list[str]:
    return [text for _, texts in calls for text in texts]


def test_a_want_during_an_inline_encode_does_not_encode_the_text_again() -> None:
    inner = _WantsWhileEncoding()
    ahead = EncodeAhead(inner)
    inner.ahead = ahead
    ahead.embed(["Each utility reports its leakage every quarter."])
    _settled(ahead)  # anything the thread was given, it has encoded by now
    ahead.close()
    assert _encoded(inner.calls).count("Each utility reports its leakage every quarter.") == 1


def test_a_text_wanted_before_embed_is_encoded_on_the_thread_once() -> None:
    inner = _WantsWhileEncoding()
    ahead = EncodeAhead(inner)
    ahead.want(["Reservoirs are inspected twice a year."])
    vectors = ahead.embed(["Reservoirs are inspected twice a year."])
    ahead.close()
    assert vectors.shape == (1, inner.dimension)
    assert _encoded(inner.calls) == ["Reservoirs are inspected twice a year."]
    assert inner.calls[0][0] == "policykb-encode-ahead"
