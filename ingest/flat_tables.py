"""Tables flattened to one cell per line, rebuilt into rows and read as indicator tables.

PDF and web dumps often lose a table's grid: each cell becomes a line (often followed by
a blank line), the header's column names first, then each row's cells. Rebuilt here, the
rows go through the reader of pipe tables (``ingest.tables.table_records``): a row with a
value in a dated column is a target whose metric is the row's label. A table is

- a header of k short lines without a figure, then at least two rows of k lines whose
  figure cells sit in the same columns (period k); the first break of the pattern ends it;
- or a header opening with a row-number column ("序号", "No."): k is the lines up to the
  first row number, rows run from one number to the next, and a cell broken over two
  lines is joined back when the figure columns still line up;
- with a total row ("合计", "Total") right after the rows read as a row too.

When a multiple of the period fits too and its header names a unit or a year over
figures in its first part as well, text and figure columns take turns and the wider
period is the table's (unless the header repeats itself: one table printed side by side).
When the period is otherwise unclear (another period fits as well), no table is found. Which
columns are read, and how (a unit and a year in the header, or a plan period such as
"十四五" in the header or the caption above it), is ``ingest.flat_table_records``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ingest.spaced_tables import spaced_table
from ingest.table_cells import (
    _EMPTY_CELL,
    _FIGURE_CELL,
    _SENTENCE_END,
    HEAD_UNIT,
    ROW_NUMBER_HEAD,
    YEAR,
    FlatTable,
    Line,
)

_MAX_CELL_CHARS = 40
_MAX_COLUMNS = 8
_MIN_ROWS = 2
_TOTAL = re.compile(r"^(?:合计|总计|汇总|小计|total|sum|overall)$", re.I)
# A table's caption ("附表2", "Table 3: ...", "...分配表"): above the header, never part of it.
_NUMBERED_CAPTION = re.compile(
    r"^(?:附表|附件|表|annex|table|appendix|schedule|exhibit)\s*[\d一二三四五六七八九十IVX]", re.I
)
_CAPTION = re.compile(rf"{_NUMBERED_CAPTION.pattern}|表$", re.I)
_CLAUSE_MARK = re.compile(r"[，,；;。：:]\s*\S|如下表$|下表$")


def is_caption(line: str) -> bool:
    """Whether ``line`` is a table's caption ("附表2 ...", "Table 3: ...", "...分配表"),
    not a sentence that leads into the table ("..., as the table below shows")."""
    if not _CAPTION.search(line):
        return False
    return bool(_NUMBERED_CAPTION.match(line)) or not _CLAUSE_MARK.search(line)


def _lines(text: str) -> list[Line]:
    """The document's non-blank lines, stripped, with their spans."""
    out: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped)
            out.append(Line(stripped, start, start + len(stripped)))
    return out


def _is_cell(line: str) -> bool:
    return len(line) <= _MAX_CELL_CHARS and not _SENTENCE_END.search(line) and "|" not in line


def _is_figure(line: str) -> bool:
    return bool(_FIGURE_CELL.match(line) or _EMPTY_CELL.match(line))


def _shape(cells: Sequence[str]) -> tuple[bool, ...]:
    return tuple(_is_figure(c) for c in cells)


def _periodic_rows(lines: list[Line], first: int, k: int) -> list[list[Line]]:
    """Rows of k lines from ``first`` while each has the first row's figure columns."""
    rows: list[list[Line]] = []
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


def _header_ok(lines: list[Line], first: int, k: int) -> bool:
    return _header_run(lines, first, k) == k


def _header_run(lines: list[Line], first: int, most: int) -> int:
    """How many lines right before ``first`` (at most ``most``) could each be a header cell.
    The header of k columns is the k lines before ``first``, so it is whole exactly when
    this run reaches k: each line is tested once for all k, not again for each k."""
    run = 0
    while run < min(most, first) and _header_cell(lines[first - 1 - run].text):
        run += 1
    return run


def _header_cell(text: str) -> bool:
    return _is_cell(text) and not _is_figure(text) and not _CAPTION.search(text)


def _numbered_rows(lines: list[Line], first: int, k: int) -> list[list[Line]]:
    """Rows from one row number to the next; a longer row is joined back where the
    figure columns of the rows that have exactly k cells still line up (a text cell
    broken over two lines)."""
    spans: list[list[Line]] = []
    i, number = first, 1
    while i < len(lines) and lines[i].text == str(number):
        end = _row_end(lines, i, k, number + 1)
        if end > len(lines) or not all(_is_cell(c.text) for c in lines[i:end]):
            break
        spans.append(lines[i:end])
        i, number = end, number + 1
    shape = next((_shape([c.text for c in s]) for s in spans if len(s) == k), None)
    rows: list[list[Line]] = []
    for span in spans:
        row = _fit(span, k, shape)
        if row is None:
            break
        rows.append(row)
    return rows


def _row_end(lines: list[Line], i: int, k: int, next_number: int) -> int:
    """Where the row starting at line ``i`` ends: at the next row number within 2k lines,
    not past a total row or a line that is no cell; else after exactly k lines."""
    for j in range(i + k, min(i + 2 * k, len(lines))):
        if _TOTAL.match(lines[j].text) or not _is_cell(lines[j].text):
            break
        if lines[j].text == str(next_number):
            return j
    return i + k


