"""Classes found by real_unseen18's first contact (issue 10), in sentences of our own in
the style of a benefits agency's page and a transit group's post.

- A rate of a payment tied to a pay period ("the weekly rate of carer support", "the
  monthly rate of the study allowance") asks for a sum of money, not a share: the page
  states "$512.40 per week". A rate with no pay period or no payment stays a share ("the
  recycling rate", "the weekly rate of new infections" is not money either).
- "Cost recovery" (the part of running costs that fares pay back) asks for a share, not a
  sum of money; "cost" alone still asks for money.
"""

from __future__ import annotations

from kb.hits import Hit
from kb.refusal import kind_reason
from kb.understand import answer_kind, understand


def _hit(key: str, text: str) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=text, language="en", relevance=0.8)


def test_a_rate_of_a_payment_per_pay_period_is_a_sum_of_money() -> None:
    assert answer_kind("What is the weekly rate of Carer Support from 1 July 2027?") == "amount"
    assert answer_kind("What is the fortnightly rate of the study allowance?") == "amount"
    assert answer_kind("What monthly rate of pension will a single person get?") == "amount"


def test_a_weekly_rate_of_a_payment_is_not_refused_as_lacking_a_share() -> None:
    q = understand("What is the weekly rate of Carer Support from 1 July 2027?")
    hits = [_hit("a", "From 1 July 2027, Carer Support is paid at $512.40 per week, before tax.")]
    assert kind_reason(q, hits) == ""


def test_a_rate_without_a_payment_or_pay_period_stays_a_share() -> None:
    assert answer_kind("What is the recycling rate of the borough?") == "share"
    assert answer_kind("What is the weekly rate of new infections in the region?") == "share"


def test_cost_recovery_asks_for_a_share() -> None:
    assert answer_kind("What was the bus company's cost recovery from fares in 2011?") == "share"
    assert answer_kind("What farebox recovery did the operator aim for?") == "share"


def test_a_cost_alone_still_asks_for_money() -> None:
    assert answer_kind("What was the cost of the new depot?") == "amount"
    assert answer_kind("How much will the recovery plan cost?") == "amount"


def test_a_figure_before_a_date_is_not_the_figure_from_that_date() -> None:
    from kb.refusal_period import before_start_reason

    q = understand("What was the weekly rate of Carer Support before July 2027?")
    new = [_hit("a", "From 1 July 2027, Carer Support is paid at $512.40 per week, before tax.")]
    assert before_start_reason(q, new) != ""


def test_a_figure_from_a_date_or_one_stating_the_earlier_rate_is_kept() -> None:
    from kb.refusal_period import before_start_reason

    new = [_hit("a", "From 1 July 2027, Carer Support is paid at $512.40 per week, before tax.")]
    asked_from = understand("What is the weekly rate of Carer Support from 1 July 2027?")
    assert before_start_reason(asked_from, new) == ""
    old = [_hit("b", "Before July 2027 Carer Support was paid at $498.10 per week.")]
    asked_before = understand("What was the weekly rate of Carer Support before July 2027?")
    assert before_start_reason(asked_before, old) == ""
