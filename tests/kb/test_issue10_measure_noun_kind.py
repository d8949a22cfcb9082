"""A measure noun ("output", "level", "capacity", "scale") makes a question ask for a
quantity only when the question asks for that measure, not when the noun is merely the
thing the question is about (issue 10: "how has output ranked", "what has reached a new
level" were read as asking a quantity and refused for want of a figure)."""

from __future__ import annotations

import pytest

from kb.understand import answer_kind


@pytest.mark.parametrize(
    "question",
    [
        "How has wind turbine output ranked among exporters?",
        "Besides water use, what has reached a new level in the upgraded mills?",
        "Which recycling methods should be used at scale by 2030?",
        "What approach must city-level agencies take when they inspect plants?",
        "What will the capacity market rules be?",
        "How was the output goal of the plan set?",
    ],
)
def test_measure_noun_as_topic_does_not_ask_for_a_quantity(question: str) -> None:
    assert answer_kind(question) == "other"


@pytest.mark.parametrize(
    "question",
    [
        "What total battery manufacturing capacity is expected by 2030?",
        "What is the installed offshore wind capacity of the region?",
        "What yearly refining capacity had the province reached by 2010?",
        "What level of methane leakage is allowed?",
        "What part of power output could solar supply by 2028?",
        "How much capacity must the grid operator procure?",
        "What will installed wind capacity be by 2035?",
        "What must the pumped storage capacity reach by 2030?",
        "What should yearly output reach by 2027?",
        "Storage capacity target for 2028?",
        "Target capacity for offshore wind by 2032?",
        "Onshore wind capacity by 2030?",
        "What has the ministry set as the capacity goal for 2035?",
    ],
)
def test_asked_measure_is_still_a_quantity(question: str) -> None:
    assert answer_kind(question) == "quantity"


@pytest.mark.parametrize(
    "question",
    [
        "What share of new cars must be electric by 2030?",
        "How much funding does the programme give?",
        "By what year must emissions fall by 55%?",
    ],
)
def test_ordinary_kinds_unchanged(question: str) -> None:
    assert answer_kind(question) in {"share", "amount", "year"}
