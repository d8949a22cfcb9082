"""Tables flattened to one cell per line: rebuilt into rows and read as indicator tables.

Text taken from a PDF or a web page often loses a table's grid: each cell becomes a
line of its own (often with a blank line after it), the header's column names first,
then the rows' cells in order. Read line by line, such a table yields nothing or
free-floating numbers. Read here, a run of short lines that repeats with a fixed
period after a header run is rebuilt into rows, and the rows go through the same
reader as pipe tables (``ingest.tables.table_records``), so a row with a value in a
dated column is a target with the row's label as its metric.

What decides a table:

- a header run of k short lines without a figure, and after it at least two rows of
  k lines each whose figure cells sit in the same columns (the period k is the
  column count); the first row that breaks the pattern ends the table;
- a header that starts with a row-number column ("序号", "No.") fixes k as the lines
  up to the first row number, and rows are found from one row number to the next, so
  a cell broken over two lines is joined back when the figure columns still line up;
- a total row ("合计", "Total") right after the rows is read as a row too.

A column's unit comes from its header ("新增装机容量（MW）", "Capacity (GW)"); its year
from the header or, failing that, from a plan period ("十四五" ends in 2025) named
in the header or the table's title line just before it. Only a column with both a
unit and a year is read. When the period is unclear (two periods fit as well), or
no column has a unit and a year, the lines yield nothing. Each record quotes the
row's lines as stored, so ``document.text[start:end] == record.text``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import NamedTuple

from ingest.deadlines import plan_end_year
from ingest.lang import Grammar
from ingest.records import Clause, Document, Statistic, Target
from ingest.tables import table_records

_MAX_CELL_CHARS = 40
_MAX_COLUMNS = 8
_MIN_ROWS = 2
_SENTENCE_END = re.compile(r"[。；;！？!?]|[.:：]\s*$")
_NUMBER = r"\d+(?:[.,]\d+)?"
_FIGURE_CELL = re.compile(
    rf"^(?:[<>≤≥~≈约]=?\s*)?[-−–]?{_NUMBER}(?:\s*[-−–~～至]\s*{_NUMBER})?\s*[%％]?$"
)
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[-−–~～至]\s*(\d+(?:\.\d+)?)\s*$")
_EMPTY_CELL = re.compile(r"^[-—–/／]$")
_ROW_NUMBER_HEAD = re.compile(r"^(?:序号|编号|no\.?|#|n°|item)$", re.I)
_TOTAL = re.compile(r"^(?:合计|总计|汇总|小计|total|sum|overall)$", re.I)
# A table's caption ("附表2", "Table 3: ...", "...分配表"): above the header, never part of it.
_CAPTION = re.compile(
    r"^(?:附表|附件|表|annex|table|appendix|schedule|exhibit)\s*[\d一二三四五六七八九十IVX]|表$",
    re.I,
)
_HEAD_UNIT = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class _Line(NamedTuple):
    text: str
    start: int
    end: int


def _lines(text: str) -> list[_Line]:
    """The document's non-blank lines, stripped, with their spans."""
    out: list[_Line] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped)
            out.append(_Line(stripped, start, start + len(stripped)))
    return out


def _is_cell(line: str) -> bool:
    return len(line) <= _MAX_CELL_CHARS and not _SENTENCE_END.search(line) and "|" not in line


def _is_figure(line: str) -> bool:
    return bool(_FIGURE_CELL.match(line) or _EMPTY_CELL.match(line))


def _shape(cells: Sequence[str]) -> tuple[bool, ...]:
    return tuple(_is_figure(c) for c in cells)


def _periodic_rows(lines: list[_Line], first: int, k: int) -> list[list[_Line]]:
    """Rows of k lines from ``first`` while each has the first row's figure columns."""
    rows: list[list[_Line]] = []
    shape: tuple[bool, ...] | None = None
    i = first
    while i + k <= len(lines):
        row = lines[i : i + k]
        if not all(_is_cell(c.text) for c in row):
            break
        row_shape = _shape([c.text for c in row])
        if shape is None:
            if not any(row_shape) or row_shape[0] and all(row_shape):
                break
            shape = row_shape
        elif row_shape != shape:
            break
        rows.append(row)
        i += k
    return rows


def _header_ok(lines: list[_Line], first: int, k: int) -> bool:
    head = lines[first - k : first] if first >= k else []
    return len(head) == k and all(
        _is_cell(h.text) and not _is_figure(h.text) and not _CAPTION.search(h.text) for h in head
    )


