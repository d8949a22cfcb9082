"""Task figures of a work arrangement for one year, dated by the year it is for.

A city's "2025年……重点工作安排" lists the year's tasks without repeating the year
("实施落后产能调整项目450项", "完成600万平方米以上", "全年新增城乡公园120座"): read
clause by clause, each figure is reported with no year. When the text's title names one
year of work (``work_year_title``, per language) and that year is not past, a figure
reported with no year after a task verb of its own clause part (``work_task``) is an aim
for that year -- unless a bound after it picks out units (``work_task_not``: "2000吨标准煤
以上用能企业") or a report word stands before it (``past``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lang import Grammar
from ingest.records import Clause, Document, Statistic, Target

_LOOK = 1500  # how far into the text the title is looked for


def _work_year(document: Document, grammar: Grammar) -> tuple[int, str] | None:
    cues = grammar.figures
    for text in (document.title, document.text[:_LOOK]):
        match = cues.work_year_title.search(text or "")
        if match:
            year = int(re.search(r"(?:19|20)\d{2}", match.group()).group())
            if document.year is None or year >= document.year:
                return year, match.group()
            return None
    return None


def _task_aim(record, by_id: dict, document: Document, cues, year: int, title: str):
    """The aim a reported figure with no year states as a task of the year, or None."""
    clause = by_id.get(record.clause_id)
    if not (
        isinstance(record, Statistic)
        and record.role == "reported"
        and record.year is None
        and record.value is not None
        and clause is not None
    ):
        return None
    at = document.text.find(record.value_text, record.start, record.end)
    if at < 0:
        return None
    left = document.text[clause.start : at]
    right = document.text[at + len(record.value_text) : clause.end]
    if not cues.work_task.search(left) or cues.work_task_not.search(right):
        return None
    if cues.past.search(left):
        return None
    return Target(
        metric=record.metric, value=record.value, unit=record.unit,
        value_text=record.value_text, comparator=record.comparator, direction=None,
        year=year, base_year=None, deadline_text=title, sector=record.sector,
        doc_id=record.doc_id, clause_id=record.clause_id, text=record.text,
        start=record.start, end=record.end,
    )  # fmt: skip


def work_year_tasks(
    records: Sequence,
    facts: Sequence[Statistic],
    clauses: Sequence[Clause],
    document: Document,
    grammar: Grammar,
    wanted: set[str] | frozenset[str],
) -> list:
    """``records`` with the task figures of a one-year work arrangement made aims: those
    among the records, and (when aims are wanted) those among ``facts``, the figures
    reported that were not kept because only aims were asked for."""
    found = _work_year(document, grammar) if "target" in wanted else None
    if found is None:
        return list(records)
    year, title = found
    cues = grammar.figures
    by_id = {c.clause_id: c for c in clauses if c.kind not in {"heading", "title", "row"}}
    extra = [f for f in facts if "statistic" not in wanted]
    out = list(records)
    for index, record in enumerate([*records, *extra]):
        aim = _task_aim(record, by_id, document, cues, year, title)
        if aim is not None and index < len(records):
            out[index] = aim
        elif aim is not None:
            out.append(aim)
    out.sort(key=lambda r: r.start)  # stable: keeps document order within a clause
    return out
