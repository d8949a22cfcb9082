"""A target table whose years are rows, not columns, as a web page saved as Markdown keeps
it once its merged cells are lost: the caption and the unit ("单位：万千瓦") stand in a
first row of one cell, the header comes second ("年份 | 类别 | 装机规模 | 可调能力"), and
the year is written only in the first row of each block, so the other rows are one cell
short. Each figure is an aim of its row's year, in the caption's unit; rows of years
already past are figures reported, not aims. A table with dated columns reads as before.

All tables are made up for these tests.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Statistic, Target

NLP = build_nlp(language="zh")

_BLOCKS = """\
# 某市新型储能发展安排

附件：规划目标

|     |     |     |     |
| --- | --- | --- | --- |
| **某市储能规划目标（2026-2028年）**<br>单位：万千瓦 |
| **年份** | **类别** | **装机规模** | **可调能力** |
| 2026 | 用户侧储能 | 40 | 12 |
| 独立储能 | 90 | 30 |
| 2027 | 用户侧储能 | 55 | 18 |
| 独立储能 | 120 | 45 |
"""

_PAST_ROWS = """\
# 某市新型储能发展安排

附件：发展情况

|     |     |     |
| --- | --- | --- |
| **某市储能装机情况**<br>单位：万千瓦 |
| **年份** | **类别** | **装机规模** |
| 2019 | 用户侧储能 | 8 |
| 独立储能 | 16 |
| 2020 | 用户侧储能 | 11 |
"""

_DATED_COLUMNS = """\
# 某市新型储能发展安排

| 指标 | 单位 | 2020年 | 2026年 |
| --- | --- | --- | --- |
| 储能装机规模 | 万千瓦 | 20 | 75 |
"""


def _records(tmp_path, text: str, date: str | None = None):
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path, metadata={"date": date} if date else {})
    return process_document(document, nlp=NLP, types=("target", "statistic")).records


def _keys(records, kind) -> set[tuple]:
    return {(r.value, r.unit, r.year) for r in records if isinstance(r, kind) and r.value}


@pytest.mark.parametrize(
    "key",
    [
        (400000.0, "kW", 2026),
        (120000.0, "kW", 2026),
        (900000.0, "kW", 2026),  # a row without its year takes the block's
        (300000.0, "kW", 2026),
        (550000.0, "kW", 2027),
        (1200000.0, "kW", 2027),
        (450000.0, "kW", 2027),
    ],
)
def test_a_year_row_table_gives_each_figure_its_rows_year(tmp_path, key):
    assert key in _keys(_records(tmp_path, _BLOCKS, "2025-06-01"), Target)


def test_the_metric_names_the_row_and_the_column(tmp_path):
    targets = [r for r in _records(tmp_path, _BLOCKS, "2025-06-01") if isinstance(r, Target)]
    metrics = {r.metric for r in targets if r.value == 900000.0}
    assert any("独立储能" in m and "装机规模" in m for m in metrics)


def test_rows_of_past_years_are_reported_figures(tmp_path):
    records = _records(tmp_path, _PAST_ROWS, "2023-03-01")
    assert not _keys(records, Target)
    assert (160000.0, "kW", 2019) in _keys(records, Statistic)


def test_a_table_with_dated_columns_reads_as_before(tmp_path):
    records = _records(tmp_path, _DATED_COLUMNS, "2023-03-01")
    assert (750000.0, "kW", 2026) in _keys(records, Target)
    assert (200000.0, "kW", 2020) in _keys(records, Statistic)


_MEASURE_COLUMNS = """\
# 某市能源发展情况

| 年份 | 风电装机（万千瓦） | 风电发电量（亿千瓦时） | 清洁能源比重（%） |
| --- | --- | --- | --- |
| 2017 | 640 | 85 | 21 |
| 2018 | 710 | 96 | 24 |
"""

_UNIT_COLUMN = """\
# 某市储能发展安排

| 年份 | 指标 | 单位 | 数值 |
| --- | --- | --- | --- |
| 2027 | 新型储能装机 | 万千瓦 | 260 |
| 2028 | 新型储能装机 | 万千瓦 | 380 |
"""


def test_a_table_whose_columns_are_measures_keeps_every_column(tmp_path):
    records = _records(tmp_path, _MEASURE_COLUMNS, "2020-05-01")
    stats = [r for r in records if isinstance(r, Statistic) and r.year == 2018]
    assert {(r.value, r.unit) for r in stats} >= {(7100000.0, "kW"), (24.0, "%")}
    assert {r.metric for r in stats if r.value == 24.0} == {"清洁能源比重"}


def test_an_undated_table_of_years_makes_no_aim_without_a_caption_naming_aims(tmp_path):
    assert not _keys(_records(tmp_path, _MEASURE_COLUMNS), Target)
    # the neighbour: undated, under a caption naming aims, the rows are aims
    assert (1200000.0, "kW", 2027) in _keys(_records(tmp_path, _BLOCKS), Target)


def test_a_unit_column_gives_each_rows_unit(tmp_path):
    keys = _keys(_records(tmp_path, _UNIT_COLUMN, "2026-04-01"), Target)
    assert {(2600000.0, "kW", 2027), (3800000.0, "kW", 2028)} <= keys