def _numbered_rows(lines: list[_Line], first: int, k: int) -> list[list[_Line]]:
    """Rows from one row number to the next; a longer row is joined back where the
    figure columns of the rows that have exactly k cells still line up (a text cell
    broken over two lines)."""
    spans: list[list[_Line]] = []
    i, number = first, 1
    while i < len(lines) and lines[i].text == str(number):
        end = _row_end(lines, i, k, number + 1)
        if end > len(lines) or not all(_is_cell(c.text) for c in lines[i:end]):
            break
        spans.append(lines[i:end])
        i, number = end, number + 1
    shape = next((_shape([c.text for c in s]) for s in spans if len(s) == k), None)
    rows: list[list[_Line]] = []
    for span in spans:
        row = _fit(span, k, shape)
        if row is None:
            break
        rows.append(row)
    return rows


def _row_end(lines: list[_Line], i: int, k: int, next_number: int) -> int:
    """Where the row starting at line ``i`` ends: at the next row number within 2k lines,
    not past a total row or a line that is no cell; else after exactly k lines."""
    for j in range(i + k, min(i + 2 * k, len(lines))):
        if _TOTAL.match(lines[j].text) or not _is_cell(lines[j].text):
            break
        if lines[j].text == str(next_number):
            return j
    return i + k


def _fit(cells: list[_Line], k: int, shape: tuple[bool, ...] | None) -> list[_Line] | None:
    """``cells`` as k cells: as they are, or with a run of text lines joined into the one
    text column that the figure columns leave for them; None when that is not clear."""
    if len(cells) == k:
        return cells if shape is None or _shape([c.text for c in cells]) == shape else None
    if shape is None or len(cells) < k:
        return None
    out: list[_Line] = []
    pos = 0
    for col, figure in enumerate(shape):
        if pos >= len(cells):
            return None
        if figure:
            if not _is_figure(cells[pos].text):
                return None
            out.append(cells[pos])
            pos += 1
            continue
        # a text column: take the text lines up to the next figure column's cell
        next_is_text = col + 1 < len(shape) and not shape[col + 1]
        stop = pos + 1
        if not next_is_text:
            while stop < len(cells) and not _is_figure(cells[stop].text):
                stop += 1
            if col + 1 < len(shape) and stop >= len(cells):
                return None
        out.append(_joined(cells[pos:stop]))
        pos = stop
    return out if pos == len(cells) else None


def _joined(run: list[_Line]) -> _Line:
    return _Line("".join(c.text for c in run), run[0].start, run[-1].end)


class _Table(NamedTuple):
    title: list[_Line]  # up to two lines just before the header
    header: list[_Line]
    rows: list[list[_Line]]


def find_flat_tables(text: str) -> list[_Table]:
    """The tables flattened to one cell per line in ``text``, in document order.

    Tables with numbered rows are found first; the rest is searched for fixed periods.
    """
    lines = _lines(text)
    tables: list[_Table] = []
    taken: set[int] = set()
    for finder in (_numbered_table, _periodic_table):
        first = 1
        while first < len(lines):
            table = None if first in taken else finder(lines, first)
            span = set(range(first - len(table.header), _after(lines, table))) if table else set()
            if table is None or span & taken:
                first += 1
                continue
            tables.append(table)
            taken |= span
            first = max(span) + 1
    return sorted(tables, key=lambda t: t.header[0].start)


def _after(lines: list[_Line], table: _Table) -> int:
    """The index of the line after the table's last row."""
    last = max(c.end for c in table.rows[-1])
    return next((i for i, line in enumerate(lines) if line.start >= last), len(lines))


def _unit_columns(header: Sequence[_Line]) -> set[int]:
    return {i for i, h in enumerate(header) if _HEAD_UNIT.search(h.text) or _YEAR.search(h.text)}


def _periodic_table(lines: list[_Line], first: int) -> _Table | None:
    """The table of fixed period whose first row starts at line ``first``, if one does.

    The header must name a unit or a year over a column that holds figures in the rows.
    """
    found: list[tuple[int, list[list[_Line]]]] = []
    for k in range(2, _MAX_COLUMNS + 1):
        if not _header_ok(lines, first, k):
            continue
        rows = _periodic_rows(lines, first, k)
        shape = _shape([c.text for c in rows[0]]) if rows else ()
        if len(rows) >= _MIN_ROWS and any(
            shape[i] for i in _unit_columns(lines[first - k : first])
        ):
            found.append((k, rows))
    if not found:
        return None
    k, rows = found[0]
    covered = len(rows) * k
    # another period that reads as many lines and is not a multiple of k: unclear
    if any(c != k and c % k and len(r) * c >= covered for c, r in found[1:]):
        return None
    title = lines[max(0, first - k - 2) : first - k]
    return _with_total(lines, _Table(title, lines[first - k : first], rows))


