"""Read Markdown as Markdown: what the reader sees, at the offsets of the file.

A saved web page or a converted act in Markdown carries link targets, image
references, footnote anchors, HTML tags, emphasis marks and front matter around
its prose. None of that is policy content, and every digit in it (a date in a
URL path, an anchor id, "[3](#footnote3)") would otherwise reach the figure
extractor. ``markdown_view`` returns a copy of the text of the *same length* in
which that furniture is blanked (replaced by spaces, newlines kept), so that a
clause found in the view is also a span of the file: offsets stay true.

The block structure (tables, code, HTML blocks) comes from markdown-it-py, a
maintained CommonMark parser; inline furniture is found with patterns over the
lines it reports as text. Tables are kept as pipe rows when they hold data
(short cells: an indicator table) and opened up into prose when they only lay
text out (EUR-Lex puts each recital and point in a two-column table whose
second cell is a paragraph).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ingest.front_lists import prose_items, quoted_fields
from ingest.indented_lists import indented_list
from ingest.latex import math_spans

# "---\nkey: value\n---" (YAML) or "+++\nkey = value\n+++" (TOML) at the very start of the file.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\n(.*?\n)(?:(?P=fence)|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")
# Hugo's third form: a JSON object at the very start, closed on a line of its own.
_JSON_FRONT = re.compile(r"\A\ufeff?\s*\{\s*\n")

# A link's destination: no spaces, one level of nested parentheses, an optional title.
_DEST = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
_IMAGE = re.compile(r"!\[[^\]\n]*\]" + _DEST)
# Link text may run over a line break (wrapped prose) but holds no brackets.
_LINK = re.compile(r"\[(?P<label>[^\[\]\n]*(?:\n[^\[\]\n]+)?)\]" + _DEST)
_REF_LINK = re.compile(r"\[(?P<label>[^\[\]\n]+)\]\[[^\[\]\n]*\]")
_LINK_DEFINITION = re.compile(r"(?m)^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEF = re.compile(r"(?m)^ {0,3}\[\^[^\]\s]+\]:")
# Link text that is only a note marker: "1", "(1)", "*1", "[12]", "i", "†".
_NOTE_LABEL = re.compile(r"^\s*[(\[]?\s*(?:\*?\d{1,3}|[ivx]{1,4}|[*†‡§])\s*[)\]]?\s*$", re.I)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>", re.I)
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'\])]+(?:\([^\s()]*\)[^\s<>\"'\])]*)*", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# An inline code span (CommonMark: one backtick each side, on one line) whose content is
# code, not a quoted word: a call, an assignment or comparison, an identifier with an
# underscore, or a knitr chunk ("`r round(x, 1)`"). Its digits are arguments, not figures.
# A backtick with a letter or digit just outside it is an apostrophe ("the agency`s plan"),
# never the edge of a span: pairing two of them would blank the prose between.
_CODE_SPAN = re.compile(r"(?<![\w`])`(?!`)(?P<code>[^`\n]{1,300})(?<!`)`(?![\w`])")
_CODE_LIKE = re.compile(r"[(){}\[\]=<>$]|[A-Za-z0-9]_[A-Za-z0-9]|^r\s")
# A Kramdown attribute list after a link or a block (Jekyll sites): '{:class="external-link"}',
# "{: .note}", "{:target='_blank'}"; styling, never read.
_ATTRIBUTE_LIST = re.compile(r"\{:[^{}\n]{0,200}\}")
# A superscript holding a note number is a footnote marker: blank it whole.
_SUP_NOTE = re.compile(r"<sup>\s*[(\[]?\s*\*?\d{1,3}\s*[)\]]?\s*</sup>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
# An HTML anchor written into Markdown: its text is link text like "[text](address)".
_HTML_ANCHOR = re.compile(r"<a\s[^<>]*>(?P<label>(?:(?!</?a[\s>]).){1,300}?)</a\s*>", re.I | re.S)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
# CommonMark lets a backslash escape any ASCII punctuation ("15\\%", "\\$5").
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_STRONG = re.compile(r"\*\*|__|~~")
# A single "*" or "_" that opens or closes emphasis (never a bullet at a line start).
_EMPHASIS = re.compile(r"(?<![\w*\\])[*_](?=[^\s*_])|(?<=[^\s*_\\])[*_](?![\w*])")
_ATX = re.compile(r"(?m)^ {0,3}#{1,6}(?=\s)|[ \t]#+[ \t]*$")
_RULE = re.compile(r"(?m)^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_QUOTE = re.compile(r"(?m)^ {0,3}(?:>[ \t]?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}|[\u3400-\u9fff]")

# A table cell longer than this many words is prose laid out in a table.
_PROSE_CELL_WORDS = 25
_PROSE_CELL_CJK = 60


@dataclass(slots=True)
class MarkdownView:
    """The blanked text, the front matter's fields, and the lines that are only links."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    furniture: list[tuple[int, int]] = field(default_factory=list)


