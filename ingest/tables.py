"""Indicator tables: each row a metric, each dated column a value for that year.

Plans put their targets in tables ("indicator | unit | 2020 | 2025 | binding or
expected"; 主要指标 of a Chinese plan). Read cell by cell, such a table yields
free-floating numbers with no metric and no year; read as a table, each row with
a value in a future column is a target whose metric is the row's label, whose
unit comes from the unit column (or the label's "(%)"), whose year is its
column's, and whose base year is the year of the column holding the starting
value, which is kept as a statistic.

Tables reach the segmenter as pipe rows ("| a | b |"): Markdown data tables keep
their pipes (``ingest.markup``), trafilatura writes HTML tables that way, and the
DOCX reader writes its tables so too. Each row is a clause of kind ``row``; the
first row of a table is its header. ``table_records`` turns one table's row
clauses into records; ``ingest.extract`` never reads a row's figures on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ingest.deadlines import Deadline, find_deadlines
from ingest.lang import Grammar
from ingest.quantities import find_quantities
from ingest.records import Clause, Statistic, Target
from ingest.year_row_tables import YearRows, caption_unit, split_caption, year_rows

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_TARGET_HEAD = re.compile(r"target|goal|objective|planned|plan|目标|规划|预期值|到\s*20\d{2}", re.I)
_BASE_HEAD = re.compile(r"base|baseline|reference|actual|current|基期|基准|基数|现状|实际", re.I)
_UNIT_HEAD = re.compile(r"^\s*(?:units?|unit of measure|measure|单位|计量单位)\s*$", re.I)
_NUMBER_HEAD = re.compile(r"^\s*(?:no\.?|#|n°|序号|编号|item)\s*$", re.I)
_KIND_HEAD = re.compile(r"binding|expected|nature|type|属性|性质|类型", re.I)
_LABEL_UNIT = re.compile(r"[(（]\s*([^()（）]{1,24}?)\s*[)）]\s*$")
_CELL_NUMBER = re.compile(
    r"^(?P<sign>[<>≤≥~≈＞＜]=?|约|不低于|不少于|至少|不超过|不高于|不多于|超过|大于|小于)?\s*(?P<open>[\[［【(（〔])?\s*"
    r"(?P<minus>[-−–])?(?P<num>\d+(?:[.,]\d+)?)\s*(?P<close>[\]］】)）〕])?\s*(?P<rest>.*)$"
)
_SIGNS = {
    ">": ">", ">=": ">=", "≥": ">=", "<": "<", "<=": "<=", "≤": "<=", "~": "~", "≈": "~",
    "约": "~", "不低于": ">=", "不少于": ">=", "至少": ">=", "不超过": "<=", "不高于": "<=",
    "不多于": "<=", "超过": ">", "大于": ">", "小于": "<",
    "＞": ">", "＜": "<", "＞=": ">=", "＜=": "<=",
}  # fmt: skip
_AFTER_SIGNS = {"以上": ">=", "左右": "~", "以下": "<=", "以内": "<=", "+": ">="}


def cells(row: str) -> list[str]:
    """The cells of a pipe row, stripped: "| a | b |" -> ["a", "b"]."""
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [" ".join(cell.split()) for cell in inner.split("|")]


def is_rule_row(row: str) -> bool:
    """A header underline: "|---|:---:|"."""
    return bool(re.fullmatch(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)*\s*:?-{2,}:?\s*\|?\s*", row))


def group_tables(clauses: Sequence[Clause]) -> list[list[Clause]]:
    """Runs of ``row`` clauses, one list per table, header first.

    The segmenter gives a table's first row no context and every later row the
    header's text as context.
    """
    tables: list[list[Clause]] = []
    in_table = False
    for clause in clauses:
        if clause.kind != "row":
            in_table = False
            continue
        if in_table and clause.context:
            tables[-1].append(clause)
        else:
            tables.append([clause])
        in_table = True
    return tables


def _column_roles(header: list[str], doc_year: int | None) -> dict[int, tuple[str, int | None]]:
    """Each column's role: ("label"|"unit"|"number"|"kind"|"target"|"base"|"value", year)."""
    roles: dict[int, tuple[str, int | None]] = {}
    for i, head in enumerate(header):
        year_match = _YEAR.search(head)
        year = int(year_match.group(1)) if year_match else None
        if _UNIT_HEAD.match(head):
            roles[i] = ("unit", None)
        elif _NUMBER_HEAD.match(head):
            roles[i] = ("number", None)
        elif _KIND_HEAD.search(head) and year is None:
            roles[i] = ("kind", None)
        elif year is not None and _BASE_HEAD.search(head):
            roles[i] = ("base", year)
        elif year is not None and _TARGET_HEAD.search(head):
            roles[i] = ("target", year)
        elif year is not None:
            future = doc_year is None or year > doc_year
            roles[i] = ("target" if future else "base", year)
        elif _TARGET_HEAD.search(head):
            roles[i] = ("target", None)
        elif _BASE_HEAD.search(head):
            roles[i] = ("base", None)
        else:
            roles[i] = ("label", None)
    if doc_year is None:
        # Undated: the latest year is the target, earlier ones are where it starts from.
        dated = [y for role, y in roles.values() if role in {"target", "base"} and y]
        latest = max(dated, default=None)
        for i, (role, year) in list(roles.items()):
            if role == "target" and year is not None and year != latest:
                roles[i] = ("base", year)
    return roles


