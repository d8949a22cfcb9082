"""Tables whose rows a PDF's text layer prints one per line, cells split by spaces.

A PDF table often comes out of the text layer as a header line and one line per row,
the cells separated by runs of spaces ("2 城市乙 45 256 211"), with the unit on a line of
its own above the table ("单位：万千瓦"). Rebuilt here as a ``FlatTable`` (the cells of
each line with their spans), the table goes through the same reader as tables flattened to
one cell per line (``ingest.flat_table_records``). A table is

- a header line whose words, a year's "年..." kept with the year before it, are a label
  head of one word, then one head per figure column (after a row-number head such as
  "序号" when the rows are numbered), naming a year or a unit over some figure column;
- then at least two lines that each end in the same number (two or more) of figure cells
  after a label, with a leading row number when the header has a row-number head; a
  total row ("合计 ...") has no row number and gets an empty cell in its place.

The header's label head must be one word: where a label head of several words would leave
it unclear which words head which column, no table is found.
"""

from __future__ import annotations

import re

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

_MAX_ROW_CHARS = 80
_MIN_FIGURES = 2
_MIN_ROWS = 2
_WORD = re.compile(r"\S+")
# A year's suffix printed apart from it ("2020 年装机"): one header word with the year.
_YEAR_SUFFIX = re.compile(r"^年")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def _words(line: Line) -> list[Line]:
    return [
        Line(m.group(), line.start + m.start(), line.start + m.end())
        for m in _WORD.finditer(line.text)
    ]


def _is_figure(text: str) -> bool:
    return bool(_FIGURE_CELL.match(text) or _EMPTY_CELL.match(text))


def _trailing_figures(words: list[Line]) -> int:
    count = 0
    while count < len(words) and _is_figure(words[-1 - count].text):
        count += 1
    return count


def _joined(run: list[Line]) -> Line:
    return Line(" ".join(w.text for w in run), run[0].start, run[-1].end)


def _header_cells(line: Line) -> list[Line]:
    """The header's words, a year's suffix ("年", "年装机") joined to the year before it."""
    cells: list[Line] = []
    for word in _words(line):
        if cells and _YEAR_SUFFIX.match(word.text) and YEAR.fullmatch(cells[-1].text):
            cells[-1] = _joined([cells[-1], word])
        else:
            cells.append(word)
    return cells


def _row(line: Line, figures: int, numbered: bool) -> list[Line] | None:
    """The line's cells: [row number,] label, then ``figures`` figure cells; None when the
    line is not such a row."""
    if len(line.text) > _MAX_ROW_CHARS or _SENTENCE_END.search(line.text):
        return None
    words = _words(line)
    if _trailing_figures(words) != figures or len(words) <= figures:
        return None
    head, tail = words[: len(words) - figures], words[len(words) - figures :]
    number: list[Line] = []
    if numbered:
        if _ROW_NUMBER.match(head[0].text):
            number, head = [head[0]], head[1:]
        else:  # a total row: no number, an empty cell in its place
            number = [Line("", line.start, line.start)]
        if not head:
            return None
    if any(_is_figure(w.text) for w in head):
        return None
    return [*number, _joined(head), *tail]


def spaced_table(lines: list[Line], first: int) -> FlatTable | None:
    """The table whose first row is line ``first`` and whose header is the line before."""
    if first < 1:
        return None
    header_line = lines[first - 1]
    if len(header_line.text) > _MAX_ROW_CHARS or _SENTENCE_END.search(header_line.text):
        return None
    header = _header_cells(header_line)
    numbered = bool(header) and bool(ROW_NUMBER_HEAD.match(header[0].text))
    figures = len(header) - (2 if numbered else 1)
    if figures < _MIN_FIGURES or _trailing_figures(_words(header_line)):
        return None
    if not any(YEAR.search(h.text) or HEAD_UNIT.search(h.text) for h in header[-figures:]):
        return None
    rows: list[list[Line]] = []
    i = first
    while i < len(lines) and (row := _row(lines[i], figures, numbered)) is not None:
        rows.append(row)
        i += 1
    if len(rows) < _MIN_ROWS or numbered and all(not r[0].text for r in rows):
        return None
    title = lines[max(0, first - 3) : first - 1]
    return FlatTable(title, header, rows)