def markdown_view(source: str) -> MarkdownView:
    """Blank the furniture of ``source`` (Markdown), keeping its length and newlines.

    >>> markdown_view("See [the plan](https://example.org/2030/plan) now.").text
    'See  the plan                                    now.'
    """
    chars = list(source)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    metadata: dict[str, str] = {}
    front_end = 0
    front = _FRONT_MATTER.match(source)
    if front:
        metadata = _front_matter(front.group(2))
        front_end = front.end()
    elif _JSON_FRONT.match(source):
        front_end, metadata = _json_front_matter(source)
    blank(0, front_end)
    if front:
        _restore_prose_field(chars, source, front)
    masked_blocks, tables = _blocks(source, front_end)
    for start, end in masked_blocks:
        blank(start, end)
    for start, end, rendered in math_spans("".join(chars)):
        # inline LaTeX ("$16 \\%$", "$\\mathrm{CO}_{2}$"): what it typesets, left-aligned
        blank(start, end)
        chars[start : start + len(rendered)] = rendered
    for match in _CODE_SPAN.finditer("".join(chars)):
        if _CODE_LIKE.search(match.group("code")):
            blank(*match.span())
    block_blanked = "".join(chars)

    current = "".join(chars)
    furniture_first = (_HTML_COMMENT, _ATTRIBUTE_LIST, _SUP_NOTE, _IMAGE, _AUTOLINK)
    for pattern in (*furniture_first, _LINK_DEFINITION, _FOOTNOTE_REF):
        for match in pattern.finditer(current):
            blank(*match.span())
    current = "".join(chars)
    link_spans: list[tuple[int, int]] = []
    for pattern in (_LINK, _REF_LINK):
        for match in pattern.finditer(current):
            label_start, label_end = match.span("label")
            if _NOTE_LABEL.match(match.group("label")) or not match.group("label").strip():
                blank(*match.span())  # a footnote or anchor marker: nothing to read
                continue
            blank(match.start(), label_start)
            blank(label_end, match.end())
            link_spans.append((label_start, label_end))
    current = "".join(chars)
    link_spans.extend(m.span("label") for m in _HTML_ANCHOR.finditer(current))
    for match in _BARE_URL.finditer(current):
        blank(*match.span())
    current = "".join(chars)
    for pattern in (_HTML_TAG, _FOOTNOTE_DEF, _ESCAPE, _STRONG, _EMPHASIS, _ATX, _RULE, _QUOTE):
        for match in pattern.finditer(current):
            blank(*match.span())
    current = "".join(chars)
    for match in _ENTITY.finditer(current):
        replacement = _ENTITIES.get(match.group().lower(), " ")
        chars[match.start()] = replacement
        blank(match.start() + 1, match.end())
    _keep_paragraphs(chars, block_blanked)
    for table in tables:
        _open_or_keep_table(chars, table)
    text = "".join(chars)
    return MarkdownView(text, metadata, _link_only_lines(text, link_spans))


# Put on a line that blanking emptied, so that a paragraph does not break where a wrapped
# link address stood on a line of its own. Whitespace to every reader but the blank-line
# pattern of the segmenter.
_FILLER = "\u00a0"


