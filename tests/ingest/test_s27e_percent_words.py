"""Review s27e: 百分之 with Chinese numerals is read whole (百, 零, 点 included) or not at
all; a prefix of the number is never the value. Sentences are our own."""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.quantities import find_quantities

ZH = load_grammar("zh")


def _shares(text: str) -> list[float]:
    return [round(q.value, 3) for q in find_quantities(text, ZH) if q.unit == "%"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("产能利用率达到百分之一百二十", 120.0),
        ("达标率达到百分之九十九点九", 99.9),
        ("排放强度下降百分之零点五", 0.5),
        ("比重提高到百分之一百零五", 105.0),
        ("比重提高到百分之三十", 30.0),
        ("比重提高到百分之五十五左右", 55.0),
    ],
)
def test_a_percent_in_numerals_is_read_whole(text: str, value: float) -> None:
    assert _shares(text) == [value]


def test_an_idiom_gives_no_value_and_a_larger_numeral_is_read_whole() -> None:
    assert _shares("任务百分之百完成") == []
    assert _shares("抽样比例为一百分之一") == [1.0]
    assert _shares("抽样比例为三百分之一") == [round(100 / 300, 3)]
