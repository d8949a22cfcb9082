"""Issue 11: a Chinese question that names a span of years or days as its setting
(那几年, 这几年, 前几天) asks for the figure, not for a length of time.

All questions are our own. A question that asks how many years or days something may
take (几年内, 投运后几天内) still asks for a time limit.
"""

from __future__ import annotations

import pytest

from kb.understand import answer_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a span as the setting: the figure is asked for
        ("“十二五”那几年，全省用电量每年大概涨多少？", "quantity"),
        ("这几年全市每年新增多少充电桩？", "quantity"),
        ("前几天全市一共发放了多少消费补贴？", "amount"),
        # how long something may take: a time limit is asked for
        ("企业整改要在几年内完成？", "date"),
        ("新机组投运后几天内要报送监测数据？", "date"),
        ("这项工程要用几年建成？", "date"),
        # a time before an event (提前几天, 开工前几天) or within a span (头几天内) is asked for
        ("企业需要提前几天报送检修计划？", "date"),
        ("项目开工前几天要完成公示？", "date"),
        ("申请人应当提前几年提出续期申请？", "date"),
        ("排污许可证到期前几天内要申请延续？", "date"),
        ("新规施行后头几天内需要登记吗？", "date"),
        ("提前几个月申报？", "date"),
        ("前几年的目标是多少？", "quantity"),
        ("那几年的补贴标准是多少？", "amount"),
    ],
)
def test_span_words_are_not_time_questions(question: str, kind: str) -> None:
    assert answer_kind(question) == kind