def _keep_paragraphs(chars: list[str], before: str) -> None:
    start = 0
    for line in before.split("\n"):
        end = start + len(line)
        if line.strip() and not "".join(chars[start:end]).strip():
            chars[start] = _FILLER
        start = end + 1


# A page whose body is empty and whose front matter holds its prose in one field (a
# question-and-answer page keeps its answer in "answer: >-"): that field is the text.
_PROSE_FIELD_WORDS = 30
_BLOCK_INDICATOR = re.compile(r"[ \t]*[>|][-+]?[ \t]*")
_ESCAPED_BREAK = re.compile(r"\\n")
# a value that starts on its key's line and is no sequence or mapping ("[a, b]", "{a: 1}")
_SCALAR_START = re.compile(r"[ \t]*(?:[>|][-+]?[ \t]*(?:\n|$)|[^\s\[{#&*!-]|-\S)")
# a sentence's end inside the value: a keyword list or a title has none
_SENTENCE_END = re.compile(r"[.!?](?:\s|\\n|[\"']?$)")


def _restore_prose_field(chars: list[str], source: str, front: re.Match[str]) -> None:
    """Put back the longest prose field of a YAML front matter when the body has no words,
    its escaped line breaks ("\\n") made real ones of the same length. Only a text field
    (a block or a string on its key's line) with a sentence's end in it is prose."""
    body = _ENTITY.sub(" ", _HTML_TAG.sub(" ", source[front.end() :]))
    if _WORD.search(body):
        for start, end in quoted_fields(source, front.span(2), body, _WORD):
            chars[start:end] = source[start:end]  # a link post's quoted news
        return
    block_start, block_end = front.span(2)
    keys = [
        block_start + m.end()
        for m in re.finditer(r"(?m)^[A-Za-z_][\w-]*\s*[:=]", source[block_start:block_end])
    ]
    best, best_words = None, _PROSE_FIELD_WORDS - 1
    for i, start in enumerate(keys):
        end = keys[i + 1] if i + 1 < len(keys) else block_end
        end = source.rfind("\n", start, end) if i + 1 < len(keys) else end
        if not _SCALAR_START.match(source, start, end):
            continue  # a list of tags or a nested mapping is metadata, never prose
        indicator = _BLOCK_INDICATOR.match(source, start)
        start = indicator.end() if indicator else start
        words = len(_WORD.findall(source, start, end))
        if words > best_words and _SENTENCE_END.search(source, start, end):
            best, best_words = (start, end), words
    for start, end in prose_items(source, keys, block_end, _SCALAR_START, _WORD):
        chars[start:end] = source[start:end]
    if best is None:
        return
    start, end = best
    chars[start:end] = source[start:end]
    for match in _ESCAPED_BREAK.finditer(source, start, end):
        chars[match.start()], chars[match.start() + 1] = "\n", " "


_JSON_MAX_CHARS = 64 * 1024


def _json_front_matter(source: str) -> tuple[int, dict[str, str]]:
    """Where a JSON front matter object ends, and its flat string fields (0 and none when
    the opening brace does not start a valid object)."""
    start = source.index("{")
    try:
        # at most the first 64 KB: a front matter is short, and a deeply nested array in a
        # longer one must not cost the decoder its stack
        value, end = json.JSONDecoder().raw_decode(source[: start + _JSON_MAX_CHARS], start)
    except (ValueError, RecursionError):
        return 0, {}
    if not isinstance(value, dict):
        return 0, {}
    fields = {str(k).lower(): str(v).strip() for k, v in value.items() if isinstance(v, str)}
    return end, fields


def _front_matter(block: str) -> dict[str, str]:
    """``key: value`` pairs of a YAML front matter (flat keys only; folded lines joined)."""
    fields: dict[str, str] = {}
    key = None
    for line in block.splitlines():
        match = _FRONT_KEY.match(line)
        if match:
            key = match.group("key").lower()
            fields[key] = match.group("value").strip()
        elif key and line.startswith((" ", "\t")):
            fields[key] = f"{fields[key].rstrip(chr(92))} {line.strip().lstrip(chr(92))}".strip()
    for key, value in fields.items():
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        # YAML escapes that front matter writers use for invisible characters.
        value = re.sub(r"\\u[0-9a-fA-F]{4}", " ", value).replace("\\_", " ").replace("\\ ", " ")
        fields[key] = " ".join(value.split())
    return fields


