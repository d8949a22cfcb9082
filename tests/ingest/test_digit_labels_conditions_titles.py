"""Three Chinese classes, in tables and sentences of our own.

- A year-row table's label cell may begin with a digit ("4G基站", "4A级景区",
  "10分钟健身圈覆盖率"): it is still a label, not a figure, so the column stays the
  row's label and its cells give no values. A cell of a number with a short unit
  ("40万千瓦", "12GW") is still a figure.
- A conditions lead reaches its colon across a comma or an aside ("应符合下列条件，
  具体如下：", "须具备以下基本条件（以受理日为准）："); the colon leads aims only when
  the words between name aims or tasks (``parameter_lead_not``).
- A work arrangement's title is a title or heading line, not a body sentence that ends
  with the plan word ("会议讨论了某县2027年……工作计划。"); a title closed by a note in
  brackets (（试行）, （征求意见稿）) or by 的通知 still names the year of work.

All text is made up for these tests.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.year_row_tables import year_rows

NLP = build_nlp(language="zh")


def _aims(text: str, date: str | None = None, title: str = "") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, language="zh", date=date, title=title
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.year) for r in records if isinstance(r, Target) and r.value is not None}


@pytest.mark.parametrize(
    ("labels", "label_col"),
    [
        (("4G基站（万个）", "城市充电桩（万个）"), 1),
        (("停车场（座）", "4A级景区（个）"), 1),
        (("10分钟健身圈覆盖率（%）", "公园绿地（处）"), 1),
        # ordinary: figures with a unit in every other column, no label column
        (("40万千瓦", "12GW"), None),
    ],
)
def test_a_label_that_begins_with_a_digit_is_still_a_label(labels, label_col):
    body = [["2027", labels[0], "6"], ["2027", labels[1], "9"]]
    read = year_rows(["年份", "指标", "数值"], body)
    assert read is not None and read.label_col == label_col


def test_a_digit_label_names_its_rows_figure(tmp_path):
    text = (
        "# 某县新基建安排\n\n| 年份 | 指标 | 数值 |\n| --- | --- | --- |\n"
        "| 2027 | 4G基站（万个） | 6 |\n| 2027 | 城市充电桩（万个） | 9 |\n"
    )
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path, metadata={"date": "2026-05-01"})
    records = process_document(document, nlp=NLP, types=("target", "statistic")).records
    metrics = {r.metric for r in records if getattr(r, "value", None) in (6.0, 60000.0)}
    assert any("4G基站" in m for m in metrics)


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        ("参评园区应当符合下列条件，具体如下：日污水处理能力不低于3万吨。", set()),
        ("参评企业应同时满足以下要求，方可申报奖励：日污水处理能力不低于3万吨。", set()),
        ("参评企业须具备下列基本条件（以受理日为准）：日污水处理能力不低于3万吨。", set()),
        # ordinary: words of aims between the conditions phrase and the colon
        ("对满足以下要求的企业予以奖励，全县主要目标：到2028年再生水利用率达到30%。",
         {(30.0, 2028)}),
        ("对符合下列条件的园区优先支持，重点任务为：到2028年再生水利用率达到30%。",
         {(30.0, 2028)}),
    ],
)  # fmt: skip
def test_a_conditions_lead_reaches_its_colon_across_a_comma_or_an_aside(text, aims):
    assert _aims(text) == aims


_BODY = "\n\n一、主要任务\n\n完成既有建筑节能改造项目600项，新增屋顶光伏装机20万千瓦。\n"


def test_a_body_sentence_naming_the_plan_is_no_title():
    text = (
        "## 某县召开节能降碳推进会\n\n会议讨论了某县2027年节能降碳工作计划。\n\n"
        "会上通报，全县完成节能改造项目48项，新增屋顶光伏装机9万千瓦。\n"
    )
    assert _aims(text, "2027-01-20") == set()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("## 某县2027年节能降碳重点工作安排（试行）" + _BODY, ""),
        ("## 关于印发2027年节能降碳工作要点的通知" + _BODY, ""),
        ("## 某县节能降碳" + _BODY, "某县2027年节能降碳工作要点（征求意见稿）"),
        # ordinary: a title with nothing after the plan word
        ("## 某县2027年节能降碳工作要点" + _BODY, ""),
    ],
)
def test_a_title_closed_by_a_note_or_a_notice_names_its_year(text, title):
    assert _aims(text, "2027-01-20", title) == {(600.0, 2027), (200000.0, 2027)}
