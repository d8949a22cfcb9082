"""Rows of tables flattened to one cell per line (``ingest.flat_tables``) as records.

Each rebuilt row goes through the reader of pipe tables (``ingest.tables.table_records``)
with a header rewritten so that it reads it: a column whose header names a unit and a
year (or a plan period, in the header or the caption above it) becomes a dated column,
and its unit goes with the row's label. A record quotes the row's lines as stored.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from ingest.deadlines import plan_end_year
from ingest.flat_tables import (
    HEAD_UNIT,
    ROW_NUMBER_HEAD,
    YEAR,
    FlatTable,
    Line,
    find_flat_tables,
    is_caption,
)
from ingest.lang import Grammar
from ingest.quantities import find_quantities
from ingest.records import Clause, Document, Statistic, Target
from ingest.tables import table_records

_SENTENCE_END = re.compile(r"[。；;！？!?：:，,]|\.\s*$")
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[-−–~～至]\s*(\d+(?:\.\d+)?)\s*$")


_BASE_COLUMN = re.compile(
    r"现状|基期|基准|基数|当前|已完成|实际|current|\bbase|existing|actual|achieved",
    re.I,
)


def _column_year(head: str, title: Sequence[Line], grammar: Grammar) -> int | None:
    """The year a header cell names, or the plan period's last year (in the header, or in
    a caption line above it, never a sentence). A column of current or base values is
    not dated by the plan period: its figures are not the plan's aims."""
    year = YEAR.search(head)
    if year:
        return int(year.group())
    if _BASE_COLUMN.search(head):
        return None
    captions = [t.text for t in reversed(title) if is_caption(t.text)]
    for text in (head, *captions):
        match = grammar.figures.plan_period.search(text)
        end = plan_end_year(match, grammar) if match else None
        if end:
            return end
    return None


# The unit of every column, on a line of its own above the table ("单位：万千瓦", "Unit: MW").
_UNIT_LINE = re.compile(r"^(?:计量)?单位\s*[:：]\s*(\S{1,12})$|^units?\s*[:：]\s*(\S{1,12})$", re.I)


def _title_unit(table: FlatTable) -> str | None:
    """The unit a line just above the header gives for all columns, if one does."""
    for line in reversed(table.title):
        match = _UNIT_LINE.match(line.text)
        if match:
            return match.group(1) or match.group(2)
    return None


def _own_units(table: FlatTable, col: int) -> bool:
    """Whether the column's cells carry a unit of their own ("56%"): then the unit given
    for the whole table is not theirs. A column where only some rows' cells are shares (a
    row of shares among rows of capacity) takes the table's unit; those rows keep their
    own (``_row_records``)."""
    cells = [row[col].text for row in table.rows if col < len(row) and row[col].text]
    return bool(cells) and all(_SHARE_CELL.search(c) for c in cells)


_SHARE_CELL = re.compile(r"[%％]$")


def _pipe_header(table: FlatTable, grammar: Grammar) -> tuple[str, dict[int, str]] | None:
    """The header as a pipe row that ``table_records`` reads, and each read column's unit.

    A column is read only when its header names a unit and a year (or a plan period); the
    unit may instead be given for all columns on a line above the header ("单位：万千瓦").
    Every other header cell stays as written (a label, a row number, a kind).
    """
    heads: list[str] = []
    units: dict[int, str] = {}
    shared = _title_unit(table)
    for col, cell in enumerate(table.header):
        own = HEAD_UNIT.search(cell.text)
        unit = own.group(1) if own else None if _own_units(table, col) else shared
        # a unit given for the whole table goes only to columns whose own head is dated
        year = _column_year(cell.text, table.title if own else (), grammar) if unit else None
        if unit and year:
            units[col] = unit
            name = HEAD_UNIT.sub("", cell.text).replace("|", " ").strip()
            heads.append(f"{year} {name}")
        else:
            heads.append(YEAR.sub("", cell.text).replace("|", " "))
    return ("| " + " | ".join(heads) + " |", units) if units else None


