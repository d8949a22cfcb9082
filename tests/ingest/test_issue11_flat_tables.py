"""Tables flattened to one cell per line (issue 9, issue 11), in our own words.

A PDF or web dump often loses a table's grid: the header's column names come first, one
per line, then each row's cells, one per line. ``ingest.flat_tables`` rebuilds the rows
and reads them as indicator tables; anything it cannot read with confidence yields nothing.
"""

from __future__ import annotations

import pytest

from ingest.flat_tables import find_flat_tables
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP_ZH = build_nlp(language="zh")
NLP_EN = build_nlp(language="en")


def _cells(*lines: str, blank: bool = True) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


# A district allocation table with numbered rows, a plan period in its title, a cell
# broken over two lines and a total row; the 示范项目 column has no unit and is not read.
_ZH_NUMBERED = _cells(
    "一、总体安排", "各区按照下表分解落实任务。", "附表",
    "各区“十五五”储能建设任务表",
    "序号", "区域", "新增储能规模（MW）", "示范项目", "牵头部门",
    "1", "东湖区", "12-15", "2", "区发展改革委",
    "2", "西山区", "3.5-4", "1", "区经济", "委员会",
    "3", "南岭县", "6-8", "1", "县能源局",
    "合计", "21.5-27", "4",
    "注：规模为新增并网规模。",
)  # fmt: skip

# A table without row numbers: the year and unit are in the value column's header.
_ZH_PERIODIC = _cells(
    "表1 重点行业能效目标",
    "行业", "2027年能效标杆产能占比（%）", "责任单位",
    "钢铁", "30", "市经信委",
    "水泥", "25", "市建设局",
    "玻璃", "20", "市经信委",
    "以上目标纳入年度考核。",
)  # fmt: skip

# The same kind of table in English, cells on consecutive lines.
_EN_PERIODIC = _cells(
    "Annex 2. Regional storage allocation",
    "Region", "Storage capacity 2030 (MW)", "Lead body",
    "North Coast", "40", "Regional energy office",
    "Inland Plains", "25", "Water and power board",
    "Southern Hills", "15", "Regional energy office",
    "Progress is reviewed every year.",
    blank=False,
)  # fmt: skip


def _records(text: str, language: str, date: str = "2024-05-01") -> list:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    nlp = NLP_ZH if language == "zh" else NLP_EN
    extraction = process_document(document, nlp=nlp, types=("target", "statistic"))
    for record in extraction.records:
        assert document.text[record.start : record.end] == record.text
    return list(extraction.records)


def _targets(text: str, language: str) -> set[tuple]:
    return {
        (r.metric, r.value, r.value_high, r.unit, r.year)
        for r in _records(text, language)
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _ZH_NUMBERED,
            "zh",
            {
                ("东湖区", 12000.0, 15000.0, "kW", 2030),
                ("西山区", 3500.0, 4000.0, "kW", 2030),
                ("南岭县", 6000.0, 8000.0, "kW", 2030),
                ("合计", 21500.0, 27000.0, "kW", 2030),
            },
        ),
        (
            _ZH_PERIODIC,
            "zh",
            {
                ("钢铁", 30.0, None, "%", 2027),
                ("水泥", 25.0, None, "%", 2027),
                ("玻璃", 20.0, None, "%", 2027),
            },
        ),
        (
            _EN_PERIODIC,
            "en",
            {
                ("North Coast", 40000.0, None, "kW", 2030),
                ("Inland Plains", 25000.0, None, "kW", 2030),
                ("Southern Hills", 15000.0, None, "kW", 2030),
            },
        ),
    ],
)
def test_each_row_of_a_flattened_table_is_a_target(text, language, expected):
    assert _targets(text, language) == expected


def test_cells_are_not_read_on_their_own():
    records = _records(_ZH_NUMBERED, "zh")
    # the demonstration-project counts and row numbers are no records; each record is a row
    assert all(isinstance(r, Target) for r in records if r.value is not None)
    assert len([r for r in records if isinstance(r, Target | Statistic)]) == 4
    assert all("\n" in r.text for r in records)


def test_a_cell_broken_over_two_lines_is_joined():
    (table,) = find_flat_tables(_ZH_NUMBERED)
    assert [c.text for c in table.rows[1]] == ["2", "西山区", "3.5-4", "1", "区经济委员会"]
    assert [c.text for c in table.rows[-1]][:3] == ["", "合计", "21.5-27"]


@pytest.mark.parametrize(
    "text",
    [
        # a list of short headings: no figures, no table
        _cells("Contents", "Scope", "Definitions", "Targets", "Monitoring", "Review", "Annexes"),
        _cells("目录", "总体要求", "主要任务", "保障措施", "组织实施", "附件"),
        # figures in a fixed period but no header naming a unit or a year
        _cells("Item", "Count", "Owner", "Pumps", "4", "Works", "Valves", "9", "Works"),
        # numbered steps of a procedure, each a short line: no unit column
        _cells("序号", "环节", "办理时限", "1", "受理", "5", "2", "审核", "10"),
        # only one row after the header: not enough to see a period
        _cells("Region", "Capacity 2030 (MW)", "North Coast", "40", "Progress is reviewed."),
    ],
)
def test_what_is_not_a_readable_table_yields_no_table_record(text):
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    for table in find_flat_tables(text):
        # a table may be seen, but without a unit and year in its header it is not read
        assert not any("(" in h.text or "（" in h.text for h in table.header)
    assert not [r for r in _records(text, language) if isinstance(r, Target) and "\n" in r.text]


def test_a_caption_is_not_taken_for_a_header_cell():
    # shifted one line up, "Annex 2 ..." + two header cells would also repeat with period 3
    (table,) = find_flat_tables(_EN_PERIODIC)
    assert [h.text for h in table.header] == ["Region", "Storage capacity 2030 (MW)", "Lead body"]
    assert [r[0].text for r in table.rows] == ["North Coast", "Inland Plains", "Southern Hills"]


def test_columns_in_different_units_are_not_read():
    text = _cells(
        "Region", "Storage 2030 (MW)", "Share of demand 2030 (%)",
        "North Coast", "40", "12", "Inland Plains", "25", "9", "Southern Hills", "15", "6",
        "Progress is reviewed every year.",
    )  # fmt: skip
    assert len(find_flat_tables(text)) == 1
    assert not [r for r in _records(text, "en") if isinstance(r, Target) and "\n" in r.text]
