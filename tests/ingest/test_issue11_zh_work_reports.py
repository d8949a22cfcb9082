"""Issue 11: Chinese government work reports, as the zh_fresh10 texts show them.

- The day a report or speech was delivered, on a line of its own under the title
  ("——2031年1月20日在…会议上"), dates it (``find_delivery_date``, ``[signing_date] delivery``).
- A heading over a review of a past period ("一、2030年工作回顾", "一、过去一年工作回顾") makes its
  clauses facts: their figures are statistics (``[figures] review_heading``).
- A heading over the year's programme ("二、2031年目标任务和主要工作") in a text of that year
  dates its aims to that year (``[figures] programme_heading``).
- Money to be completed or reached (完成投资, 成交额达到, 投资分别达) is an aim; money set aside
  (安排资金) stays funding. A level to hold (稳定在, 保持在) is an aim; 在 of a place stays scope.
- A quoted name holding a figure, a count naming a set ("8大主导产业") and the people of a place
  in an appeal are no figures at all.

All sentences are made up for these tests, in the register of a provincial work report. Each
rule has an ordinary aim or statistic beside it that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.signing_date import find_delivery_date

NLP = build_nlp(language="zh")

TITLE = "# 2031年某省政府工作报告\n\n"
DELIVERED = "——2031年1月20日在某省第十六届人民代表大会第二次会议上\n\n"
PROGRAMME = "二、2031年目标任务和主要工作\n\n"


def _targets(text: str, date: str | None = None) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (TITLE + DELIVERED + "各位代表：\n", "2031-01-20"),
        (
            "某市政府工作报告\n\n2030年2月3日在某市第九届人民代表大会第四次会议上市长作报告。\n",
            "2030-02-03",
        ),
        ("# 讲话\n\n（二〇三〇年三月五日在全省工作会议上）\n\n同志们：\n", "2030-03-05"),
        # a meeting cited inside a sentence, a line far down the text, a day that does not exist
        ("# 报告\n\n各位代表：根据2030年12月3日在省委全会上的部署，今年要做好以下工作。\n", None),
        ("# 报告\n\n" + "正文。" * 150 + "\n\n2030年2月3日在某市人民代表大会上\n", None),
        ("# 报告\n\n2031年2月30日在某省人民代表大会第二次会议上\n", None),
    ],
)
def test_the_day_a_report_was_delivered_dates_it(text, day):
    assert find_delivery_date(text) == day


def test_a_delivered_report_reads_its_review_as_statistics_and_its_programme_as_aims(tmp_path):
    text = (
        TITLE
        + DELIVERED
        + "一、2030年工作回顾\n\n全省新建污水处理厂12座，粮食总产达到650亿斤。\n\n"
        + PROGRAMME
        + "今年发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业40万人以上。\n\n"
        "新建污水处理厂15座。\n"
    )
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    assert document.date == "2031-01-20"
    got = {
        (r.value, r.year)
        for r in process_document(document, nlp=NLP, types=("target",)).records
        if isinstance(r, Target) and r.value is not None
    }
    assert {(6.0, 2031), (400000.0, 2031), (15.0, 2031)} <= got
    assert not {v for v, _y in got} & {12.0, 65000000000.0}


@pytest.mark.parametrize(
    "heading",
    ["一、过去一年工作回顾", "一、2030年工作回顾", "2030年工作回顾", "（一）“十五五”时期发展回顾"],
)
def test_figures_under_a_review_heading_are_statistics(heading):
    text = f"# 某区政府工作报告\n\n{heading}\n\n新增农业产业强镇9个，力争建成示范园区4个。\n"
    assert not _targets(text)


def test_figures_under_an_aims_heading_stay_aims():
    text = "# 某区实施方案\n\n一、工作目标\n\n到2033年，新增农业产业强镇9个，建成示范园区4个。\n"
    assert {(9.0, "", 2033), (4.0, "", 2033)} <= _targets(text)


@pytest.mark.parametrize("date", ["2031-01-20", None])
def test_the_years_programme_dates_its_aims(date):
    # in a text of 2031 the heading's 2031 is when the aims fall due; undated, it always was
    assert (20.0, "", 2031) in _targets(TITLE + PROGRAMME + "培育20家龙头企业。\n", date=date)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("重点项目完成投资800亿元。", {80000000000.0}),
        ("技术合同成交额达到600亿元。", {60000000000.0}),
        ("交通、水利领域投资分别达500亿元、200亿元。", {50000000000.0, 20000000000.0}),
        ("完成招商引资到位资金300亿元以上。", {30000000000.0}),
        ("粮食播种面积稳定在3000万亩以上。", {30000000.0}),
        ("龙头企业总量保持在300家以上。", {300.0}),
        ("布局建设12个省级示范片区。", {12.0}),
        # an ordinary aim beside them
        ("培育20家龙头企业。", {20.0}),
    ],
)
def test_money_to_reach_and_levels_to_hold_are_aims(sentence, wanted):
    got = _targets("# 某省行动方案\n\n到2033年，" + sentence + "\n")
    assert wanted <= {v for v, _u, y in got if y == 2033}


@pytest.mark.parametrize(
    ("sentence", "aims"),
    [
        ("安排产业发展专项资金20亿元。", set()),
        ("在10个省开展试点。", set()),
        ("服务费用按交易额的2%收取。", set()),
        ("聚焦“1+5+N”产业体系建设，打造“20分钟就业服务圈”。", set()),
        ("提升粮油、果蔬等8大主导产业。", set()),
        ("汇聚3000万某省人民的奋进力量，培育20家龙头企业。", {20.0}),
    ],
)
def test_money_set_aside_places_names_and_appeals_are_no_aims(sentence, aims):
    got = _targets("# 某省行动方案\n\n到2033年，" + sentence + "\n")
    assert {v for v, _u, _y in got} == aims
