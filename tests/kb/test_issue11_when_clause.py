"""Issue 11: a question that opens with a "when" clause setting a case ("When homes pay by
the meter, how large ...") asks what follows the comma, not a time. Sentences of our own.
"""

from __future__ import annotations

import pytest

from kb.understand import asked_part, understand

CASE_THEN_ASK = [
    (
        "When households pay for heat by the meter, how large may the fixed charge be?",
        "how large may the fixed charge be?",
    ),
    (
        "When a coach trip is very long, how many drivers must be on board?",
        "how many drivers must be on board?",
    ),
    (
        "When a building fails its green check, what fine does the developer face?",
        "what fine does the developer face?",
    ),
]

TIME_ASKED = [
    "When will the new heat plant open?",
    "When does the rule take effect, and who enforces it?",
    "When is the yearly report due?",
    "When must suppliers, by law, report their figures?",
]


@pytest.mark.parametrize(("question", "asked"), CASE_THEN_ASK)
def test_a_when_clause_that_sets_a_case_is_not_the_asking_part(question, asked):
    assert asked_part(question) == asked
    assert understand(question).kind not in ("year", "date")


@pytest.mark.parametrize("question", TIME_ASKED)
def test_a_when_question_still_asks_a_time(question):
    assert asked_part(question).lower().startswith("when")
    assert understand(question).kind in ("year", "date")


# The same case-setting clause in the other shapes an ordinary question takes: a
# preposition before the question word ("within how many", "by which", "up to what"), a
# leading phrase before the clause, a comma inside the clause, and "then" after it.
CASE_THEN_ASK_SHAPES = [
    (
        "When a licence expires, within how many days must the holder apply again?",
        "within how many days must the holder apply again?",
        "date",
    ),
    (
        "When a plant misses its quota, by which date must it file a plan?",
        "by which date must it file a plan?",
        "date",
    ),
    (
        "When a landlord repeats the offence, up to what penalty may the council impose?",
        "to what penalty may the council impose?",
        "amount",
    ),
    (
        "In Hebei, when a school installs solar panels, how much of the cost is refunded?",
        "how much of the cost is refunded?",
        "amount",
    ),
    (
        "When a tenant leaves early, then what share of the deposit is kept?",
        "what share of the deposit is kept?",
        "share",
    ),
]


@pytest.mark.parametrize(("question", "asked", "kind"), CASE_THEN_ASK_SHAPES)
def test_a_case_clause_is_passed_over_in_every_ordinary_shape(question, asked, kind):
    assert asked_part(question) == asked
    assert understand(question).kind == kind


def test_a_case_clause_may_hold_a_comma():
    question = "When a lorry is heavy, and it enters the clean air zone, what charge applies?"
    assert asked_part(question) == "what charge applies?"
    assert understand(question).kind not in ("year", "date")


# "When" with an auxiliary, contracted or not, still asks a time, also after a leading
# phrase.
TIME_ASKED_SHAPES = [
    "When won't the levy be charged, what applies instead?",
    "When isn't a permit needed, which form is used?",
    "When can't the discount be claimed, and what replaces it?",
    "In Hebei, when will the solar scheme close?",
    "Under the new code, when must landlords register?",
]


@pytest.mark.parametrize("question", TIME_ASKED_SHAPES)
def test_a_when_with_an_auxiliary_still_asks_a_time(question):
    assert asked_part(question).lower().startswith("when")
    assert understand(question).kind in ("year", "date")