def flat_table_records(
    document: Document, clauses: Sequence[Clause], grammar: Grammar
) -> tuple[list[Target | Statistic], list[tuple[int, int]]]:
    """Targets and starting values of the document's flattened tables, and the spans of
    the lines (header and row cells) of the tables that gave records, in document order:
    a figure read on its own inside one of them is that table's cell, not a sentence's."""
    records: list[Target | Statistic] = []
    cell_lines: list[tuple[int, int]] = []
    ordered = sorted(clauses, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    previous: FlatTable | None = None
    for table in find_flat_tables(document.text):
        table, previous = _continued(table, previous, document.text), table
        header = _pipe_header(table, grammar)
        if header is None:
            continue
        pipe_header, units = header
        rows = _row_records(document, (ordered, starts), table, pipe_header, units, grammar)
        if rows:
            records.extend(rows)
            for cells in (table.header, *table.rows):
                cell_lines.extend(_cell_spans([c for c in cells if c.text], document.text))
    return records, sorted(cell_lines)


def _continued(table: FlatTable, previous: FlatTable | None, text: str) -> FlatTable:
    """A table continued on the next page repeats the header but not the caption and unit
    lines above it: it takes those of the part before when its own give no unit, it has
    no caption of its own (one that says it goes on, or repeats the number, is not), and
    nothing but a page's furniture (a page number, a running head) stands between the two
    parts. A second table under the same header, after prose, a heading or a caption of
    its own, is another table whose unit is not the first one's."""
    same = previous is not None and [h.text for h in table.header] == [
        h.text for h in previous.header
    ]
    if not same or previous is None or _title_unit(table) is not None:
        return table
    numbers = {_caption_number(t.text) for t in previous.title if is_caption(t.text)} - {None}
    if any(
        is_caption(t.text) and not _continues(t.text, numbers) for t in table.title
    ):  # a caption of its own, with another number: another table
        return table
    last = max(c.end for cells in (previous.header, *previous.rows) for c in cells)
    lines = [t.strip() for t in text[last : table.header[0].start].splitlines()]
    between = [
        t
        for t in lines
        if t and not ((is_caption(t) or _CONTINUATION.search(t)) and _continues(t, numbers))
    ]  # a caption that continues the table is no break
    if len(between) > _MAX_FURNITURE_LINES or not all(
        _PAGE_NUMBER.match(line) or _running_head(line, between, text) for line in between
    ):
        return table
    return table._replace(title=previous.title)


# A caption that says the table goes on ("表 3（续）", "续表", "Table 3 (continued)").
_CONTINUATION = re.compile(
    r"[(（]\s*(?:续|续表|continued|cont\.?)\s*[)）]|^续表|\bcontinued\b", re.I
)
_CAPTION_NUMBER = re.compile(
    r"^(?:附表|附件|表|annex|table|appendix|schedule|exhibit)\s*([\dA-Z一二三四五六七八九十IVX]+(?:[.\-－]\d+)*)",
    re.I,
)


def _caption_number(caption: str) -> str | None:
    match = _CAPTION_NUMBER.match(caption.strip())
    return match.group(1) if match else None


def _continues(caption: str, numbers: set[str | None]) -> bool:
    """Whether a caption above a repeated header goes on with the table before: it says so,
    or it repeats that table's number."""
    return bool(_CONTINUATION.search(caption)) or _caption_number(caption) in numbers - {None}


_MAX_FURNITURE_LINES = 2
# A page number ("12", "- 12 -", "第 3 页", "Page 4 of 9").
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?$"
    r"|^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$",
    re.I,
)
_RUNNING_HEAD_CHARS = 30


# A bracketed year or plan period in a running head ("（2021—2025年）") is no unit.
_BRACKETED_YEARS = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*(?:年)?\s*(?:[-—–~～至到]+\s*(?:19|20)\d{2}\s*年?)?\s*[)）]"
)


def _running_head(line: str, between: list[str], text: str) -> bool:
    """Whether a line between two parts of a table is a page's running head: short, no
    sentence, caption or unit line, and said again in the document or standing next to a
    page number. A short line said once, away from a page number, heads the next table."""
    if (
        len(line) > _RUNNING_HEAD_CHARS
        or _SENTENCE_END.search(line)
        or is_caption(line)
        or HEAD_UNIT.search(_BRACKETED_YEARS.sub("", line))
        or _UNIT_LINE.match(line)
    ):
        return False
    i = between.index(line)
    beside = between[max(i - 1, 0) : i] + between[i + 1 : i + 2]
    if any(_PAGE_NUMBER.match(b) for b in beside):
        return True
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text)) > 1


def _cell_spans(cells: Sequence[Line], text: str) -> list[tuple[int, int]]:
    """The spans of a header's or row's cells; one span for cells printed on one line, so
    that figures read across them ("45 256 211") count as inside the table too."""
    if not cells:
        return []
    start, end = cells[0].start, max(c.end for c in cells)
    if len(cells) > 1 and "\n" not in text[start:end]:
        return [(start, end)]
    return [(c.start, c.end) for c in cells]


def outside_table_cells(
    records: Sequence[Any], text: str, cell_lines: list[tuple[int, int]]
) -> list[Any]:
    """``records`` without those whose figure lies inside a table's cell line.

    A record quotes its whole clause, which may run from a sentence through a table whose
    lines lack blank lines between them; the figure is found in the clause by its
    written form, and the record is dropped only when every place it is written is in a
    cell line (a figure of the sentence around the table stays).
    """
    if not cell_lines:
        return list(records)
    return [r for r in records if not _in_cells(r, text, cell_lines)]


