"""Ordinary questions the issue-10 scope checks refused: a sum asked with a charge word
that is not right after the material ("how much methane charge ..."), an English question
over a Chinese clause, and an object written as an acronym, a hyphenated form or a plural
("EV", "e-bus", "SMEs"). The texts are our own."""

from __future__ import annotations

import pytest

from kb.refusal import refusal_reason
from kb.refusal_scope import SCOPE_CHECKS, material_money_reason, object_scope_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


@pytest.mark.parametrize(
    "question, text",
    [
        (
            "How much methane charge does a well operator owe per tonne for 2026?",
            "Each tonne of methane over the limit costs the operator $1,100 for 2026.",
        ),
        ("How much coal cess is collected on each tonne?", "The cess is Rs 350 a tonne."),
        ("How much electricity duty is added per unit?", "A duty of 1.20 rupees per unit."),
        ("How much power tariff does the wind farm earn?", "The tariff is Rs 3.1 per unit."),
        ("How much gas royalty must a field owner hand over?", "Royalty is $0.40 per MMBtu."),
        (
            "How much hydrogen production incentive can a plant claim?",
            "Plants can claim $2.50 per kilogram.",
        ),
        (
            "How much coal transition support goes to the mining regions?",
            "$4 billion is set aside.",
        ),
        (
            "How much coal phase-out compensation do plant owners get?",
            "Owners get 2.1 billion euros in total.",
        ),
    ],
)
def test_a_charge_word_anywhere_makes_the_question_ask_for_a_sum(question: str, text: str) -> None:
    assert material_money_reason(understand(question), [_hit(text)]) == ""


def test_a_material_asked_without_a_money_word_is_still_checked() -> None:
    q = understand("How much methane may a well operator vent each year?")
    reason = material_money_reason(q, [_hit("The charge is $1,100 per tonne.")])
    assert reason == "the passage found states a sum of money, not an amount of methane"


def test_object_check_passes_a_chinese_clause() -> None:
    q = understand("What grant is paid for a heat pump?")
    assert object_scope_reason(q, [_hit("每户安装热泵可领取4000元补助。")]) == ""


def test_object_check_is_not_among_the_refusals() -> None:
    assert "object_scope" not in SCOPE_CHECKS


@pytest.mark.parametrize(
    "question, text",
    [
        ("What subsidy is given for e-buses?", "Each electric bus gets a subsidy of Rs 40 lakh."),
        ("What subsidy is offered for electric vehicles?", "EV buyers get Rs 9,000 per kWh."),
        ("What grant is offered for small businesses?", "SMEs may claim grants of £4,000."),
        ("How much support is given for electric buses?", "The scheme pays Rs 30 lakh per e-bus."),
    ],
)
def test_an_object_in_another_spelling_is_answered(question: str, text: str) -> None:
    q = understand(question)
    assert refusal_reason(q, [_hit(text)], lambda _: "") == ""
