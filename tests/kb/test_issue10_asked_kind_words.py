"""The kind a question asks is read from its asking words, not from a money word that
only names the subject (issue 10, real_unseen14): "from when can the board fine ..." asks a
date, "how much notice ..." a span of time, and a charge "per tonne" is no share."""

from __future__ import annotations

import pytest

from kb.understand import answer_kind


@pytest.mark.parametrize(
    "question",
    [
        "From when may the regulator fine a landlord who skips the audit?",
        "Since when can councils charge a fee for bulky waste?",
        "When can the agency start to levy penalties on late filers?",
    ],
)
def test_when_beside_a_money_word_asks_a_year(question: str) -> None:
    assert answer_kind(question) == "year"


@pytest.mark.parametrize(
    "question",
    [
        "How much advance notice must a tenant give before moving out?",
        "How much written warning do owners get before inspectors enter?",
        "How much time does a firm have to pay the levy?",
    ],
)
def test_how_much_notice_asks_a_span_of_time(question: str) -> None:
    assert answer_kind(question) == "date"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("What is the landfill levy rate per tonne of waste?", "amount"),
        ("What is the toll rate per vehicle on the new bridge?", "amount"),
    ],
)
def test_a_charge_rate_per_unit_asks_a_sum(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "What is the emission rate per kilowatt-hour of the new plants?",
        "What is the leakage rate per litre of stored fuel?",
    ],
)
def test_a_rate_per_unit_is_no_share(question: str) -> None:
    assert answer_kind(question) == "other"


@pytest.mark.parametrize(
    "question",
    [
        "What is the interest rate per annum on the new housing bonds?",
        "What growth rate per year does the ministry expect for rooftop solar?",
        "What is the reuse rate per district for building rubble?",
        "What is the stamp duty rate per cent on a second home?",
    ],
)
def test_a_rate_per_period_or_per_place_is_still_a_share(question: str) -> None:
    assert answer_kind(question) == "share"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How much of the time do the ferries sail on battery power?", "quantity"),
        ("How much money and time will the retrofit save each tenant?", "amount"),
        ("How much prior written notice must a landlord give?", "date"),
    ],
)
def test_how_much_notice_needs_notice_words_between(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize(
    "question, kind",
    [
        ("What is the recycling rate for glass bottles?", "share"),
        ("What fine applies to a hauler who dumps waste?", "amount"),
        ("How much funding does the programme give each town?", "amount"),
        ("When will the ministry publish the review?", "year"),
        ("How long do owners have to remove a disused array?", "date"),
    ],
)
def test_ordinary_kinds_unchanged(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize(
    "question, kind",
    [
        # the unit lies past the asking words' window, which ends on "per" or "rate"
        ("What is the current Scottish landfill levy rate per tonne of rubble?", "amount"),
        ("What is the present regional water abstraction charge rate per litre?", "amount"),
        ("What is the present national average mortgage interest rate per annum?", "share"),
        ("What is the present regional water abstraction charge rate?", "share"),
    ],
)
def test_a_unit_past_the_asking_window_still_decides(question: str, kind: str) -> None:
    assert answer_kind(question) == kind
