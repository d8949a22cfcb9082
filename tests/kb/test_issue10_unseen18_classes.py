"""Classes found by real_unseen18's first contact (issue 10) and its review, in sentences
of our own in the style of a welfare office's rate table and a council's fees page.

- A payment's rate asks for a sum of money when the payment is what the rate is of ("the
  fortnightly rate of the study allowance", "the rate of Home Carer Payment", "the
  allowance's weekly rate"). A rate whose payment word only modifies its head ("the
  monthly rate of benefit fraud", "the weekly rate of pay growth") stays a share, as a
  rate with no payment does.
- "Cost recovery" (the part of running costs that fares pay back) asks for a share, but a
  cost recovery charge, fee or levy, or a shortfall in a currency, is money.
- A figure asked before a date is not answered by a clause giving only the figure from
  that date; a clause that also gives the earlier one (in words, or as a second figure
  that a change or an earlier start date links to it) is.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import kind_reason
from kb.refusal_period import before_start_reason
from kb.understand import answer_kind, understand


def _hit(key: str, text: str) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=text, language="en", relevance=0.8)


@pytest.mark.parametrize(
    "question",
    [
        "What is the fortnightly rate of the study allowance?",
        "What monthly rate of pension will a single person get?",
        "What is the rate of Home Carer Payment?",
        "What is the daily payment rate of Home Carer Payment?",
        "What is Home Carer Payment's daily rate?",
        "What is the yearly rate of the widow's pension?",
    ],
)
def test_a_rate_of_a_payment_is_a_sum_of_money(question: str) -> None:
    assert answer_kind(question) == "amount"


@pytest.mark.parametrize(
    "question",
    [
        "What is the recycling rate of the borough?",
        "What is the weekly rate of new infections in the region?",
        "What is the weekly rate of Measles infections?",
        "What is the monthly rate of benefit fraud in the county?",
        "What is the annual rate of pay growth?",
        "What is the monthly rate of pension indexation?",
        "What is the weekly rate of allowance take-up among lone parents?",
        "What is the yearly rate of benefit claims turned down?",
    ],
)
def test_a_rate_whose_payment_word_only_modifies_its_head_stays_a_share(question: str) -> None:
    assert answer_kind(question) == "share"


def test_a_payment_rate_is_not_refused_as_lacking_a_share() -> None:
    q = understand("What is the rate of Home Carer Payment?")
    hits = [_hit("a", "Home Carer Payment: a single carer receives €187.20 each week.")]
    assert kind_reason(q, hits) == ""


def test_cost_recovery_asks_for_a_share() -> None:
    assert answer_kind("What cost recovery did the ferry service reach last year?") == "share"
    assert answer_kind("What farebox recovery did the operator aim for?") == "share"


@pytest.mark.parametrize(
    "question",
    [
        "What is the annual cost recovery fee for a street trading permit?",
        "How much is the cost recovery levy per cubic metre?",
        "What was the cost recovery gap in pounds?",
        "What is the cost recovery charge for each permit?",
        "What was the cost of the new depot?",
        "How much will the recovery plan cost?",
    ],
)
def test_a_cost_recovery_charge_or_a_cost_alone_asks_for_money(question: str) -> None:
    assert answer_kind(question) == "amount"


_ASKED_BEFORE = "What was the monthly grant for a foster child before March 2031?"


def test_a_figure_before_a_date_is_not_the_figure_from_that_date() -> None:
    q = understand(_ASKED_BEFORE)
    new = [_hit("a", "Starting 1 March 2031 each foster child attracts a grant of €310 a month.")]
    assert before_start_reason(q, new) != ""
    lasts = [_hit("b", "From March 2031 the grant is €310 a month for up to 18 months.")]
    assert before_start_reason(q, lasts) != ""


@pytest.mark.parametrize(
    "clause",
    [
        "Starting 1 March 2031 the grant is €310 a month, up from €290.",
        "The grant rose from €290 to €310 a month from March 2031.",
        "Formerly €290, the grant is €310 a month from 1 March 2031.",
        "Until 28 February 2031 the grant was €290; from 1 March 2031 it is €310.",
        "From March 2030 the grant was €290 a month, and from March 2031 it is €310.",
        "From March 2031 the grant is €310 a month, replacing the old grant of €290.",
        "Before March 2031 the grant was €290 a month.",
    ],
)
def test_a_clause_that_also_gives_the_earlier_figure_is_kept(clause: str) -> None:
    assert before_start_reason(understand(_ASKED_BEFORE), [_hit("a", clause)]) == ""


def test_a_figure_asked_from_the_date_is_kept() -> None:
    q = understand("What is the monthly grant for a foster child from March 2031?")
    new = [_hit("a", "Starting 1 March 2031 each foster child attracts a grant of €310 a month.")]
    assert before_start_reason(q, new) == ""


def test_a_price_asked_before_a_year_is_kept_when_the_clause_gives_both() -> None:
    q = understand("How much was the parking permit before 2018?")
    both = [_hit("a", "Permit charges have risen since 2018, from £30 to £45 a year.")]
    assert before_start_reason(q, both) == ""
    one = [_hit("b", "Since 2018 the parking permit costs £45 a year.")]
    assert before_start_reason(q, one) != ""