def table_records(
    rows: Sequence[Clause], grammar: Grammar, *, doc_year: int | None
) -> Iterator[Target | Statistic]:
    """Targets and starting values of one table (its row clauses, header first)."""
    if len(rows) < 2:
        return
    caption, start = split_caption([cells(row.text) for row in rows])
    rows = rows[start:]
    table_unit = caption_unit(caption)
    header = cells(rows[0].text)
    by_year = year_rows(header, [cells(row.text) for row in rows[1:]])
    if by_year is not None:
        yield from _year_row_records(rows, header, by_year, caption, table_unit, grammar, doc_year)
        return
    roles = _column_roles(header, doc_year)
    targets = [i for i, (role, _) in roles.items() if role == "target"]
    bases = [i for i, (role, _) in roles.items() if role == "base"]
    base_year = next((roles[i][1] for i in bases if roles[i][1]), None)
    for row in rows[1:]:
        if is_rule_row(row.text):
            continue
        values = cells(row.text)
        label_index = next(
            (i for i, (role, _) in roles.items() if role == "label" and i < len(values) and
             re.search(r"[^\W\d_]", values[i])),
            None,
        )  # fmt: skip
        if label_index is None:
            continue
        label = values[label_index]
        unit_text = next(
            (values[i] for i, (role, _) in roles.items() if role == "unit" and i < len(values)), ""
        )
        in_label = _LABEL_UNIT.search(label)
        if not unit_text and in_label:
            unit_text = in_label.group(1)
        unit_text = unit_text or table_unit
        metric = _LABEL_UNIT.sub("", label).strip(" ：:") or label
        common = {"doc_id": row.doc_id, "clause_id": row.clause_id, "text": row.text,
                  "start": row.start, "end": row.end}  # fmt: skip
        for i in bases:
            parsed = _value(values[i] if i < len(values) else "", unit_text, grammar)
            if parsed is not None:
                value, unit, comparator, text, _ = parsed
                yield Statistic(
                    metric=metric, value=value, unit=unit, value_text=text, comparator=comparator,
                    year=roles[i][1], sector="", role="reported", **common,
                )  # fmt: skip
        # A cell that states its own deadline ("80% by 2030", "100% by 2045") is dated by it,
        # in a target column without a year and in any other column, unless the cell or its
        # header forecasts or reports (see ``_cell_aims``). The row's label names a measure,
        # unless it is itself an aim: a figure with a closing deadline ahead ("100% ... by
        # 2030", "... by 2045, including a 50% reduction by 2032": the goal a row serves).
        dated = {
            i: pairs
            for i, (role, year) in roles.items()
            if i < len(values) and (role == "label" or year is None)
            and (pairs := _cell_aims(values[i], header[i], role, grammar, doc_year))
        }  # fmt: skip
        for i in sorted({*targets, *dated}):
            for cell, deadline in dated.get(i) or [(values[i] if i < len(values) else "", None)]:
                yield from _cell_target(cell, deadline, header[i], roles[i][1], metric,
                                        unit_text, base_year, grammar, common)  # fmt: skip


def _year_row_records(
    rows: Sequence[Clause],
    header: list[str],
    table: YearRows,
    caption: str | None,
    table_unit: str,
    grammar: Grammar,
    doc_year: int | None,
) -> Iterator[Target | Statistic]:
    """Each figure of a table whose years are rows (``ingest.year_row_tables``): an aim of
    its row's year when that year is ahead of the text (or is the text's own year under a
    caption that names aims, 规划目标; in an undated text, only under such a caption), else a
    figure reported for that year. A unit column's cell gives its row's unit."""
    aims_caption = bool(caption and _TARGET_HEAD.search(caption))
    for index, year, values in table.rows:
        row = rows[index + 1]
        common = {"doc_id": row.doc_id, "clause_id": row.clause_id, "text": row.text,
                  "start": row.start, "end": row.end}  # fmt: skip
        label = values[table.label_col] if table.label_col is not None else ""
        row_unit = values[table.unit_col].strip() if table.unit_col is not None else ""
        # Undated, a table of years is a record of the past unless its caption names aims.
        aim = (aims_caption and (doc_year is None or year >= doc_year)) or (
            doc_year is not None and year > doc_year
        )
        for i in table.value_cols:
            head = header[i]
            in_head = _LABEL_UNIT.search(head)
            unit_text = row_unit or (in_head.group(1) if in_head else table_unit)
            parsed = _value(values[i], unit_text, grammar)
            if parsed is None:
                continue
            value, unit, comparator, text, change = parsed
            metric = f"{label} {_LABEL_UNIT.sub('', head).strip()}".strip()
            if aim:
                yield Target(
                    metric=metric, value=value, unit=unit, value_text=text,
                    comparator=comparator, direction=change, year=year, base_year=None,
                    deadline_text=header[table.year_col], sector="", **common,
                )  # fmt: skip
            else:
                yield Statistic(
                    metric=metric, value=value, unit=unit, value_text=text,
                    comparator=comparator, year=year, sector="", role="reported", **common,
                )  # fmt: skip


