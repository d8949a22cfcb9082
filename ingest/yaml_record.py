"""A document stored as a YAML mapping, read as its values, at the same length.

Translation files and scraped records often keep one text per key: ``3-1-title:`` and a
sentence folded over indented lines, then the next key. Read as plain text, the file has
no blank line, so every value runs into one paragraph with the keys between them, and the
digits of the keys (goal and target numbers, item numbers) reach the figure rules as if
they were figures of the prose.

``yaml_mapping_as_text`` blanks the keys of a ``.txt`` file whose whole content is a block
YAML mapping (every line a ``key: value`` line, an indented continuation or nested key, a
comment, a document marker or blank). Each key becomes a paragraph break, so every value
stands as a paragraph of its own; the quotes around a quoted value, the indicator of a
block value (``|``, ``>``) and a bare value that is only a number, a boolean or null are
blanked too. The text keeps its length and every value starts where it stood.
"""

from __future__ import annotations

import re

__all__ = ["yaml_mapping_as_text"]

#: A file larger than this is left as it is.
MAX_CHARS = 4 * 1024 * 1024
#: Fewer keys than this is a line of prose with a colon, not a record.
MIN_KEYS = 3

# A key at the start of a line: a quoted string, or a word with no space or colon in it
# (a translation key, an id, a field name), then a colon that ends the line or is
# followed by a space.
_KEY = r"""(?:'[^'\n]*'|"[^"\n]*"|[^\s#'"\-:][^\s:]*|-[^\s:]+)"""
_TOP = re.compile(rf"(?P<key>{_KEY}):(?=[ \t]|$)(?P<value>.*)$")
_NESTED = re.compile(rf"(?P<indent>[ \t]+)(?P<key>{_KEY}):(?=[ \t]|$)(?P<value>.*)$")
_BARE = re.compile(r"[ \t]*(?:[-+]?\d[\d_.,]*|true|false|yes|no|null|~)?[ \t]*$", re.IGNORECASE)
_BLOCK = re.compile(r"[ \t]*[|>][-+]?\d?[ \t]*$")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _is_mapping(lines: list[tuple[int, str]]) -> bool:
    keys = 0
    first = True
    for _, line in lines:
        if not line.strip() or line.lstrip().startswith("#") or line in ("---", "..."):
            continue
        if _TOP.match(line):
            keys += 1
        elif first or not line[:1].isspace():
            return False  # prose at the margin: not a record
        first = False
    return keys >= MIN_KEYS


def _blank(line: str, start: int, end: int) -> str:
    """``line`` with ``[start, end)`` written as a line break and spaces."""
    return line[:start] + "\n" + " " * (end - start - 1) + line[end:]


def _value(line: str, start: int) -> str:
    """The value part of ``line`` from ``start``: quotes, a block indicator or a bare
    number, boolean or null blanked."""
    value = line[start:]
    if _BLOCK.fullmatch(value) or _BARE.fullmatch(value):
        return line[:start] + " " * len(value)
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] in "'\"" and stripped[-1] == stripped[0]:
        left = start + value.index(stripped[0])
        right = left + len(stripped) - 1
        return line[:left] + " " + line[left + 1 : right] + " " + line[right + 1 :]
    if stripped[:1] in "'\"":
        left = start + value.index(stripped[0])  # a quoted value folded over lines
        return line[:left] + " " + line[left + 1 :]
    return line


def yaml_mapping_as_text(text: str) -> str:
    """``text`` with its keys blanked (each a paragraph break) when it is a block YAML
    mapping; same length. Any other text is returned as it is.

    >>> yaml_mapping_as_text("a-1: one\\nb-2: two\\nc-3: three\\n").split()
    ['one', 'two', 'three']
    """
    if len(text) > MAX_CHARS or ":" not in text:
        return text
    lines = _lines(text)
    if not _is_mapping(lines):
        return text
    out = []
    pos = 0
    for start, line in lines:
        out.append(text[pos:start])
        match = _TOP.match(line) or _NESTED.match(line)
        if line in ("---", "..."):
            line = " " * len(line)
        elif match:
            line = _value(
                _blank(line, match.start("key"), match.end("key") + 1), match.start("value")
            )
        elif line.strip() and not line[:1].isspace():
            line = " " * len(line)  # a comment at the margin
        out.append(line)
        pos = start + len(line)
    out.append(text[pos:])
    blanked = "".join(out)
    # a record with no text in its values (only numbers) is left as it is, not emptied
    return blanked if len(blanked) == len(text) and blanked.strip() else text
