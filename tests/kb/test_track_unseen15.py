"""Tracking read from unseen15's misses (issue 13): another country's figures quoted in a
page, where the country is named by its adjective before its government or head, as the
subject of a clause a subordinator opens, or as the left-out subject of a participle
clause after a comma. Sentences in our own words; Valdoria is an invented country (VD).
"""

from __future__ import annotations

import pytest

from kb.track_holders import figure_of_other


@pytest.mark.parametrize(
    ("sentence", "figure", "other"),
    [
        # new: another country's head or government, in a clause a subordinator opens, and
        # a participle clause after a comma that keeps that subject
        (
            "The talks open as the Canadian Prime Minister lands in Lisbon promising net zero "
            "by 2050, but declining to raise his country's aim of cutting emissions by 40% to "
            "45% by 2030.",
            "40% to 45%",
            True,
        ),
        ("While the Brazilian government has set a 53% cut by 2030, talks go on.", "53%", True),
        (
            "The summit starts after Japan unveiled its plan, aiming for a 46% cut by 2030.",
            "46%",
            True,
        ),
        # kept: the document's own figure in a participle clause, an adjective before people,
        # an adjective before a thing, and a country named as one example ("such as")
        (
            "The Government will cut net emissions by 2030, reaching 50% below 2005 levels.",
            "50%",
            False,
        ),
        ("Canadian ministers discussed the goal of 45% by 2030.", "45%", False),
        ("Australian coal exports fell by 26% in 2020.", "26%", False),
        (
            "Valdoria will cut 30% by 2030, in line with partners such as the Canadian government.",
            "30%",
            False,
        ),
    ],
)
def test_figures_of_another_country(sentence: str, figure: str, other: bool) -> None:
    assert figure_of_other(sentence, "VD", (), figure) is other
