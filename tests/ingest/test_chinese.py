"""Chinese policy text through the same pipeline, driven by ingest/lang/zh.toml.

Sentences are written in the register of the Chinese original of the bundled
article's Guiding Opinions (到2030年…, “十四五”期间…).
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, content_id

TEXT = """关于加快推动制造业绿色化发展的指导意见

一、总体要求

到2030年，绿色工厂产值占制造业总产值比重超过40%，主要再生资源循环利用量达到5.1亿吨，大宗工业固体废物综合利用率达到62%，电解铝使用可再生能源比例达到30%以上。

到2035年，制造业绿色发展内生动力显著增强，碳排放总量实现达峰后稳中有降。

二、主要成效

2023年，我国高技术制造业增加值占规模以上工业增加值比重为15.7%。截至目前，已有89家钢铁企业完成全流程超低排放改造。

“十四五”期间，单位工业增加值能耗比2020年下降13.5%。
"""


@pytest.fixture(scope="module")
def extraction():
    document = Document(doc_id=content_id(TEXT), path="zh.txt", text=TEXT, language="zh",
                        date="2024-03-01")  # fmt: skip
    return process_document(document, nlp=build_nlp(language="zh"), types=("target", "statistic"))


def test_structure_and_aims(extraction):
    headings = [c.text for c in extraction.clauses if c.kind == "heading"]
    assert headings == ["一、总体要求", "二、主要成效"]
    aims = [c for c in extraction.clauses if c.kind == "aim"]
    assert [a.text for a in aims][:2] == [
        "绿色工厂产值占制造业总产值比重超过40%",
        "主要再生资源循环利用量达到5.1亿吨",
    ]
    assert {a.context for a in aims} == {"到2030年，"}
    for clause in extraction.clauses:
        assert TEXT[clause.start : clause.end] == clause.text


def test_targets_with_scale_words_comparators_and_deadlines(extraction):
    targets = [(r.year, r.comparator, r.value, r.unit, r.sector) for r in extraction.records
               if r.type == "target" and r.value is not None]  # fmt: skip
    assert targets == [
        (2030, ">", 40.0, "%", "manufacturing"),
        (2030, "=", 510_000_000.0, "t", "waste and recycling"),
        (2030, "=", 62.0, "%", "waste and recycling"),
        (2030, ">", 30.0, "%", "electrolytic aluminium"),   # 30%以上
        (2025, "=", 13.5, "%", "industry"),                # “十四五”期间 -> 2025
    ]  # fmt: skip
    (fyp,) = [r for r in extraction.records if r.year == 2025]
    assert (fyp.direction, fyp.base_year) == ("decrease", 2020)  # 比2020年下降


def test_qualitative_aim_and_history(extraction):
    (peak,) = [r for r in extraction.records if r.type == "target" and r.value is None]
    assert peak.year == 2035 and "达峰" in peak.metric
    stats = {r.value: r.year for r in extraction.records if r.type == "statistic"}
    assert stats == {15.7: 2023, 89.0: None}
