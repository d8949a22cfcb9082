"""The parts of a YAML front matter read as prose (``ingest.markup``): the lists whose
items are sentences when a page's body is empty (an advocacy page keeps its summary as
bullets), and a block that quotes the item a page links to (``quoted_fields``)."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

# An item of a front matter list: its dash, then text that is no "key:" of a mapping.
_LIST_ITEM = re.compile(r"(?m)^([ \t]*)-[ \t]+(?![\w-]+:(?:\s|$))\S")
_WRAPPED_LINE = re.compile(r"\n([ \t]*)(\S[^\n]*)")
_SENTENCE_ENDS = re.compile(r"[.!?][\"']?\s*$")
_PROSE_ITEM_WORDS = 8


def prose_items(
    source: str, keys: list[int], block_end: int, scalar: re.Pattern[str], word: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The items of each front matter list (a key at each of ``keys`` whose value is no
    ``scalar``) whose items are all sentences, eight ``word``s or more ending as a sentence
    does, each item from its dash to the end of its last wrapped line; lists of names,
    tags or dated entries (mappings) give none.

    """
    out = []
    for i, start in enumerate(keys):
        end = keys[i + 1] if i + 1 < len(keys) else block_end
        end = source.rfind("\n", start, end) if i + 1 < len(keys) else end
        if scalar.match(source, start, end):
            continue  # a text field, not a list
        items = []
        for m in _LIST_ITEM.finditer(source, start, end):
            indent = len(m.group(1))
            line_end = source.find("\n", m.end(), end)
            stop = end if line_end < 0 else line_end
            while stop < end:  # the item's wrapped lines, indented deeper than its dash
                more = _WRAPPED_LINE.match(source, stop, end)
                if not more or len(more.group(1)) <= indent or more.group(2).startswith("- "):
                    break
                stop = more.end()
            items.append((m.start() + indent, stop))
        prose = [
            (s, e)
            for s, e in items
            if len(word.findall(source, s, e)) >= _PROSE_ITEM_WORDS
            and _SENTENCE_ENDS.search(source[s:e])
        ]
        if items and len(prose) == len(items):
            out.extend(prose)
    return out


# "key: |" or "key: >-" and the block of indented lines (blank lines inside) after it.
_BLOCK_FIELD = re.compile(
    r"(?m)^([A-Za-z_][\w-]*)[ \t]*:[ \t]*[>|][-+]?[ \t]*\n((?:[ \t]+\S.*\n|[ \t]*\n)+)"
)
_QUOTED_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?:\s|$)")


@functools.cache
def _quoted_parts() -> frozenset[str]:
    raw = resources.files("ingest").joinpath("data/front_matter.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw).get("quoted_key_parts", []))


def quoted_fields(
    source: str, block: tuple[int, int], body: str, word: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the front matter ``block`` (start, end in ``source``) holding a block
    field that quotes or summarises the item the page is about: a key with a part of
    ``quoted_key_parts`` (data/front_matter.toml), a block value ("|" or ">") of thirty
    ``word``s or more with a sentence's end, which ``body`` does not already hold.
    """
    flat_body = " ".join(body.split())
    out = []
    for m in _BLOCK_FIELD.finditer(source, *block):
        parts = set(re.split(r"[_-]", m.group(1).lower()))
        value = m.group(2)
        if not parts & _quoted_parts() or len(word.findall(value)) < _QUOTED_WORDS:
            continue
        if not _SENTENCE_END.search(value) or " ".join(value.split())[:80] in flat_body:
            continue
        out.append(m.span(2))
    return out
