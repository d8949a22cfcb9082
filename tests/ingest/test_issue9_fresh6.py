"""Issue 9, sixth fresh set: the classes its first contact showed, in texts of our own.

Each case is written in a register of its own (a water board's report pulled from a PDF
with its contents list, a port, a rail operator, a dairy cooperative, insurers and
forecasters) and says what must come out of it: the figures that must never be targets,
and the aims beside them that must stay. The tables at the end hold ordinary policy
sentences whose aims the same cues must leave alone.
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

CONTENTS = """Valley Water Board Annual Report

Foreword by the chair ... 2
Chapter F -1 Reservoir levels and rainfall ... 9
Chapter F -2 Leakage and metering ... 17
Annex D-3 Tariffs for 2030 ... 63
Glossary … 88
Index of tables ... 91
"""


def test_a_contents_list_gives_no_target():
    assert _targets(CONTENTS) == []


def test_an_aim_after_the_contents_list_is_still_read():
    text = CONTENTS + "\nThe board will cut leakage by 60% by 2030 compared with 2018.\n"
    assert _targets(text) == [(60.0, "%", 2030)]


@pytest.mark.parametrize(
    "text",
    [
        # a berth or unit named by a number, rebuilt or retired by a year
        "Ferries leaving from Pier 9 will dock at a rebuilt quay by 2029.",
        "Unit 3 of the plant will be retired by 2029.",
        # a network or fund named in quotes after its noun, with no verb inside
        'The port joined the network "12 Clean Harbours by 2035" in 2021 '
        "and will report on it by 2026.",
        "Ten firms signed up to the campaign called '50 by 2035' to show support by 2025.",
        # a count of the goals of an agenda, and of the schemes or initiatives a list holds
        "The region backs the 2030 Agenda and its 17 global goals.",
        "The school board's list holds some 65 schemes that are to be finished by 2028.",
        "The harbour names 14 initiatives which were chosen for funding until 2027.",
    ],
)
def test_names_labels_and_counts_are_not_targets(text):
    assert _targets(text) == []


# ---------------------------------------------------------------- chances and odds


@pytest.mark.parametrize(
    "text",
    [
        "Insurers give a 30 per cent chance that a storm this size hits the coast before 2027.",
        "There is a one in three chance that the river will top 1.6 metres by 2028.",
        "The dam survey gives the spillway a probability of 67% of overflowing by 2050.",
        "Forecasters put the likelihood of a dry summer at 40% by 2040.",
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
            "The rail operator's aim is a 70% cut in diesel use by 2030 against the base year "
            "of 2018 (about 14 million litres).",
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
        "Since its trucks went electric the haulier has been able to lower its diesel bill by "
        "roughly 35 per cent, well on the way to its goal of zero-emission freight by 2045.",
        "The utility managed to cut coal use by 20 per cent, on the way to its 2040 goal.",
    ],
)
def test_a_cut_already_made_does_not_take_a_later_goal_year(text):
    assert [t for t in _targets(text) if t[0] in {35.0, 20.0}] == []


def test_a_vision_with_a_deadline_after_a_past_claim_is_read():
    text = (
        "Our dairy cooperative was the first in the region with a vision to run every farm on "
        "100% green electricity by 2045, and to cut fertiliser use 70% by 2030 on 2015 levels."
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
        # a restatement of another figure of the clause, and the sum of a list
        "Port traffic should reach 90 Mt by 2031, which represents a rise of 12% on today.",
        "The three ferries, amounting to a combined 9 MW of batteries, could sail by 2027.",
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


# ----------------------------------- ordinary aims the furniture and forecast cues must keep

KEPT = [
    # 1 a verb or a lowercase noun before a count is no act number; nor is a number before a unit
    ("The city will order 200 electric buses by 2026.", (200.0, "", 2026)),
    ("The transit agency orders 150 hydrogen trains for delivery by 2030.", (150.0, "", 2030)),
    ("Under these rules 500 homes will be retrofitted by 2030.", (500.0, "", 2030)),
    ("Under the new law 300 schools will get solar panels by 2027.", (300.0, "", 2027)),
    ("The framework licenses 3 GW of offshore wind by 2030.", (3e6, "kW", 2030)),
    ("The scheme permits 400 new charging hubs by 2028.", (400.0, "", 2028)),
    ("The Decree 30 GW target for 2030 stands.", (3e7, "kW", 2030)),
    # 2 a commentator beside a goal word does not take the goal
    ("Critics say the 2030 target of 50% is too weak.", (50.0, "%", 2030)),
    ("Experts think the 2030 goal of 40% is within reach.", (40.0, "%", 2030)),
    ("The utility's goal, analysts say, is 60% renewables by 2030.", (60.0, "%", 2030)),
    (
        "Analysts said the firm will cut costs, and the firm pledged to cut emissions 50% by 2030.",
        (50.0, "%", 2030),
    ),
    # 3 forecast words away from the figure, risk cut to a level, a plan that "sees"
    ("Unlike earlier predictions, the city will cut emissions by 50% by 2030.", (50.0, "%", 2030)),
    ("As predicted in 2020, the city will cut emissions by 50% by 2030.", (50.0, "%", 2030)),
    ("Despite the odds, the city will cut emissions by 50% by 2030.", (50.0, "%", 2030)),
    ("The plan will reduce the probability of flooding to 1% by 2030.", (1.0, "%", 2030)),
    ("The plan will cut the chance of a blackout to 0.1% a year by 2030.", (0.1, "%", 2030)),
    ("The city will keep the likelihood of drought below 5% by 2035.", (5.0, "%", 2035)),
    ("The plan sees renewables reaching 80% of power by 2030.", (80.0, "%", 2030)),
    ("The strategy sees emissions falling 55% by 2030.", (55.0, "%", 2030)),
    # 4 a quoted aim after a collective noun is no name
    (
        'The company\'s mission "to reach 100% renewable electricity by 2030" guides its work.',
        (100.0, "%", 2030),
    ),
    (
        'The coalition "will phase out coal by 2030 and cut emissions 60%", its chair said.',
        (60.0, "%", 2030),
    ),
    ("The programme “will cut emissions 40% by 2030”, the minister said.", (40.0, "%", 2030)),
    # 5 the bracket after "to <year> levels" gives the level aimed at
    ("Emissions will return to 1990 levels (about 400 Mt) by 2025.", (4e8, "t", 2025)),
    (
        "The country will cut emissions to 45% of 1990 levels (about 250 Mt) by 2030.",
        (2.5e8, "t", 2030),
    ),
    # 6 three dots in prose before a unit
    ("Offshore wind will grow from 20 GW in 2025 ... 60 GW by 2030.", (6e7, "kW", 2030)),
    ("Renewables will supply 30 TWh in 2025 … 45 TWh by 2030.", (4.5e10, "kWh", 2030)),
    # 8 a letter and a spaced dash before a count, with no head word
    ("Plan B - 40 new buses will run by 2030.", (40.0, "", 2030)),
    ("Objective A – 25 schools will be retrofitted by 2028.", (25.0, "", 2028)),
    # 9 a range of a count after "adopted": its low end is the value, as a range with a unit
    ("The board adopted 10-15 new pilot sites, to open by 2027.", (10.0, "", 2027)),
    # 10 a permissive "may reach", and "call" before a count of households
    ("Member States may reach 30% by 2030 under the flexibility clause.", (30.0, "%", 2030)),
    ("The plant may exceed 40% efficiency by 2030 under the new rule.", (40.0, "%", 2030)),
    ("The Ministry will call 2 000 000 households to offer audits by 2030.", (2e6, "", 2030)),
]


@pytest.mark.parametrize(("text", "target"), KEPT)
def test_ordinary_aims_stay_targets(text, target):
    value, unit, year = target
    found = _targets(text)
    assert any(v == pytest.approx(value) and u == unit and y == year for v, u, y in found), found


@pytest.mark.parametrize(
    "text",
    [
        # 1 act numbers with a marker, a shape, or nothing counted after them
        "Permit #51 lets the mill draw river water until 2030.",
        "Order No. 4471 was issued in 2024.",
        "Directive 12 of the code applies from 2027.",
        # 3 a third party that "sees" a rise, a trade body that "predicts" a figure
        "Traders see gas prices rising 20% by 2027.",
        "An industry group predicts 12 GW of heat pumps by 2030.",
        # 3 a share or odds given as a chance
        "Forecasters give a 70% chance of a wet winter in 2026.",
        # 7 a vision reported in the past, or one "of" a count
        "The firm's vision to open 1 million charge points was first reported in 2019.",
        "She had a vision of 500 clinics in 2012.",
        # 8 a lettered annex with a spaced dash after its head word
        "Annex C - 4 lists the sites for 2031.",
        # 9 a tally in a chamber
        "The measure carried 31-12 in the assembly before the 2029 review.",
    ],
)
def test_names_odds_and_reported_visions_are_not_targets(text):
    assert _targets(text) == []
