"""Review fixes of the payment-rate cues and the before-versus-from refusal, in sentences of
our own in the style of a benefits rate table and a tax guide.

- A rate is money only when a payment is what it is of. A capitalised name that is not a
  payment (a tax, an index) leaves the rate a share, and so does a payment word reached
  only across a preposition ("the annual rate of growth in pensions").
- A figure asked before a date is refused against a clause that gives only the figure
  from that date, even when it gives two figures side by side (a single and a couple
  rate, a rate and an extra per child), says "years old" or "former <people>", or names
  a period ending after the asked date. A change between two figures, the old <asked
  thing>, or a period ending before the asked date still keep it.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal_period import before_start_reason
from kb.understand import answer_kind, understand


def _hit(text: str) -> Hit:
    return Hit(key="a", doc_id="d", clause_id="a", text=text, language="en", relevance=0.8)


@pytest.mark.parametrize(
    "question",
    [
        "What is the annual rate of Capital Gains Tax on shares?",
        "What is the yearly rate of Stamp Duty?",
        "What is the monthly rate of Inflation in the eurozone?",
        "What is the annual rate of Youth Unemployment?",
        "What is the annual rate of increase in pensions paid abroad?",
        "What is the yearly rate of growth of allowances?",
        "What is the monthly rate of fall among benefits claimed?",
    ],
)
def test_a_tax_an_index_or_a_rate_across_a_preposition_stays_a_share(question: str) -> None:
    assert answer_kind(question) == "share"


@pytest.mark.parametrize(
    "question",
    [
        "What is the annual rate of Pension Credit?",
        "What is the weekly rate of Attendance Allowance?",
        "What is the fortnightly rate of the disability support pension?",
        "What is the monthly rate of family tax benefit?",
    ],
)
def test_a_rate_of_a_payment_is_still_money(question: str) -> None:
    assert answer_kind(question) == "amount"


_ASKED = "What was the weekly rate of the widow's allowance before October 2032?"
_FROM = "Starting 1 October 2032, the widow's allowance "


@pytest.mark.parametrize(
    "rest",
    [
        "is £214.60 a week for one adult and £198.20 a week for each of a couple.",
        "is £214.60 a week, plus £28.50 for each dependent child.",
        "is £214.60 a week for claimants 70 years old and over.",
        "for former miners is £214.60 a week.",
        "is £214.60 a week, payable through 30 September 2033.",
    ],
)
def test_a_clause_giving_only_the_new_figure_is_refused(rest: str) -> None:
    assert before_start_reason(understand(_ASKED), [_hit(_FROM + rest)]) != ""


@pytest.mark.parametrize(
    "rest",
    [
        "rose from £206.10 to £214.60 a week.",
        "is £214.60 a week, replacing the old rate of £206.10.",
        "is £214.60 a week; until 30 September 2032 it was £206.10.",
        "is £214.60 a week, up from £206.10.",
    ],
)
def test_a_clause_giving_the_earlier_figure_too_is_kept(rest: str) -> None:
    assert before_start_reason(understand(_ASKED), [_hit(_FROM + rest)]) == ""


@pytest.mark.parametrize(
    "rest",
    [
        "goes up to £214.60 a week from £206.10.",
        "increases to £214.60 per week from £206.10.",
        "is £214.60 a week, a rise from £206.10.",
        "is £214.60 a week, an increase from £206.10.",
        "is £214.60 a week (it was £206.10).",
        "is £214.60 a week instead of £206.10.",
        "is £214.60 a week, replacing the previous weekly rate of £206.10.",
        "is £214.60 a week, compared with £206.10 in the year before.",
    ],
)
def test_an_earlier_figure_given_in_ordinary_words_keeps_the_clause(rest: str) -> None:
    """The earlier figure may follow a change word with the new figure in between, follow a
    change noun, or be named by "was", "instead of", "replacing" or "compared with"."""
    assert before_start_reason(understand(_ASKED), [_hit(_FROM + rest)]) == ""


@pytest.mark.parametrize(
    "rest",
    [
        "is £214.60 a week; the rise for each dependent child is £28.50.",
        "is £214.60 a week, which was agreed in spring, and £28.50 for each child.",
        "is £214.60 a week instead of monthly, plus £28.50 for each child.",
    ],
)
def test_a_change_word_with_no_earlier_figure_is_still_refused(rest: str) -> None:
    assert before_start_reason(understand(_ASKED), [_hit(_FROM + rest)]) != ""


@pytest.mark.parametrize(
    "rest",
    [
        # a rate beside another group's rate, compared with no earlier time
        "is £214.60 a week for one adult, compared with £320.00 for a couple.",
        # a taper: a figure cut by an amount per pound of income from a threshold
        "is £214.60 a week and falls by 40p for each pound of income from £150 a week.",
        "is £214.60 a week; it is reduced by 40p per pound earned from £150 a week.",
        # another item's figure after "was", and a different payment replaced
        "is £214.60 a week, and the fuel supplement was £12.00 a week.",
        "is £214.60 a week, replacing the bereavement grant of £95.00 for new claims.",
    ],
)
def test_a_second_figure_that_is_not_the_earlier_rate_is_still_refused(rest: str) -> None:
    assert before_start_reason(understand(_ASKED), [_hit(_FROM + rest)]) != ""
