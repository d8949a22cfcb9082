"""Near-misses about another object of the same measure (issue 10): a quantity of a
physical thing answered by a programme's money, and a grant asked for one object answered
by the grant for another. Each check refuses only when the quoted clause is positively
about something else; an ordinary answer beside it is kept."""

from __future__ import annotations

import pytest

from kb.refusal_scope import asked_object, material_money_reason, object_scope_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


def test_quantity_of_a_material_is_not_answered_by_a_budget() -> None:
    q = understand("How much hydrogen a year should the subsidised plants make?")
    reason = material_money_reason(q, [_hit("The budget sets aside $3 billion for the plants.")])
    assert reason == "the passage found states a sum of money, not an amount of hydrogen"


@pytest.mark.parametrize(
    "question, text",
    [
        # the quantity itself is stated
        (
            "How much hydrogen a year should the subsidised plants make?",
            "The plants should make 1.2 million tonnes of hydrogen a year with $3 billion.",
        ),
        # money asked: a carbon tax is a sum
        ("How much carbon tax will a refinery pay per tonne?", "The tax is $65 per tonne."),
        # a quantity question whose answer is money, with no material asked
        ("How large is the charging programme?", "The programme is worth $5 billion."),
    ],
)
def test_material_check_keeps_ordinary_answers(question: str, text: str) -> None:
    assert material_money_reason(understand(question), [_hit(text)]) == ""


def test_object_check_names_another_object() -> None:
    # the check itself; it is kept off in refusal_reason (see SCOPE_CHECKS)
    q = understand("What grant does the heating scheme pay for a wood pellet stove?")
    hit = _hit("A grant of £6,000 is paid for ground-source heat pumps.")
    assert object_scope_reason(q, [hit]).startswith("the passage found is about another object")


@pytest.mark.parametrize(
    "question, text",
    [
        (
            "What grant does the heating scheme pay for a ground-source heat pump?",
            "A grant of £6,000 is paid for ground-source heat pumps.",
        ),
        (
            "What subsidy does the city give for electric scooters?",
            "Buyers of electric two-wheelers get a subsidy of up to 5,000 rupees.",
        ),
        ("How much funding does the fund give?", "The fund gives 40 million euros."),
        ("Emissions must be cut by 55% by 2030: what subsidy is there for it?", "Cut 55%."),
    ],
)
def test_object_check_keeps_the_asked_object(question: str, text: str) -> None:
    assert object_scope_reason(understand(question), [_hit(text)]) == ""


def test_asked_object_words() -> None:
    assert asked_object("What rebate does the state offer for a used electric car?") == (
        "used",
        "electric",
        "car",
    )
    assert asked_object("How much is the grant?") == ()
    long = "What support is there for firms that build and run the public charging network?"
    assert asked_object(long) == ()
