"""Tables printed one row per line with cells split by spaces (issue 9), in our own words.

A PDF's text layer often gives a table as a header line and one line per row, the cells
separated by spaces, with the unit on a line of its own above ("单位：万千瓦"). Such a table
is read like a table flattened to one cell per line: dated columns are targets (a past
year's column is a starting value), row numbers and the figures of a row read across its
cells are nothing.
"""

from __future__ import annotations

import pytest

from ingest.flat_tables import find_flat_tables
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP_ZH = build_nlp(language="zh")

_PROSE = "为推动能源结构调整，现将各地发展目标明确如下。\n"

# Numbered rows, a unit line above the header, a past column, a 2025 column, an increment
# column for the plan period, and a total row without a row number.
_NUMBERED = (
    _PROSE
    + "表 5  各县“十四五”风电发展目标\n"
    + "                           单位：万千瓦\n"
    + "序号 地区 2020 年装机 2025 年装机 “十四五”新增装机\n"
    + "1 东湖 0 40 40\n"
    + "2 西山 12 130 118\n"
    + "3 南岭 0 75 75\n"
    + "合计 12 245 233\n"
    + "各县要按年度推进项目建设。\n"
)

# The same kind of table without row numbers; a label cell keeps its inner space.
_PLAIN = (
    _PROSE
    + "表 2 全省“十四五”可再生能源发展目标\n"
    + "单位：万千瓦\n"
    + "能源种类 2020 年 2025 年 “十四五”增量\n"
    + "光 伏 800 1300 500\n"
    + "生物质 90 120 30\n"
    + "合计 890 1420 530\n"
    + "各地要加强统筹。\n"
)

# A table broken by a page: the rest repeats the header but has no caption or unit line.
_CONTINUED = (
    _PROSE
    + "表 6  各县“十四五”光伏发展目标\n"
    + "单位：万千瓦\n"
    + "序号 地区 2020 年装机 2025 年装机 “十四五”新增装机\n"
    + "1 东湖 20 60 40\n"
    + "2 西山 35 95 60\n"
    + "\n"
    + "序号 地区 2020 年装机 2025 年装机 “十四五”新增装机\n"
    + "3 南岭 15 45 30\n"
    + "合计 70 200 130\n"
    + "各县要按年度推进项目建设。\n"
)


def _targets(text: str) -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.pdf", text=text, date="2021-05-01", language="zh"
    )
    extraction = process_document(document, nlp=NLP_ZH, types=("target",))
    for record in extraction.records:
        assert document.text[record.start : record.end] == record.text
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _kw(*values: float) -> set[tuple]:
    return {(v * 10000, "kW", 2025) for v in values}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NUMBERED, _kw(40, 130, 118, 75, 245, 233)),
        (_PLAIN, _kw(1300, 500, 120, 30, 1420, 530)),
        (_CONTINUED, _kw(60, 40, 95, 45, 30, 200, 130)),
    ],
    ids=["numbered rows, unit line", "plain rows", "continued on the next page"],
)
def test_spaced_table_columns_are_read_with_the_unit_line(text: str, expected: set) -> None:
    # Every 2025 and increment cell in 万千瓦, nothing else: no row number, no 2020 cell,
    # no figure read across a row's cells ("12 130 118").
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label head of several words: which words head which column is unclear
        "Capacity by source\nUnit: MW\nPower source 2020 2025 change\nWind 10 40 30\nSolar 5 25 20\n",
        # lines ending in figures under a header that names no year and no unit
        "各县情况如下\n地区 数量 面积\n东湖 3 12\n西山 4 18\n",
        # a single row is no table
        "单位：万千瓦\n地区 2020 年 2025 年\n东湖 10 20\n各县要加强统筹。\n",
    ],
    ids=["several words head the labels", "no dated head", "one row"],
)
def test_no_spaced_table_where_it_is_unclear(text: str) -> None:
    assert find_flat_tables(text) == []


def test_a_column_of_shares_keeps_its_own_unit() -> None:
    # The unit line gives 万千瓦 for the table, but the growth column's cells are shares.
    text = (
        _PROSE
        + "表 1 全省可再生能源装机情况\n"
        + "单位：万千瓦\n"
        + "能源种类 2015 年 2020 年 “十三五”年均增速\n"
        + "光 伏 150 800 40%\n"
        + "生物质 60 90 9%\n"
        + "各地要加强统筹。\n"
    )
    document = Document(
        doc_id=content_id(text), path="t.pdf", text=text, date="2021-05-01", language="zh"
    )
    records = process_document(document, nlp=NLP_ZH, types=("target", "statistic")).records
    shares = {r.value for r in records if r.value_text in ("40%", "9%")}
    assert shares <= {40.0, 9.0}
    assert not any(isinstance(r, Target) for r in records)


