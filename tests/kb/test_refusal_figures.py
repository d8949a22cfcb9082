"""Near-misses refused because the quoted clause states no figure of the asked kind: a
share where a count is asked, a plan where an outcome is asked, no rate where a levy's rate
is asked, no quantity beside a lone "one". Beside each, a question the same clause does
answer is still answered. The texts are our own."""

from __future__ import annotations

import pytest

from kb.refusal import CHECKS, refusal_reason
from kb.retrieve import Hit
from kb.understand import understand

SALES = "Electric cars made up about 12% of new car sales in March, a record month."
JOBS = "The ministry has said the Green Homes Scheme would support 90,000 jobs in home heating."
LEVY = "* (2) If a site has a landfill shortfall, a levy is imposed on the shortfall."
REGION = "The Gulf coast is one of the places that may end up buying clean hydrogen."
COAL = "Coal supplied roughly one-sixth of the country's power in 2005."
LATE = "Projects that start production after 2030 are liable for breaking their contracts."

# (near-miss, its answerable paraphrase, the clause both land on)
PAIRS = [
    (
        "How many electric cars were sold in March?",
        "What share of new car sales were electric in March?",
        SALES,
    ),
    (
        "How many jobs has the Green Homes Scheme created so far?",
        "How many jobs does the ministry expect the Green Homes Scheme to support?",
        JOBS,
    ),
    (
        "What is the landfill levy per tonne of waste?",
        "On what is the landfill levy imposed?",
        LEVY,
    ),
    (
        "How much hydrogen will the Gulf coast buy each year?",
        "Which place may end up buying clean hydrogen?",
        REGION,
    ),
]


def _reason(question: str, text: str) -> str:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=text)
    return refusal_reason(understand(question), [hit], lambda _doc: text)


@pytest.mark.parametrize(("near", "answerable", "text"), PAIRS)
def test_near_miss_refused_and_paraphrase_answered(near: str, answerable: str, text: str):
    assert _reason(near, text), near
    assert _reason(answerable, text) == "", answerable


def test_checks_are_registered():
    assert {"rate", "quoted_quantity", "count_kind", "time_status"} <= set(CHECKS)


def test_outcome_stated_is_kept():
    done = "The Green Homes Scheme has created 12,000 jobs so far, the ministry said."
    assert _reason("How many jobs has the Green Homes Scheme created so far?", done) == ""


def test_a_plan_named_in_the_question_still_asks_of_an_outcome():
    # "Plan" is part of the scheme's name, not a question about a plan
    text = "The ministry has said the Warm Rooms Plan would support 90,000 jobs."
    assert _reason("How many jobs has the Warm Rooms Plan created so far?", text)


def test_a_rate_stated_is_kept():
    text = "The landfill levy is $85 per tonne of waste from 1 July."
    assert _reason("What is the landfill levy per tonne of waste?", text) == ""


def test_one_before_a_multiplier_or_unit_is_a_quantity():
    for text in (
        "The Gulf coast will buy about one million tonnes of hydrogen a year by 2035.",
        "The Gulf coast will add one gigawatt of electrolysers by 2035.",
    ):
        assert _reason("How much hydrogen will the Gulf coast buy each year?", text) == ""


def test_a_count_next_to_a_share_is_still_a_count():
    text = "About 40,000 electric cars were sold in March, 12% of new car sales."
    assert _reason("How many electric cars were sold in March?", text) == ""


def test_a_share_in_words_answers_a_share():
    assert _reason("What share of the country's power came from coal in 2005?", COAL) == ""


def test_winners_asked_of_not_counted():
    assert _reason("What happens to the auction winners that start after 2030?", LATE) == ""
    assert _reason("How many winners did the auction have?", LATE)


def test_an_ordinary_aim_is_kept():
    aim = "Renewables must reach 40% of power by 2030."
    assert _reason("What share of power must renewables reach by 2030?", aim) == ""


# A rate is stated by any figure tied to the unit, whatever the currency is written as.
@pytest.mark.parametrize(
    "text",
    [
        "The landfill levy is AUD 85 per tonne of waste from 1 July.",
        "The landfill levy is 40 pence a tonne for inert waste.",
        "A landfill levy of P0.0060 per tonne funds the watershed trust.",
        "The landfill levy is KES 25/tonne of waste.",
    ],
)
def test_a_rate_in_any_currency_is_kept(text: str):
    assert _reason("What is the landfill levy per tonne of waste?", text) == ""


def test_a_section_number_beside_the_levy_states_no_rate():
    text = "Under section 5 a levy per tonne is imposed on landfill operators."
    assert _reason("What is the landfill levy per tonne of waste?", text)
    assert _reason("What is the landfill levy per tonne of waste?", LEVY)


