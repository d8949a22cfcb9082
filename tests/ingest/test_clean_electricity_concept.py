"""Power from carbon-free sources is a share of the electricity supplied, not a cut of
emissions: "carbon pollution-free electricity" names a concept of its own, and a clause that
also names an emissions cut keeps that cut's figure on emissions."""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target


def _key(metric: str, text: str, written: str, value: float, year: int) -> str:
    record = Target(
        metric, value, "%", written, "=", None, year, None, f"by {year}", "", "d", "c",
        text, 0, len(text),
    )  # fmt: skip
    return metric_key(record, jurisdiction="WX").key.split("|")[0]


_BOTH = (
    "Our pledge is to cut greenhouse gas emissions 45 percent by 2030 and to run the grid on "
    "100 percent clean electricity by 2035."
)


@pytest.mark.parametrize(
    "metric, text, written, value, year, expected",
    [
        # the cue fires: a goal whose clause names carbon-free power
        ("- The republic has set a goal",
         "- The republic has set a goal to reach 100 percent carbon pollution-free electricity "
         "by 2035.", "100 percent", 100.0, 2035, "clean electricity share"),
        ("aim", "The aim is 90% zero-carbon power by 2032.", "90%", 90.0, 2032,
         "clean electricity share"),
        ("pledge", _BOTH, "100 percent", 100.0, 2035, "clean electricity share"),
        ("零碳电力占比", "到2035年，零碳电力占比达到80%。", "80%", 80.0, 2035,
         "clean electricity share"),
        # ordinary aims beside it keep their concept
        ("pledge", _BOTH, "45 percent", 45.0, 2030, "greenhouse gas emissions"),
        ("goal", "The goal is to cut carbon pollution 50 percent by 2030.", "50 percent", 50.0,
         2030, "greenhouse gas emissions"),
        ("emissions from electricity",
         "Emissions from electricity must be reduced by 60% by 2030 compared with 2005.", "60%",
         60.0, 2030, "greenhouse gas emissions"),
        ("share of renewable electricity",
         "The share of renewable electricity shall reach 70% by 2030.", "70%", 70.0, 2030,
         "renewable energy share"),
    ],
)  # fmt: skip
def test_clean_electricity_is_its_own_quantity(metric, text, written, value, year, expected):
    assert _key(metric, text, written, value, year) == expected