def _numbered_table(lines: list[_Line], first: int) -> _Table | None:
    """A table whose header starts with a row-number column and whose rows are numbered."""
    if lines[first].text != "1":
        return None
    start = next(
        (i for i in range(first - 1, max(-1, first - _MAX_COLUMNS - 1), -1)
         if _ROW_NUMBER_HEAD.match(lines[i].text)),
        None,
    )  # fmt: skip
    if start is None:
        return None
    k = first - start
    if k < 3 or not _header_ok(lines, first, k):
        return None
    rows = _numbered_rows(lines, first, k)
    if len(rows) < _MIN_ROWS:
        return None
    return _with_total(lines, _Table(lines[max(0, start - 2) : start], lines[start:first], rows))


def _with_total(lines: list[_Line], table: _Table) -> _Table:
    """``table`` with the total row after its rows: a total word, then one figure for
    each figure column of the rows (other columns left empty)."""
    i = _after(lines, table)
    if i >= len(lines) or not _TOTAL.match(lines[i].text):
        return table
    shape = _shape([c.text for c in table.rows[0]])
    numbered = bool(_ROW_NUMBER_HEAD.match(table.header[0].text))
    figure_cols = [c for c, figure in enumerate(shape) if figure and not (numbered and c == 0)]
    text_cols = [c for c, figure in enumerate(shape) if not figure]
    figures = lines[i + 1 : i + 1 + len(figure_cols)]
    if not text_cols or len(figures) < len(figure_cols):
        return table
    if not all(_FIGURE_CELL.match(f.text) for f in figures):
        return table
    after = lines[i + 1 + len(figure_cols)] if i + 1 + len(figure_cols) < len(lines) else None
    if after is not None and _FIGURE_CELL.match(after.text):
        return table  # more figures than columns: not this table's total
    empty = _Line("", lines[i].start, lines[i].start)
    row = [empty] * len(shape)
    row[text_cols[0]] = lines[i]
    for col, cell in zip(figure_cols, figures, strict=True):
        row[col] = cell
    return table._replace(rows=[*table.rows, row])


def _column_year(head: str, title: Sequence[_Line], grammar: Grammar) -> int | None:
    """The year a header cell names, or the plan period's last year (header, then title)."""
    year = _YEAR.search(head)
    if year:
        return int(year.group())
    for text in (head, *(t.text for t in reversed(title))):
        match = grammar.figures.plan_period.search(text)
        end = plan_end_year(match, grammar) if match else None
        if end:
            return end
    return None


def _pipe_header(table: _Table, grammar: Grammar) -> tuple[str, dict[int, str]] | None:
    """The header as a pipe row that ``table_records`` reads, and each read column's unit.

    A column is read only when its header names a unit and a year (or a plan period);
    every other header cell stays as written (a label, a row number, a kind).
    """
    heads: list[str] = []
    units: dict[int, str] = {}
    for col, cell in enumerate(table.header):
        unit = _HEAD_UNIT.search(cell.text)
        year = _column_year(cell.text, table.title, grammar) if unit else None
        if unit and year:
            units[col] = unit.group(1)
            name = _HEAD_UNIT.sub("", cell.text).replace("|", " ").strip()
            heads.append(f"{year} {name}")
        else:
            heads.append(_YEAR.sub("", cell.text).replace("|", " "))
    return ("| " + " | ".join(heads) + " |", units) if units else None


def flat_table_records(
    document: Document, clauses: Sequence[Clause], grammar: Grammar
) -> tuple[list[Target | Statistic], set[str]]:
    """Targets and starting values of the document's flattened tables, and the ids of the
    clauses their cells fall in (their figures are not read on their own)."""
    records: list[Target | Statistic] = []
    cell_clauses: set[str] = set()
    for table in find_flat_tables(document.text):
        header = _pipe_header(table, grammar)
        if header is None:
            continue
        pipe_header, units = header
        spans = [(c.start, c.end) for row in table.rows for c in row if c.text]
        cell_clauses |= {
            c.clause_id for c in clauses if any(c.start < e and s < c.end for s, e in spans)
        }
        records.extend(_row_records(document, clauses, table, pipe_header, units, grammar))
    return records, cell_clauses


def _row_records(
    document: Document,
    clauses: Sequence[Clause],
    table: _Table,
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
        home = next((c for c in clauses if c.start <= start < c.end), None)
        if home is None:
            continue
        texts = [c.text for c in row]
        label = _label_column(texts, units, table)
        if label is None:
            continue
        texts[label] = f"{texts[label]}（{unit}）"
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


def _label_column(texts: list[str], units: dict[int, str], table: _Table) -> int | None:
    """The row's label: its first cell with words, outside the row-number and read columns."""
    return next(
        (
            i
            for i, text in enumerate(texts)
            if i not in units
            and not _ROW_NUMBER_HEAD.match(table.header[i].text)
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
    return record.value * float(match.group(2)) / low
