"""A currency written as an abbreviation with a full stop and a space ("Rs. 19") is a sum
of money, so a question about a price is not refused for want of one (issue 10)."""

from __future__ import annotations

import pytest

from kb.understand import carries


@pytest.mark.parametrize(
    "text",
    [
        "The utility now proposes to pay Rs. 19 per unit for small rooftop systems.",
        "Households were paid Rs 27 for each unit exported to the grid.",
        "The relief is capped at Rs.600,000 per year of assessment.",
    ],
)
def test_rupee_abbreviation_with_or_without_space_is_money(text: str) -> None:
    assert carries("amount", text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales of clean cars must reach 40% by 2030.",
        "Emissions shall be reduced by 55% compared with 1990.",
        "Mrs. 5 of the panel voted for the plan.",  # a title, not a currency
        "The depot works 24 hrs. 7 days a week.",
    ],
)
def test_shares_titles_and_hours_are_not_money(text: str) -> None:
    assert not carries("amount", text)


def test_a_share_aim_beside_a_rupee_price_is_still_a_share() -> None:
    text = "The price falls to Rs. 19 per unit and rooftop output must reach 40% by 2030."
    assert carries("share", text) and carries("amount", text)
