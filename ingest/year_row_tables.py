"""Pipe tables whose years are rows, and captions that come as a table's first row.

A web page saved as Markdown loses a table's merged cells. A caption cell spanning the
table becomes a first row of one cell ("| 某市储能规划目标（2026-2028年） 单位：万千瓦 |"),
with the header after it; a year cell spanning a block of rows is kept only in the
block's first row, so the block's other rows are one cell short:

    | 年份 | 类别 | 装机规模 | 可调能力 |
    | 2026 | 用户侧储能 | 40 | 12 |
    | 独立储能 | 90 | 30 |

``split_caption`` takes such a caption off (and the unit it gives for the whole table);
``year_rows`` recognises a header with a year column ("年份", "年度", "Year") and gives
every body row its year, the block's year filling a row one cell short. Each figure is
then the value of its row's label and its column's head for that year (``ingest.tables``
makes the records).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A unit for every column, given in a caption ("单位：万千瓦", "Unit: MW").
_CAPTION_UNIT = re.compile(
    r"(?:计量)?单位\s*[:：]\s*([^\s|，,；;:：)）]{1,12})"
    r"|\bunits?\s*[:：]\s*([^\s|,;:)]{1,12})",
    re.I,
)
_YEAR_HEAD = re.compile(r"^\s*(?:年度|年份|年|years?|period)\s*$", re.I)
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d{2})\s*年?\s*$")
_WORD = re.compile(r"[^\W\d_]")
_UNIT_HEAD = re.compile(r"^\s*(?:计量)?单位\s*$|^\s*units?\s*$", re.I)
# A cell that is a figure: a number with at most a short unit of letters or of characters,
# not both, and a bound ("40万千瓦", "≥30%", "12GW", "800万吨以上"). A label may begin with
# a digit ("5G基站（万个）", "3A级景区", "15分钟生活圈覆盖率"): its words run on.
_FIGURE_CELL = re.compile(
    r"^\s*[<>≥≤≈~约+\-－]?\s*\d[\d.,，]*\s*[%％‰]?\s*"
    r"(?:[A-Za-z/²³]{0,6}|[^\W\d_A-Za-z]{0,4})\s*(?:以上|以下|左右|以内)?\s*$"
)


def split_caption(rows: Sequence[Sequence[str]]) -> tuple[str | None, int]:
    """The caption a table's first row holds, and the index of the header row.

    A first row is a caption when it has one cell with words in it and the next row has
    at least three cells: a header that begins the table proper.
    """
    if len(rows) >= 3 and len(rows[0]) == 1 and _WORD.search(rows[0][0]) and len(rows[1]) >= 3:
        return rows[0][0], 1
    return None, 0


def caption_unit(caption: str | None) -> str:
    """The unit a caption gives for all the table's figures, or ""."""
    match = _CAPTION_UNIT.search(caption or "")
    return (match.group(1) or match.group(2)) if match else ""


@dataclass(frozen=True)
class YearRows:
    """A table read with its years as rows."""

    year_col: int
    label_col: int | None  # a column of words naming each row's measure, if any
    unit_col: int | None  # a column giving each row's unit ("单位", "Unit"), if any
    value_cols: tuple[int, ...]
    rows: tuple[tuple[int, int, tuple[str, ...]], ...]  # (body row index, year, cells)


def _is_words(cell: str) -> bool:
    """Whether a cell holds words, not a figure (a figure may carry its unit: "40万千瓦")."""
    return bool(_WORD.search(cell)) and not _FIGURE_CELL.match(cell)


def year_rows(header: Sequence[str], body: Sequence[Sequence[str]]) -> YearRows | None:
    """The table's rows with their years, when its header has a year column.

    A row as wide as the header opens a block with its year; a row one cell short takes
    the open block's year in that column. Rows that fit neither way are left out. None
    when the header has no year column, fewer than three columns, or no row opens a block.
    The label column is the first other column whose cells hold words; a table whose
    other columns all hold figures ("年份 | 装机容量 | 发电量") has none, and each column's
    head names its measure. A unit column gives each row's unit and holds no values.
    """
    width = len(header)
    year_col = next((i for i, head in enumerate(header) if _YEAR_HEAD.match(head)), None)
    if year_col is None or width < 3:
        return None
    year: int | None = None
    read: list[tuple[int, int, tuple[str, ...]]] = []
    for index, cells in enumerate(body):
        if len(cells) == width:
            match = _YEAR_CELL.match(cells[year_col])
            if not match:
                continue
            year = int(match.group(1))
            read.append((index, year, tuple(cells)))
        elif len(cells) == width - 1 and year is not None:
            filled = [*cells[:year_col], str(year), *cells[year_col:]]
            read.append((index, year, tuple(filled)))
    if not any(len(body[index]) == width for index, _, _ in read):
        return None
    unit_col = next(
        (i for i, head in enumerate(header) if i != year_col and _UNIT_HEAD.match(head)), None
    )
    label_col = next(
        (
            i
            for i in range(width)
            if i not in {year_col, unit_col}
            and all(_is_words(cells[i]) for _, _, cells in read if cells[i].strip())
            and any(cells[i].strip() for _, _, cells in read)
        ),
        None,
    )
    value_cols = tuple(i for i in range(width) if i not in {year_col, label_col, unit_col})
    if not value_cols:
        return None
    return YearRows(year_col, label_col, unit_col, value_cols, tuple(read))
