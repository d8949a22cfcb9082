"""A document stored as a JSON record, read as its text fields, at the same length.

Scraped legal and policy texts are often kept as one JSON object per document: field names,
quotes, commas and braces around the text, with line breaks written as ``\\r\\n`` escapes
inside the strings. Read as plain text, the whole record is one long sentence: a field that
holds a date stamp ("20230215"), the number of an item in an amendment history and the
prose of an article run together, and every digit in the syntax reaches the figure rules.

``json_record_as_text`` blanks the syntax, the field names and the bare values (numbers,
true, false, null) of a ``.txt`` file whose whole content is a JSON object or array. Each
field name becomes a paragraph break and the quotes of a value line breaks, so that every
value, an item of an array too, stands as a paragraph of its own.
A value is written decoded (an escaped line break is a line break, an escaped character
that character) and padded with spaces to its length in the file, so the text keeps its
length and every value starts where it stood.
"""

from __future__ import annotations

import json
import re

__all__ = ["json_record_as_text"]

#: A record larger than this is left as it is (the decoder would hold it all twice).
MAX_CHARS = 4 * 1024 * 1024

_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_KEY_AFTER = re.compile(r"\s*:")


def _is_record(text: str) -> bool:
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start not in ("{", "[") or len(text) > MAX_CHARS:
        return False
    try:
        value = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


def _value(token: str) -> str:
    """A string value written at its token's length: decoded (an escaped line break a line
    break, an escaped character that character), a carriage return dropped, the characters
    the escapes saved added as spaces at its end, and its quotes written as line breaks, so
    that two values in a row (the items of an array) never run together."""
    try:
        content = json.loads(token).replace("\r", "")
    except ValueError:
        return " " * len(token)
    return "\n" + content.ljust(len(token) - 2) + "\n"


def json_record_as_text(text: str) -> str:
    """``text`` with its JSON syntax, field names and bare values (numbers, true, false,
    null) blanked when it is a JSON record; same length. Any other text is returned as it
    is.

    >>> json_record_as_text('{"a": "x y", "n": 3}').split()
    ['x', 'y']
    """
    if not _is_record(text):
        return text
    out: list[str] = []
    pos = 0
    for match in _STRING.finditer(text):
        out.append("".join(c if c in "\r\n" else " " for c in text[pos : match.start()]))
        token = match.group()
        if _KEY_AFTER.match(text, match.end()):
            # a field name: a paragraph break where it stood
            out.append("\n" + " " * (len(token) - 2) + "\n" if len(token) >= 2 else token)
        else:
            out.append(_value(token))
        pos = match.end()
    out.append("".join(c if c in "\r\n" else " " for c in text[pos:]))
    blanked = "".join(out)
    # a record with no text in it (only numbers) is left as it is, not emptied
    return blanked if len(blanked) == len(text) and blanked.strip() else text
