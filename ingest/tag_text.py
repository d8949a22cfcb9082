"""The text between tags of markup the article extractor cannot read.

A page kept as a component of a web framework (JSX, TSX, a PHP or ASP.NET template) is
code with markup inside: imports and functions around the tags, expressions in braces
for attribute values, ``{" "}`` between inline elements, server directives. An article
extractor finds no article in it and gives up. This reader keeps only what a browser
would show: text inside elements, one block per line, without scripts, styles, comments,
server directives, brace expressions and blocks whose only words are a link (menus and
"related" lists).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Markup whose content is never shown text.
_HIDDEN = frozenset({"script", "style", "head", "noscript", "svg", "template", "nav", "iframe"})
# Elements that start a new block of text (a paragraph, an item, a heading, a cell).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Comments and server-side directives: <!-- -->, <%-- --%>, <% %>, <?php ?>.
_DIRECTIVES = re.compile(r"<!--.*?-->|<%--.*?--%>|<%.*?%>|<\?(?:php|=).*?(?:\?>|\Z)", re.S)
# A JSX text expression holding only a quoted string: {" "}, {' '}, {"—"}.
_STRING_EXPRESSION = re.compile(r"""\{\s*(["'])([^"'{}\n]*)\1\s*\}""")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# A line break beside a CJK character (and a CJK character or a digit on the other side)
# is source wrapping, not a space: Chinese prose runs on without spaces.
_CJK = "\u3000-\u9fff\uff00-\uffef"
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}])[ \t]*\n\s*(?=[{_CJK}\d])|(?<=\d)[ \t]*\n\s*(?=[{_CJK}])")


def tag_text(source: str) -> str:
    """Shown text of ``source``, blocks separated by blank lines ('' when there is none).

    >>> tag_text('const A = () => (<ul><li><b>5 GW by 2030:</b>{" "}the aim.</li></ul>);')
    '5 GW by 2030: the aim.'
    """
    source = _DIRECTIVES.sub(" ", source)
    source = _without_attribute_expressions(source)
    reader = _ShownText()
    reader.feed(source)
    reader.close()
    return "\n\n".join(reader.blocks)


def _without_attribute_expressions(source: str) -> str:
    """``name={...}`` attribute values (balanced braces, quotes respected) made empty."""
    out: list[str] = []
    i = 0
    while True:
        j = source.find("={", i)
        if j < 0:
            out.append(source[i:])
            return "".join(out)
        end = _closing_brace(source, j + 1)
        out.append(source[i:j])
        out.append('=""')
        i = end


def _closing_brace(source: str, start: int) -> int:
    """The index after the brace that closes the one at ``start`` (or the text's end)."""
    depth = 0
    quote = ""
    i = start
    while i < len(source):
        ch = source[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'`":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(source)


def _without_brace_expressions(text: str) -> str:
    """Text with JSX expressions removed: string ones kept as their string."""
    text = _STRING_EXPRESSION.sub(lambda m: m.group(2), text)
    out: list[str] = []
    i = 0
    while True:
        j = text.find("{", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:j])
        out.append(" ")
        i = _closing_brace(text, j)


class _ShownText(HTMLParser):
    """Collects text inside elements, block by block; drops link-only blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._depth = 0
        self._hidden = 0
        self._anchors = 0
        self._parts: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "a":
            self._anchors += 1
        if tag not in ("br", "hr", "img", "meta", "link", "input"):
            self._depth += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "a":
            self._anchors = max(0, self._anchors - 1)
        if tag not in ("br", "hr", "img", "meta", "link", "input"):
            self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if self._depth and not self._hidden:
            self._parts.append((data, self._anchors > 0))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        parts, self._parts = self._parts, []
        text = _without_brace_expressions(_CJK_WRAP.sub("", "".join(p for p, _ in parts)))
        text = _SPACES.sub(" ", " ".join(text.split())).strip()
        outside_links = " ".join(p for p, linked in parts if not linked)
        if not re.search(r"[^\W_]", _without_brace_expressions(outside_links)):
            return  # nothing, or only link text: a menu or a list of related pages
        self.blocks.append(text)
