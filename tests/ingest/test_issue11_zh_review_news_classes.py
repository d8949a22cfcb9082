"""Issue 11: the limits of the evening-news classes (run-in cut, floors, 累计, title dates).

- 日前 after a day's noun is "before the day" ("开工之日前，", "节假日前，"): no headline ends
  there, so the sentence is not cut and its deadline still dates the aim after it; nor is a
  span "从年初到今天（5月9日），" cut before its 今天.
- A floor or ceiling (不少于, 不高于, 不多于) is an aim when its clause holds a deadline or an aim
  verb; a floor a rule sets under 应当 with neither is a term of the rule, no target.
- Only the 累计 a deadline governs gives way: one with a year of its own ("2021年累计") or after
  比/是 is the base's stock. In an undated text 累计 under a deadline needs a forward word
  (要, 将, 力争, 确保): a plan's review of the last period states what was done.
- A title line that ends with the end of a range or a deadline ("实施期限：…至2027年6月30日",
  "意见反馈截止 2027年6月30日") is not dated by it (``find_title_date``).

All sentences are made up for these tests. Each limit has an ordinary aim or cut beside it
that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.boilerplate import find_title_date
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


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a rule's staffing or training floor: a term of the rule
        ("林场经营单位应当配备不少于4名专职护林人员。", set(), {(4.0, "", None)}),
        ("每个乡镇应当配备巡查人员不少于6人。", set(), {(6.0, "", None)}),
        ("每个评审组应当由不少于5名专家组成。", set(), {(5.0, "", None)}),
        ("现场勘验时，应当有不少于2名工作人员在场。", set(), {(2.0, "", None)}),
        ("特种作业人员须每年参加安全培训不少于24学时。", set(), {(24.0, "", None)}),
        # a floor or ceiling under a deadline or an aim verb: an aim
        ("到2029年，遴选不少于60个智慧农业试点项目。", {(60.0, "", 2029)}, set()),
        ("到2029年，示范基地不少于40个。", {(40.0, "", 2029)}, set()),
        ("到2030年，全县重点企业不高于20家。", {(20.0, "", 2030)}, set()),
        ("到2030年，遴选不多于30个改造项目。", {(30.0, "", 2030)}, set()),
        ("力争示范基地不少于40个。", {(40.0, "", None)}, set()),
        # the ordinary wording beside them
        ("到2030年，全县重点企业不超过20家。", {(20.0, "", 2030)}, set()),
        ("到2030年，新能源汽车占比不低于40%。", {(40.0, "%", 2030)}, set()),
        # a place the work is done in stays a scope
        ("到2029年，试点工作将于20个县展开。", set(), {(20.0, "", 2029)}),
    ],
)
def test_a_floor_is_an_aim_only_under_a_deadline_or_an_aim_verb(text, wanted, unwanted):
    got = _targets(text)
    assert wanted <= got, got
    assert not (unwanted & got), got


@pytest.mark.parametrize(
    ("text", "date", "wanted", "unwanted"),
    [
        # a stock of an earlier year beside the aim: no aim of its own
        (
            "到2028年，全市公共泊位累计达到9万个，比2021年累计建成的4万个增加5万个。",
            "2024-05-09",
            {(90000.0, "", 2028)},
            {(40000.0, "", 2028), (50000.0, "", 2028), (40000.0, "", 2021)},
        ),
        (
            "到2028年，全市累计建成公共泊位9万个，是2021年累计建成数量3万个的3倍。",
            None,
            set(),
            {(30000.0, "", 2021), (3.0, "", 2021), (30000.0, "", 2028)},
        ),
        (
            "到2028年，全市公共泊位达到9万个，是2021年累计建成数量3万个的3倍。",
            None,
            {(90000.0, "", 2028)},
            {(30000.0, "", 2021), (3.0, "", 2021)},
        ),
        # an undated plan's review of the last period: a statistic
        ("到2020年底，全市累计建成公共泊位2万个。", None, set(), {(20000.0, "", 2020)}),
        (
            "到2020年底，全市累计建成公共泊位2万个，超额完成规划任务。",
            None,
            set(),
            {(20000.0, "", 2020)},
        ),
        # the aims beside them: a forward word in an undated text, a deadline ahead of a date
        ("到2028年，全市累计建成公共泊位要达到9万个。", None, {(90000.0, "", 2028)}, set()),
        ("到2028年，全市力争累计建成公共泊位9万个。", None, {(90000.0, "", 2028)}, set()),
        ("到2028年，全市累计建成公共泊位9万个。", "2024-05-09", {(90000.0, "", 2028)}, set()),
    ],
)
def test_only_the_total_a_deadline_governs_is_an_aim(text, date, wanted, unwanted):
    got = _targets(text, date=date)
    assert wanted <= got, got
    assert not (unwanted & got), got


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("# 实施期限：2022年7月1日至2027年6月30日\n\n正文。", None),
        ("# 试行期 2022年7月1日到2027年6月30日\n\n正文。", None),
        ("# 行动周期 2022-07-01—2027-06-30\n\n正文。", None),
        ("# Programme period 2022-07-01 - 2027-06-30\n\nText.", None),
        ("# 意见反馈截止 2027年6月30日\n\n正文。", None),
        ("# 本办法有效期 2027年6月30日\n\n正文。", None),
        ("# Consultation closes 2027-06-30\n\nText.", None),
        # a day's digest keeps its day, with or without a dash before it
        ("# 早间快讯 2024年5月9日\n\n正文。", "2024-05-09"),
        ("# Morning digest - 2024-05-09\n\nText.", "2024-05-09"),
    ],
)
def test_a_title_ending_a_range_or_a_deadline_dates_nothing(text, date):
    assert find_title_date(text) == date
