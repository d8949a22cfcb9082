"""Flattened tables next to real sentences, tables whose text and figure columns take
turns, captions and base columns, range ends and the cost of the table hook; in our own
words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingest.flat_table_records import flat_table_records
from ingest.flat_tables import find_flat_tables
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.records import Clause, Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _cells(*lines: str, blank: bool = True) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _document(text: str, language: str) -> Document:
    return Document(
        doc_id=content_id(text), path="plan.txt", text=text, date="2024-05-01", language=language
    )


def _records(text: str, language: str) -> list[Target | Statistic]:
    extraction = process_document(
        _document(text, language), nlp=NLP[language], types=("target", "statistic")
    )
    return [r for r in extraction.records if isinstance(r, Target | Statistic)]


def _targets(text: str, language: str) -> set[tuple[float | None, int | None]]:
    return {(r.value, r.year) for r in _records(text, language) if isinstance(r, Target)}


_EN_ROWS = ("Region", "Storage 2030 (MW)", "Harbour District", "35", "Valley District", "15")
_ZH_ROWS = ("区域", "2030年新型储能（万千瓦）", "滨江区", "35", "北山区", "15")


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a lead-in sentence with its own figure, straight above the table
        (
            _cells(
                "By 2030 the county will build 150 MW of battery storage split between districts as follows",
                *_EN_ROWS,
                blank=False,
            ),
            "en",
            {(150000.0, 2030)},
        ),
        # a paragraph straight below the table, with two targets of its own
        (
            _cells(
                "Annex 3 Storage by district",
                "District",
                "Storage capacity 2030 (MW)",
                "Delivery partner",
                "Harbour District",
                "35",
                "Port authority",
                "Valley District",
                "15",
                "Rural energy trust",
                "The county will also add 250 MW of solar power by 2030 and cut emissions by 40% by 2035.",
                blank=False,
            ),
            "en",
            {(250000.0, 2030), (40.0, 2035)},
        ),
        (
            _cells(
                "到2030年，全县新型储能装机达到150万千瓦，分区安排如下：", *_ZH_ROWS, blank=False
            ),
            "zh",
            {(1500000.0, 2030)},
        ),
        (
            _cells(
                *_ZH_ROWS,
                "全县风电装机到2030年达到400万千瓦，其中海上风电不低于100万千瓦。",
                blank=False,
            ),
            "zh",
            {(4000000.0, 2030), (1000000.0, 2030)},
        ),
    ],
)
def test_sentences_around_a_table_keep_their_targets(text, language, kept):
    targets = _targets(text, language)
    assert kept <= targets
    # the rows are read as the table's, and the cells give no record of their own
    assert {(350000.0 if language == "zh" else 35000.0, 2030)} <= targets
    assert not {(35.0, 2030), (15.0, 2030)} & targets


def test_a_table_that_gives_no_record_drops_nothing():
    # two units in the read columns: the table is not read, so the sentence keeps its figures
    text = _cells(
        "附表3 “十四五”各区储能任务",
        "区域", "新型储能（万千瓦）", "负荷占比（%）",
        "滨江区", "35", "12", "北山区", "15", "6",
        "全县风电装机到2030年达到400万千瓦，其中海上风电不低于100万千瓦。",
        blank=False,
    )  # fmt: skip
    assert {(4000000.0, 2030), (1000000.0, 2030)} <= _targets(text, "zh")


@pytest.mark.parametrize(
    ("lines", "language", "header", "expected"),
    [
        (
            (
                "附表3 各县新能源建设任务",
                "县区", "2025年光伏（万千瓦）", "责任单位", "2025年风电（万千瓦）",
                "清河县", "30", "县发改局", "8", "安平县", "20", "县经信局", "50",
            ),
            "zh",
            4,
            {("清河县", 300000.0), ("清河县", 80000.0), ("安平县", 200000.0), ("安平县", 500000.0)},
        ),
        (
            (
                "Table 4 Build-out by county",
                "County", "Solar 2025 (MW)", "Lead office", "Wind 2025 (MW)",
                "Elm County", "30", "Energy desk", "8", "Oak County", "20", "Works board", "50",
            ),
            "en",
            4,
            {("Elm County", 30000.0), ("Elm County", 8000.0), ("Oak County", 20000.0),
             ("Oak County", 50000.0)},
        ),
        # the same two columns printed twice side by side: still a table of two columns
        (
            (
                "County", "Solar 2025 (MW)", "County", "Solar 2025 (MW)",
                "Elm County", "30", "Oak County", "20", "Ash County", "10", "Fir County", "5",
            ),
            "en",
            2,
            {("Elm County", 30000.0), ("Oak County", 20000.0), ("Ash County", 10000.0),
             ("Fir County", 5000.0)},
        ),
        # two short lines above a two-column table are no header cells
        (
            (
                "Storage plan", "Summary view",
                "County", "Storage 2030 (MW)", "Elm County", "30", "Oak County", "20",
            ),
            "en",
            2,
            {("Elm County", 30000.0), ("Oak County", 20000.0)},
        ),
    ],
)  # fmt: skip
def test_text_and_figure_columns_taking_turns_are_read_under_their_own_header(
    lines, language, header, expected
):
    text = _cells(*lines)
    (table,) = find_flat_tables(text)
    assert len(table.header) == header
    records = [r for r in _records(text, language) if isinstance(r, Target) and "\n" in r.text]
    assert {(r.metric, r.value) for r in records} == expected


@pytest.mark.parametrize(
    "lines",
    [
        # a plan period in a sentence above the table, whose figures are installed to date
        (
            "“十四五”以来，全县风电建设进展顺利，截至2023年底各乡镇累计并网情况如下表",
            "乡镇", "累计并网（万千瓦）", "负责部门",
            "城关镇", "8.5", "镇经发办", "河口镇", "14", "镇建设办",
        ),
        # a base column under a plan-period heading: its figures are the starting point
        (
            "“十四五”新能源发展主要指标",
            "指标", "现状值（万千瓦）", "规划值（万千瓦）",
            "风电装机", "90", "210", "生物质发电", "6", "11",
        ),
        (
            "Table 2 Key figures of the 2021-2025 plan",
            "Indicator", "Baseline (MW)", "Growth (%)",
            "Wind power", "90", "12", "Biomass power", "6", "4",
        ),
    ],
)  # fmt: skip
def test_figures_that_are_no_aim_of_the_plan_period_are_not_dated_by_it(lines):
    text = _cells(*lines)
    language = "zh" if "\u4e00" <= lines[1][0] <= "\u9fff" else "en"
    assert find_flat_tables(text)
    base = {85000.0, 140000.0, 900000.0, 60000.0, 90000.0, 6000.0}
    dated = {r.value for r in _records(text, language) if r.year == 2025}
    assert not dated & base


def test_a_caption_with_a_plan_period_still_dates_the_columns():
    text = _cells(
        "附表 各乡镇“十四五”风电建设任务表",
        "乡镇", "新增并网（万千瓦）", "负责部门",
        "城关镇", "8.5", "镇经发办", "河口镇", "14", "镇建设办",
    )  # fmt: skip
    assert {(85000.0, 2025), (140000.0, 2025)} <= _targets(text, "zh")


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [("5.4-7.1", 5400.0, 7100.0), ("0.3-0.7", 300.0, 700.0), ("1.1~2.2", 1100.0, 2200.0)],
)
def test_a_range_cell_has_round_ends(cell, low, high):
    text = _cells("County", "Storage 2030 (MW)", "Elm County", cell, "Oak County", "2")
    (record, *_) = [r for r in _records(text, "en") if isinstance(r, Target)]
    assert (record.value, record.value_high) == (low, high)


class _CountedClauses(list):
    """The document's clauses, counting how often the whole list is walked."""

    walks = 0

    def __iter__(self) -> Iterator[Clause]:
        type(self).walks += 1
        return super().__iter__()


@pytest.mark.parametrize("tables", [3, 30])
def test_the_table_hook_walks_the_clauses_a_fixed_number_of_times(tables):
    block = ["Region", "Storage 2030 (MW)", "North", "4", "South", "5", "A note follows."]
    text = "\n".join(block * tables) + "\n"
    document = _document(text, "en")
    clauses = _CountedClauses()
    offset = 0
    for i, line in enumerate(text.splitlines()):
        clauses.append(
            Clause(
                clause_id=str(i), doc_id=document.doc_id, text=line,
                start=offset, end=offset + len(line), kind="sentence",
            )
        )  # fmt: skip
        offset += len(line) + 1
    _CountedClauses.walks = 0
    records, _ = flat_table_records(document, clauses, load_grammar("en"))
    assert len(records) == 2 * tables
    assert _CountedClauses.walks <= 2