def test_a_share_asked_as_how_many_per_cent_is_not_a_count():
    rise = "The renewable share must rise by 6 percentage points by 2030."
    buses = "By 2030, 70% of new buses must be electric."
    assert _reason("How many percentage points must the renewable share rise by 2030?", rise) == ""
    assert _reason("How many per cent of new buses must be electric by 2030?", buses) == ""
    assert _reason("How many new buses must be electric by 2030?", buses)


@pytest.mark.parametrize(
    "text",
    [
        "Installers fitted 4,000 heat pumps in 2024, and the scheme would add 6,000 more by 2027.",
        "Crews insulated about 9,000 homes in 2023; the ministry expected to fund 15,000 more.",
    ],
)
def test_a_past_deed_with_a_figure_beside_a_forecast_is_kept(text: str):
    question = "How many homes have been helped by the scheme so far?"
    assert _reason(question, text) == ""


def test_a_forecast_alone_is_still_no_deed():
    for text in (
        "The scheme would see 6,000 heat pumps fitted by 2027.",
        "Installers would fit a combined 6,000 heat pumps by 2027.",
    ):
        assert _reason("How many heat pumps have been fitted so far?", text), text


def _reasons(question: str, *texts: str) -> str:
    hits = [Hit(key=f"k{i}", doc_id="d", clause_id=str(i), text=t) for i, t in enumerate(texts)]
    by_doc = " ".join(texts)
    return refusal_reason(understand(question), hits, lambda _doc: by_doc)


def test_a_quantity_stated_just_below_the_quoted_clause_keeps_the_question():
    top = "The Gulf coast is one of the places that may end up buying clean hydrogen."
    other = "Refineries on the Gulf coast use several lines of pipe for their supply."
    stated = "Gulf coast refineries consume about 120,000 tonnes of hydrogen a year."
    question = "How much hydrogen do Gulf coast refineries consume each year today?"
    assert _reasons(question, top, other, other, stated) == ""
    # a quantity by a year is left to the quoted clause: the world's 2030 figure below
    # may be anyone's
    world = "World demand for hydrogen could reach 150 million tonnes a year by 2030."
    assert _reasons("How much hydrogen will the Gulf coast buy in 2030?", top, other, world)
    # a figure in another document is not this one's answer
    elsewhere = Hit(key="x", doc_id="other", clause_id="9", text=stated)
    hits = [
        Hit(key=f"k{i}", doc_id="d", clause_id=str(i), text=t) for i, t in enumerate([top, other])
    ]
    assert refusal_reason(understand(question), [*hits, elsewhere], lambda _doc: top)


@pytest.mark.parametrize(
    "text",
    [
        "Under its revised 2031 strategy the council will retrofit 25,000 flats.",
        "A notice dated 4 June 2025 sets out a plan to retrofit 25,000 flats.",
        "A notice issued on 4 June sets out a plan to retrofit 25,000 flats.",
    ],
)
def test_a_year_or_date_after_a_past_participle_is_no_deed(text: str):
    assert _reason("How many flats have been retrofitted so far?", text)


def test_a_past_verb_before_a_count_is_still_a_deed():
    text = "Crews retrofitted 2,000 flats in 2024; the council will retrofit 25,000 more."
    assert _reason("How many flats have been retrofitted so far?", text) == ""


# A count tied to some other unit is a threshold of the rule, not its rate.
@pytest.mark.parametrize(
    "text",
    [
        "The landfill levy covers depots that take in over 35,000 tonnes per year.",
        "The landfill levy falls on haulers with more than 80 trucks per depot.",
    ],
)
def test_a_threshold_tied_to_another_unit_states_no_rate(text: str):
    assert _reason("What is the landfill levy per tonne of waste?", text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What is the landfill levy per tonne of waste?", "The landfill levy is 62 per tonne."),
        ("What is the landfill levy per tonne of waste?", "The landfill levy is $62 per year."),
        ("What tariff is paid per kWh of exported power?", "The export tariff is 9 cents a kWh."),
        ("What tariff is paid per kWh of exported power?", "The export tariff is P0.0031 per kWh."),
    ],
)
def test_a_sum_of_money_or_a_figure_per_the_asked_unit_is_a_rate(question: str, text: str):
    assert _reason(question, text) == ""


def test_a_phase_number_or_a_date_below_is_no_quantity():
    top = "The harbour is one of the sites that may host an ammonia plant."
    question = "How much ammonia will the harbour plant make?"
    for below in (
        "Stage 3 of the ammonia plant starts on 14 August.",
        "The ammonia plant has 2 berths for tankers.",
    ):
        assert _reasons(question, top, below), below
    stated = "The ammonia plant will make 2.4 million tonnes of ammonia a year."
    assert _reasons(question, top, stated) == ""
