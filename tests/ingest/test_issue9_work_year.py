"""A work arrangement for one year (某市2025年……重点工作安排) states its tasks without the
year: a figure after a task verb ("实施……项目120项", "完成……50万平方米以上", "全年新增公园30座")
is an aim for that year. Not a bound that picks out units ("年综合能耗5000吨标准煤以上企业"),
not a figure reported as done ("已完成……"), and nothing in a text that is no one-year
arrangement.

All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")

_TITLE = (
    "## 关于印发《某市2026年节能降碳重点工作安排》的通知\n\n**某市2026年节能降碳重点工作安排**\n\n"
)
_PLAIN = "## 某市节能降碳工作情况\n\n"


def _aims(text: str, date: str = "2026-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.unit, r.year) for r in records if isinstance(r, Target) and r.value}


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("一、推进产业调整\n\n实施落后产能退出项目120项。", (120.0, "", 2026)),
        (
            "二、推进建筑节能\n\n持续推进既有建筑节能改造，完成50万平方米以上。",
            (500000.0, "m2", 2026),
        ),
        ("三、提升碳汇能力\n\n全年新增城市公园30座，新建绿地400公顷。", (400.0, "ha", 2026)),
    ],
)
def test_a_task_figure_of_a_one_year_arrangement_is_an_aim_for_that_year(sentence, key):
    aims = _aims(_TITLE + sentence)
    assert any(a[0] == key[0] and a[2] == key[2] for a in aims)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("四、加强能源管理\n\n推进年综合能耗5000吨标准煤以上企业能源管理中心建设。", 5000.0),
        ("五、工作基础\n\n上年已完成落后产能退出项目80项。", 80.0),
    ],
)
def test_a_bound_or_a_done_figure_is_no_aim(sentence, figure):
    aims = _aims(_TITLE + sentence)
    assert not {a for a in aims if a[0] == figure}


def test_a_text_that_is_no_one_year_arrangement_gives_no_aim():
    aims = _aims(_PLAIN + "一、推进产业调整\n\n实施落后产能退出项目120项。")
    assert not {a for a in aims if a[0] == 120.0}