_HEAD = "序号 地区 2020 年装机 2025 年装机 “十四五”新增装机\n"
_FIRST = (
    _PROSE
    + "表 3  各县“十四五”光伏发展目标\n"
    + "单位：万千瓦\n"
    + _HEAD
    + "1 东湖 20 60 40\n"
    + "2 西山 35 95 60\n"
)
_SECOND_ROWS = "1 东湖 3 17 14\n2 西山 6 22 16\n"


def _kilowatts(text: str) -> set[tuple]:
    return {t for t in _targets(text) if t[1] == "kW"}


@pytest.mark.parametrize(
    "between",
    [
        # a caption of its own: the second table counts something else (money, projects)
        "各县要加快项目前期工作。\n表 4  各县光伏项目投资（亿元）\n",
        "表 4  各县光伏项目个数\n",
        # prose between the two: no page break inside one table
        "各县要加快项目前期工作，并按季度报送项目的投资完成情况。\n",
        # a heading of the next table, short like a running head but said only once
        "各县光伏项目投资\n",
    ],
    ids=["prose and a caption", "a caption", "prose", "a heading said once"],
)
def test_another_table_under_the_same_header_keeps_no_unit_of_the_first(between: str) -> None:
    text = _FIRST + between + _HEAD + _SECOND_ROWS + "各县要按年度推进项目建设。\n"
    assert _kilowatts(text) == _kw(60, 40, 95, 60)


@pytest.mark.parametrize(
    "between",
    [
        "\n",
        "\n- 12 -\n\n",
        "第 7 页\n某省能源发展规划\n",
        # the caption repeated with a mark that the table goes on, or with its own number
        "\n- 12 -\n表 3（续）\n",
        "续表 3\n",
        "表 3  各县“十四五”光伏发展目标\n",
        # a running head naming the plan period in brackets is no unit line
        "- 12 -\n某市能源转型规划（2021—2025年）\n",
    ],
    ids=[
        "a blank line",
        "a page number",
        "a page number and a running head",
        "a continuation mark",
        "a continuation caption",
        "the same table number",
        "a running head with a period",
    ],
)
def test_a_table_continued_after_page_furniture_keeps_its_unit(between: str) -> None:
    text = _FIRST + between + _HEAD + _SECOND_ROWS + "各县要按年度推进项目建设。\n"
    assert _kilowatts(text) == _kw(60, 40, 95, 60, 17, 14, 22, 16)


def _records(text: str) -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.pdf", text=text, date="2021-05-01", language="zh"
    )
    records = process_document(document, nlp=NLP_ZH, types=("target", "statistic")).records
    return {(type(r).__name__, r.value, r.unit, r.year) for r in records if r.value is not None}


_INDICATORS = (
    _PROSE + "表 8 全市能源发展主要指标\n单位：万千瓦\n指标 2020 年 2025 年\n"
    "水电装机 45 52\n储能装机 6 30\n"
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # one row of shares among rows of capacity: that row keeps its %, the others the unit
        (
            "清洁能源消费比重 18% 26%\n",
            {("Target", 26.0, "%", 2025), ("Statistic", 18.0, "%", 2020)},
        ),
        ("", set()),
    ],
    ids=["a row of shares", "capacity rows only"],
)
def test_a_row_of_shares_keeps_its_unit_and_the_others_take_the_unit_line(
    rows: str, expected: set
) -> None:
    capacity = {
        ("Statistic", 450000.0, "kW", 2020),
        ("Target", 520000.0, "kW", 2025),
        ("Statistic", 60000.0, "kW", 2020),
        ("Target", 300000.0, "kW", 2025),
    }
    assert _records(_INDICATORS + rows + "各地要加强统筹。\n") == capacity | expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the label names its own unit: a share, a count of things
        (
            "可再生能源发电量占比（%） 31 40\n",
            {("Target", 40.0, "%", 2025), ("Statistic", 31.0, "%", 2020)},
        ),
        (
            "公共充电站（座） 800 2600\n",
            {("Target", 2600.0, "", 2025), ("Statistic", 800.0, "", 2020)},
        ),
        # a bracket that qualifies the label names no unit: the row takes the unit line
        (
            "光伏装机（含分布式） 12 48\n",
            {("Target", 480000.0, "kW", 2025), ("Statistic", 120000.0, "kW", 2020)},
        ),
    ],
    ids=["a share in the label", "a count in the label", "a qualifier in the label"],
)
def test_a_row_whose_label_names_a_unit_keeps_it(rows: str, expected: set) -> None:
    capacity = {
        ("Statistic", 450000.0, "kW", 2020),
        ("Target", 520000.0, "kW", 2025),
        ("Statistic", 60000.0, "kW", 2020),
        ("Target", 300000.0, "kW", 2025),
    }
    assert _records(_INDICATORS + rows + "各地要加强统筹。\n") == capacity | expected
