"""The text between tags of markup the article extractor cannot read.

A page kept as a component of a web framework (JSX, TSX, a PHP or ASP.NET template) is
code with markup inside: imports and functions around the tags, expressions in braces
for attribute values, ``{" "}`` between inline elements, server directives. An article
extractor finds no article in it and gives up. This reader keeps what a browser would
show, one block per line, without scripts, styles, form controls, code, comments, server
directives, brace expressions and blocks whose only words are a link (menus and "related"
lists). Text outside any element is shown too, unless the source is code around markup
(a component), where it is the code. Every step is one pass over the text, so broken or
hostile input (an unclosed comment) costs no more than a long page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Markup whose content is never shown text: code, hidden parts, menus and form controls.
_HIDDEN = frozenset(
    {
        "script", "style", "head", "noscript", "svg", "template", "nav", "iframe", "select",
        "option", "button", "textarea", "code",
    }
)  # fmt: skip
# Elements that start a new block of text (a paragraph, an item, a heading, a cell).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "ol", "option", "p", "pre", "section", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Comments and server-side directives, each with its closer: <!-- -->, <%-- --%>, <% %>,
# <?php ?>. An opener with no closer runs to the end of the text.
_OPENERS = re.compile(r"<!--|<%--|<%|<\?(?:php|=)")
_CLOSERS = {"<!--": "-->", "<%--": "--%>", "<%": "%>", "<?php": "?>", "<?=": "?>"}
# Source that is code around markup (a component): text outside elements is code.
_SCRIPT_LINE = re.compile(r"^[ \t]*(?:import|export|const|let|var|function|class|return)\b", re.M)
# A <pre> block that holds code rather than preformatted prose.
_CODE_LINE = re.compile(
    r"^\s*(?:var|let|const|function|import|def|class|return)\b|[;{}]\s*$|//|=>|==", re.M
)
# Where a tag may start: "<" before a letter, "/", "!" or "?".
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
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
    source = _without_directives(source)
    source = _without_attribute_expressions(source)
    reader = _ShownText(top_level=not _SCRIPT_LINE.search(_without_scripts(source)))
    reader.feed(_without_unclosed_tags(source))
    reader.close()
    return "\n\n".join(reader.blocks)


def _without_directives(source: str) -> str:
    """``source`` with comments and directives made a space, in one pass."""
    out: list[str] = []
    i = 0
    while True:
        opener = _OPENERS.search(source, i)
        if opener is None:
            out.append(source[i:])
            return "".join(out)
        out.append(source[i : opener.start()])
        out.append(" ")
        end = source.find(_CLOSERS[opener.group()], opener.end())
        if end < 0:
            return "".join(out)
        i = end + len(_CLOSERS[opener.group()])


def _without_unclosed_tags(source: str) -> str:
    """``source`` less tags that never close: from a ``<`` with no ``>`` before the next
    ``<`` up to that one (to the end when no ``>`` is left), as a browser reads them.

    The HTML parser rescans the rest of the text from every unclosed tag; this pass keeps
    its input to tags that close, so reading stays linear.
    """
    out: list[str] = []
    last = 0
    close = -2  # the first ">" at or after the current "<" (-1: none left)
    for match in _TAG_START.finditer(source):
        i = match.start()
        if i < last:
            continue
        if close != -1 and close < i:
            close = source.find(">", i)
        if close == -1:
            out.append(source[last:i])
            return "".join(out)
        following = source.find("<", i + 1)
        if 0 <= following < close:
            out.append(source[last:i])
            last = following
    out.append(source[last:])
    return "".join(out)


def _without_scripts(source: str) -> str:
    """``source`` less the contents of ``<script>`` elements (for the look of its code)."""
    lower = source.lower()
    out: list[str] = []
    i = 0
    while True:
        j = lower.find("<script", i)
        if j < 0:
            out.append(source[i:])
            return "".join(out)
        out.append(source[i:j])
        end = lower.find("</script", j)
        if end < 0:
            return "".join(out)
        i = end


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
    """The index after the brace that closes the one at ``start`` (or the text's end).

    Quotes open a string only where code could start one (an apostrophe in JSX text, "we
    won't", is a letter); ``//`` and ``/* */`` comments are skipped.
    """
    depth = 0
    i = start
    n = len(source)
    while i < n:
        ch = source[i]
        if ch in "\"'`" and _string_can_start(source, i, start):
            i = _string_end(source, i)
            continue
        if ch == "/" and source.startswith("//", i) and source[i - 1 : i] != ":":
            i = _found_or_end(source.find("\n", i), n)
            continue
        if ch == "/" and source.startswith("/*", i):
            i = _found_or_end(source.find("*/", i + 2), n) + 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _found_or_end(index: int, end: int) -> int:
    return end if index < 0 else index


def _string_can_start(source: str, i: int, start: int) -> bool:
    """Whether a quote at ``i`` opens a string: after an operator, a bracket or a comma."""
    j = i - 1
    while j >= start and source[j] in " \t\r\n":
        j -= 1
    if j < start:
        return True
    return source[j] in "=,(:[{!&|?+-*%;" or source[j - 1 : j + 1] == "=>"


def _string_end(source: str, i: int) -> int:
    """The index after the string that opens at ``i`` (at most to the end of its line)."""
    quote = source[i]
    j = i + 1
    while j < len(source):
        ch = source[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            return j + 1
        if ch == "\n" and quote != "`":
            return j
        j += 1
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
    """Collects shown text, block by block; drops link-only blocks and code in ``<pre>``.

    With ``top_level`` false (a component: code around markup) only text inside elements
    counts; otherwise text outside any element is shown too, as a browser shows it.
    """

    def __init__(self, top_level: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._top_level = top_level
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
            self._flush(preformatted=tag == "pre")
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "a":
            self._anchors = max(0, self._anchors - 1)
        if tag not in ("br", "hr", "img", "meta", "link", "input"):
            self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if (self._depth or self._top_level) and not self._hidden:
            self._parts.append((data, self._anchors > 0))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self, preformatted: bool = False) -> None:
        parts, self._parts = self._parts, []
        if preformatted and _is_code("".join(p for p, _ in parts)):
            return
        text = _without_brace_expressions(_CJK_WRAP.sub("", "".join(p for p, _ in parts)))
        text = _SPACES.sub(" ", " ".join(text.split())).strip()
        outside_links = " ".join(p for p, linked in parts if not linked)
        if not re.search(r"[^\W_]", _without_brace_expressions(outside_links)):
            return  # nothing, or only link text: a menu or a list of related pages
        self.blocks.append(text)


def _is_code(text: str) -> bool:
    """Whether most lines of a ``<pre>`` block read as program code."""
    lines = [line for line in text.splitlines() if line.strip()]
    code = sum(1 for line in lines if _CODE_LINE.search(line))
    return bool(lines) and 2 * code >= len(lines)
