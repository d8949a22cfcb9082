"""Issue 11: two classes of the zh_fresh14 first contact, in sentences of our own.

- A clause that sets the goals or tasks of a year ("制定了2027年供水保障任务") dates the
  aims after it in the same sentence ("，确保…95%"): the year stands in the goal-setting
  clause, not in the aim's own clause (``[enumeration] goal_lead`` in ingest/lang/zh.toml).
  A few words may come between the verb and the year ("分解本县2027年", "明确各自的2027年").
  A year in a clause that sets no goals ("总结2024年…经验") dates nothing after it.
- A figure after a colon that closes the conditions someone must meet ("应当符合下列条件：")
  is a threshold of a rule, not an aim, as it already is when the conditions are listed as
  items under such a lead-in (``[figures] parameter_lead``). Only the colon the conditions
  phrase ends at counts: not a later colon of the same clause ("…予以表彰，本市工作目标："),
  nor one between digits (a time "9:30", a ratio "3：1").

All sentences are made up for these tests; none follows the wording of a real text.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _aims(text: str) -> set[tuple[float, int | None]]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.year) for r in records if isinstance(r, Target) and r.value is not None}


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        # a year's tasks or goals set in the clause before the aim date it, with or
        # without words between the verb and the year
        ("市政府已制定2027年供水保障任务，确保用水总量不超过上一年度实际用量的95%，"
         "地下水开采量压减至上一年度的80%—85%。", {(95.0, 2027), (80.0, 2027)}),
        ("市政府已制定了2027年供水保障任务，确保用水总量不超过上一年度实际用量的95%。",
         {(95.0, 2027)}),
        ("各县水务部门要分解本县2027年节水任务，确保用水总量不超过上一年度实际用量的95%。",
         {(95.0, 2027)}),
        ("各县要在调查研究的基础上提出了2027年的节水任务，确保用水总量不超过上一年度实际用量的95%。",
         {(95.0, 2027)}),
        # ordinary: a deadline of its own, and a year that sets no goals
        ("到2027年，城镇公共供水管网漏损率降至8%以下。", {(8.0, 2027)}),
        ("各县水务部门要总结2024年节水工作经验，确保用水总量不超过上一年度实际用量的95%。",
         {(95.0, None)}),
    ],
)  # fmt: skip
def test_a_clause_setting_a_years_goals_dates_the_aims_after_it(text, aims):
    assert _aims(text) == aims


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        # conditions to take part, after the colon their lead ends at: thresholds
        ("申请补贴的农户应当符合下列条件：种植面积不少于30亩，年产量不低于12吨。", set()),
        # a conditions phrase earlier in the clause does not lead a later colon, and a
        # colon between digits (a time, a ratio) closes no lead
        ("对满足下列标准的园区予以表彰，本市工作目标：到2027年再生水利用率达到25%。",
         {(25.0, 2027)}),
        ("对符合下列要求的园区予以表彰，重点任务为：到2027年，污水集中收集率不低于70%。",
         {(70.0, 2027)}),
        ("对满足下列标准的园区予以表彰，本市在2027年9:30以前实现再生水利用率达到25%。",
         {(25.0, 2027)}),
        ("具备以下条件的园区优先纳入试点，园区建设按3：1配套资金，到2027年再生水利用率达到25%。",
         {(25.0, 2027)}),
        # ordinary: a floor with a deadline, and one after a lead-in of tasks
        ("到2027年，全市每日再生水利用量不低于400吨。", {(400.0, 2027)}),
        ("各区应完成以下任务：到2027年再生水利用率达到25%。", {(25.0, 2027)}),
    ],
)  # fmt: skip
def test_a_figure_after_the_colon_of_conditions_to_take_part_is_no_aim(text, aims):
    assert _aims(text) == aims
