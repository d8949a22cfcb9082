"""Near-misses answered with the asked thing's other attribute: a clause on the capacity
to be built for a question on the capacity to be retired, a clause giving only a sum of
money (or a capacity) for a question on how many things. Each refusal sits beside an
answerable paraphrase that must still be answered."""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import refusal_reason
from kb.refusal_action import (
    action_groups,
    action_reason,
    count_kind_reason,
    figure_kinds,
    time_status_reason,
)
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="a", doc_id="a", clause_id="1", text=text)


BUILD = "About 12 GW of new coal-fired capacity is to be built in the northern grid by 2032."
RETIRE = "About 12 GW of coal-fired capacity in the northern grid will be retired by 2032."


@pytest.mark.parametrize(
    "question",
    [
        "How much coal-fired capacity will the northern grid retire by 2032?",
        "How much coal capacity is to be shut down in the northern grid by 2032?",
        "How many gigawatts of coal plants will be phased out in the northern grid?",
    ],
)
def test_a_retirement_asked_is_not_answered_by_a_build_clause(question):
    q = understand(question)
    assert action_reason(q, [_hit(BUILD)]) == (
        "the passage found speaks of the build side, not the retire side"
    )
    assert refusal_reason(q, [_hit(BUILD)], lambda _: BUILD) != ""
    # the same question, phrased with a synonym, is answered by the retirement clause
    assert action_reason(q, [_hit(RETIRE)]) == ""


def test_a_build_asked_is_answered_by_a_build_clause_and_not_by_a_retirement():
    q = understand("How much new coal-fired capacity will be constructed by 2032?")
    assert action_reason(q, [_hit(BUILD)]) == ""
    assert action_reason(q, [_hit(RETIRE)]) != ""


def test_a_clause_naming_both_actions_is_kept():
    both = "The plan retires 5 GW of old units and builds 12 GW of new ones by 2032."
    q = understand("How much coal capacity will be decommissioned by 2032?")
    assert action_reason(q, [_hit(both)]) == ""


def test_imports_asked_are_not_answered_by_exports():
    q = understand("How many tonnes of coal did the island import last year?")
    exported = _hit("The island exported 3 million tonnes of coal last year.")
    imported = _hit("Coal imports to the island reached 3 million tonnes last year.")
    assert action_reason(q, [exported]) != ""
    assert action_reason(q, [imported]) == ""


def test_an_ordinary_aim_without_an_opposed_action_is_kept():
    q = understand("By how much must emissions be reduced by 2030?")
    aim = _hit("Emissions shall be reduced by 55% compared with 1990 by 2030.")
    assert action_reason(q, [aim]) == ""
    assert count_kind_reason(q, [aim]) == ""


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Two units will be decommissioned next year.", ["retire"]),
        ("The Commission is close to the end of its review.", []),
        ("In addition, the buildings code was updated.", []),
    ],
)
def test_words_with_an_everyday_sense_name_no_action(text, groups):
    assert sorted(action_groups(text)) == groups


def test_a_count_asked_is_not_answered_by_a_sum_of_money_only():
    q = understand("How many firms won grants in the first round of the heat fund?")
    money = _hit("The heat fund gives winning firms EUR 4 million ($4.3 million) each.")
    counted = _hit("In the first round of the heat fund, 23 firms won grants.")
    assert count_kind_reason(q, [money]) == "the passage found states money figures, not a count"
    assert refusal_reason(q, [money], lambda _: money.text) != ""
    assert count_kind_reason(q, [counted]) == ""


def test_a_count_asked_is_not_answered_by_a_capacity_only():
    q = understand("How many storage tenders has the utility awarded so far?")
    capacity = _hit("The utility plans up to 4 GW of battery storage by 2035.")
    assert count_kind_reason(q, [capacity]) != ""
    # a bare number beside the capacity may be the count: kept
    both = _hit("The utility has awarded 7 tenders for 4 GW of battery storage.")
    assert count_kind_reason(q, [both]) == ""


def test_a_count_asked_in_a_unit_or_in_money_is_left_to_the_unit_checks():
    for question in (
        "How many gigawatts of storage will the utility tender?",
        "How many million euros will the heat fund pay out?",
    ):
        hit = _hit("The utility tenders 4 GW for EUR 300 million.")
        assert count_kind_reason(understand(question), [hit]) == ""


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Grants of Rs. 5,000 and 12 crore rupees from 2024.", ["money"]),
        ("A share of 40% and 15 GW by 2030.", ["measure", "share"]),
        ("It employs 300 people and lays 20 km of cable.", ["measure", "other"]),
    ],
)
def test_the_kinds_of_figures_a_clause_states(text, kinds):
    assert sorted(figure_kinds(text)) == kinds


PLANNED = "The corridor fund will pay for up to 900 fast chargers along the coast road by 2027."


@pytest.mark.parametrize(
    "question",
    [
        "How many fast chargers had been built with the corridor fund before it was frozen?",
        "How many fast chargers has the corridor fund already paid for?",
    ],
)
def test_a_done_thing_asked_is_not_answered_by_a_plan(question):
    q = understand(question)
    assert time_status_reason(q, [_hit(PLANNED)]) == (
        "the passage found states a plan, not what has been done"
    )
    assert refusal_reason(q, [_hit(PLANNED)], lambda _: PLANNED) != ""