_INLINE_RULES = ["inline", "text_join"]


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            offsets.append(i + 1)
    offsets.append(len(text) + 1)
    return offsets


def _blocks(source: str, skip_to: int) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Spans to blank whole (code, front matter) and the line spans of each table."""
    from markdown_it import MarkdownIt

    # Only the top-level blocks are read: the inline rules (emphasis, links, ...) would fill
    # the children of each paragraph's inline token, which nothing here reads.
    parser = MarkdownIt("commonmark", {"html": True}).enable("table").disable(_INLINE_RULES)
    offsets = _line_offsets(source)
    masked: list[tuple[int, int]] = []
    tables: list[list[tuple[int, int]]] = []
    for token in parser.parse(source):
        if token.map is None or token.level != 0:
            continue
        first, last = token.map
        start, end = offsets[first], min(offsets[last] - 1, len(source))
        if end <= skip_to:
            continue
        if token.type == "fence" or (
            token.type == "code_block" and not indented_list(source[start:end])
        ):
            masked.append((start, end))
        elif token.type == "table_open":
            tables.append(
                [(offsets[i], min(offsets[i + 1] - 1, len(source))) for i in range(first, last)]
            )
    return masked, tables


_WORD = re.compile(r"[^\W\d_]{2,}")


def _cells(line: str, base: int) -> list[tuple[int, int]]:
    """Spans of a pipe row's cells (absolute), without the pipes."""
    spans = []
    cursor = 0
    parts = line.split("|")
    for n, part in enumerate(parts):
        start = cursor
        cursor += len(part) + 1
        if n == 0 and not part.strip() and line.lstrip().startswith("|"):
            continue
        if n == len(parts) - 1 and not part.strip():
            continue
        spans.append((base + start, base + start + len(part)))
    return spans


def _is_prose(cell: str) -> bool:
    return len(cell.split()) > _PROSE_CELL_WORDS or len(_WORD.findall(cell)) > _PROSE_CELL_CJK


def _open_or_keep_table(chars: list[str], lines: list[tuple[int, int]]) -> None:
    """Blank the rule row; open a layout table (any prose cell) into plain lines.

    An opened table loses its pipes, so each row reads as a line of text ("(3)  The
    Commission shall ..."): its label cell becomes the numbering of the paragraph. A data
    table keeps its pipes for the table reader (``ingest.tables``).
    """
    rows = ["".join(chars[s:e]) for s, e in lines]
    cells = [_cells(row, s) for row, (s, _) in zip(rows, lines, strict=True)]
    layout = any(_is_prose("".join(chars[a:b])) for row in cells for a, b in row)
    for row, (start, end), spans in zip(rows, lines, cells, strict=True):
        if _TABLE_RULE.match(row):
            for i in range(start, end):
                chars[i] = " "
            continue
        if layout or not any("".join(chars[a:b]).strip() for a, b in spans):
            for i in range(start, end):
                if chars[i] == "|":
                    chars[i] = " "
            if layout and row.lstrip().startswith("|"):
                # Rows become separate paragraphs: the opening pipe of each row turns into
                # a line break, so a blank line parts it from the row above (same length).
                chars[start + row.index("|")] = "\n"


def _link_only_lines(text: str, links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines whose only words are link texts: menus, link lists, language pickers."""
    if not links:
        return []
    offsets = _line_offsets(text)
    by_line: dict[int, list[tuple[int, int]]] = {}
    import bisect

    for start, end in links:
        line = bisect.bisect_right(offsets, start) - 1
        by_line.setdefault(line, []).append((start, end))
    found = []
    for line, spans in by_line.items():
        start, end = offsets[line], offsets[line + 1] - 1
        rest = list(text[start:end])
        for a, b in spans:
            for i in range(max(a, start), min(b, end)):
                rest[i - start] = " "
        if not re.search(r"[^\W_]", "".join(rest)):
            found.append((start, end))
    return found
