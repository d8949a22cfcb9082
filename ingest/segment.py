"""Split a document along its own structure into clauses.

Headings and numbered structure ("I.", "1.", "(1)", "(I)", "Article 3", short
title lines, "News link:" boxes) give each clause its section path. Paragraphs
are split into sentences by spaCy, and a sentence that lists several parallel
aims ("by 2030, A will reach X, B will reach Y, and C will reach Z") into one
clause per aim; the words the aims share (the lead-in with the deadline or the
subject) become each aim's ``context``. Every clause keeps ``start``/``end`` so
that ``document.text[start:end] == clause.text``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language

from ingest.enumeration import carries_lead_in, find_lead_in, split_aims
from ingest.lang import Grammar, english_patterns, load_grammar
from ingest.limits import check_time
from ingest.lines import BULLET, LEAD_BULLET, is_title, numbering, split_lines_at_markers
from ingest.quantities import find_quantities
from ingest.records import Clause, ClauseKind, Document, content_id
from ingest.sentence_spans import cut_run_in, sentence_spans
from ingest.sentence_spans import strip_span as _strip_span
from ingest.tables import is_rule_row

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n+")
# A Markdown heading left in a plain-text file ("## 第六章 法律责任"): Markdown files
# have their hashes blanked on loading (``ingest.markup``), text files keep them.
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")
# A numbered item's first sentence is its title when it is this short.
_ITEM_TITLE_MAX_WORDS = 12
# A line that stops on a word needing what follows, no stop or colon after it.
_OPEN_CUES = english_patterns("clause_cues")
_OPEN_END, _OPEN_AIM = _OPEN_CUES["open_lead"], _OPEN_CUES["open_lead_aim"]
_OPEN_FACT = _OPEN_CUES["open_lead_fact"]
# Paragraphs longer than this go through spaCy in pieces: spaCy refuses a text
# over ``nlp.max_length`` (1,000,000 characters, error E088), and one Doc per
# piece keeps memory small. Real paragraphs are far shorter, so they are never cut.
_MAX_PIECE_CHARS = 100_000
# Where a long paragraph is cut: after a sentence end and its spaces, else at a
# newline or other space, else (a single 100,000-character word) anywhere.
_PIECE_BREAKS = (re.compile(r"[.!?。！？]\s+"), re.compile(r"\s+"))


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    heading: tuple[int, str, str] | None = None  # (level, label, kind) when a heading
    item: tuple[int, str] | None = None  # (level, label) for a numbered paragraph
    bullet: bool = False
    row: bool = False  # a row of a pipe table ("| indicator | unit | 2025 |")


def iter_blocks(document: Document, grammar: Grammar) -> Iterator[_Block]:
    """Paragraph-sized blocks of the document that are not boilerplate."""
    text = document.text
    bounds = [0]
    for match in _BLANK_LINES.finditer(text):
        bounds.extend(match.span())
    bounds.append(len(text))
    for para_start, para_end in zip(bounds[::2], bounds[1::2], strict=False):
        for raw_start, raw_end in split_lines_at_markers(text, para_start, para_end, grammar):
            for start, end in _without_skipped(text, raw_start, raw_end, document.skipped):
                yield _classify_block(text, start, end, grammar)


def _without_skipped(
    text: str, start: int, end: int, skipped: tuple[tuple[int, int], ...]
) -> Iterator[tuple[int, int]]:
    """The parts of ``[start, end)`` outside the boilerplate spans, stripped."""
    cursor = start
    for s, e in sorted(skipped):
        if e <= cursor or s >= end:
            continue
        piece = _strip_span(text, cursor, s)
        if piece[0] < piece[1]:
            yield piece
        cursor = max(cursor, e)
    piece = _strip_span(text, cursor, end)
    if piece[0] < piece[1]:
        yield piece


def _classify_block(text: str, start: int, end: int, grammar: Grammar) -> _Block:
    line = text[start:end]
    if line.startswith("|") and "\n" not in line and line.count("|") >= 2:
        return _Block(start, end, row=True)
    if grammar.box.match(line) and "\n" not in line:
        return _Block(start, end, heading=(1, line, "box"))
    atx = _ATX_HEADING.match(line) if "\n" not in line else None
    if atx:  # always a heading; its numbering, if any, gives the level
        label = line[atx.end() :].strip()
        numbered = numbering(label, grammar)
        level = numbered[0] if numbered else len(atx.group().strip())
        return _Block(start, end, heading=(level, label, "heading"))
    numbered = numbering(line, grammar)
    if numbered:
        level, marker, marker_end = numbered
        rest = line[marker_end:].strip()
        if not rest or is_title(rest, grammar):
            return _Block(start, end, heading=(level, line, "heading"))
        return _Block(start, end, item=(level, marker))
    if is_title(line, grammar):
        return _Block(start, end, heading=(1, line, "heading"))
    return _Block(start, end, bullet=bool(BULLET.match(line)))


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``text`` cut into spans of at most ``limit`` characters, at sentence ends where possible.

    >>> _pieces("One. Two. Three.", limit=8)
    [(0, 5), (5, 10), (10, 16)]
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for pattern in _PIECE_BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() < limit]
            if ends:
                cut = ends[-1]
                break
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def _block_sentences(
    text: str, body: list[_Block], nlp: Language
) -> dict[int, list[tuple[int, int]]]:
    """Sentence spans (relative to each block) of the body blocks, keyed by block start.

    A block longer than ``_MAX_PIECE_CHARS`` is parsed in pieces whose sentence
    offsets are shifted back to the block's, so spans index the document text.
    """
    pieces = [
        (b.start, s, e) for b in body for s, e in _pieces(text[b.start : b.end], _MAX_PIECE_CHARS)
    ]
    parsed = _sentences_of([text[start + s : start + e] for start, s, e in pieces], nlp)
    sentences: dict[int, list[tuple[int, int]]] = {b.start: [] for b in body}
    for (start, s, _), spans in zip(pieces, parsed, strict=True):
        check_time()
        sentences[start].extend((s + a, s + b) for a, b in spans)
    return sentences


# Sentence offsets of the pieces already split, per pipeline: a piece of text splits the
# same way each time, and a folder's documents repeat paragraphs (a notice's standard
# closing, a document saved twice), which are then split once. Forgotten when the pieces
# kept pass ``_SPLIT_KEPT_CHARS`` characters.
_SPLIT: weakref.WeakKeyDictionary[Language, dict[str, tuple[tuple[int, int], ...]]] = (
    weakref.WeakKeyDictionary()
)
_SPLIT_KEPT_CHARS = 5_000_000
# Characters of the pieces kept in ``_SPLIT``, per pipeline.
_SPLIT_CHARS: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def _sentences_of(pieces: list[str], nlp: Language) -> list[tuple[tuple[int, int], ...]]:
    """The (start, end) characters of each piece's sentences; the pipeline runs only over
    the pieces it has not split before."""
    known = _SPLIT.setdefault(nlp, {})
    # this call's pieces are read from ``found``, each with one ``get``: forgetting the kept
    # pieces (here below, or in another thread sharing the pipeline) must not lose or break one
    found = {p: spans for p in dict.fromkeys(pieces) if (spans := known.get(p)) is not None}
    new = [piece for piece in dict.fromkeys(pieces) if piece not in found]
    added = sum(map(len, new))
    if _SPLIT_CHARS.get(nlp, 0) + added > _SPLIT_KEPT_CHARS:
        known.clear()
        _SPLIT_CHARS[nlp] = 0
    for piece, doc in zip(new, nlp.pipe(new), strict=True):
        check_time()
        found[piece] = known[piece] = tuple((sent.start_char, sent.end_char) for sent in doc.sents)
    _SPLIT_CHARS[nlp] = _SPLIT_CHARS.get(nlp, 0) + added
    return [found[piece] for piece in pieces]


def split_clauses(
    document: Document, nlp: Language, *, grammar: Grammar | None = None
) -> list[Clause]:
    """Split ``document`` into clauses along its headings, paragraphs, sentences and aims.

    Args:
        document: the loaded document (its ``skipped`` spans produce nothing).
        nlp: a spaCy pipeline that sets sentence boundaries (``build_nlp``).
        grammar: the structure rules; defaults to the document's language.

    Returns:
        Clauses in document order.
    """
    grammar = grammar or load_grammar(document.language)
    text = document.text
    blocks = list(iter_blocks(document, grammar))
    body = [b for b in blocks if b.heading is None and not b.row]
    sentences = {
        start: cut_run_in(text, sentence_spans(text, start, spans), grammar.run_in_body)
        for start, spans in _block_sentences(text, body, nlp).items()
    }
    reader = _ClauseReader(document, grammar)
    for index, block in enumerate(blocks):
        check_time()
        if block.row:
            reader.row(block, index, blocks[index - 1] if index else None)
        elif block.heading:
            reader.heading(block, block.heading, index)
        else:
            reader.paragraph(block, index, sentences[block.start])
    return reader.clauses


def _stops_mid_sentence(block_text: str) -> bool:
    """Whether a block's last line breaks off in the middle of a sentence: three words or
    more, the last one needing what follows ("The key targets include")."""
    lines = block_text.splitlines()
    last = lines[-1].strip() if lines else ""
    return len(last.split()) >= 3 and bool(_OPEN_END.search(last))


def _leads_to_aims(opening: str, grammar: Grammar) -> bool:
    """Whether an open lead-in lends its words (and year) to the list after it: it names an
    aim of its own, reports nothing (a past mix, a projection, progress so far) and has no
    figure of its own (then it states an aim itself)."""
    return (
        bool(_OPEN_AIM.search(opening))
        and not _OPEN_FACT.search(opening)
        and not find_quantities(opening, grammar)
    )


class _ClauseReader:
    """Reads a document's blocks in order into clauses, keeping the section path above
    them, the lead-in block that introduces the items after it, and the table header."""

    def __init__(self, document: Document, grammar: Grammar) -> None:
        self.document, self.grammar, self.text = document, grammar, document.text
        self.clauses: list[Clause] = []
        self.stack: list[tuple[int, str]] = []
        self.lead_block_context = ""  # a block ending in ":" that introduces the items after it
        self.open_lead = ""  # a block that stops mid-sentence: the list right after completes it
        self.lead_block_level: int | None = None  # its item level, or its enclosing item's
        self.item_level: int | None = None  # the level of the numbered item being read
        self.seen_title = False
        self.table_header = ""  # the first row of the table being read, the context of its rows

    def add(
        self, start: int, end: int, kind: ClauseKind, paragraph: int, context: str = ""
    ) -> None:
        doc_id = self.document.doc_id
        self.clauses.append(
            Clause(
                clause_id=content_id(doc_id, start, end),
                doc_id=doc_id,
                text=self.text[start:end],
                start=start,
                end=end,
                section=tuple(label for _, label in self.stack),
                kind=kind,
                context=context,
                paragraph=paragraph,
            )
        )

    def row(self, block: _Block, index: int, previous: _Block | None) -> None:
        row = self.text[block.start : block.end]
        if is_rule_row(row) or not any(c.isalnum() for c in row):
            return
        if previous is None or not previous.row:
            self.table_header = ""
        self.add(block.start, block.end, "row", index, self.table_header)
        self.table_header = self.table_header or row

    def heading(self, block: _Block, heading: tuple[int, str, str], index: int) -> None:
        level, label, kind = heading
        if (
            not self.seen_title
            and not self.clauses
            and kind == "heading"
            and not numbering(label, self.grammar)
        ):
            self.seen_title = True
            self.add(block.start, block.end, "title", index)
            return
        self._enter(level, label)
        self.add(block.start, block.end, "heading", index)
        self.lead_block_context, self.open_lead, self.item_level = "", "", None

    def _enter(self, level: int, label: str) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, label))

    def _item(self, block: _Block, sentences: list[tuple[int, int]]) -> None:
        """A numbered item is a section of its own, titled by its short first sentence."""
        level, marker = block.item or (0, "")
        if self.lead_block_level is not None and level <= self.lead_block_level:
            # "Article 9 ..." after the items of "Article 8 ... measures:": a new provision.
            self.lead_block_context, self.lead_block_level = "", None
        first = sentences[0] if sentences else (block.start, block.end)
        first_text = self.text[first[0] : first[1]]
        title = first_text if len(first_text.split()) <= _ITEM_TITLE_MAX_WORDS else marker
        if not title.startswith(marker):
            title = f"{marker} {title}"
        self._enter(level, title.rstrip("."))
        self.item_level = level

    def paragraph(self, block: _Block, index: int, sentences: list[tuple[int, int]]) -> None:
        """A body block: one clause per sentence, or per aim of a sentence listing aims."""
        if block.item:
            self._item(block, sentences)
        text, grammar = self.text, self.grammar
        in_list = bool(block.item or block.bullet)
        # A block ending in ":" introduces every block after it, up to the next heading; one
        # that stops mid-sentence introduces the list items right after it, and no more.
        if not in_list:
            self.open_lead = ""
        context_from_block = " ".join(p for p in (self.lead_block_context, self.open_lead) if p)
        paragraph_lead = ""
        for n, (s_start, s_end) in enumerate(sentences):
            sentence = text[s_start:s_end]
            lead, aims = split_aims(sentence, grammar)
            if n == 0:
                bullet = LEAD_BULLET.match(sentence)  # "（1）“十四五”期间，……"
                opening = sentence[bullet.end() :] if bullet else sentence
                lead_len = find_lead_in(opening, grammar)
                paragraph_lead = opening[:lead_len].strip() if lead_len else ""
                inherited = context_from_block
            else:
                carried = paragraph_lead and carries_lead_in(sentence, grammar)
                inherited = paragraph_lead if carried else ""
                if not inherited:
                    paragraph_lead = ""
                inherited = " ".join(p for p in (context_from_block, inherited) if p)
            if len(aims) == 1:
                kind: ClauseKind = "item" if in_list and n == 0 else "sentence"
                self.add(s_start, s_end, kind, index, inherited)
                continue
            shared = sentence[:lead].strip()
            context = " ".join(p for p in (inherited, shared) if p)
            for a_start, a_end in aims:
                self.add(s_start + a_start, s_start + a_end, "aim", index, context)
        last = text[block.start : block.end].rstrip()
        if not in_list and sentences and _stops_mid_sentence(last):
            # "Our main aims for 2035 are" over a bulleted list; a line with a figure of its
            # own states an aim ("Raising output to 4 GW by 2035") and is no lead-in to
            # other figures
            opening = text[sentences[-1][0] : block.end].strip()
            self.open_lead = opening if _leads_to_aims(opening, grammar) else ""
        if last.endswith((":", "：", "—", "–")):  # "The Secretary of State must, before ...—
            self.lead_block_context = (
                text[sentences[-1][0] : block.end].strip() if sentences else last
            )
            # A lead-in inside a numbered item ("第五十二条 …" then "下列单位为…：") ends
            # with that item: the next item of its level is a new provision.
            self.lead_block_level = block.item[0] if block.item else self.item_level
