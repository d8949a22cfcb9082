"""A yearly work arrangement (某县2026年……工作要点) gives its tasks without the year: a
figure after a task verb ("改造老旧小区80个", "新建街心花园25处") is an aim for that year.
Only the text's own title names that year, the year next to the plan word; a title that
also reports names none. Not an aim: a bound with 的 after the figure that picks out units,
a figure reported as done, one after a period of report (上半年), one under a section that
looks back, and nothing at all in a text that is no one-year arrangement.

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")

_TITLE = "## 关于印发《某县2026年绿色发展工作要点》的通知\n\n**某县2026年绿色发展工作要点**\n\n"
_PLAIN = "## 某县绿色发展情况\n\n"


def _aims(text: str, date: str | None = "2026-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.unit, r.year) for r in records if isinstance(r, Target) and r.value}


def _values(aims: set[tuple]) -> set[float]:
    return {a[0] for a in aims}


@pytest.mark.parametrize(
    "sentence, key",
    [
        (
            "一、调整产业结构\n\n关停低效产能企业35家。\n\n推进淘汰低效产能项目70项。",
            (70.0, "", 2026),
        ),
        ("二、推动建筑节能\n\n加快老旧住宅节能改造，完成80万平方米以上。", (800000.0, "m2", 2026)),
        ("三、增加城市绿量\n\n全年新增街心花园25处，新建绿地300公顷。", (300.0, "ha", 2026)),
    ],
)
def test_a_task_figure_of_a_one_year_arrangement_is_an_aim_for_that_year(sentence, key):
    aims = _aims(_TITLE + sentence)
    assert any(a[0] == key[0] and a[2] == key[2] for a in aims)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("四、强化用能管理\n\n推动年耗能3000吨标准煤以上企业建立能耗在线监测。", 3000.0),
        ("四、强化用能管理\n\n推动年用电量超过800万千瓦时的企业开展节能诊断。", 8000000.0),
        ("五、推进清洁供暖\n\n推进建成区面积90平方公里内的燃煤锅炉改造。", 90.0),
        ("六、上年基础\n\n上年已完成低效产能退出项目45项。", 45.0),
        ("七、推进光伏应用\n\n上半年，全县完成屋顶光伏项目40个。", 40.0),
    ],
)
def test_a_bound_a_done_figure_or_a_period_of_report_is_no_aim(sentence, figure):
    aims = _aims(_TITLE + sentence)
    assert figure not in _values(aims)


def test_a_text_that_is_no_one_year_arrangement_gives_no_aim():
    aims = _aims(_PLAIN + "一、调整产业结构\n\n推进淘汰低效产能项目70项。")
    assert 70.0 not in _values(aims)


def test_a_plan_title_cited_in_the_body_is_not_the_texts_own():
    text = (
        "## 某县公共机构节能管理办法\n\n根据《某县2026年绿色发展工作要点》，制定本办法。\n\n"
        "第二条 推进公共机构节能改造项目60项。"
    )
    assert 60.0 not in _values(_aims(text))
    assert 60.0 not in _values(_aims(text, date=None))


@pytest.mark.parametrize(
    "title, date",
    [
        ("## 某县发展改革局2026年工作总结和2027年工作计划", "2026-12-18"),
        ("## 某县发展改革局2026年工作总结和2027年工作计划", None),
        ("## 关于某县2026年绿色发展工作要点上半年执行情况的报告", "2026-07-20"),
    ],
)
def test_a_title_that_also_reports_names_no_year_of_work(title, date):
    text = title + "\n\n一、主要工作\n\n实施老旧住宅节能改造项目55项，新建充电桩900个。"
    assert not {55.0, 900.0} & _values(_aims(text, date=date))


def test_a_section_that_looks_back_reports():
    text = (
        "## 某县2027年绿色发展工作要点\n\n一、2026年工作回顾\n\n实施节能改造项目66项。\n\n"
        "二、2027年主要任务\n\n实施节能改造项目75项。"
    )
    values = _values(_aims(text, date="2027-02-10"))
    assert 66.0 not in values
    assert 75.0 in values
