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
# A mapping as the item of a list: "- name: value", its other keys under "name".
_ITEM = re.compile(rf"(?P<indent>[ \t]*)(?P<dash>-)[ \t]+(?P<key>{_KEY}):(?=[ \t]|$)(?P<value>.*)$")
_BARE = re.compile(r"[ \t]*(?:[-+]?\d[\d_.,]*|true|false|yes|no|null|~)?[ \t]*$", re.IGNORECASE)
# A key that is a year or a date (2030, 2030-12-31, 2030/06): kept as words of its value.
_DATED = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?")
# A value that states an aim for its year ("by 30 per cent below 2010", "to zero", "力争达到
# 60%"): only then does a year key keep its words; a year's plain figure ("2019: 120 Mt")
# is a data point of a series, not a target for that year.
_AIM_VALUE = re.compile(
    r"\b(?:by|to|reach\w*|cut\w*|reduc\w*|lower\w*|below|under|at\s+(?:least|most)|"
    r"no\s+more\s+than|less\s+than|net[- ]zero|zero|target\w*|goals?|aims?|limit\w*|caps?)\b"
    r"|力争|目标|到|不超过|不低于|不高于|控制在|以内",
    re.IGNORECASE,
)
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


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _keys(lines: list[tuple[int, str]]) -> list[re.Match | None]:
    """For each line, its key match when the line is a key of the mapping, else None.

    An indented line is a key only as the first child of a key with no value on its own
    line, or as a sibling of such a child at the same indent. Lines indented under a key
    that has a value (a folded value or a ``|``/``>`` block) are text, whatever they read.
    A list item that opens with a key ("- name: value") is read as such a child too.
    """
    found: list[re.Match | None] = []
    levels = [0]  # indents of the mappings open at this point
    parent = None  # indent of a key with no value, waiting for its children
    text_under = None  # lines indented deeper than this are a value's text
    lists: set[int] = set()  # indents of the dashes of lists of mappings open at this point
    for _, line in lines:
        if not line.strip() or line.lstrip().startswith("#") or line in ("---", "..."):
            found.append(None)
            continue
        indent = _indent(line)
        if text_under is not None and indent > text_under:
            found.append(None)
            continue
        text_under = None
        lists = {dash for dash in lists if dash <= indent}
        item = _ITEM.match(line)
        match = _TOP.match(line) if indent == 0 else _NESTED.match(line)
        if item and ((parent is not None and indent >= parent) or indent in lists):
            lists.add(indent)
            while levels[-1] >= item.start("key"):
                levels.pop()
            indent = item.start("key")
            levels.append(indent)  # the item's keys stand at its first key's column
            match = item
        elif match and parent is not None and indent > parent:
            levels.append(indent)  # the first child opens a mapping at its indent
        else:
            while levels[-1] > indent:
                levels.pop()
            if levels[-1] != indent:
                match = None
        if parent is not None and indent > parent and not match:
            text_under = parent  # a plain value on the lines under its key
        parent = None
        if match:
            if match.group("value").strip():
                text_under = indent
            else:
                parent = indent
        found.append(match)
    return found


def _dated_aim(match: re.Match) -> bool:
    """Whether a key is a year or a date whose value states an aim, or opens a block."""
    if not _DATED.fullmatch(match.group("key").strip("'\"")):
        return False
    value = match.group("value").strip()
    return not value or bool(_AIM_VALUE.search(value))


def _keep_key(line: str, match: re.Match) -> str:
    """A key that is a year or a date keeps its words: it is part of what its value says
    ("2030: by 40 per cent"). An indented one starts a paragraph of its own."""
    indent = match.start("key")
    if indent:
        return "\n" + line[1:]
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
    quote = ""  # the quote of a quoted value folded over lines, until it closes
    for (start, line), match in zip(lines, _keys(lines), strict=True):
        out.append(text[pos:start])
        if match:
            value = match.group("value").strip()
            opened = value[:1] in ("'", '"') and not value[1:].endswith(value[0])
            quote = value[0] if opened else ""
        elif quote and line[:1].isspace() and line.rstrip().endswith(quote):
            end = len(line.rstrip()) - 1
            line = line[:end] + " " + line[end + 1 :]  # its closing quote
            quote = ""
        if line in ("---", "..."):
            line = " " * len(line)
        elif match and _dated_aim(match):
            line = _keep_key(line, match)
        elif match:
            first = match.start("dash") if "dash" in match.re.groupindex else match.start("key")
            line = _value(_blank(line, first, match.end("key") + 1), match.start("value"))
        elif line.strip() and not line[:1].isspace():
            line = " " * len(line)  # a comment at the margin
        out.append(line)
        pos = start + len(line)
    out.append(text[pos:])
    blanked = "".join(out)
    # a record with no text in its values (only numbers) is left as it is, not emptied
    return blanked if len(blanked) == len(text) and blanked.strip() else text
