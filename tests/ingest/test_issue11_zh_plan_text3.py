"""Issue 11: Chinese plan text, dating by the signing day and telling thresholds from aims.

All sentences are made up for these tests, in the register of provincial notices and
schemes. An undated text is dated by the latest day it is signed on, never by the day of a
text it cites; a bound that picks out a class of plant ("5万千瓦及以下的燃油机组") or a
margin over an average is a threshold, while a plant of a stated size to be built, a total
in brackets in a sentence that looks ahead and a volume to be started in the year of issue
(规模按…安排) are aims; a ratio or share set aside (按…比例安排) is none.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.signing_date import find_signing_date

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = "2016-01-01") -> set[tuple]:
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
        ("特此通知。\n\n省发展改革委 二〇一九年四月八日（此件主动公开）", "2019-04-08"),
        ("以上意见请结合实际落实。市能源局2018年7月9日 抄送：各区县", "2018-07-09"),
        ("各单位遵照执行。\n附件：项目清单\n区政府2020年12月31日", "2020-12-31"),
        # a day that does not follow an issuing body, or is no valid day, dates nothing
        ("截至2020年12月31日，全市储能装机为60万千瓦。", None),
        ("县政府2021年2月30日（此件公开发布）", None),
        ("图为施工现场（5月26日摄）", None),
        # the date of a text the notice cites is no signature, wherever it stands
        (
            "依照省政府2014年8月20日印发的《能源规划》，今年全省光伏新增120万千瓦。"
            "省能源局2017年5月12日",
            "2017-05-12",
        ),
        (
            "根据国家能源局2011年3月2日关于风电并网的通知精神，结合本市情况制定本细则。"
            "市发展改革委2013年9月30日（此件主动公开）",
            "2013-09-30",
        ),
        # a notice forwarding another that was signed first is dated by the later day
        (
            "区管委会2016年4月1日（此件公开发布）\n\n现转发给你们。区政府办公厅2016年4月18日（此件公开发布）",
            "2016-04-18",
        ),
    ],
)
def test_the_signing_day_of_an_official_text(text, day):
    assert find_signing_date(text) == day


@pytest.mark.parametrize(
    ("text", "date", "wanted", "unwanted"),
    [
        # a plant or project of a stated size to be built is an aim
        ("到2020年，建设一座60万千瓦的燃气电站。", None, {(600000.0, "kW")}, set()),
        ("到2020年，建成年处理能力50万吨的秸秆利用项目。", None, {(500000.0, "t")}, set()),
        ("2017年将开工建设规模约300万千瓦的光伏项目。", None, {(3000000.0, "kW")}, set()),
        ("到2025年，建成总规模1000万千瓦的风光储一体化项目。", None, {(1e7, "kW")}, set()),
        # a bound or a margin over an average that picks out a class of plant is none
        (
            "到2020年，淘汰5万千瓦及以下的燃油机组，全市燃油发电装机压减到80万千瓦。",
            None,
            {(800000.0, "kW")},
            {(50000.0, "kW")},
        ),
        (
            "为实现“十三五”减排目标，淘汰排放高出行业平均水平20%的各类燃煤锅炉。",
            None,
            set(),
            {(20.0, "%")},
        ),
        ("在役单机10万千瓦以上燃煤机组须于年内完成超低排放改造。", None, set(), {(1e5, "kW")}),
        # a total in brackets is an aim in a sentence that looks ahead, a size in one that
        # reports
        ("到2020年，重点工程（合计900万千瓦）全部并网发电。", None, {(9e6, "kW")}, set()),
        ("到2020年，建成一批骨干项目（约500万千瓦）。", None, {(5e6, "kW")}, set()),
        ("去年清理出的未批先建工程（合计约900万千瓦）已全部停工整改。", None, set(), {(9e6, "kW")}),
        # a volume to be started in the year of issue is an aim; a ratio or a share set
        # aside by it is none
        ("2019年，全市新开工风电规模按400万千瓦安排。", "2019-01-01", {(4e6, "kW")}, set()),
        ("2019年，市财政按2:1比例安排配套资金。", "2019-01-01", set(), {(2.0, ""), (1.0, "")}),
        ("2019年，按5%的比例安排应急储备金。", "2019-01-01", set(), {(5.0, "%")}),
        # a present capacity weighed before a cap (考虑到目前) is no statistic of the cap
        (
            "考虑到目前全市电池年产能约30万吨，今后每年新增储能装机应控制在50万千瓦以内。",
            None,
            {(500000.0, "kW")},
            {(300000.0, "t")},
        ),
    ],
)
def test_thresholds_sizes_and_aims(text, date, wanted, unwanted):
    found = {(value, unit) for value, unit, _ in _targets(text, date or "2016-01-01")}
    assert wanted <= found
    assert not unwanted & found


def test_a_statistic_of_a_year_before_the_signing_day():
    text = (
        "依照省政府2010年6月1日印发的《能源规划》，制定本方案。\n\n"
        "2012年底，全省光伏装机达到150万千瓦。\n\n到2015年，全省光伏装机达到400万千瓦。\n\n"
        "省发展改革委 二〇一三年二月五日"
    )
    document_date = find_signing_date(text)
    assert document_date == "2013-02-05"
    found = _targets(text, date=document_date)
    assert (1500000.0, "kW", 2012) not in found
    assert (4000000.0, "kW", 2015) in found
