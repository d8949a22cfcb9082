"""Limits of the Chinese plan-text cues: money drawn in, running totals, margins over an
average, a paragraph's opening period and rankings by name.

All sentences are made up for these tests. Money drawn in from elsewhere (外资, 内资) or a
level per head is an aim only under an aim word of its own and never with a past year or
past word of its own; a sum set aside for such work stays spending. A stock already reached
(已累计, ……的基础上) is a fact beside the aim built on it. A margin over an average
is a condition only when it picks out units. A paragraph's opening period dates its later
aims even after a list number, but not an aim with a time word of its own (远期). Any
"N强" before a list or firm noun names a ranking.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="zh")


def _records(text: str, date: str = "2022-03-01") -> tuple[set[tuple], set[tuple]]:
    """(targets, statistics) of ``text`` as (value, unit, year) and (value, unit, role)."""
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    targets = {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }
    statistics = {(r.value, r.unit, r.role) for r in extraction.records if isinstance(r, Statistic)}
    return targets, statistics


def _values(records: set[tuple]) -> set[float]:
    return {r[0] for r in records}


@pytest.mark.parametrize(
    ("text", "not_aims", "aims"),
    [
        # a result with its own past year, under a period ahead, stays a result
        (
            "一、工作进展\n\n“十五五”期间，本市将继续扩大开放，2021年全市使用外资达到95亿美元。",
            {9.5e9},
            set(),
        ),
        # a past word of its own ("两年来") keeps both sums results
        (
            "一、发展基础\n\n“十五五”期间，本市将继续扩大开放。两年来全市吸引外资达到64亿美元，"
            "招引市外内资1800亿元。",
            {6.4e9, 1.8e11},
            set(),
        ),
        # a sum set aside for drawing money in is spending, not money drawn in
        ("到2025年，全市每年安排招引外资专项资金3亿元。", {3e8}, set()),
        # levels per head with no aim word, under a heading of progress, are results
        (
            "一、工作进展\n\n“十四五”期间，全县推进园区改造，规上工业亩均产值260万元，"
            "人均可支配收入3.8万元。",
            {2.6e6, 3.8e4},
            set(),
        ),
        # under an aim word both are aims
        ("到2025年，全市吸引外资力争达到60亿美元。", set(), {6e9}),
        ("到2025年，全县工业亩均产值不低于300万元。", set(), {3e6}),
    ],
)
def test_money_drawn_in_is_an_aim_only_under_an_aim_word(text, not_aims, aims):
    targets, statistics = _records(text)
    assert not not_aims & _values(targets)
    assert not_aims <= _values(statistics)
    assert aims <= _values(targets)


@pytest.mark.parametrize(
    ("text", "stock", "aim"),
    [
        (
            "一、主要任务\n\n到2025年，在已累计建成换电站800座的基础上，再新增换电站500座。",
            800.0,
            (500.0, "", 2025),
        ),
        (
            "到2025年，在累计改造老旧小区1200个的基础上，新增改造600个。",
            1200.0,
            (600.0, "", 2025),
        ),
    ],
)
def test_a_stock_already_reached_is_no_running_total_to_reach(text, stock, aim):
    targets, statistics = _records(text)
    assert aim in targets
    assert stock not in _values(targets)
    assert stock in _values(statistics)


def test_a_running_total_ahead_is_still_an_aim():
    targets, _ = _records("“十五五”时期，全市累计招引市外内资2500亿元，新增项目150个。")
    assert {(2.5e11, "yuan", 2030), (150.0, "", 2030)} <= targets


@pytest.mark.parametrize(
    ("text", "aims", "conditions"),
    [
        # an aim measured against a dated average stays an aim, with its own deadline
        (
            "一、主要目标\n\n到2025年，全县农民人均收入高于2020年全省平均水平15%。",
            {(15.0, "%", 2025)},
            set(),
        ),
        ("到2030年，全市人均绿地面积超过全国平均水平10%。", {(10.0, "%", 2030)}, set()),
        # under an aims heading, below an average is an aim
        (
            "一、主要目标\n\n到2025年，园区单位产值能耗低于全省平均水平10%。",
            {(10.0, "%", 2025)},
            set(),
        ),
        # a margin that picks out units is a condition
        ("到2025年，淘汰水耗高于全国行业平均水平30%的印染企业。", set(), {30.0}),
        ("关停煤耗超过2018年全市平均水平6%或全省平均水平9%的供热锅炉。", set(), {6.0, 9.0}),
    ],
)
def test_a_margin_is_a_condition_only_when_it_picks_out_units(text, aims, conditions):
    targets, statistics = _records(text)
    assert aims <= targets
    assert not conditions & _values(targets)
    assert conditions <= {v for v, _, role in statistics if role == "parameter"}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a list number before the opening period does not hide it
        (
            "（2）“十五五”时期，扶持专精特新企业30家。企业人均产值达到80万元以上。",
            {(8e5, "yuan", 2030)},
            set(),
        ),
        (
            "3.“十五五”时期，扶持专精特新企业30家。企业人均产值达到80万元以上。",
            {(8e5, "yuan", 2030)},
            set(),
        ),
        # a time word of the sentence's own ends the opening period
        (
            "“十五五”时期，扶持专精特新企业30家。远期，企业人均产值达到150万元以上。",
            {(30.0, "", 2030)},
            {(1.5e6, "yuan", 2030)},
        ),
        (
            "“十五五”时期，扶持专精特新企业30家。长期看，园区绿电比重达到90%。",
            {(30.0, "", 2030)},
            {(90.0, "%", 2030)},
        ),
    ],
)
def test_a_paragraph_opening_period_after_a_bullet(text, wanted, unwanted):
    targets, _ = _records(text)
    assert wanted <= targets
    assert not unwanted & targets


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "到2025年，全省引进全球500强企业12家，培育省内100强企业7家。",
            {12.0, 7.0},
            {500.0, 100.0},
        ),
        ("到2025年，进入行业50强榜单的企业达到30家，新增上市公司6家。", {30.0, 6.0}, {50.0}),
        ("到2025年，培育国内200强、省级50强企业各4家。", {4.0}, {200.0, 50.0}),
        # a count of firms that happens to stand before 强 as a word stays a count
        ("到2025年，培育科技型企业200家，做大做强骨干企业。", {200.0}, set()),
    ],
)
def test_a_ranking_by_any_name_is_no_count(text, wanted, unwanted):
    targets, _ = _records(text)
    assert wanted <= _values(targets)
    assert not unwanted & _values(targets)