def _in_cells(record: Any, text: str, cell_lines: list[tuple[int, int]]) -> bool:
    written = getattr(record, "value_text", "") or ""
    if not written or getattr(record, "value", None) is None:
        return False
    pattern = re.compile(rf"(?<![\d.]){re.escape(written)}(?![\d])")
    places = [
        (record.start + m.start(), record.start + m.end())
        for m in pattern.finditer(text[record.start : record.end])
    ]
    return bool(places) and all(_inside_line(a, b, cell_lines) for a, b in places)


def _inside_line(start: int, end: int, cell_lines: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(cell_lines, (start, float("inf"))) - 1
    return i >= 0 and cell_lines[i][0] <= start and end <= cell_lines[i][1]


def _row_records(
    document: Document,
    clauses: tuple[Sequence[Clause], list[int]],
    table: FlatTable,
    pipe_header: str,
    units: dict[int, str],
    grammar: Grammar,
) -> list[Target | Statistic]:
    """Each row through ``table_records``, quoting the row's lines as stored."""
    out: list[Target | Statistic] = []
    if len(set(units.values())) != 1:
        return out  # columns in different units: not read (a label carries one unit)
    unit = next(iter(units.values()))
    head = Clause(
        clause_id="", doc_id=document.doc_id, text=pipe_header, start=0, end=0, kind="row"
    )
    for row in table.rows:
        filled = [c for c in row if c.text]
        start, end = filled[0].start, max(c.end for c in filled)
        home = _home(clauses, start)
        if home is None:
            continue
        texts = [c.text for c in row]
        label = _label_column(texts, units, table)
        if label is None:
            continue
        own = _label_unit(texts[label], grammar) or any(
            c < len(texts) and _SHARE_CELL.search(texts[c]) for c in units
        )
        if not own:
            texts[label] = f"{texts[label]}（{unit}）"  # a row of shares keeps its own unit
        pipe = "| " + " | ".join(t.replace("|", " ") for t in texts) + " |"
        clause = dataclasses.replace(
            home, text=pipe, start=start, end=end, kind="row", context=pipe_header
        )
        for record in table_records([head, clause], grammar, doc_year=document.year):
            high = _range_high(record)
            out.append(
                dataclasses.replace(
                    record,
                    text=document.text[start:end],
                    **(
                        {"value_high": high}
                        if high is not None and isinstance(record, Target)
                        else {}
                    ),
                )  # fmt: skip
            )
    return out


# A bracket closing a row's label ("充电桩（个）", "Storage (MW)"): the row's own unit when
# it names a unit of measure or a measure word of things counted.
_LABEL_BRACKET = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")
_COUNT_WORD = re.compile(
    r"^[十百千万亿]*\s*(?:个|家|所|座|名|人|户|项|条|台|辆|艘|处|套|间|张|床|次|人次|km|units?"
    r"|items?|sites?|vehicles?|households?|points?|stations?)$",
    re.I,
)


def _label_unit(label: str, grammar: Grammar) -> bool:
    """Whether the row's label ends in a bracketed unit of its own ("比重（%）", "充电桩（个）"),
    not a qualifier ("光伏（含分布式）"): such a row does not take the table's unit line."""
    match = _LABEL_BRACKET.search(label)
    if not match:
        return False
    word = match.group(1).replace("％", "%").strip()
    if _COUNT_WORD.match(word):
        return True
    joiner = "" if grammar.language == "zh" else " "
    return any(q.unit for q in find_quantities(f"1{joiner}{word}", grammar))


def _home(clauses: tuple[Sequence[Clause], list[int]], start: int) -> Clause | None:
    """The clause holding offset ``start``, from the clauses sorted by start and their starts."""
    ordered, starts = clauses
    i = bisect.bisect_right(starts, start) - 1
    return ordered[i] if i >= 0 and ordered[i].start <= start < ordered[i].end else None


def _label_column(texts: list[str], units: dict[int, str], table: FlatTable) -> int | None:
    """The row's label: its first cell with words, outside the row-number and read columns."""
    return next(
        (
            i
            for i, text in enumerate(texts)
            if i not in units
            and not ROW_NUMBER_HEAD.match(table.header[i].text)
            and re.search(r"[^\W\d_]", text)
        ),
        None,
    )


def _range_high(record: Target | Statistic) -> float | None:
    """The high end of a range cell ("35-36"), in the unit the low end was read in."""
    match = _RANGE.match(record.value_text)
    low = float(match.group(1)) if match else 0.0
    if not match or not low or record.value is None:
        return None
    # the high end in the low end's unit, rounded off the noise of the division
    return round(record.value * float(match.group(2)) / low, 9)
