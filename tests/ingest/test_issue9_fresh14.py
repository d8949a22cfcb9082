"""Issue 9, fourteenth fresh set: the classes its first contact showed, in texts of our own.

- A work report's review section may join periods ("一、2030年与“十五五”时期发展回顾", a
  quoted plan period with or without 时期) or name its subject or achievements before the
  review word ("经济和社会发展回顾", "主要成就回顾"): it is a review all the same, and its
  figures are facts, not aims.
- A figure offered as one of two alternative ceilings of a rule ("fines of at most EUR N
  or, for a legal person, at most N % of its revenue, whichever is the higher sum") is a
  term of that rule, however far the fine word stands before it; an aim offering two
  floors ("at least N % of the fleet, or N vehicles, whichever is greater") stays an aim.
- A count of aspects ("今年着力抓好6个方面工作：") sizes a list of areas; it is no amount to
  reach.
- An age or age range before the people it picks out ("接收1—2岁婴幼儿") selects who is
  concerned, with or without 以上/以下; a count beside it ("新建污水处理厂5座") stays an aim.
- 户 (households) and 人次 (person-times) closing a task's count are the measure of what is
  to be done ("改造老旧住房1800户"), not the set of people a figure is spread over; before a
  noun, with or without 以上 ("2000户以上低收入家庭"), or after a verb of reach ("惠及困难群众
  3万户") they still name that set.

All sentences are made up for these tests, in the register of a provincial work report or
an EU regulation. Each rule has an ordinary case beside it that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.aims import review_heading
from ingest.figures import figure_role
from ingest.lang import load_grammar
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


# A body with a deadline of its own, so that its figures are aims unless a heading says the
# section reports what was done.
_BODY = "到2033年，全区新增市级农业龙头企业7家，湿地保护率达到55%。\n"
_BODY_AIMS = {(7.0, "", 2033), (55.0, "%", 2033)}


def _report(heading: str) -> str:
    return f"# 某区政府工作报告\n\n{heading}\n\n{_BODY}"


@pytest.mark.parametrize("heading", ["一、其他", "一、“十五五”时期", "二、2031年主要目标任务"])
def test_the_review_body_gives_aims_under_other_headings(heading):
    assert _BODY_AIMS <= _targets(_report(heading))


@pytest.mark.parametrize(
    "heading",
    [
        "一、2030年与“十五五”时期发展回顾",
        "一、2030年及“十五五”政府工作回顾",
        "一、“十五五”和2030年工作回顾",
        "一、“十五五”发展成就与2030年工作回顾",
        "一、“十五五”时期经济和社会发展回顾",
        "一、“十五五”时期主要成就回顾",
        "一、过去五年政府工作回顾",
        "第一部分 2030年工作总结",
        # forms read before
        "一、2030年工作回顾",
        "（一）“十五五”时期发展回顾",
    ],
)
def test_figures_under_a_review_heading_are_facts(heading):
    assert review_heading((heading,), load_grammar("zh")) == heading
    assert not _targets(_report(heading))


@pytest.mark.parametrize(
    "heading",
    [
        "一、工作目标",
        "二、2031年主要目标任务",
        "三、回顾与展望中的目标",
        "二、“十五五”期间主要目标任务",
        "一、2030年工作回顾和2031年工作安排",
    ],
)
def test_an_aims_heading_is_no_review(heading):
    assert review_heading((heading,), load_grammar("zh")) is None


# fines whose ceiling is the higher (or lower) of a sum and a share of revenue
_FINES = [
    "Supplying false or partial statements to the supervising body is punishable by fines "
    "of at most EUR 1 500 000 or, where a legal person is responsible, at most 3 % of the "
    "yearly group revenue of the last closed accounts, whichever is the higher sum.\n",
    "Supplying false or partial statements to the supervising body is punishable by fines "
    "of at most EUR 1 500 000 or, where a legal person is responsible, at most 3 % of the "
    "yearly group revenue of the last closed accounts, whichever is the lower sum.\n",
    "Partial filings by a provider shall be subject to fines of up to EUR 500 000 or, for a "
    "provider with more than one site, up to 2 % of its yearly sales for every month of "
    "delay, whichever is greater.\n",
    "Operators that breach the reporting duty shall pay a penalty of EUR 40 000 or 1.5 % of "
    "their yearly sales in the Union, whichever is greater, for each year of delay.\n",
    # a fine with a floor is still the rule's term
    "A late filing shall be liable to a fine of at least EUR 9 000 or 0.5 % of the yearly "
    "sales, whichever is greater.\n",
]


@pytest.mark.parametrize("sentence", _FINES)
def test_alternative_ceilings_of_a_rule_are_no_targets(sentence):
    text = "# Chapter IX - Sanctions\n\n" + sentence
    assert not {key for key in _targets(text, "en") if key[1] == "%"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # no fine word: "up to" right before the share names it a ceiling
        ("A provider that misses the deadline owes up to EUR 20 000 or up to 1 % of its "
         "yearly sales, whichever is greater.", "parameter"),
        ("A provider that misses the deadline owes EUR 20 000 or 1 % of its yearly sales, "
         "whichever is greater.", "target"),
    ],
)  # fmt: skip
def test_up_to_before_one_of_two_alternatives_makes_it_a_ceiling(sentence, role):
    start = sentence.index("1 %")
    assert figure_role(sentence, start, start + 3, "%", load_grammar("en")) == role


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By 2032, no fewer than 40 % of municipal refuse trucks, or 250 trucks, whichever "
            "is greater, shall run on electricity.",
            {(40.0, "%", 2032), (250.0, "", 2032)},
        ),
        (
            "Each region shall restore at least 15 % of its degraded wetland, or 2 000 "
            "hectares, whichever is the larger, by 2035.",
            {(15.0, "%", 2035), (2000.0, "ha", 2035)},
        ),
        # a fee or levy word before the floors: what the money must do is still an aim
        (
            "By 2033, the charges collected shall pay for at least 800 cycle lockers or 12 % "
            "of station car parks, whichever is greater.",
            {(12.0, "%", 2033)},
        ),
        # ordinary: one share, no alternative
        (
            "Member States shall ensure that renewable sources supply at least 40 % of final "
            "energy consumption by 2030.",
            {(40.0, "%", 2030)},
        ),
    ],
)
def test_an_aim_offering_two_floors_stays_an_aim(sentence, expected):
    text = "# Chapter II - Objectives\n\n" + sentence + "\n"
    assert expected <= _targets(text, "en")


@pytest.mark.parametrize(
    "lead",
    ["今年着力抓好6个方面工作：", "重点做好以下6个方面工作：", "今年要统筹推进6方面重点任务："],
)
def test_the_count_of_a_reports_work_areas_is_no_target(lead):
    text = (
        f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{lead}\n\n（一）新建污水处理厂5座。\n"
    )
    got = _targets(text)
    assert not {key for key in got if key[0] == 6.0}
    assert (5.0, "", 2031) in got


def _work(sentence: str) -> str:
    return f"# 2031年某市政府工作报告\n\n二、2031年重点工作\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("今年完成城镇老旧住房改造1800户。", {1800.0}),
        ("开展新型农民职业技能培训3.5万人次。", {35000.0}),
        ("实施农村户厕改造2600户，组织家政服务培训1.5万人次以上。", {2600.0, 15000.0}),
    ],
)
def test_households_and_person_times_closing_a_task_are_its_measure(sentence, values):
    assert values <= {key[0] for key in _targets(_work(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "为2000户以上低收入家庭发放燃气补贴。",
        "为4000户以上农户安装屋顶光伏。",
        "提高城乡低保标准，惠及困难群众3万户。",
        "新建社区养老服务站，惠及老年人1.2万人次。",
        # ordinary: before a noun without 以上, or a count of firms or places
        "为4000户农户安装屋顶光伏。",
        "对全市2600户家庭开展入户调查。",
        "组织本地120家企业参加境外展会。",
        "在15个省份开展试点。",
    ],
)
def test_a_count_of_the_set_a_task_reaches_stays_scope(sentence):
    assert not _targets(_work(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "提高农村学前教育生均补助标准至900元，鼓励具备条件的托育机构接收1—2岁婴幼儿。",
        "为70岁老人免费提供健康体检。",
    ],
)
def test_an_age_before_the_people_it_picks_out_is_no_target(sentence):
    got = _targets(_work(sentence))
    assert not {key for key in got if key[0] in {1.0, 2.0, 70.0}}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新建污水处理厂5座，鼓励具备条件的托育机构接收1—2岁婴幼儿。", {(5.0, "", 2031)}),
        # a count after the age group it serves keeps only the count
        ("新增0—3岁婴幼儿托位4000个。", {(4000.0, "", 2031)}),
    ],
)
def test_a_count_beside_an_age_stays_a_target(sentence, expected):
    assert _targets(_work(sentence)) == expected
