"""Issue 11: Chinese plan text, the classes the zh_fresh3 first contact showed.

Written in our own words in the register of State Council opinions and notices: the day a
document was signed dates it when nothing else does (so a figure of an earlier year is a
statistic); a figure that picks out a class of plant ("3万千瓦以下的机组") or a group of
projects in brackets is a threshold or a size, not an aim; a build verb before a list of
counts (in a sentence that looks ahead), a cap held to (应控制在) and a volume set for the year of issue (按…安排) are aims.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.signing_date import find_signing_date

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = "2009-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("……请认真贯彻执行。国务院办公厅二○○九年三月十八日（此件公开发布）", "2009-03-18"),
        ("……现印发给你们。国家能源局2019年11月5日（此件社会公开）抄送：各省", "2019-11-05"),
        ("……国务院二〇一二年十月三十日关于加快推进风电消纳的意见", "2012-10-30"),
        ("……各地认真落实。省人民政府2020年12月31日", "2020-12-31"),
        # a day that does not follow an issuing body, or is no valid day, dates nothing
        ("截至2020年12月31日，全省风电装机达到500万千瓦。", None),
        ("市政府2021年2月30日（此件公开发布）", None),
        ("记者（5月26日摄）", None),
    ],
)
def test_the_signing_day_of_an_official_text(text, day):
    assert find_signing_date(text) == day


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a class of plant picked out by size or by a margin over the average
        (
            "到2010年，逐步关停单机容量3万千瓦以下的燃煤机组，全省煤电装机控制在3000万千瓦以内。",
            {(30000000.0, "kW", 2010)},
            {(30000.0, "kW", 2010)},
        ),
        (
            "为实现“十二五”节能目标，关停供电煤耗高出全国平均水平12%的各类燃煤机组。",
            set(),
            {(12.0, "%", 2015)},
        ),
        ("现役单机20万千瓦以上燃煤机组要尽快完成脱硝改造。", set(), {(200000.0, "kW", None)}),
        ("承担供热任务且5公里以内没有其他热源的机组可暂缓关停。", set(), {(5.0, "km", None)}),
        # the size of a group of projects, given in brackets
        (
            "对符合规划的违规项目(约2100万千瓦)，要逐一核定后纳入当年规模。",
            set(),
            {(21000000.0, "kW", None)},
        ),
        # a build verb before a list of counts, in a sentence that looks ahead
        (
            "推广屋顶光伏，力争建设200个屋顶光伏示范社区、500个光伏示范乡镇。",
            {(200.0, "", None), (500.0, "", None)},
            set(),
        ),
        # a cap held to, after a clause on the present situation
        (
            "结合目前全省风机每年2000万千瓦的制造能力，近期每年新开工风电规模应控制在1500万千瓦左右。",
            {(15000000.0, "kW", None)},
            {(20000000.0, "kW", None)},
        ),
        # a volume set for the year of issue
        ("为减少损失，2009年开工规模按3200万千瓦安排。", {(32000000.0, "kW", 2009)}, set()),
    ],
)
def test_thresholds_sizes_and_aims(text, wanted, unwanted):
    found = _targets(text)
    assert wanted <= found
    assert not unwanted & found


def test_a_statistic_of_a_year_before_the_signing_day():
    text = (
        "到2008年底，全国风电装机达到1200万千瓦。\n\n到2012年，全国风电装机达到3000万千瓦。\n\n"
        "国务院办公厅二○○九年三月十八日"
    )
    document_date = find_signing_date(text)
    assert document_date == "2009-03-18"
    found = _targets(text, date=document_date)
    assert (12000000.0, "kW", 2008) not in found
    assert (30000000.0, "kW", 2012) in found
