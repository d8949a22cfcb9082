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
    ],
)
def test_span_words_are_not_time_questions(question: str, kind: str) -> None:
    assert answer_kind(question) == kind
