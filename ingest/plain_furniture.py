"""Blank the addresses and markup left in plain text, keeping every offset.

Markdown has its own reader (``ingest.markup``), but a plain-text file, the text layer of
a PDF or a DOCX, and a wiki page saved as text still carry web addresses, markup
attributes and wiki links. None of that is prose, and every digit in it (an article id in
a URL path, an archive timestamp, a percent-encoded character, ``rowspan="3"``, the target
of ``[[318 road|G318]]``) would otherwise reach the figure extractor. ``blank_furniture``
replaces those spans with spaces, so that the text keeps its length and a clause found in
it is still a span of the source.

An address ends where an address cannot go on: at whitespace, a quote, an angle bracket,
a wiki separator (``|``, ``{``, ``}``, ``[``, ``]``) or a character outside ASCII, so that
Chinese prose written straight after an address is kept.
"""

from __future__ import annotations

import re

# A web address: scheme or "www.", then ASCII characters an address may hold.
_URL = re.compile(r"(?<![\w.@/])(?:(?:https?|ftp)://|www\.)[!-~]+", re.IGNORECASE)
_URL_STOP = re.compile(r"[|{}\[\]<>\"'`]")
# Closing punctuation of the sentence the address stands in.
_URL_TAIL = ".,;:!?"
# A markup attribute with a quoted value: class="wikitable", rowspan="3", width='80'.
_ATTRIBUTE = re.compile(r"(?<![\w-])[A-Za-z][\w-]*=(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}')")
# A wiki link's target before its label: "[[target|label]]" shows only "label".
_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]{1,200})\|(?P<label>[^\[\]\n]{0,200})\]\]")
_WIKI_BARE = re.compile(r"\[\[(?P<label>[^\[\]|\n]{1,200})\]\]")


def blank_furniture(text: str) -> str:
    """``text`` with its addresses, attributes and wiki link targets blanked; same length.

    >>> blank_furniture("See http://example.org/2030/a_55.htm now.")
    'See                                  now.'
    >>> blank_furniture("[[318国道|G318]]项目")
    '        G318  项目'
    """
    if "://" not in text and "www." not in text and "=" not in text and "[[" not in text:
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    pos = 0
    while match := _URL.search(text, pos):
        start, end = match.span()
        stop = _URL_STOP.search(text, start, end)
        if stop:
            end = stop.start()
        pos = max(end, start + 1)  # an address after the stop is searched for afresh
        while end > start and text[end - 1] in _URL_TAIL:
            end -= 1
        if text[end - 1 : end] == ")" and "(" not in text[start:end]:
            end -= 1
        blank(start, end)
    for match in _ATTRIBUTE.finditer(text):
        blank(*match.span())
    for match in _WIKI_LINK.finditer(text):
        blank(match.start(), match.start("label"))
        blank(match.end("label"), match.end())
    for match in _WIKI_BARE.finditer(text):
        blank(match.start(), match.start() + 2)
        blank(match.end() - 2, match.end())
    return "".join(chars)
