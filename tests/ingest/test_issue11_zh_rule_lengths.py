"""Issue 11: a length of time or an age that a rule sets, as the zh_fresh13 pages show them.

A figure followed by a span of working days, hours or minutes is how long a rule gives
("提前5个工作日公示") or how far a service may lie ("步行15分钟可达"), and an age before the
people it picks out, with a description of them between ("65岁以上行动不便的老人"), names who
a rule covers: neither is an aim (``[figures] rule_span_unit`` and ``rule_span_aim`` for
the spans, ``coefficient_after`` for the age). The same spans with an aim verb or a deadline
before them in the clause ("压缩至1个工作日以内", "到2028年，实现…15分钟内到达") stay aims,
as do the aims of a clause whose people an age picks out.

All sentences are made up for these tests; none follows the wording of a real text.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _aims(text: str) -> set[float]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {r.value for r in records if isinstance(r, Target)}


@pytest.mark.parametrize(
    "article",
    [
        "第九条 服务站点调整的，运营单位须提前7个工作日在站内张贴告示。",
        "第五条 各街道按照“城区步行8-12分钟、郊区骑行15-20分钟”的要求布设服务点。",
        "第十二条 热线受理的投诉，承办部门应在48小时内回复来电人。",
        "第六条 上门服务主要面向70岁以上独居且行动不便的困难老人。",
    ],
)
def test_a_length_or_age_a_rule_sets_is_no_aim(article):
    assert _aims("# 某市社区服务管理办法\n\n" + article) == set()


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("到2027年，企业开办时间压缩至1个工作日以内。", 1.0),
        ("到2027年，城区急救平均响应时间缩短到12分钟。", 12.0),
        ("到2028年，实现城区15分钟内到达急救现场。", 15.0),
        ("力争全市不动产登记办理时间缩短至3个工作日。", 3.0),
        ("到2026年，政务服务事项办理时限平均压缩至5个工作日。", 5.0),
        ("到2030年，全市80岁以上老年人健康管理率达到75%。", 75.0),
        ("到2027年，为全市3万名65岁以上老年人提供免费体检。", 30000.0),
        ("到2027年，全市新建养老服务设施120个。", 120.0),
    ],
)
def test_the_same_lengths_set_as_aims_stay_aims(sentence, wanted):
    assert wanted in _aims("# 某市公共服务发展规划\n\n" + sentence)
