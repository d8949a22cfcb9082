"""Issue 9, fourteenth fresh set: the classes its first contact showed, in texts of our own.

- A work report's review section may name two periods ("一、2030年和“十五五”时期工作回顾") or
  a subject before the review word ("一、“十五五”时期经济社会发展回顾"): it is a review all the
  same, and the levels it reports with 以上, 保持 or 新增 are facts, not aims.
- A figure offered as one of two alternative ceilings of a rule ("up to EUR N or, for a
  firm, up to N % of its turnover, whichever is higher") is a term of that rule, however far
  the fine word stands before it.
- The count of a text's own work areas ("今年要重点抓好7个方面工作：") sizes the text; it is no
  amount to reach.
- An age or age range before the people it picks out ("招收2—3岁幼儿") selects who is
  concerned, with or without 以上/以下; a count beside it ("新建污水处理厂5座") stays an aim.
- 户 (households) and 人次 (person-times) closing a task's count are the measure of what is
  to be done ("完成农村危房改造3200户"), not the set of people a figure is spread over.

All sentences are made up for these tests, in the register of a provincial work report or
an EU regulation. Each rule has an ordinary case beside it that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"zh": build_nlp(language="zh"), "en": build_nlp(language="en")}


def _targets(text: str, language: str = "zh", date: str | None = "2031-02-01") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, language=language, date=date
    )
    extraction = process_document(document, nlp=NLP[language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


_REVIEW_BODY = (
    "全区新增农业产业强镇9个，应届高校毕业生就业率保持在96%以上，森林覆盖率保持72%以上。\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "一、2030年和“十五五”时期工作回顾",
        "一、2030年及“十五五”时期工作回顾",
        "一、“十五五”时期经济社会发展回顾",
        "一、过去五年政府工作回顾",
        # the forms read before
        "一、2030年工作回顾",
        "（一）“十五五”时期发展回顾",
    ],
)
def test_figures_under_a_review_heading_are_facts(heading):
    text = f"# 某区政府工作报告\n\n{heading}\n\n{_REVIEW_BODY}"
    assert not _targets(text)


@pytest.mark.parametrize(
    "heading", ["一、工作目标", "二、2031年主要目标任务", "三、回顾与展望中的目标"]
)
def test_figures_under_an_aims_heading_stay_aims(heading):
    text = f"# 某区实施方案\n\n{heading}\n\n到2033年，新增农业产业强镇9个，建成示范园区4个。\n"
    assert {(9.0, "", 2033), (4.0, "", 2033)} <= _targets(text)


_FINE = (
    "Giving incorrect, incomplete or misleading records to the market authority shall be "
    "subject to administrative fines of up to EUR 2 000 000 or, if the offender is a company "
    "with a seat in the Union, up to 4 % of its total worldwide annual turnover for the preceding business year, "
    "whichever is higher.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        _FINE,
        _FINE.replace("whichever is higher", "whichever is the lower"),
        "Late, partial or false filings by a provider shall be subject to fines of up to "
        "EUR 500 000 or, for a provider with more than one site, up to 2 % of its yearly "
        "sales for every month of delay, whichever is greater.\n",
    ],
)
def test_alternative_ceilings_of_a_rule_are_no_targets(sentence):
    text = "# Chapter IX - Sanctions\n\n" + sentence
    assert not {key for key in _targets(text, "en") if key[1] == "%"}


def test_a_share_to_reach_stays_a_target():
    text = (
        "# Chapter II - Objectives\n\n"
        "Member States shall ensure that renewable sources supply at least 40 % of final "
        "energy consumption by 2030.\n"
    )
    assert (40.0, "%", 2030) in _targets(text, "en")


@pytest.mark.parametrize(
    "lead",
    ["今年要重点抓好7个方面工作：", "重点做好以下7个方面工作：", "今年要统筹推进7方面重点任务："],
)
def test_the_count_of_a_reports_work_areas_is_no_target(lead):
    text = (
        f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{lead}\n\n（一）新建污水处理厂5座。\n"
    )
    got = _targets(text)
    assert not {key for key in got if key[0] == 7.0}
    assert (5.0, "", 2031) in got


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("今年完成农村危房改造和抗震加固3200户。", 3200.0),
        ("开展农民工职业技能培训5万人次。", 50000.0),
        ("实施老旧小区加装电梯1200户，组织技能培训2.5万人次以上。", 25000.0),
    ],
)
def test_households_and_person_times_closing_a_task_are_its_measure(sentence, value):
    text = f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{sentence}\n"
    assert value in {key[0] for key in _targets(text)}


@pytest.mark.parametrize(
    "sentence",
    ["组织本地120家企业参加境外展会。", "在15个省份开展试点。", "对全市3000户家庭开展入户调查。"],
)
def test_a_count_of_the_set_a_task_reaches_stays_scope(sentence):
    text = f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{sentence}\n"
    assert not _targets(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "提高农村学前教育生均补助标准至800元，支持有条件的幼儿园招收2—3岁幼儿。",
        "为65岁老人免费提供健康体检。",
    ],
)
def test_an_age_before_the_people_it_picks_out_is_no_target(sentence):
    text = f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{sentence}\n"
    assert not _targets(text)


def test_a_count_beside_an_age_stays_a_target():
    sentence = "新建污水处理厂5座，支持有条件的幼儿园招收2—3岁幼儿。"
    text = f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{sentence}\n"
    assert _targets(text) == {(5.0, "", 2031)}
