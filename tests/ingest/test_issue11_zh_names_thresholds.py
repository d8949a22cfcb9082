"""Issue 11: figures in Chinese news of plans that are not aims: a network generation's
name (5G), an age that picks out people (65岁以上老年人), and the size of the problem a
measure answers (针对……的缺口).

All sentences are made up for these tests, in the register of the evening news. Each rule
has an ordinary aim beside it that is kept.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a network generation names a technology: no figure
        (
            "到2030年，全省5G基站达到30万个。",
            {(300000.0, "", 2030)},
            {(5.0, "", 2030), (5.0, "", None)},
        ),
        (
            "规划提出，到2027年，4G和5G网络在行政村的覆盖率达到98%。",
            {(98.0, "%", 2027)},
            {(4.0, "", 2027), (5.0, "", 2027)},
        ),
        # a capacity in GW beside it is still an aim
        (
            "到2030年，全省新增光伏装机5GW。",
            {(5e6, "kW", 2030)},
            set(),
        ),
        # an age that picks out people is a threshold, not an aim
        (
            "行动要求为70岁以上老年人提供上门服务，到2027年，签约覆盖率不低于85%。",
            {(85.0, "%", 2027)},
            {(70.0, "", None), (70.0, "", 2027)},
        ),
        (
            "到2026年，60岁及以上人口健康管理率达到75%。",
            {(75.0, "%", 2026)},
            {(60.0, "", 2026), (60.0, "", None)},
        ),
        # a share of people aged over a threshold, set as an aim, is kept
        (
            "到2028年，全市养老床位达到3万张，其中护理型床位占比达到65%以上。",
            {(65.0, "%", 2028)},
            set(),
        ),
        # the size of the problem a measure answers is the present state
        (
            "针对全省300万独居老人与8万名护理员的缺口，方案要求扩大培训规模。",
            set(),
            {(3e6, "", None), (80000.0, "", None)},
        ),
        # an aim after a 针对 phrase, or named inside it with its aim word, is kept
        (
            "针对重点行业，到2025年单位增加值能耗下降12%。",
            {(12.0, "%", 2025)},
            set(),
        ),
        (
            "针对到2025年非化石能源比重达到22%的目标，要加快项目建设。",
            {(22.0, "%", 2025)},
            set(),
        ),
    ],
)
def test_names_thresholds_and_problems(text, wanted, unwanted):
    got = _targets(text)
    assert wanted <= got, got
    assert not (unwanted & got), got
