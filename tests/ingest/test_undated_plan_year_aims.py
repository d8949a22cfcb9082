"""An undated Chinese plan states its aims with a bare year ("2028年，……达到……"), no modal:
such a year stays an aim under a plan's, a programme's or a measure's title (``[cues]
plan_title``), even beside "比上年下降3%". It is what the text reports under a report's
title (``report_title``), and under any other title (a news item) when a comparison with
the same period of the year before (``year_on_year``: 同比) follows it in its paragraph.
Made-up sentences.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="zh")


def _records(text: str) -> tuple[set[tuple], set[tuple]]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target", "statistic")).records
    aims = {(r.value, r.year) for r in records if isinstance(r, Target) and r.value}
    facts = {(r.value, r.year) for r in records if isinstance(r, Statistic) and r.value}
    return aims, facts


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "# 某县电动公交发展规划（2027—2031年）\n\n二、主要目标\n\n2028年，全县电动公交车达到420辆。",
            {(420.0, 2028)},
        ),
        ("# 某县电动公交发展规划\n\n2028年，全县电动公交车保有量达到420辆。", {(420.0, 2028)}),
        (
            "# 某县政府工作报告\n\n三、今后五年的奋斗目标\n\n2029年底，全县电动公交车达到420辆。",
            {(420.0, 2029)},
        ),
        (
            "# 某县换电站建设方案\n\n一、工作目标\n\n2028年，新建换电站30座。\n\n2029年，新建换电站45座。",
            {(30.0, 2028), (45.0, 2029)},
        ),
        ("# 某县水环境改善行动计划\n\n全县地表水优良水体比例2029年提高到88%。", {(88.0, 2029)}),
    ],
)
def test_an_undated_plan_keeps_a_bare_year_aim(text, wanted):
    aims, _facts = _records(text)
    assert wanted <= aims, aims


@pytest.mark.parametrize(
    "text",
    [
        # a yearly aim written against the year before, in a work programme
        "# 某县2027年节能工作方案\n\n一、工作目标\n\n2027年，全县单位产值能耗比上年下降3%，新建换电站30座。",
        "# 某县2027年生态环境工作要点\n\n2027年，全县新建换电站30座。",
        "# 某县三年攻坚行动\n\n2027年，全县新建换电站30座。",
        "# 某县出台换电站建设新举措\n\n2027年，全县新建换电站30座。",
    ],
)
def test_a_bare_year_stays_an_aim_outside_a_report(text):
    aims, _facts = _records(text)
    assert (30.0, 2027) in aims, aims


@pytest.mark.parametrize(
    "title", ["某县2028年国民经济和社会发展统计公报", "某县2028年农村经济运行情况分析"]
)
def test_a_report_title_reads_a_bare_year_as_reported(title):
    aims, facts = _records(f"# {title}\n\n2028年，全县新建冷库9座，农业增加值比上年增长6%。")
    assert (9.0, 2028) not in aims
    assert (9.0, 2028) in facts


def test_a_news_title_reports_a_year_followed_by_a_same_period_comparison():
    aims, facts = _records(
        "# 某县冷链建设稳步推进\n\n2028年，全县新建冷库9座，冷链物流收入同比增长6%。"
    )
    assert (9.0, 2028) not in aims
    assert (9.0, 2028) in facts


def test_a_news_title_keeps_a_bare_year_aim_with_no_comparison():
    aims, _facts = _records("# 某县冷链建设稳步推进\n\n2028年，全县新建冷库9座。")
    assert (9.0, 2028) in aims


def test_a_plan_title_kept_apart_from_the_text_keeps_the_aim():
    text = "2028年，全县新建冷库9座。"
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, language="zh", title="某县冷链物流发展规划"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    assert (9.0, 2028) in {(r.value, r.year) for r in records if isinstance(r, Target)}
