"""Length-prefixed pickle messages between an ingest and its child processes.

``kb.ingest_worker`` (extraction) and ``kb.vector_writer`` (chroma writes) talk to
their children over stdin and stdout, each message its body's length (8 bytes,
big-endian) then the body, so a message one side cannot unpickle is still read
whole and the next one is read from its start.
"""

from __future__ import annotations

import pickle
import struct
from typing import Any, BinaryIO

#: How a message of early index texts starts (``kb.encode_ahead.send_texts``): a pickle
#: never does, so a reader tells it from a reply without unpickling it.
TEXTS = b"texts:"

#: The length of a message's body, before the body: 8 bytes, big-endian.
_LENGTH = struct.Struct(">Q")


def write_message(sink: BinaryIO, body: bytes) -> None:
    """Write one message: its length, then ``body`` (the caller flushes)."""
    sink.write(_LENGTH.pack(len(body)))
    sink.write(body)


def read_message(source: BinaryIO) -> bytes:
    """The body of the next message, read whole whatever it holds.

    Raises:
        EOFError: the stream ended (before or inside a message: the writer is gone).
    """
    (size,) = _LENGTH.unpack(_read_exactly(source, _LENGTH.size))
    return _read_exactly(source, size)


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        part = source.read(left)
        if not part:
            raise EOFError("the stream ended inside a message" if parts else "end of stream")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def one_line(error: BaseException) -> str:
    """``Type: message`` on one line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def pickled(value: Any) -> bytes:
    """``value`` pickled with the newest protocol."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
