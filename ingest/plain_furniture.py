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


# A contents line's leader and page number: "（三）主要目标…………4", "Scope ........ 12". A
# prose ellipsis is two "…" at most and rarely ends a line with a bare number.
_CONTENTS_PAGE = re.compile(r"(?m)(?:…{3,}|\.{5,}|·{5,})[ \t]*\d{1,4}[ \t]*$")


def blank_furniture(text: str) -> str:
    """``text`` with its addresses, attributes, wiki link targets and contents-line page
    numbers blanked; same length.

    >>> blank_furniture("See http://example.org/2030/a_55.htm now.")
    'See                                  now.'
    >>> blank_furniture("[[318国道|G318]]项目")
    '        G318  项目'
    """
    if (
        "://" not in text
        and "www." not in text
        and "=" not in text
        and "[[" not in text
        and "……" not in text
        and "....." not in text
        and "·····" not in text
    ):
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
    for match in _CONTENTS_PAGE.finditer(text):
        blank(*match.span())
    for match in _WIKI_LINK.finditer(text):
        blank(match.start(), match.start("label"))
        blank(match.end("label"), match.end())
    for match in _WIKI_BARE.finditer(text):
        blank(match.start(), match.start() + 2)
        blank(match.end() - 2, match.end())
    return "".join(chars)


# MediaWiki table syntax, line by line: "{|" opens, "|-" separates rows, "|}" closes, "!"
# opens header cells ("!!" between them), "|" data cells ("||" between them), "|+" a caption.
_WIKI_TABLE = re.compile(r"(?ms)^[ \t]*\{\|.*?^[ \t]*\|\}")
# Put on a line blanked whole, so that a table does not read as paragraphs apart.
_FILLER = "\u00a0"
_WIKI_ROW_RULE = re.compile(r"(?m)^[ \t]*(?:\{\||\|-|\|\+|\|\}).*$")


def wiki_tables_as_rows(text: str) -> str:
    """``text`` with its MediaWiki tables written as pipe rows ("| a | b"), same length.

    A header line ("! a !! b") and a data line ("| a || b") become pipe rows; table, row and
    caption markers are blanked. A header cell that spans rows ("! rowspan=3 | Energy") on
    a line of its own is a group label: it and the header's first column, which only such
    labels fill, are blanked, so that every data row lines up with the header.
    """
    if "{|" not in text:
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for table in _WIKI_TABLE.finditer(text):
        body = table.group()
        base = table.start()
        lines = body.split("\n")
        grouped = any(line.lstrip().startswith("!") and "!!" not in line for line in lines)
        header_done = False
        offset = base
        for line in lines:
            stripped = line.lstrip()
            start = offset + len(line) - len(stripped)
            if _WIKI_ROW_RULE.fullmatch(line) or (
                stripped.startswith("!") and "!!" not in stripped  # a group label
            ):
                blank(offset, offset + len(line))
                if line.strip():
                    chars[offset] = _FILLER  # no blank line: the table stays one block
            elif stripped.startswith(("!", "|")):
                chars[start] = "|"
                separator = "!!" if stripped.startswith("!") else "||"
                i = line.find(separator)
                while i >= 0:
                    chars[offset + i], chars[offset + i + 1] = " ", "|"
                    i = line.find(separator, i + 2)
                first = line.find(separator)
                if grouped and not header_done and stripped.startswith("!") and first >= 0:
                    blank(start, offset + first + 1)  # the group column's own header
                header_done = header_done or stripped.startswith("!")
            offset += len(line) + 1
    return "".join(chars)
