"""A whole plan in Chinese/EU policy register: every target found, no history as a target.

tests/fixtures/industrial_peaking_plan_en.txt is written for this test in the
register of such plans (numbered tasks, Five-Year Plan periods, comparators,
scale words, base years) with historical figures mixed in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_document
from ingest.pipeline import process_document

PLAN = Path(__file__).resolve().parent.parent / "fixtures" / "industrial_peaking_plan_en.txt"
HISTORY = {36.0, 9_580_000.0, 609e6, 5_000.0, 96.8e9, 35.0, 14_000_000.0, 14.4e12}


@pytest.fixture(scope="module")
def records():
    document = load_document(PLAN, metadata={"date": "2024-06-01"})
    return process_document(document, types=("target", "statistic")).records


def test_every_historical_figure_is_a_statistic(records):
    stats = {r.value for r in records if r.type == "statistic"}
    targets = {r.value for r in records if r.type == "target"}
    assert HISTORY <= stats
    assert not HISTORY & targets
    assert {r.value for r in records if r.type == "statistic" and r.role == "reported"} == HISTORY


def test_a_sum_granted_is_funding_not_a_target(records):
    # "the central budget will provide 50 billion yuan of support by 2027"
    (support,) = [r for r in records if r.value == 50e9]
    assert (support.type, support.role, support.unit) == ("statistic", "funding", "yuan")


@pytest.mark.parametrize(
    "value, year, comparator, unit",
    [
        (13.5, 2025, "=", "%"),           # during the 14th Five-Year Plan period
        (18.0, 2025, ">", "%"),           # decrease by more than 18%
        (15.0, 2025, "~", "%"),           # rise to about 15%
        (480e6, 2025, "=", "t"),          # 480 million tonnes
        (30.0, 2025, ">=", "%"),          # no less than 30% by the end of 2025
        (0.1, 2026, "<", "t"),            # below 100 kilograms
        (40.0, 2027, ">=", ""),           # within three years, at least 40 plants
        (1.3, 2025, "<=", ""),            # shall not exceed 1.3 from 2025
        (50.0, 2030, ">=", "%"),          # not lower than 50%
        (2e12, 2034, ">=", "yuan"),       # no less than 2 trillion yuan over the next decade
        (55.0, 2030, ">=", "%"),          # at least 55% below 1990 levels
        (3.5e6, 2030, "=", ""),           # increase to 3.5 million
        (100_000.0, 2025, ">=", "t"),     # 100,000 to 200,000 tonnes
        (50e6, 2025, ">", "m2"),          # exceed 50 million square metres
    ],
)  # fmt: skip
def test_targets(records, value, year, comparator, unit):
    (target,) = [
        r
        for r in records
        if r.type == "target" and r.value == pytest.approx(value) and r.year == year
    ]
    assert (target.comparator, target.unit) == (comparator, unit)


def test_qualitative_deadlines(records):
    qualitative = {r.year for r in records if r.type == "target" and r.value is None}
    assert qualitative == {2027, 2030, 2035, 2050}


def test_a_figure_describing_who_is_concerned_is_not_the_target(records):
    (retrofit,) = [r for r in records if r.type == "target" and r.year == 2027 and r.value is None]
    assert retrofit.deadline_text == "No later than 31 December 2027"
    assert not [r for r in records if r.value == 2_000_000.0]