def _fit(cells: list[Line], k: int, shape: tuple[bool, ...] | None) -> list[Line] | None:
    """``cells`` as k cells: as they are, or with a run of text lines joined into the one
    text column that the figure columns leave for them; None when that is not clear."""
    if len(cells) == k:
        return cells if shape is None or _shape([c.text for c in cells]) == shape else None
    if shape is None or len(cells) < k:
        return None
    out: list[Line] = []
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


def _joined(run: list[Line]) -> Line:
    return Line("".join(c.text for c in run), run[0].start, run[-1].end)


def find_flat_tables(text: str) -> list[FlatTable]:
    """The tables flattened to one cell per line in ``text``, in document order.

    Tables with numbered rows are found first; the rest is searched for fixed periods,
    then for rows printed one per line with their cells split by spaces
    (``ingest.spaced_tables``).
    """
    lines = _lines(text)
    tables: list[FlatTable] = []
    taken: set[int] = set()
    for finder in (_numbered_table, _periodic_table, spaced_table):
        first = 1
        while first < len(lines):
            table = None if first in taken else finder(lines, first)
            span = (
                set(range(_line_of(lines, table.header[0]), _after(lines, table)))
                if table
                else set()
            )
            if table is None or span & taken:
                first += 1
                continue
            tables.append(table)
            taken |= span
            first = max(span) + 1
    return sorted(tables, key=lambda t: t.header[0].start)


def _line_of(lines: list[Line], cell: Line) -> int:
    """The index of the line that holds ``cell`` (a header cell may be part of a line)."""
    return bisect.bisect_right(lines, cell.start, key=lambda line: line.start) - 1


def _after(lines: list[Line], table: FlatTable) -> int:
    """The index of the line after the table's last row."""
    last = max(c.end for c in table.rows[-1])
    return bisect.bisect_left(lines, last, key=lambda line: line.start)


def _unit_columns(header: Sequence[Line]) -> set[int]:
    return {i for i, h in enumerate(header) if HEAD_UNIT.search(h.text) or YEAR.search(h.text)}


def _periodic_table(lines: list[Line], first: int) -> FlatTable | None:
    """The table of fixed period whose first row starts at line ``first``, if one does.

    The header must name a unit or a year over a column that holds figures in the rows.
    """
    found: list[tuple[int, list[list[Line]]]] = []
    header_run = _header_run(lines, first, _MAX_COLUMNS)
    for k in range(2, header_run + 1):
        rows = _periodic_rows(lines, first, k)
        shape = _shape([c.text for c in rows[0]]) if rows else ()
        if len(rows) >= _MIN_ROWS and any(
            shape[i] for i in _unit_columns(lines[first - k : first])
        ):
            found.append((k, rows))
    if not found:
        return None
    k, rows = _wider(lines, first, found)
    covered = len(rows) * k
    # another period that reads as many lines and is not a multiple of k: unclear
    if any(c % k and k % c and len(r) * c >= covered for c, r in found):
        return None
    title = lines[max(0, first - k - 2) : first - k]
    return _with_total(lines, FlatTable(title, lines[first - k : first], rows))


def _wider(
    lines: list[Line], first: int, found: list[tuple[int, list[list[Line]]]]
) -> tuple[int, list[list[Line]]]:
    """The period read among those found: the smallest, unless a multiple of it reads
    (almost) as many lines with a header naming a unit or a year over figures before the
    smallest period's header cells too: then text and figure columns take turns and the
    wider table is the one printed. Identical header halves are one table printed side
    by side: the smallest period stays."""
    k, rows = found[0]
    for c, wide in reversed(found[1:]):
        head = [h.text for h in lines[first - c : first]]
        shape = _shape([cell.text for cell in wide[0]])
        if c % k or len(wide) * c + c <= len(rows) * k:
            continue
        if len(set(tuple(head[i : i + k]) for i in range(0, c, k))) == 1:
            continue  # the same header repeated: side by side
        if any(shape[i] for i in _unit_columns(lines[first - c : first]) if i < c - k):
            return c, wide
    return k, rows


def _numbered_table(lines: list[Line], first: int) -> FlatTable | None:
    """A table whose header starts with a row-number column and whose rows are numbered."""
    if lines[first].text != "1":
        return None
    start = next(
        (i for i in range(first - 1, max(-1, first - _MAX_COLUMNS - 1), -1)
         if ROW_NUMBER_HEAD.match(lines[i].text)),
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
    return _with_total(lines, FlatTable(lines[max(0, start - 2) : start], lines[start:first], rows))


def _with_total(lines: list[Line], table: FlatTable) -> FlatTable:
    """``table`` with the total row after its rows: a total word, then one figure for
    each figure column of the rows (other columns left empty)."""
    i = _after(lines, table)
    if i >= len(lines) or not _TOTAL.match(lines[i].text):
        return table
    shape = _shape([c.text for c in table.rows[0]])
    numbered = bool(ROW_NUMBER_HEAD.match(table.header[0].text))
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
    empty = Line("", lines[i].start, lines[i].start)
    row = [empty] * len(shape)
    row[text_cols[0]] = lines[i]
    for col, cell in zip(figure_cols, figures, strict=True):
        row[col] = cell
    return table._replace(rows=[*table.rows, row])
