"""Bytes to text: byte-order marks, UTF-16 without one, UTF-8, GB18030, a guess.

``decode_bytes`` reads a text file's bytes; ``decode_html`` honours a web page's
declared charset first. Binary data that happens to decode is refused.
"""

from __future__ import annotations

import codecs
import re

from ingest.errors import IngestError
from ingest.formats import normalise_newlines as _normalise_newlines
from ingest.language import CJK as _CJK

# Decoded text with more control characters than this share is binary data
# that happened to decode; real text has next to none (tabs and newlines aside).
_CONTROL_SHARE_BINARY = 0.02
# Byte signatures of common binary formats, so a PNG renamed .txt is reported
# as binary rather than as "undecodable".
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",
    b"%PDF-",
    b"\x7fELF",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0",
)
# UTF-32 BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Unicode control characters (category Cc) other than tab, newline, \v, \f, \r.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_UNDECODABLE = "cannot decode the bytes as text (tried UTF-8, UTF-16, GB18030, charset detection)"


def decode_bytes(data: bytes, *, path: str) -> str:
    """Decode a text file's bytes, guessing the encoding.

    Tried in order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
    UTF-16 without BOM when NUL bytes fall on alternate positions (checked
    before UTF-8, as such text is also valid UTF-8 full of NULs); strict UTF-8;
    GB18030 when it decodes cleanly and reads as CJK text; charset-normalizer's
    best guess. Newlines are normalised to ``\\n``.

    Args:
        data: the raw bytes.
        path: the file they came from, for error messages.

    Returns:
        The decoded text.

    Raises:
        IngestError: the bytes are binary data, or no encoding fits.
    """
    if data.startswith(_BINARY_MAGIC):
        raise IngestError(path, "looks like binary data, not text", "check it is the right file")
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_utf16_by_nuls(data) or _strict(data, "utf-8")
    if text is None:
        text = _decode_gb18030(data) or _decode_guess(data)
    if text is None:
        raise IngestError(path, _UNDECODABLE, "re-save the file as UTF-8")
    if _looks_binary(text):
        raise IngestError(path, "looks like binary data, not text", "check it is the right file")
    return _normalise_newlines(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    return None


def _decode_utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd >= 0.3 and even <= 0.05:
        return _strict(data, "utf-16-le")
    if even >= 0.3 and odd <= 0.05:
        return _strict(data, "utf-16-be")
    return None


def _decode_gb18030(data: bytes) -> str | None:
    """GB18030, but only when the result is mostly CJK (it decodes much else)."""
    text = _strict(data, "gb18030")
    if text is None:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if not non_ascii:
        return None
    return text if len(_CJK.findall(text)) / non_ascii >= 0.8 else None


def _decode_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) > _CONTROL_SHARE_BINARY


def decode_html(data: bytes, name: str) -> str:
    """Honour a declared ``<meta charset>`` when it decodes; else guess."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            text = _strict(data, declared.group(1).decode("ascii"))
            if text is not None and not _looks_binary(text):
                return _normalise_newlines(text)
    return decode_bytes(data, path=name)
