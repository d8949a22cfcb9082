"""Issue 11: the limits of the evening-news classes (run-in cut, floors, 累计, title dates).

- 日前 after a day's noun is "before the day" ("开工之日前，", "节假日前，"): no headline ends
  there, so the sentence is not cut and its deadline still dates the aim after it; nor is a
  span "从年初到今天（5月9日），" cut before its 今天.

All sentences are made up for these tests. Each limit has an ordinary aim or cut beside it
that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.segment import split_clauses

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = None) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _clauses(text: str) -> list[str]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    return [c.text for c in split_clauses(document, NLP)]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("到2028年，各县要在工程开工之日前，完成危桥改造300座。", {(300.0, "", 2028)}),
        ("到2028年，各县要在春运节假日前，完成客运站检查800处。", {(800.0, "", 2028)}),
        ("到2028年底，承租人应在合同生效日前，缴纳不少于15%的押金。", {(15.0, "%", 2028)}),
        ("到2028年，各地要在许可到期日前，完成复核评估120项。", {(120.0, "", 2028)}),
        ("到2028年，各校要在报名截止日前，新增学位6000个。", {(6000.0, "", 2028)}),
        # an ordinary aim beside them
        ("到2028年，全省新建充电桩5000个。", {(5000.0, "", 2028)}),
    ],
)
def test_a_day_before_a_deadline_keeps_the_sentence_whole(text, wanted):
    assert wanted <= _targets(text, date="2024-05-09")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("各县要在工程开工之日前，完成危桥改造。", ["各县要在工程开工之日前", "完成危桥改造。"]),
        ("各县要在春运节假日前，完成检查。", ["各县要在春运节假日前", "完成检查。"]),
        (
            "从年初到今天（5月9日），全省新建充电桩3万个。",
            ["从年初到今天（5月9日），全省新建充电桩3万个。"],
        ),
        (
            "自去年秋天至今天（5月9日），全省新建充电桩3万个。",
            ["自去年秋天至今天（5月9日），全省新建充电桩3万个。"],
        ),
        # a headline run into its body is still cut
        (
            "全省防汛检查启动日前，应急管理厅印发检查方案。",
            ["全省防汛检查启动", "日前，应急管理厅印发检查方案。"],
        ),
        (
            "东江大桥主体完工今天（5月9日），东江大桥主体完工。",
            ["东江大桥主体完工", "今天（5月9日），东江大桥主体完工。"],
        ),
    ],
)
def test_a_span_or_a_day_noun_is_no_headline_end(text, pieces):
    assert _clauses(text) == pieces
