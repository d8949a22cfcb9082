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
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language

from ingest.deadlines import find_deadlines
from ingest.lang import Grammar, load_grammar
from ingest.limits import check_time
from ingest.records import Clause, Document, content_id
from ingest.tables import is_rule_row

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n+")
_BULLET = re.compile(r"^[-–—•*·▪●◦■]\s+")
# Abbreviations the sentencizer may end a sentence on ("portfolios, etc. by 2050").
_ABBREVIATION_END = re.compile(
    r"\b(?:etc|e\.g|i\.e|approx|vs|no|art|para|cf|incl|excl|fig|ca)\.$", re.IGNORECASE
)
# "(a) ", "3. ", "(iv) " before a clause: not part of its wording.
_LIST_MARKER = re.compile(r"^\W*(?:\d{1,2}[.)]|\(?[a-z]{1,4}\)|\([0-9]{1,2}\))\s+", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*(?:%|％|per\s*cent|percent)", re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"[\s.;,]+$")
# A modal whose verb is still to come after an aside: "must, not later than 7 days before
# the hearing, | serve a notice", "shall, by 30 June 2026, | install meters". English words;
# elsewhere it never matches.
_OPEN_MODAL = re.compile(r"\b(?:shall|must|should|may|will)(?:\s+not)?\s*,[^,]*$", re.IGNORECASE)
# Where the words before a deadline can still be a shared lead-in.
_MAX_LEAD_IN_WORDS = 14
# A numbered item's first sentence is its title when it is this short.
_ITEM_TITLE_MAX_WORDS = 12
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


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_title(line: str, grammar: Grammar) -> bool:
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


def _numbering(line: str, grammar: Grammar) -> tuple[int, str, int] | None:
    for rule in grammar.headings:
        match = rule.pattern.match(line)
        if match:
            return rule.level, match.group().strip(), match.end()
    return None


def _split_lines_at_markers(
    text: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int]]:
    """Cut a block where a line opens with a number, a bullet or a box marker."""
    cut = start
    pos = start
    for line in text[start:end].split("\n"):
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
                or _BULLET.match(stripped)
                or grammar.box.match(stripped)
                or (
                    _is_title(stripped.rstrip(), grammar) and text[cut:pos].rstrip()[-1:] in ".。:;"
                )
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


def _opens_numbered_line(line: str, before: str, grammar: Grammar) -> bool:
    """Whether ``line`` opens a numbered item rather than continuing a wrapped sentence.

    "60 percent in 2030 ..." after "... by more than" is the same sentence on its next
    line; "2. The Commission ..." or "(3) ..." opens an item wherever it stands.
    """
    numbered = _numbering(line, grammar)
    if not numbered:
        return False
    marker = numbered[1]
    if re.search(r"[.)）、:：]|\D", marker.replace(" ", "")):
        return True
    return before.rstrip()[-1:] in ".:;。：；!?！？"


def iter_blocks(document: Document, grammar: Grammar) -> Iterator[_Block]:
    """Paragraph-sized blocks of the document that are not boilerplate."""
    text = document.text
    bounds = [0]
    for match in _BLANK_LINES.finditer(text):
        bounds.extend(match.span())
    bounds.append(len(text))
    for para_start, para_end in zip(bounds[::2], bounds[1::2], strict=False):
        for raw_start, raw_end in _split_lines_at_markers(text, para_start, para_end, grammar):
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
    numbered = _numbering(line, grammar)
    if numbered:
        level, marker, marker_end = numbered
        rest = line[marker_end:].strip()
        if not rest or _is_title(rest, grammar):
            return _Block(start, end, heading=(level, line, "heading"))
        return _Block(start, end, item=(level, marker))
    if _is_title(line, grammar):
        return _Block(start, end, heading=(1, line, "heading"))
    return _Block(start, end, bullet=bool(_BULLET.match(line)))


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
    parsed = nlp.pipe(text[start + s : start + e] for start, s, e in pieces)
    sentences: dict[int, list[tuple[int, int]]] = {b.start: [] for b in body}
    for (start, s, _), doc in zip(pieces, parsed, strict=True):
        check_time()
        sentences[start].extend((s + sent.start_char, s + sent.end_char) for sent in doc.sents)
    return sentences