def _cell_target(
    cell: str,
    deadline: Deadline | None,
    head: str,
    column_year: int | None,
    metric: str,
    unit_text: str,
    base_year: int | None,
    grammar: Grammar,
    common: dict,
) -> Iterator[Target]:
    """The target a cell's figure states, dated by its own deadline or its column's year."""
    parsed = _value(cell, unit_text, grammar)
    if parsed is None:
        return
    value, unit, comparator, text, change = parsed
    if grammar.decrease.search(metric):
        change = "decrease"
    elif grammar.increase.search(metric) and change is None:
        change = "increase"
    yield Target(
        metric=metric, value=value, unit=unit, value_text=text, comparator=comparator,
        direction=change, year=deadline.year if deadline else column_year,
        base_year=base_year if base_year else None,
        deadline_text=deadline.text if deadline else head, sector="", **common,
    )  # fmt: skip


def _value(
    cell: str, unit_text: str, grammar: Grammar
) -> tuple[float, str, str, str, str | None] | None:
    """(value, unit, comparator, as written, direction) of a cell, or None if it holds none.

    "[13.5]" in a plan's table is a change over the period (a cumulative cut or rise);
    "-" or "—" is an empty cell.
    """
    match = _CELL_NUMBER.match(cell.strip())
    if not match:
        return None
    rest = match.group("rest").strip()
    if rest and re.search(r"[^\W\d_]", rest) and not any(rest.startswith(s) for s in _AFTER_SIGNS):
        unit_text = unit_text or rest
    elif rest[:1] in {"%", "％"}:
        unit_text = unit_text or "%"  # "80%+" once its deadline is cut off
    number = match.group("num").replace(",", ".") if grammar.decimal_comma else match.group("num")
    joiner = "" if grammar.language == "zh" else " "
    unit_words = unit_text.replace("％", "%").strip()
    quantities = find_quantities(f"{number.replace(',', '')}{joiner}{unit_words}".strip(), grammar)
    if not quantities:
        return None
    quantity = quantities[0]
    comparator = _SIGNS.get(match.group("sign") or "", "=")
    for sign, op in _AFTER_SIGNS.items():
        if rest.lstrip("%％ ").startswith(sign):  # "80%+": at least 80%
            comparator = op
    bracketed = bool(match.group("open") and match.group("close"))
    change = "decrease" if match.group("minus") else None
    if bracketed and change is None:
        change = "increase" if re.search(r"提高|增长|increase|raise", cell, re.I) else None
    return quantity.value, quantity.unit, comparator, cell.strip(), change


def _cell_aims(
    cell: str, head: str, role: str, grammar: Grammar, doc_year: int | None
) -> list[tuple[str, Deadline]]:
    """Each figure of a cell with the closing deadline it states after it ("50% by 2030,
    100% by 2045"; a later pair may open with "including"), its deadline cut off, while the
    deadline is still ahead of the text. A part that does not open with its figure gives none.
    Nothing from a cell or column that forecasts or reports ("(projected)", "met", a column
    headed "Estimate"), nor, in an undated text, from a column not headed as aims."""
    if not _YEAR.search(cell):
        return []
    cues = grammar.figures
    if cues.cell_not_aim.search(cell) or cues.cell_not_aim.search(head):
        return []
    if doc_year is None and role != "target" and not cues.aim_header.search(head):
        return []
    pairs = []
    for number, part in enumerate(cues.cell_pair_break.split(cell)):
        if number:
            part = cues.cell_pair_lead.sub("", part, count=1)
        if not _CELL_NUMBER.match(part):
            continue
        deadline = next(
            (d for d in find_deadlines(part, grammar, doc_year=doc_year)
             if d.kind == "closing" and d.year and (doc_year is None or d.year > doc_year)),
            None,
        )  # fmt: skip
        if deadline is not None:
            pairs.append((f"{part[: deadline.start]} {part[deadline.end :]}".strip(), deadline))
    return pairs
