"""Relations found wrong at unseen18's first contact: a pledge given once as one figure and
once as a range with the same low end (the high end being the part promised only with
support) is the same figure restated, not raised or lowered.

In our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import dataclasses

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking


def _statement(value: float, high: float | None, row: int) -> tracking.Statement:
    metric = "greenhouse gas emissions below business as usual"
    record = Target(
        metric, value, "%", f"{value}%", ">=", "decrease", 2030, None, "by 2030",
        "", f"doc{row}", f"c{row}", f"{metric} by {value}% by 2030", 0, 10, value_high=high,
    )  # fmt: skip
    key = metric_key(record, jurisdiction="X")
    date = f"202{row}-01-01"
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


@pytest.mark.parametrize(
    ("earlier", "later", "relation"),
    [
        # new: "20%" then "20-25%" (the 25 only with support): the same figure
        ((20.0, None), (20.0, 25.0), "restated"),
        # new: "30-40%" then "30% outright" with the 40 told apart: the same figure
        ((30.0, 40.0), (30.0, None), "restated"),
        # ordinary: both ranges, the same
        ((20.0, 25.0), (20.0, 25.0), "restated"),
        # ordinary: a higher low end is raised, with or without a high end
        ((20.0, 25.0), (30.0, 40.0), "raised"),
        ((20.0, None), (30.0, None), "raised"),
        # ordinary: two ranges with the same low end and a new high end still move
        ((50.0, 52.0), (50.0, 55.0), "raised"),
    ],
)
def test_a_range_and_a_single_figure_with_one_low_end_are_restated(earlier, later, relation):
    a, b = _statement(*earlier, row=1), _statement(*later, row=2)
    assert tracking.classify(a, b)[0] == relation


def _level(value: float, high: float | None, row: int) -> tracking.Statement:
    """A cap on a territory's emissions in million tonnes (lower is more ambitious)."""
    metric = "national greenhouse gas emissions"
    record = Target(
        metric, value, "Mt", f"{value} Mt", "<=", None, 2030, None, "by 2030",
        "", f"doc{row}", f"c{row}", f"{metric} of at most {value} Mt in 2030", 0, 10,
        value_high=high,
    )  # fmt: skip
    key = metric_key(record, jurisdiction="X")
    date = f"202{row}-01-01"
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


@pytest.mark.parametrize(
    ("earlier", "later", "relation"),
    [
        # new: a cap of 310 then a range of 310-380 lets emissions rise higher: weaker
        ((310.0, None), (310.0, 380.0), "lowered"),
        # ordinary: a range of 310-380 then a summary naming only its low end
        ((310.0, 380.0), (310.0, None), "restated"),
        # ordinary: the same cap twice
        ((310.0, None), (310.0, None), "restated"),
        # ordinary: a lower cap is raised ambition
        ((310.0, None), (280.0, None), "raised"),
    ],
)
def test_a_cap_widened_into_a_range_is_not_restated(earlier, later, relation):
    a, b = _level(*earlier, row=1), _level(*later, row=2)
    assert tracking.classify(a, b)[0] == relation


def test_a_cap_whose_text_names_the_range_is_restated():
    # the earlier text names the same 310-380 range, its high end lost in reading
    a, b = _level(310.0, None, row=1), _level(310.0, 380.0, row=2)
    a = dataclasses.replace(a, record=dataclasses.replace(a.record, text="310 to 380 Mt in 2030"))
    assert tracking.classify(a, b)[0] == "restated"