def _sentence_spans(
    doc_text: str, block_start: int, sents: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Absolute sentence spans, with fragments (no letters, or a lowercase start) merged back."""
    spans: list[tuple[int, int]] = []
    pending: int | None = None  # start of a marker-only piece ("1.") waiting for its sentence
    for s, e in sents:
        start, end = _strip_span(doc_text, block_start + s, block_start + e)
        if start >= end:
            continue
        piece = doc_text[start:end]
        if not any(c.isalpha() for c in piece) and not spans:
            pending = start if pending is None else pending
            continue
        if pending is not None:
            start, pending = pending, None
        if spans and (
            not any(c.isalnum() for c in piece)
            or (
                piece[0].islower()
                and _ABBREVIATION_END.search(doc_text[spans[-1][0] : spans[-1][1]])
            )
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if pending is not None:
        spans.append(_strip_span(doc_text, pending, block_start + sents[-1][1]))
    return spans


def find_lead_in(sentence: str, grammar: Grammar) -> int:
    """Length of a shared lead-in at the start of ``sentence`` (0 if none).

    A lead-in is what comes before the first aim and applies to all of them:
    "The Guiding Opinions propose that by 2030, " or "By 2025, " or "The main
    targets are: ".
    """
    colon = min((i for i in (sentence.find(":"), sentence.find("：")) if i > 0), default=-1)
    if 0 < colon < 200 and len(sentence) - colon > 20:
        return colon + 1
    for deadline in find_deadlines(sentence, grammar):
        before = sentence[: deadline.start].strip()
        if len(before.split()) > _MAX_LEAD_IN_WORDS:
            break
        if before and not (
            before.endswith((",", "，", "that"))
            or re.search(rf"{grammar.lead_in_verbs}$", before + " ", re.IGNORECASE)
        ):
            break
        commas = [
            i
            for i in (sentence.find(",", deadline.end), sentence.find("，", deadline.end))
            if i != -1
        ]
        comma = min(commas, default=-1)
        if comma != -1 and comma - deadline.end <= 25:
            return comma + 1
        break
    return 0


def split_aims(sentence: str, grammar: Grammar) -> tuple[int, list[tuple[int, int]]]:
    """Split a sentence listing parallel aims; returns (lead-in length, aim spans).

    A comma or semicolon separates two aims only when the words on both sides
    have a predicate of their own ("will reach", "have been applied"); noun
    lists ("steel, cement and glass") and dependent phrases (", making ...",
    ", which ...", "if ...,") stay whole. One span means no split.
    """
    lead = find_lead_in(sentence, grammar)
    body_start = lead
    while body_start < len(sentence) and sentence[body_start].isspace():
        body_start += 1
    pieces: list[list[int]] = []
    cursor = body_start
    for match in grammar.aim_separator.finditer(sentence, body_start):
        pieces.append([cursor, match.start(), match.end()])
        cursor = match.end()
    pieces.append([cursor, len(sentence), len(sentence)])
    aims: list[list[int]] = []
    ahead: int | None = None  # start of a deadline-only segment waiting for its aim
    for start, end, _next in pieces:
        segment = sentence[start:end]
        if grammar.forward_lead is not None and aims and grammar.forward_lead.match(segment):
            ahead = start if ahead is None else ahead
            continue
        if ahead is not None:
            aims.append([ahead, end])
            ahead = None
            continue
        clausal = bool(grammar.predicate_cue.search(segment))
        dependent = bool(grammar.subordinate_start.match(_LIST_MARKER.sub("", segment)))
        if aims and (
            not clausal
            or dependent
            or _is_dependent(sentence, aims[-1], grammar)
            or _OPEN_MODAL.search(sentence[aims[-1][0] : aims[-1][1]])
        ):
            aims[-1][1] = end
        else:
            aims.append([start, end])
    if ahead is not None and aims:  # a deadline closing the sentence dates the last aim
        aims[-1][1] = len(sentence)
    spans = [(s, len(_TRAILING_JUNK.sub("", sentence[:e]))) for s, e in aims]
    spans = [(s, max(e, s + 1)) for s, e in spans]
    if len(spans) < 2:
        return 0, [(0, len(sentence))]
    # The first aim must itself be clausal, or the sentence was not a list of aims.
    if not grammar.predicate_cue.search(sentence[spans[0][0] : spans[0][1]]):
        return 0, [(0, len(sentence))]
    return lead, spans


def _is_dependent(sentence: str, aim: list[int], grammar: Grammar) -> bool:
    """An aim that opens with "if/while/..." needs the next segment to finish it."""
    piece = _LIST_MARKER.sub("", sentence[aim[0] : aim[1]])
    return bool(grammar.subordinate_start.match(piece)) and "," not in piece


def _carries(sentence: str, grammar: Grammar) -> bool:
    """Whether a later sentence continues the aims of a paragraph's lead-in.

    It does when it states no time of its own, nothing marks it as past or
    present fact, and it has a predicate ("have stabilised", "will be ...").
    """
    if re.search(r"\b(?:19|20)\d{2}\b", sentence) or find_deadlines(sentence, grammar):
        return False
    if grammar.historical.search(sentence) or grammar.projection.search(sentence):
        return False
    return bool(grammar.carry_cue.search(sentence))


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
        start: _sentence_spans(text, start, spans)
        for start, spans in _block_sentences(text, body, nlp).items()
    }
    clauses: list[Clause] = []
    stack: list[tuple[int, str]] = []
    lead_block_context = ""  # a block ending in ":" that introduces the items after it
    lead_block_level: int | None = None  # its item level, when it is itself a numbered item
    seen_title = False

    def add(start: int, end: int, kind: str, paragraph: int, context: str = "") -> None:
        clauses.append(
            Clause(
                clause_id=content_id(document.doc_id, start, end),
                doc_id=document.doc_id,
                text=text[start:end],
                start=start,
                end=end,
                section=tuple(label for _, label in stack),
                kind=kind,
                context=context,
                paragraph=paragraph,
            )
        )

    table_header = ""  # the first row of the table being read, the context of its rows
    for index, block in enumerate(blocks):
        check_time()
        if block.row:
            row = text[block.start : block.end]
            if is_rule_row(row) or not any(c.isalnum() for c in row):
                continue
            previous = blocks[index - 1] if index else None
            if previous is None or not previous.row:
                table_header = ""
            add(block.start, block.end, "row", index, table_header)
            table_header = table_header or row
            continue
        if block.heading:
            level, label, kind = block.heading
            if (
                not seen_title
                and not clauses
                and kind == "heading"
                and not _numbering(label, grammar)
            ):
                seen_title = True
                add(block.start, block.end, "title", index)
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, label))
            add(block.start, block.end, "heading", index)
            lead_block_context = ""
            continue
        if block.item:
            level, marker = block.item
            if lead_block_level is not None and level <= lead_block_level:
                # "Article 9 ..." after the items of "Article 8 ... measures:": a new provision.
                lead_block_context, lead_block_level = "", None
            while stack and stack[-1][0] >= level:
                stack.pop()
            first = (
                sentences[block.start][0] if sentences[block.start] else (block.start, block.end)
            )
            first_text = text[first[0] : first[1]]
            title = first_text if len(first_text.split()) <= _ITEM_TITLE_MAX_WORDS else marker
            if not title.startswith(marker):
                title = f"{marker} {title}"
            stack.append((level, title.rstrip(".")))
        in_list = bool(block.item or block.bullet)
        # A block ending in ":" introduces every block after it, up to the next heading.
        context_from_block = lead_block_context
        paragraph_lead = ""
        for n, (s_start, s_end) in enumerate(sentences[block.start]):
            sentence = text[s_start:s_end]
            lead, aims = split_aims(sentence, grammar)
            if n == 0:
                lead_len = find_lead_in(sentence, grammar)
                paragraph_lead = sentence[:lead_len].strip() if lead_len else ""
                inherited = context_from_block
            else:
                inherited = paragraph_lead if paragraph_lead and _carries(sentence, grammar) else ""
                if not inherited:
                    paragraph_lead = ""
                inherited = " ".join(p for p in (context_from_block, inherited) if p)
            if len(aims) == 1:
                add(s_start, s_end, "item" if in_list and n == 0 else "sentence", index, inherited)
                continue
            shared = sentence[:lead].strip()
            context = " ".join(p for p in (inherited, shared) if p)
            for a_start, a_end in aims:
                add(s_start + a_start, s_start + a_end, "aim", index, context)
        last = text[block.start : block.end].rstrip()
        if last.endswith((":", "：", "—", "–")):  # "The Secretary of State must, before ...—
            lead_block_context = (
                text[sentences[block.start][-1][0] : block.end].strip()
                if sentences[block.start]
                else last
            )
            lead_block_level = block.item[0] if block.item else None
    return clauses
