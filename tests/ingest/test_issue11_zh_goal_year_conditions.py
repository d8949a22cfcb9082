"""Issue 11: two classes of the zh_fresh14 first contact, in sentences of our own.

- A clause that sets the goals of a year ("确定2026年…工作目标") dates the aims after it in
  the same sentence ("，力争…60%"): the year stands in the goal-setting clause, not in the
  aim's own clause (``[enumeration] goal_lead`` in ingest/lang/zh.toml). A year in a clause
  that sets no goals ("总结2024年…经验") dates nothing after it.
- A floor stated after a colon that closes the conditions someone must meet to take part
  ("需满足以下条件：…不低于400千克") is a threshold of a rule, not an aim, as it already is
  when the conditions are listed as items under such a lead-in (``[figures] parameter_lead``).
  A floor after a lead-in of tasks ("完成以下任务：到2026年…") stays an aim.

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
        # the year of the goals set in the clause before the aim dates it
        ("各区要结合实际确定2026年垃圾回收工作目标，力争回收量不低于前两年平均值的60%。",
         {(60.0, 2026)}),
        ("各区要推动企业签订回收协议，结合实际确定2026年垃圾回收工作目标，力争回收量不低于"
         "前两年平均值的60%，并通过季度协议保障回收量不低于平均值的70%—75%。",
         {(60.0, 2026), (70.0, 2026)}),
        # ordinary: a deadline of its own, and a year that sets no goals
        ("到2026年，全市垃圾回收率达到60%。", {(60.0, 2026)}),
        ("各区要总结2024年垃圾回收工作经验，力争回收量不低于前两年平均值的60%。", {(60.0, None)}),
    ],
)  # fmt: skip
def test_a_clause_setting_a_years_goals_dates_the_aims_after_it(text, aims):
    assert _aims(text) == aims


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        # conditions to take part, after the colon of their lead-in: thresholds
        ("参加试点的商户以定额奖励结算，商户需满足以下条件：2026年试点期间每日回收量不低于"
         "400千克（平均每小时不低于50千克）。", set()),
        # ordinary: a floor with a deadline, and one after a lead-in of tasks
        ("到2026年，全市每日回收量不低于400千克。", {(0.4, 2026)}),
        ("各区应完成以下任务：到2026年每日回收量不低于400千克。", {(0.4, 2026)}),
    ],
)  # fmt: skip
def test_a_floor_after_the_colon_of_conditions_to_take_part_is_no_aim(text, aims):
    assert _aims(text) == aims
