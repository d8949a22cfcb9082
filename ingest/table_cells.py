"""Cells shared by the readers of flattened tables (``ingest.flat_tables``) and of
tables printed one row per line with space-split cells (``ingest.spaced_tables``)."""

from __future__ import annotations

import re
from typing import NamedTuple

_SENTENCE_END = re.compile(r"[。；;！？!?]|[.:：]\s*$")
_NUMBER = r"\d+(?:[.,]\d+)?"
_FIGURE_CELL = re.compile(
    rf"^(?:[<>≤≥~≈约]=?\s*)?[-−–]?{_NUMBER}(?:\s*[-−–~～至]\s*{_NUMBER})?\s*[%％]?$"
)
_EMPTY_CELL = re.compile(r"^[-—–/／]$")
ROW_NUMBER_HEAD = re.compile(r"^(?:序号|编号|no\.?|#|n°|item)$", re.I)
HEAD_UNIT = re.compile(r"[(（]\s*((?=[^()（）]*(?:[^\W\d_]|[%％]))[^()（）]{1,12}?)\s*[)）]")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class Line(NamedTuple):
    """A non-blank line of the document, stripped: one cell, with its span."""

    text: str
    start: int
    end: int


class FlatTable(NamedTuple):
    """A rebuilt table: its caption lines, its header cells and its rows of cells."""

    title: list[Line]  # up to two lines just before the header
    header: list[Line]
    rows: list[list[Line]]
