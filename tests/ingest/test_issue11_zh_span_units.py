"""Issue 11: spans of time in Chinese rules and plans keep their unit, and a plan's own
deadline makes them aims in every way a plan writes that deadline.

A figure in working days, hours or minutes is read with its unit (``[units]``: working_day,
h, min), so a rule's length is a statistic in that unit, a term of the rule
(``[figures] rule_span_unit``), not a plain count. The same figure is an aim when the clause
before it holds a deadline of a plan (到/至…年, …年底前, …年前, a five-year plan's 期间 or
末, a year opening the clause) or an aim verb (``rule_span_aim``); a date a rule takes
effect is no such deadline. A service area named by its travel time (N分钟…圈, N小时…圈) is
a name, no span at all.

All sentences are made up for these tests; none follows the wording of a real text.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="zh")
PLAN = "# 某区优化营商环境和公共服务三年行动计划\n\n"
RULES = "# 某区社区养老服务机构管理办法\n\n"


def _records(text: str) -> list:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    return process_document(document, nlp=NLP, types=("target", "statistic")).records


def _aims(text: str) -> dict[float, str]:
    return {r.value: r.unit for r in _records(text) if isinstance(r, Target)}


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("2026年底前，全区120救护车平均到达现场时间不超过15分钟。", 15.0),
        ("2028年前，一般社会投资项目审批用时不超过40个工作日。", 40.0),
        ("“十五五”末，全区不动产登记一般业务办理时限不超过2个工作日。", 2.0),
        ("“十五五”期间，全区企业注销平均用时减为3个工作日。", 3.0),
        ("“十五五”时期，区内河道巡查频次不低于每周两次，险情处置到场时间不超过6小时。", 6.0),
    ],
)
def test_a_span_a_plan_sets_by_its_own_deadline_is_an_aim(sentence, wanted):
    assert wanted in _aims(PLAN + sentence)


def test_every_figure_of_a_clause_opened_by_a_year_is_an_aim():
    text = "发展指标：2026年，社区卫生服务中心平均候诊时间≤25分钟，老年人健康档案建档率≥68%。"
    assert {25.0, 68.0} <= set(_aims(PLAN + text))


def test_a_span_dated_to_reach_a_year_stays_an_aim():
    assert 12.0 in _aims(PLAN + "到2027年，城区急救平均响应时间缩短到12分钟。")


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("到2027年，城区急救平均响应时间缩短到12分钟。", (12.0, "min")),
        ("到2027年，重大险情处置到场时间压缩至2小时以内。", (2.0, "h")),
        ("到2027年，企业开办时间压缩至1个工作日以内。", (1.0, "working_day")),
    ],
)
def test_an_aim_in_minutes_hours_or_working_days_keeps_its_unit(sentence, wanted):
    value, unit = wanted
    assert _aims(PLAN + sentence).get(value) == unit


def test_a_share_aim_beside_them_keeps_its_unit():
    assert _aims(PLAN + "到2027年，社区居家养老服务站点覆盖率达到85%。").get(85.0) == "%"


@pytest.mark.parametrize(
    ("article", "wanted"),
    [
        (
            "第八条 机构调整收费项目的，应当提前10个工作日告知入住老人及其家属。",
            (10.0, "working_day"),
        ),
        ("第十条 护理员每日连续上岗时间不得超过8小时。", (8.0, "h")),
        ("第十一条 接到紧急呼叫后，值班人员应在30分钟内到达老人住处。", (30.0, "min")),
        ("自2027年3月1日起，申请人应提前5个工作日提交变更材料。", (5.0, "working_day")),
    ],
)
def test_a_rule_span_is_a_term_of_the_rule_in_its_unit(article, wanted):
    records = _records(RULES + article)
    assert not [r for r in records if isinstance(r, Target)]
    kept = {(r.value, r.unit, r.role) for r in records if isinstance(r, Statistic)}
    assert (*wanted, "parameter") in kept


def test_a_rule_span_with_an_effective_date_is_no_aim():
    assert _aims(RULES + "自2027年3月1日起，申请人应提前5个工作日提交变更材料。") == {}


def test_a_day_or_month_after_a_figure_is_still_no_value():
    records = _records(RULES + "第九条 机构停业的，应当提前30天书面告知，并在3个月内完成交接。")
    assert [r.value for r in records if r.value is not None] == []


def _valued_aims(text: str) -> dict[float, str]:
    return {value: unit for value, unit in _aims(text).items() if value is not None}


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("“十五五”时期，打造20分钟养老服务圈，街道综合养老中心达到12家。", [12.0]),
        ("“十五五”期间，全区新建10分钟便民生活圈40个。", [40.0]),
        ("到2027年，城区形成1小时通勤圈，轨道站点覆盖率达到70%。", [70.0]),
    ],
)
def test_a_service_area_named_by_its_travel_time_is_no_aim(sentence, wanted):
    assert sorted(_valued_aims(PLAN + sentence)) == wanted


def test_a_travel_time_shortened_beside_a_ring_name_stays_an_aim():
    text = "到2027年，建成15分钟就医圈，急救平均响应时间缩短至10分钟。"
    assert _valued_aims(PLAN + text) == {10.0: "min"}
