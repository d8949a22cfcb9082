"""Refusal by what a figure measures: the quoted clause must state the asked kind of
figure, in the asked unit, for the one gas or power source the question names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kb.hits import Hit
from kb.refusal import refusal_reason
from kb.refusal_measure import (
    alternative_reason,
    asked_dimension,
    quoted_kind_reason,
    unit_reason,
)
from kb.understand import understand

sys.path.insert(0, str(Path(__file__).parent))
from fixtures import extract_plain  # noqa: E402


def _hit(text: str, key: str = "a") -> Hit:
    return Hit(key=key, doc_id=key, clause_id="1", text=text)


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("How many kilometres of new tram track will the city lay?", "length"),
        ("How many more gigawatts of storage are planned?", "power"),
        ("How much steel scrap did the port ship last year in tonnes?", "mass"),
        ("What tonnage of ore left the mine?", "mass"),
        ("How many buses will the council buy?", ""),
        ("How much will the 40 MW plant cost?", ""),
    ],
)
def test_the_unit_a_question_asks_its_figure_in(question, dimension):
    assert asked_dimension(question) == dimension


def test_a_length_asked_is_not_answered_by_an_energy_figure():
    q = understand("How many kilometres long will the district heating network be?")
    energy = _hit("The district heating network delivers about 900 GWh a year.")
    length = _hit("The district heating network will stretch over 120 km by 2030.")
    assert unit_reason(q, [energy]) == "the passage found states no figure of length"
    assert unit_reason(q, [length]) == ""


def test_a_capacity_written_against_its_number_counts():
    q = understand("How many megawatts will the lakeside solar farm add?")
    assert unit_reason(q, [_hit("The lakeside solar farm adds 75MW next spring.")]) == ""


def test_a_sum_asked_is_not_answered_by_a_clause_without_money():
    q = understand("How much does the regional grant pay for each cargo bike?")
    plain = _hit("A regional grant for cargo bikes opens to small firms in May.")
    priced = _hit("The regional grant pays up to EUR 1,500 for each cargo bike.")
    assert quoted_kind_reason(q, [plain, priced]) == "the passage found states no sum of money"
    assert quoted_kind_reason(q, [priced, plain]) == ""


def test_a_fall_in_a_price_may_be_stated_as_a_percentage():
    q = understand("By how much have heat pump prices fallen since 2015?")
    assert q.kind == "amount"
    hit = _hit("Heat pump prices have dropped by about 30 percent since 2015.")
    assert quoted_kind_reason(q, [hit]) == ""


def test_a_count_asked_is_not_answered_by_a_clause_without_a_number():
    q = understand("How many charging depots will the transit agency build?")
    hit = _hit("The transit agency will build charging depots along its busiest routes.")
    assert quoted_kind_reason(q, [hit]) == "the passage found states no count"


def test_another_gas_does_not_answer_the_one_asked():
    q = understand("What cut in nitrous oxide does the farm plan expect by 2035?")
    other = _hit("The farm plan expects methane from manure to fall 30% by 2035.")
    same = _hit("Nitrous oxide from fertiliser should fall 15% by 2035 (N2O).")
    assert (
        alternative_reason(q, [other]) == "the passage found speaks of methane, not nitrous oxide"
    )
    assert alternative_reason(q, [same]) == ""


def test_a_spelling_of_the_same_gas_is_the_same_gas():
    q = understand("How much carbon dioxide did the cement works emit in 2022?")
    hit = _hit("The cement works emitted 1.2 Mt of CO2 in 2022.")
    assert alternative_reason(q, [hit]) == ""


def test_several_sources_asked_together_are_not_checked_one_by_one():
    q = understand("What share will wind, sun and reactors supply together by 2030?")
    hit = _hit("Nuclear and renewables together should supply 60% of power by 2030.")
    assert alternative_reason(q, [hit]) == ""


def test_the_checks_run_among_the_refusal_checks():
    q = understand("How many kilometres of pipeline will the hydrogen grid have?")
    hit = _hit("The hydrogen grid should carry 20 TWh of hydrogen a year by 2032.")
    assert refusal_reason(q, [hit], lambda _: hit.text) == (
        "the passage found states no figure of length"
    )


def test_a_store_refuses_near_misses_by_what_the_figure_measures(kb_factory, tmp_path):
    text = (
        "Harbour Town Clean Transport Plan\n\n"
        "The council will introduce a purchase grant for electric delivery vans in 2026.\n\n"
        "The plan as a whole will cost EUR 12 million over five years.\n\n"
        "The new tram line will be 14 km long and open in 2029.\n\n"
        "Methane from the town's landfill should fall by 40% by 2030.\n"
    )
    path = tmp_path / "harbour.txt"
    path.write_text(text, encoding="utf-8")
    kb = kb_factory()
    assert kb.add_extraction(extract_plain(path, text=text)) == "added"
    refused = {
        "How much does the Harbour Town purchase grant pay per delivery van?": (
            "the passage found states no sum of money"
        ),
        "How many tonnes of steel will Harbour Town's new tram line use?": (
            "the passage found states no figure of mass"
        ),
        "What nitrous oxide cut does Harbour Town expect from its landfill by 2030?": (
            "the passage found speaks of methane, not nitrous oxide"
        ),
    }
    for question, reason in refused.items():
        answer = kb.ask(question)
        assert not answer.answered, question
        assert answer.reason == reason
    answer = kb.ask("How many kilometres long will Harbour Town's new tram line be?")
    assert answer.answered
    assert "14 km" in answer.text
