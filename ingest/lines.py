"""Lines of a block: where a numbered item, a bullet, a title or a table row opens a block.

The segmenter (``ingest.segment``) cuts paragraphs into blocks along these lines before it
reads their sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.lang import Grammar, english_patterns

BULLET = re.compile(r"^[-–—•*·▪●◦■]\s+")
# A bullet or list number before a paragraph's opening words: "（1）", "2.", "三、", "•"
LEAD_BULLET = re.compile(
    r"^\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*[.．、](?!\d)"
    r"|[一二三四五六七八九十]{1,3}\s*、|[-–—•*·▪●◦■])\s*"
)
# A figure in a line (English cue words, kept in ``ingest/lang/en.toml``).
_PERCENT = english_patterns("clause_cues")["percent"]


def is_title(line: str, grammar: Grammar) -> bool:
    """A short line with no sentence punctuation at its end reads as a title."""
    if "\n" in line or not line or len(line) > grammar.title_max_chars:
        return False
    if not any(c.isalpha() for c in line):  # "2005)", "—": not a title
        return False
    if len(line.split()) > grammar.title_max_words or line[-1] in ".;,:：。；，！？!":
        return False
    if re.search(r"[.!?]\s+[A-Z]", line):  # two sentences
        return False
    if grammar.predicate_cue.search(line):  # "X will reach Y" is a statement, not a title
        return False
    if _PERCENT.search(line):  # "70% absolute reduction of emissions": a figure, not a title
        return False
    return line[0].isupper() or line[0].isdigit() or not line[0].isascii()


def numbering(line: str, grammar: Grammar) -> tuple[int, str, int] | None:
    for rule in grammar.headings:
        match = rule.pattern.match(line)
        if match:
            return rule.level, match.group().strip(), match.end()
    return None


def split_lines_at_markers(
    text: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int]]:
    """Cut a block where a line opens with a number, a bullet or a box marker."""
    cut = start
    pos = start
    lines = text[start:end].split("\n")
    legend = _legend_lines(lines, grammar)
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        previous = text[cut:pos].rstrip("\n").rsplit("\n", 1)[-1].lstrip()
        if (
            pos > cut
            and stripped
            and (
                # each row of a pipe table is a block of its own
                stripped.startswith("|")
                or previous.startswith("|")
                or _opens_numbered_line(stripped, text[cut:pos], grammar)
                or BULLET.match(stripped)
                or grammar.box.match(stripped)
                or (is_title(stripped.rstrip(), grammar) and text[cut:pos].rstrip()[-1:] in ".。:;")
                # a row of a legend or breakdown ("China 29.9%" under "USA 13.7%")
                or index in legend
                or index - 1 in legend
                # a line in capitals is a heading (laid-out PDF text): it stands alone
                # (two such lines in a row are one heading wrapped, or a headline: kept whole)
                or _capitals_cut(stripped.rstrip(), previous.rstrip(), grammar)
                # a numbered heading on a line of its own ("二、主要目标") over its text
                or _numbered_heading_line(text[cut:pos], grammar)
                # One paragraph a line (HTML extraction, DOCX): a line that ends a
                # sentence followed by one that starts a new one.
                or (
                    text[cut:pos].rstrip()[-1:] in ".!?。"
                    and (stripped[0].isupper() or not stripped[0].isascii())
                )
            )
        ):
            yield cut, pos
            cut = pos
        pos += len(line) + 1
    yield cut, end


_HEADING_LINE_CHARS = 40


# A line of labelled shares and nothing else: "China 29.9%", "EU-27 8.2%India 6.7%".
# One share of such a line, up to its per cent sign: a label of at most 40 characters and a
# figure. Each share is matched on its own piece of the line (see ``_share_line``): one
# pattern repeated over the whole line backtracks through every way of splitting each label
# from its figure, which never ends on a long list of figures that is no legend.
_SHARE_PIECE = re.compile(r"\s*[^%\n]{1,40}?\s?\d[\d.,]*\s?")
_PERCENT_SIGN = re.compile(r"[%％]")
# Longer than this, a piece holds more than a label and a figure.
_SHARE_PIECE_CHARS = 80
# Lines in a row that make a legend of an infographic or a breakdown laid out as text.
_LEGEND_RUN = 3


def _legend_lines(lines: list[str], grammar: Grammar) -> set[int]:
    """Indexes of lines in runs of at least three lines of labelled shares: a chart's legend
    or a breakdown, each line a row of its own rather than part of one long sentence.

    A line that states an aim ("Reduce emissions by 55%") is no label, and a run is a list
    of one sentence when a lead-in ending in a colon opens it or the line after it carries
    the sentence on ("by 2030.")."""
    found: set[int] = set()
    run: list[int] = []
    padded = [*lines, ""]
    for index, line in enumerate(padded):
        stripped = line.strip()
        if (
            _share_line(stripped)
            and any(c.isalpha() for c in line)
            and not grammar.normative.search(stripped)
        ):
            run.append(index)
            continue
        if len(run) >= _LEGEND_RUN and not _in_a_sentence(padded, run[0], index):
            found.update(run)
        run = []
    return found


def _share_line(line: str) -> bool:
    """Whether ``line`` is labelled shares and nothing else ("China 29.9%", "EU-27 8.2%India
    6.7%"): every piece before a per cent sign is a label and a figure, and nothing follows
    the last sign. Linear in the line's length."""
    pieces = _PERCENT_SIGN.split(line)
    if len(pieces) < 2 or pieces[-1].strip():
        return False
    for piece in pieces[:-1]:
        core = piece.lstrip()
        # the label may take one space before it (" 6%" after "5%"); more only lengthens it
        piece = piece[len(piece) - len(core) - 1 :] if core != piece else piece
        if len(core) > _SHARE_PIECE_CHARS or not _SHARE_PIECE.fullmatch(piece):
            return False
    return True


def _in_a_sentence(lines: list[str], first: int, after: int) -> bool:
    """Whether the run of lines ``first`` to ``after`` (excluded) sits inside one sentence:
    the line before it leads in with a colon, or the line after it goes on in lower case."""
    before = lines[first - 1].rstrip() if first else ""
    following = lines[after].lstrip()
    return before[-1:] in (":", "：") or following[:1].islower()


# A year in a line: a heading that holds one leads into the aims below it.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _capitals_cut(line: str, previous: str, grammar: Grammar) -> bool:
    """Whether a block ends between ``previous`` and ``line`` because one of them is a
    heading in capitals and the other is not. A heading that holds a year ("TARGETS FOR
    2030") leads into the lines below it instead: its year dates the list."""
    heading = _capitals_heading(previous, grammar)
    if heading and _YEAR.search(previous):
        return False
    return _capitals_heading(line, grammar) != heading


def _capitals_heading(line: str, grammar: Grammar) -> bool:
    """Whether ``line`` is a heading set in capitals ("GLOBAL EMISSIONS AND PLEDGES"):
    two words or more, every letter a capital, and a title's shape."""
    if any(map(str.islower, line)):
        return False  # a lower-case letter: no heading in capitals (most lines end here)
    words = [w for w in line.split() if any(map(str.isupper, w))]
    if len(words) < 2:
        return False  # a script without capitals (Chinese) has no such headings
    return is_title(line, grammar)


_HEADING_LINE_WORDS = 6


def _numbered_heading_line(chunk: str, grammar: Grammar) -> bool:
    """Whether ``chunk`` is one line holding a numbered heading and nothing else ("二、主要目标",
    "（三）重点任务"): what follows it on the next line is its text, not its title."""
    line = chunk.strip()
    if not line or "\n" in line:
        return False
    numbered = numbering(line, grammar)
    # a Chinese marker ("二、", "（三）"): an English "2. Short line" may be an item of a list
    if not numbered or not re.search(r"[）、]", numbered[1]):
        return False
    rest = line[numbered[2] :].strip()
    # short, as headings are: a wrapped line of a numbered point ("(a) Starting from 2036,
    # a possible limited ...") runs on into the next line
    short = len(rest) <= _HEADING_LINE_CHARS and len(rest.split()) <= _HEADING_LINE_WORDS
    return bool(rest) and short and is_title(rest, grammar)


def _opens_numbered_line(line: str, before: str, grammar: Grammar) -> bool:
    """Whether ``line`` opens a numbered item rather than continuing a wrapped sentence.

    "60 percent in 2030 ..." after "... by more than" is the same sentence on its next
    line; "2. The Commission ..." or "(3) ..." opens an item wherever it stands.
    """
    numbered = numbering(line, grammar)
    if not numbered:
        return False
    marker = numbered[1]
    if re.search(r"[.)）、:：]|\D", marker.replace(" ", "")):
        return True
    return before.rstrip()[-1:] in ".:;。：；!?！？"
