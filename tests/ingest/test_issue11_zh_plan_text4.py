"""Issue 11: Chinese plan text, sums a plan aims to draw in, levels per mu or per head,
running totals, rankings by name and a paragraph dated by its opening period.

All sentences are made up for these tests, in the register of provincial guidance and
its news reports. Money to be drawn in (引进外省资金, 利用外资) and a level per unit of
land (亩均税收) are aims under an aim word, while money to be spent stays funding and a
tax rule stays a rule; a running total (累计) to be reached in a period ahead is an aim,
one already reached is a fact; "世界500强" names a list, not a count; and a paragraph that
opens with "“十四五”期间，" dates its later aims that state no date of their own. A margin
over a dated average that picks out units and a radius within which something must be
absent are conditions of a rule.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = "2022-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a sum to be drawn in from elsewhere is an aim
        (
            "“十四五”期间，全省累计引进外省企业内资6000亿元，新增产业项目300个。",
            {(6e11, "yuan", 2025), (300.0, "", 2025)},
            set(),
        ),
        (
            "到2025年，全市累计实际利用外资达到80亿美元。",
            {(8e9, "USD", 2025)},
            set(),
        ),
        # money to be spent is funding, not an aim, beside an aim that stays one
        (
            "“十四五”期间，省财政累计安排专项资金50亿元。到2025年，建成充电桩2万个。",
            {(2e4, "", 2025)},
            {(5e9, "yuan", 2025)},
        ),
        # a running total already reached is a fact
        (
            "截至2021年底，全省累计引进外资项目1200个。到2025年，新增外资项目400个。",
            {(400.0, "", 2025)},
            {(1200.0, "", 2021), (1200.0, "", None)},
        ),
        # a level per mu or per head is an aim; a tax rule is a rule
        (
            "到2025年，开发区规上工业亩均税收达到40万元以上，农村居民人均收入达到3万元。",
            {(4e5, "yuan", 2025), (3e4, "yuan", 2025)},
            set(),
        ),
        (
            "对年用电量超过1000万千瓦时的企业，按每千瓦时0.1元征收差别电价税费。",
            set(),
            {(0.1, "yuan", None)},
        ),
    ],
)
def test_money_drawn_in_and_levels_per_unit(text, wanted, unwanted):
    found = _targets(text)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a ranking's name is no count; the count of projects beside it is
        (
            "到2025年，引进世界500强企业项目60个。",
            {(60.0, "", 2025)},
            {(500.0, "", 2025)},
        ),
        (
            "“十四五”期间，力争培育中国500强企业8家。",
            {(8.0, "", 2025)},
            {(500.0, "", 2025)},
        ),
        # an ordinary count of 500 stays an aim
        (
            "到2025年，建成500个充电站。",
            {(500.0, "", 2025)},
            set(),
        ),
    ],
)
def test_a_ranking_by_name_is_no_count(text, wanted, unwanted):
    found = _targets(text)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the paragraph's opening period dates the undated aims of its later sentences
        (
            "“十四五”期间，全省新建省级园区20个。园区新兴产业产值在全省的占比力争超过70%。",
            {(20.0, "", 2025), (70.0, "%", 2025)},
        ),
        (
            "●产业升级取得新进展\n“十四五”期间，培育龙头企业30家。园区单位面积产值要提高15%。",
            {(30.0, "", 2025), (15.0, "%", 2025)},
        ),
        # a sentence with its own year keeps it
        (
            "“十四五”期间，新建省级园区20个。到2023年，园区光伏装机达到50万千瓦。",
            {(20.0, "", 2025), (5e5, "kW", 2023)},
        ),
    ],
)
def test_a_paragraph_opening_with_a_period_dates_its_later_aims(text, wanted):
    assert wanted <= _targets(text)


def test_an_opening_period_makes_no_later_fact_an_aim():
    text = "“十四五”期间，新建省级园区20个。2021年全省园区产值同比增长12%。"
    found = _targets(text)
    assert (20.0, "", 2025) in found
    assert not {t for t in found if t[0] == 12.0}


def test_a_paragraph_in_the_past_dates_nothing_ahead():
    # a period that has ended opens no aim for the paragraph's later sentences
    text = "“十三五”期间，全省新建园区20个。园区产值占全省比重要超过60%。"
    found = _targets(text, date="2022-03-01")
    assert not {t for t in found if t[2] == 2020 and t[0] == 60.0}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a margin over a dated or last year's average that picks out units is a condition
        (
            "“十四五”期间，逐步淘汰水耗超过2019年全市平均值12%或全省平均值18%的印染企业。",
            set(),
            {(12.0, "%", 2019), (18.0, "%", 2019), (12.0, "%", 2025), (18.0, "%", 2025)},
        ),
        (
            "年度水耗超过上年同行业平均水平8%的企业应限制取水。",
            set(),
            {(8.0, "%", None)},
        ),
        # an aim to come in below the average stays an aim when no unit is picked out
        (
            "到2025年，全市单位产值能耗比2020年下降8%。",
            {(8.0, "%", 2025)},
            set(),
        ),
        # a radius within which something must be absent is a condition
        (
            "厂址5公里范围内无其他供热锅炉的机组，可暂缓淘汰。",
            set(),
            {(5.0, "km", None)},
        ),
        # a length to be built stays an aim
        (
            "到2025年，新建城市供热管网300公里以上。",
            {(300.0, "km", 2025)},
            set(),
        ),
    ],
)
def test_margins_and_radii_that_pick_out_units_are_conditions(text, wanted, unwanted):
    found = _targets(text)
    assert wanted <= found
    assert not unwanted & found
