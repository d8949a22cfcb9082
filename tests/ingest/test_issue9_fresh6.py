"""Issue 9, sixth fresh set: the classes its first contact showed, in texts of our own.

Each case is written in the register of the documents that showed the class (a city
plan pulled from a PDF with its contents list, a news report on a science summary, a
trade story on a territory's power, a company's goals page) and says what must come out
of it: the figures that must never be targets, and the aims beside them that must stay.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str, date: str | None = None) -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    )


# ------------------------------------------------------------- contents and labels

CONTENTS = """Harbour City Climate Plan

Contents

Summary ... 3
Part A - Where the city stands ... 14
Module A-1 Emissions inventory ... 14
Module A-2 Policies in force ... 22
Part B - Routes to a neutral city by 2030 ... 41
Module B -1 Scenarios ... 41
Module B- 2 Portfolio of actions ... 58
Outlook … 112
"""


def test_a_contents_list_gives_no_target():
    assert _targets(CONTENTS) == []


def test_an_aim_after_the_contents_list_is_still_read():
    text = CONTENTS + "\nThe city will cut its emissions by 60% by 2030 compared with 2018.\n"
    assert _targets(text) == [(60.0, "%", 2030)]


@pytest.mark.parametrize(
    "text",
    [
        # a building named by a number, renovated by a year
        "The old depot, Hall 4, will be rebuilt by 2027 as a hub for young firms.",
        "Unit 3 of the plant will be retired by 2029.",
        # a mission or programme named in quotes before its noun or after it
        'The council joined the EU mission "100 zero-carbon towns by 2030" in 2022 '
        "and will report on it by 2026.",
        "Ten firms signed up to the campaign called '50 by 2035' to show support by 2025.",
        # a count of the goals of an agenda, and of projects a plan lists
        "The region backs the 2030 Agenda and its 17 global goals.",
        "The transport plan lists around 180 projects that are to be started by 2027.",
    ],
)
def test_names_labels_and_counts_are_not_targets(text):
    assert _targets(text) == []


# ---------------------------------------------------------------- chances and odds


@pytest.mark.parametrize(
    "text",
    [
        "There is a 30 per cent chance that one year before 2027 will be warmer than the limit.",
        "There is a one in three chance that warming will pass 1.6 degrees by 2028.",
        "The budget assumes warming held to 1.8 degrees, with a probability of 67% by 2050.",
        "Scientists put the likelihood of an ice-free summer at 40% by 2040.",
    ],
)
def test_a_chance_or_probability_is_not_a_target(text):
    assert all(unit != "%" or value not in {30.0, 67.0, 40.0} for value, unit, _ in _targets(text))
    assert (1.6, "", 2028) not in _targets(text)


def test_a_goal_beside_a_chance_stays_a_target():
    text = (
        "The state aims to cut emissions by 50% by 2030, which gives a 60 per cent chance "
        "of staying within the limit."
    )
    assert _targets(text) == [(50.0, "%", 2030)]


# ------------------------------------------------------------ base values and the past


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The goal is a 70% cut by 2030 against the baseline year of 2018 "
            "(6.1 tonnes of CO2 equivalents per person).",
            [(70.0, "%", 2030)],
        ),
        (
            "The aim is to bring emissions 45% below 2010 levels (about 80 Mt) by 2035.",
            [(45.0, "%", 2035)],
        ),
    ],
)
def test_a_base_value_in_brackets_is_not_a_target(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By buying wind power the territory has been able to reduce its emissions by about "
        "35 per cent, a large step towards its goal of net zero emissions by 2045.",
        "The utility managed to cut coal use by 20 per cent, on the way to its 2040 goal.",
    ],
)
def test_a_cut_already_made_does_not_take_a_later_goal_year(text):
    assert [t for t in _targets(text) if t[0] in {35.0, 20.0}] == []


def test_a_company_vision_stated_after_a_past_claim_is_read():
    text = (
        "We were the first grid operator with a vision to deliver 100% carbon-free power "
        "by 2045 and to cut carbon emissions 70% by 2030 from 2010 levels."
    )
    assert _targets(text) == [(70.0, "%", 2030), (100.0, "%", 2045)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aims that must stay aims next to the new cues
        ("The plan sets 25 new goals, and emissions will fall 40% by 2030.", [(40.0, "%", 2030)]),
        ("Line upgrades will add 2 GW of capacity by 2028.", [(2e6, "kW", 2028)]),
        (
            "The city is able to commit to a 55% cut by 2030 and aims to reach it.",
            [(55.0, "%", 2030)],
        ),
        ("Our vision is 100% renewable heat by 2040.", [(100.0, "%", 2040)]),
    ],
)
def test_aims_beside_the_new_cues_stay_targets(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------- forecasts by someone else


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at a local bank see grid demand rising 18% by 2030.",
        "Heat pump sales are seen at 40% of new heating by 2030.",
        "Wholesale prices may rise 12% by 2026, the regulator warned.",
        "Under current settings, emissions may fall only 9% by 2030.",
        "If current trends continue, the share of cycling will reach 22% by 2030.",
        "Scientists say global methane must fall 35% by 2030 to hold warming down.",
        "Economists expect the levy to add 3% to bills by 2027.",
        "In its latest outlook the agency projects 44% wind power by 2030.",
        "A trade body predicts 25 GW of rooftop solar by 2028.",
        # an analyst's restatement of an assumed figure, and the sum of a list
        "We put demand in 2030 at 230 TWh, that's an increase of about 7% on today.",
        "Together the two farms, representing a combined 640 MW, could start by 2026.",
    ],
)
def test_someone_elses_forecast_is_not_a_target(text):
    assert [t for t in _targets(text) if t[1] in {"%", "kW"}] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuer's own aims keep their figures beside the same words
        ("The city will see that 30% of trips are by bike by 2030.", [(30.0, "%", 2030)]),
        (
            "The council may set a goal of 25% tree cover by 2035 and will review it.",
            [(25.0, "%", 2035)],
        ),
        ("The ministry will cut emissions to 40 Mt by 2030.", [(40e6, "t", 2030)]),
        (
            "The agency projects 44% wind power by 2030, while our own target is 50% by 2030.",
            [(50.0, "%", 2030)],
        ),
        ("The plan funds 12 projects and aims for 3 GW of storage by 2029.", [(3e6, "kW", 2029)]),
    ],
)
def test_the_issuers_aims_stay_targets_beside_forecast_words(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------- pages, votes and studies


@pytest.mark.parametrize(
    "text",
    [
        "See also the chart on page 23 for the 2030 route.",
        "The figures for 2035 are on pages 40-42 of the annex.",
        "The bill passed 61-39 in the upper house on its way to a 2030 start.",
        "The council approved the plan by a vote of 9 to 2 ahead of its 2028 review.",
        "About 30% of firms will need new boilers by 2032, the study said.",
    ],
)
def test_pages_votes_and_studies_are_not_targets(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill passed and requires 100% clean power by 2040.", [(100.0, "%", 2040)]),
        ("The plan, set out on one page, aims for 45% renewables by 2030.", [(45.0, "%", 2030)]),
    ],
)
def test_aims_beside_pages_and_votes_stay_targets(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------------ acts, cases and phones


@pytest.mark.parametrize(
    "text",
    [
        "The court's ruling in Case C-214/21 asks the state to act by 2027.",
        "Regulation 7-19 of the grid code will apply from 2026.",
        "Resolution 2022/31 names the 2035 goal but sets no figure.",
        "Bill 2025-208 would take effect in 2027.",
        "Call 1300 555 019 to book a free audit before 2026.",
        "Tel: 029 2018 4455, the line is open until 2025.",
    ],
)
def test_act_case_and_phone_numbers_are_not_targets(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulation 7-19 requires grid operators to reach 35% storage by 2030.",
            [(35.0, "%", 2030)],
        ),
        ("The act sets 80 percent clean power by 2040.", [(80.0, "%", 2040)]),
        ("The rules will cut waste 40% by 2030.", [(40.0, "%", 2030)]),
    ],
)
def test_aims_beside_act_numbers_stay_targets(text, expected):
    assert _targets(text) == expected
