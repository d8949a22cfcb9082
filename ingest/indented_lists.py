"""Indented blocks that are prose lists, not code.

Under CommonMark a run of lines indented four spaces after a blank line is an indented code
block, which the Markdown reader blanks. Word-to-Markdown converters push nested list items
(a statute's "(a) ...", "(1) ...") right in the same way, so such blocks are read as text
when every line is a list item of prose; commands, diffs, YAML and settings stay code.
"""

from __future__ import annotations

import re

# A web address in an item is not a sign of code.
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
# A line of an indented block that is a list item of prose: a bullet, an enumerator or both
# ("* (a) ...", "(1A) ...", "a) ...", "(iv) ..."), then its words. A line that is only a
# marker (a converter's empty bullet) is left out of the test.
_ENUM = r"(?:\d{1,3}[.)]|\(\d{1,3}[A-Z]?\)|\(?[a-z]{1,2}\)|\(?[ivx]{1,6}\))"
_MARKER = re.compile(rf"^\s*(?:[*+-](?:\s+{_ENUM})?|(?:``)?{_ENUM})(?=\s|$)")
# Two backticks opening a quotation ("``(a) Establishment.--", "the term ``covered
# project''"), as bill prints set quoted text: a quotation mark, not inline code, which
# two backticks would also close.
_OPEN_QUOTE = re.compile(r"``(?=[\w(])")
# Words of alphabetic scripts (no Han) and Han characters, counted apart: a Chinese clause
# has no spaces, so two Han characters count as one word.
_ALPHA_WORD = re.compile(r"(?:(?![\u3400-\u9fff\uf900-\ufaff])[^\W\d_]){2,}")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Signs of code in an item: an assignment, a shell operator or flag, a call, a variable, a
# backtick, a path or a dotted name ("harbour.load", "report.py").
_CODE_SIGN = re.compile(
    r"=|&&|\|\||(?:^|\s)--?[A-Za-z]|\b[A-Za-z]\w*\(|\$[A-Za-z_{(]|`"
    r"|(?:^|\s)\.{0,2}/\w|\w/\w+/|[A-Za-z_]\w+\.[A-Za-z_]\w+"
)
# A settings line: a lower-case one-word or identifier key, a colon, then a value
# ("timeout: 30"); a lead-in such as "where:" has no value after its colon.
_KEY = re.compile(r"^\s*(?:[a-z][a-z0-9]*(?:[_.-][A-Za-z0-9]+)*|[a-z]+[A-Z]\w*)\s*:\s*\S")
# How an item of prose ends: a stop, a semicolon or colon, or a joining "and"/"or".
_PROSE_END = re.compile(r"(?:[.;:。；：]|\b(?:and|or))\s*$")
_STOP = re.compile(r"[.。]\s*$")
# How an item with wrapped lines ends: as prose does, or as a bill's lead-in or quotation
# does ("means--", "a year.''"); a command list wraps too, but ends on a command's word.
_WRAPPED_END = re.compile(r"(?:[.;:,。；：]|--|—|\b(?:and|or))\s*(?:''|[\"”’)])*[.;,]?\s*$")
_MIN_WORDS = 4
# A line that opens with a command of a shell or package tool: under a short step such
# lines are commands, however many words they have.
_COMMAND_WORD = re.compile(
    r"^\s*(?:sudo|pip3?|npm|npx|yarn|apt(?:-get)?|brew|make|git|cd|ls|cp|mv|rm|mkdir|cat"
    r"|curl|wget|docker|kubectl|python3?|node|go|cargo|systemctl|chmod|chown|export|source"
    r"|bash|sh|conda|poetry|uv|ssh|scp|tar|echo)\b"
)
# Words a line without a marker needs to be read as the wrapped rest of the item above it
# (fewer when it ends as prose does).
_CONTINUATION_WORDS = 3


def _phrase_words(text: str) -> int:
    return len(_ALPHA_WORD.findall(text)) + len(_HAN.findall(text)) // 2


def _continues(text: str) -> bool:
    """Whether a line without a marker reads as the wrapped rest of an item: three words or
    more, or a shorter last line that ends as prose does ("this section).")."""
    words = _phrase_words(text)
    return words >= _CONTINUATION_WORDS or (words > 0 and bool(_PROSE_END.search(text)))


def _code_like(text: str, key: bool = True) -> bool:
    """Whether a line of an indented block shows a sign of code or (``key``: a line that
    opens an item, where a settings key would stand) a settings key; a wrapped line may
    break after "section:" mid-sentence."""
    text = _OPEN_QUOTE.sub("  ", _URL.sub(" ", text))
    return bool(_CODE_SIGN.search(text) or (key and _KEY.match(text)))


def indented_list(block: str) -> bool:
    """Whether an indented block (CommonMark: code) is a list of prose items pushed right by
    a converter: every line a bullet or enumerated item, or the wrapped rest of the item
    above it (three words or more, as a bill's hanging indent prints it; the item then ends
    as prose, a lead-in or a quotation does), with no sign of
    code and no settings key (two backticks opening a quotation are a quotation mark); and
    the block four words or more in all (one item that long, or one ending as prose does),
    or short items that run on as one sentence. Such blocks are read as text; code, command
    lists, diffs and bulleted settings are still blanked."""
    items: list[str] = []
    wrapped: set[int] = set()
    commands = False  # a wrapped item that reads as a step with commands under it
    bullets = set()
    for line in block.splitlines():
        marker = _MARKER.match(line)
        rest = line[marker.end() :] if marker else line
        if not rest.strip():
            continue
        if _code_like(rest, key=marker is not None or not items):
            return False
        if marker is None:  # a wrapped item's next line, indented under it, or not prose
            if not items or not _continues(rest):
                return False
            if _phrase_words(items[-1]) < _MIN_WORDS or _COMMAND_WORD.match(rest):
                commands = True
            items[-1] = f"{items[-1]} {rest.strip()}"
            wrapped.add(len(items) - 1)
            continue
        bullets.add(line.lstrip()[0])
        items.append(rest)
    if not items or {"+", "-"} <= bullets:
        return False
    if commands and any(not _WRAPPED_END.search(items[i]) for i in wrapped):
        # Wrapped lines under a short step or opening with a command word, ending on no
        # stop: commands under a step, not prose. A long item wrapped mid-sentence may end
        # without a stop, as a plan's bullets often do.
        return False
    words = [_phrase_words(item) for item in items]
    ends = [bool(_PROSE_END.search(item)) for item in items]
    if sum(words) >= _MIN_WORDS and (max(words) >= _MIN_WORDS or any(ends)):
        return True
    # Short items that run on as one sentence ("(e) shipping; or" / "(f) aviation.").
    return len(items) >= 2 and all(ends) and bool(_STOP.search(items[-1]))
