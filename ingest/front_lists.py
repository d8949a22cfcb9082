"""The lists of a YAML front matter whose items are sentences, read as prose when a
page's body is empty (``ingest.markup``): an advocacy page keeps its summary as bullets."""

from __future__ import annotations

import re

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
