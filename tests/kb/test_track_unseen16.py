"""A figure promised only with outside support (issue 13, read from unseen16's misses):
"31% on its own or 43% with international support by 2030" states one target, 31%; the
conditional 43% is the pledge's high end and would link as a second raise of the earlier
aim. In our own words; the ordinary cases beside it keep their figures.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking
from kb.track_prepare import conditional_value, prepare


def _statement(text: str, figure: str, value: float) -> tracking.Statement:
    record = Target(
        "greenhouse gas emissions", value, "%", figure, "=", "decrease", 2031, None,
        "by 2031", "", "doc", "c1", text, 0, len(text),
    )  # fmt: skip
    key = metric_key(record, jurisdiction="VD")
    return tracking.Statement(1, record, key, "doc", "2024-01-01", "t", "/d/doc.md")


@pytest.mark.parametrize(
    ("text", "figure", "value", "conditional"),
    [
        # new: the figure with outside support, after it or before it
        (
            "Valdoria will cut emissions by 22% on its own or 38% with international "
            "support by 2031.",
            "38%",
            38.0,
            True,
        ),
        (
            "The cut would rise to 40 percent if international financing arrives.",
            "40 percent",
            40.0,
            True,
        ),
        (
            "With bilateral and multilateral support, Valdoria will cut emissions by 35% by 2031.",
            "35%",
            35.0,
            True,
        ),
        ("在获得国际资金支持的情况下,瓦多利亚将把排放量减少35%。", "35%", 35.0, True),
        # kept: a figure after another number that follows the condition
        (
            "Valdoria will cut emissions by 38% with international support by 2031, and by "
            "50% by 2040.",
            "50%",
            50.0,
            False,
        ),
        # kept: the unconditional figure of the same sentence, and a support pledge's own
        # figure that nothing makes conditional
        (
            "Valdoria will cut emissions by 22% on its own or 38% with international "
            "support by 2031.",
            "22%",
            22.0,
            False,
        ),
        (
            "Valdoria will raise international climate finance by 30% by 2031.",
            "30%",
            30.0,
            False,
        ),
    ],
)
def test_a_figure_conditional_on_outside_support(
    text: str, figure: str, value: float, conditional: bool
) -> None:
    assert conditional_value(_statement(text, figure, value)) is conditional


def test_the_conditional_figure_is_left_out_of_the_statements_to_link() -> None:
    text = "Valdoria will cut emissions by 22% on its own or 38% with international support."
    statements = [_statement(text, "22%", 22.0), _statement(text, "38%", 38.0)]
    kept = prepare(statements)
    assert [s.record.value for s in kept] == [22.0]