def test_a_clause_stating_what_was_done_is_kept_beside_its_plan():
    q = understand("How many fast chargers have been built on the coast road so far?")
    done = _hit("So far 310 fast chargers have been installed; 600 more will follow by 2027.")
    assert time_status_reason(q, [done]) == ""


def test_a_question_about_the_plan_itself_is_answered_by_the_plan():
    q = understand("How many fast chargers has the corridor fund planned so far?")
    assert time_status_reason(q, [_hit(PLANNED)]) == ""
    # and an ordinary question about the aim is not touched
    aim = understand("How many fast chargers will the corridor fund pay for by 2027?")
    assert time_status_reason(aim, [_hit(PLANNED)]) == ""


def test_a_count_asked_is_not_answered_by_a_grant_over_some_years():
    q = understand("How many hydrogen filling stations will the coast strategy pay for?")
    grant = _hit("The coast strategy gives 2.5 million USD over 3 years to safety codes.")
    assert count_kind_reason(q, [grant]) != ""
    stations = _hit("The coast strategy funds 12 hydrogen filling stations over 3 years.")
    assert count_kind_reason(q, [stations]) == ""
    years = understand("How many years will the coast strategy run?")
    assert count_kind_reason(years, [_hit("The coast strategy runs for 3 years.")]) == ""


def test_an_outcome_just_below_the_quoted_plan_keeps_the_question():
    q = understand("How much enriched fuel has the valley plant produced so far?")
    plan = _hit("The valley plant will scale up to 900 kilograms of enriched fuel a year.")
    outcome = _hit("The valley plant produced its first 20 kilograms of enriched fuel in May.")
    assert time_status_reason(q, [plan]) != ""
    assert time_status_reason(q, [plan, outcome]) == ""


# Review cases: each was refused before the lists and the scope were widened.


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "How many coal units will be retired by 2031?",
            "The programme will close 9 coal units by 2031 and add 8 GW of wind.",
        ),
        (
            "How many gas units will be shut by 2031?",
            "The grid will add 8 GW while 11 gas units are closed by 2031.",
        ),
        (
            "How many electric ferries will be deployed by 2031?",
            "The port will retire 40 diesel ferries and replace them with 40 electric ferries by 2031.",
        ),
        (
            "How many wind turbines will be retired by 2031?",
            "The coast farm will repower 60 old wind turbines and add 2 GW offshore by 2031.",
        ),
    ],
)
def test_a_clause_stating_the_asked_action_in_other_words_is_answered(question, clause):
    q = understand(question)
    assert action_reason(q, [_hit(clause)]) == ""
    assert refusal_reason(q, [_hit(clause)], lambda _: clause) == ""


def test_close_counts_as_retiring_but_close_to_does_not():
    assert action_groups("Four coal units closed last spring.") == {"retire"}
    assert action_groups("Four new units were built close to the port.") == {"build"}


def test_an_opposite_word_that_does_not_govern_the_asked_thing_is_not_refused():
    q = understand("How many coal units will be retired by 2031?")
    other_thing = _hit("The valley will add 8 GW of wind power by 2031.")
    assert action_reason(q, [other_thing]) == ""
    # but an opposite word before the asked thing still refuses
    built = _hit("The valley will build 9 coal units by 2031.")
    assert action_reason(q, [built]) != ""


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "How many coal units will close by 2031?",
            "The fund sets aside £3 billion to close nine coal units by 2031.",
        ),
        (
            "How many heat pumps does the scheme fund?",
            "The scheme provides $4 billion to fit half a million heat pumps by 2031.",
        ),
        (
            "How many village grids does the fund pay for?",
            "The fund pays EUR 900 million for hundreds of village grids.",
        ),
        (
            "How many depots does the fund pay for?",
            "The fund pays EUR 90 million for a dozen bus depots.",
        ),
    ],
)
def test_a_count_written_in_words_is_a_count(question, clause):
    q = understand(question)
    assert count_kind_reason(q, [_hit(clause)]) == ""
    assert refusal_reason(q, [_hit(clause)], lambda _: clause) == ""


def test_a_sum_in_words_is_still_money_and_a_money_only_clause_still_refused():
    assert figure_kinds("A grant of two million pounds.") == {"money"}
    q = understand("How many heat pumps does the scheme fund?")
    assert count_kind_reason(q, [_hit("The scheme provides $4 billion by 2031.")]) != ""


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "How many clinics already have solar panels?",
            "Some 700 clinics now have solar panels and the rest will follow by 2029.",
        ),
        (
            "How many clinics already have solar panels?",
            "Some 700 clinics currently run on solar panels; all will by 2029.",
        ),
        (
            "How much have landfill emissions been cut so far?",
            "Landfill emissions fell 18% between 2008 and 2019 and will fall 25% more by 2035.",
        ),
        (
            "How much have landfill emissions been cut so far?",
            "Landfill emissions were cut by 18% and will be cut by a further 25% by 2035.",
        ),
    ],
)
def test_a_clause_stating_the_present_or_a_past_range_counts_as_done(question, clause):
    q = understand(question)
    assert time_status_reason(q, [_hit(clause)]) == ""
    assert refusal_reason(q, [_hit(clause)], lambda _: clause) == ""


def test_a_plan_with_an_obligation_is_still_a_plan():
    q = understand("How many clinics already have solar panels?")
    plan = _hit("Every clinic has to fit solar panels by 2029 under the plan.")
    assert time_status_reason(q, [plan]) != ""
    future_range = _hit("Clinics will fit solar panels between 2027 and 2029.")
    assert time_status_reason(q, [future_range]) != ""
