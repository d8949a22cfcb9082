"""Task figures of a work arrangement for one year, dated by the year it is for.

A yearly work arrangement (某市2027年……工作要点) gives its tasks one after another and
seldom repeats the year beside them: "改造老旧小区80个" or "新建街心花园25处" is read
clause by clause as a figure with no year. When the text's own title names one year of
work (``work_year_title``, per language) and that year is not past, such a figure after a
task verb of its own clause part (``work_task``) is an aim for that year.

The title is the text's own: the document's title or a heading among its first lines that
is no numbered section, never a title cited in 《》 ("根据《……工作要点》制定本办法"), and the
year taken is the one next to the plan word. A title that also reports (……工作总结和……
工作计划, 执行情况的报告: ``work_year_not_title``) names no year of work. Not an aim: a
figure with a bound and 的 after it, which picks out units (``work_task_not``); one after a
report word (``past``) or a period of report (``work_report``: 上半年, 全年共完成); one under
a section heading that looks back (``work_past_heading``) or names an earlier year; one in a
paragraph that opens with an earlier year. Only Chinese has these cues so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lang import Grammar
from ingest.lines import LEAD_BULLET
from ingest.past_paragraphs import looking_back
from ingest.records import Clause, Document, Statistic, Target

_LOOK = 1500  # how far into the text the title is looked for
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CITED = re.compile(r"《[^》]*》")
_MARKUP = re.compile(r"^[\s#*]+|[\s*]+$")
_SENTENCE_END = re.compile(r"[。！？；;!?]\W*$")


def _titles(document: Document, clauses: Sequence[Clause]) -> list[str]:
    """The document's title, then the lines among the first ones that are no numbered
    section and close no sentence (a body sentence that names the plan is no title); each
    with what it cites in 《》 blanked and its markup stripped."""
    lines = [
        c.text
        for c in clauses
        if c.start < _LOOK
        and not LEAD_BULLET.match(_MARKUP.sub("", c.text))
        and not _SENTENCE_END.search(c.text)
    ]
    return [_MARKUP.sub("", _CITED.sub("", t)) for t in (document.title, *lines) if t]


def _work_year(
    document: Document, clauses: Sequence[Clause], grammar: Grammar
) -> tuple[int, str] | None:
    """The year the text's own title names for its work, and that title; None when the
    first title naming a plan also reports, or names a past year."""
    cues = grammar.figures
    for text in _titles(document, clauses):
        match = cues.work_year_title.search(text)
        if match is None:
            continue
        if cues.work_year_not_title.search(text):
            return None
        if match.end() < len(cues.work_title_suffix.sub("", text)):
            continue  # a sentence that names the plan, not a title line
        year = int(match.group(1))
        if document.year is None or year >= document.year:
            return year, match.group()
        return None
    return None


def _looks_back(clause: Clause, cues, year: int) -> bool:
    """Whether a section heading above ``clause`` reviews or names an earlier year."""
    for label in clause.section:
        if cues.work_past_heading.search(label):
            return True
        if any(int(y) < year for y in _YEAR.findall(label)):
            return True
    return False


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
    if cues.past.search(left) or cues.work_report.search(left) or _looks_back(clause, cues, year):
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
    found = _work_year(document, clauses, grammar) if "target" in wanted else None
    if found is None:
        return list(records)
    year, title = found
    cues = grammar.figures
    # A paragraph that opens with a year before the arrangement's reports on that year.
    back = looking_back(clauses, grammar, year - 1)
    by_id = {
        c.clause_id: c
        for c in clauses
        if c.kind not in {"heading", "title", "row"} and c.paragraph not in back
    }
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
