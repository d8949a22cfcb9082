"""Near-misses refused because the quoted clause states no figure of the asked kind: a
share where a count is asked, a plan where an outcome is asked, no rate where a levy's rate
is asked, no quantity beside a lone "one". Beside each, a question the same clause does
answer is still answered. The texts are our own."""

from __future__ import annotations

import pytest

from kb.refusal import CHECKS, refusal_reason
from kb.retrieve import Hit
from kb.understand import understand

SALES = "Electric cars made up about 12% of new car sales in March, a record month."
JOBS = "The ministry has said the Green Homes Scheme would support 90,000 jobs in home heating."
LEVY = "* (2) If a site has a landfill shortfall, a levy is imposed on the shortfall."
REGION = "One region that could become a major buyer of clean hydrogen is the Gulf coast."
COAL = "Coal supplied roughly one-sixth of the country's power in 2005."
LATE = "Projects that start production after 2030 are liable for breaking their contracts."

# (near-miss, its answerable paraphrase, the clause both land on)
PAIRS = [
    (
        "How many electric cars were sold in March?",
        "What share of new car sales were electric in March?",
        SALES,
    ),
    (
        "How many jobs has the Green Homes Scheme created so far?",
        "How many jobs does the ministry expect the Green Homes Scheme to support?",
        JOBS,
    ),
    (
        "What is the landfill levy per tonne of waste?",
        "On what is the landfill levy imposed?",
        LEVY,
    ),
    (
        "How much hydrogen will the Gulf coast buy each year?",
        "Which region could become a major buyer of clean hydrogen?",
        REGION,
    ),
]


def _reason(question: str, text: str) -> str:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=text)
    return refusal_reason(understand(question), [hit], lambda _doc: text)


@pytest.mark.parametrize(("near", "answerable", "text"), PAIRS)
def test_near_miss_refused_and_paraphrase_answered(near: str, answerable: str, text: str):
    assert _reason(near, text), near
    assert _reason(answerable, text) == "", answerable


def test_checks_are_registered():
    assert {"rate", "quoted_quantity", "count_kind", "time_status"} <= set(CHECKS)


def test_outcome_stated_is_kept():
    done = "The Green Homes Scheme has created 12,000 jobs so far, the ministry said."
    assert _reason("How many jobs has the Green Homes Scheme created so far?", done) == ""


def test_a_plan_named_in_the_question_still_asks_of_an_outcome():
    # "Plan" is part of the scheme's name, not a question about a plan
    text = "The ministry has said the Warm Rooms Plan would support 90,000 jobs."
    assert _reason("How many jobs has the Warm Rooms Plan created so far?", text)


def test_a_rate_stated_is_kept():
    text = "The landfill levy is $85 per tonne of waste from 1 July."
    assert _reason("What is the landfill levy per tonne of waste?", text) == ""


def test_one_before_a_multiplier_or_unit_is_a_quantity():
    for text in (
        "The Gulf coast will buy about one million tonnes of hydrogen a year by 2035.",
        "The Gulf coast will add one gigawatt of electrolysers by 2035.",
    ):
        assert _reason("How much hydrogen will the Gulf coast buy each year?", text) == ""


def test_a_count_next_to_a_share_is_still_a_count():
    text = "About 40,000 electric cars were sold in March, 12% of new car sales."
    assert _reason("How many electric cars were sold in March?", text) == ""


def test_a_share_in_words_answers_a_share():
    assert _reason("What share of the country's power came from coal in 2005?", COAL) == ""


def test_winners_asked_of_not_counted():
    assert _reason("What happens to the auction winners that start after 2030?", LATE) == ""
    assert _reason("How many winners did the auction have?", LATE)


def test_an_ordinary_aim_is_kept():
    aim = "Renewables must reach 40% of power by 2030."
    assert _reason("What share of power must renewables reach by 2030?", aim) == ""
