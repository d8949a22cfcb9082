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
