"""Issue 9, nineteenth fresh set: the classes its first contact showed, in texts of our own.

The set was US state and utility documents converted from PDF or web pages to Markdown by a
layout model: slide bullets left inside a line as a lone "o", page references written
"pg.", version numbers in programme names. Each case is written in a register of its own (a
water utility, a transit agency, a county, a port) and says what must come out of it; the
tables beside them hold ordinary sentences whose aims the same cues must leave alone.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str, date: str | None = None) -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.md", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    )


# ------------------------------------------------------------- page references "pg."


# terms a household keeps to, under a lead-in that binds them, one item ending on a page
# reference inside brackets; the sentencizer cut after "pg." and left the page number to open
# a clause of its own, which the binding lead-in made an aim
CONDITIONS = (
    "Once a boiler swap is approved, the household shall keep to the terms below:  \n\n"
    "The household signs a service contract that runs three years, and under it: o the new "
    "boiler is serviced every 12 months; o the home stays on a night-rate tariff while the "
    "contract runs (see {ref} for the tariff terms).   \n"
    "Offers not returned inside 20 days lapse.   \n"
)


@pytest.mark.parametrize("ref", ["pg. 7", "pgs. 7-8", "Pg. 7", "page 7", "p. 7"])
def test_a_page_reference_in_a_list_of_conditions_is_not_a_figure(ref):
    assert _targets(CONDITIONS.format(ref=ref)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Details are on pg. 9. The utility will add 300 smart meters by 2026.",
            [(300.0, "", 2026)],
        ),
        ("The port will cut diesel use by 30% by 2030 (see page 12).", [(30.0, "%", 2030)]),
    ],
)
def test_aims_beside_a_page_reference_stay(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------------- version numbers in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a utility's filing named by a version, after a year
        ("School bus tariffs are set out in the 2025 Depot 2.0 Filing.", []),
        # a county's plan with a version in its name, beside its own aim
        (
            "The county adopted its Climate Plan 2.0 in 2022 and will cut emissions by 40% "
            "by 2030.",
            [(40.0, "%", 2030)],
        ),
        # a strategy named by an industrial era, beside a share to reach
        (
            "The Industry 4.0 strategy aims for 25% of plants to use digital twins by 2030.",
            [(25.0, "%", 2030)],
        ),
        ("Transit Vision 3.0 (adopted 2021) sets no new figures.", []),
    ],
)
def test_a_version_number_in_a_name_is_not_a_figure(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wind capacity will reach 2.0 GW by 2030.", [(2000000.0, "kW", 2030)]),
        ("Deploy 1.0 million heat pumps by 2030.", [(1000000.0, "", 2030)]),
        ("The port will cut peak demand by 2.0% by 2028.", [(2.0, "%", 2028)]),
        ("The ratio of chargers to cars will fall to 1.0 by 2030.", [(1.0, "", 2030)]),
    ],
)
def test_whole_figures_written_with_a_point_zero_stay(text, expected):
    assert _targets(text) == expected


# ------------------------------------------- "there are N" with a figure of several digits


# A status line reporting progress towards a goal: "there are N" is a fact cue however many
# digits the count has (it was read only for one-digit counts), so the word "goal" after it
# does not make the count an aim.
@pytest.mark.parametrize(
    "text",
    [
        "There are 38,000 heat pumps in the valley (30% of goal).",
        "There are 1,250 electric taxis on the island today, half of the goal.",
        "There are 42 charging hubs in the county, which counts towards the goal.",
    ],
)
def test_a_count_after_there_are_is_a_fact_beside_a_goal_word(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are 12 pilot sites today; the agency will open 40 more by 2027.",
            [(40.0, "", 2027)],
        ),
        ("The goal is 5,000 heat pumps in the valley by 2028.", [(5000.0, "", 2028)]),
        ("There will be 2,000 electric buses on the road by 2030.", [(2000.0, "", 2030)]),
    ],
)
def test_aims_beside_a_status_count_stay(text, expected):
    assert _targets(text) == expected


# the same on a slide line whose bullets were run together by the converter: the aim before
# the status item stays, the status count goes
SLIDE = (
    "## Harbour District Aims  \n\n"
    "– Our share is $18\\%$ of the goal – 4,500 rooftop solar systems by 2027 o At the end of "
    "June 2025, there are 21,400 rooftop systems in the district, or 18% toward the goal  \n"
)


def test_a_status_count_on_a_run_together_slide_line_is_not_an_aim():
    found = _targets(SLIDE)
    assert (4500.0, "", 2027) in found
    assert all(value != 21400.0 for value, _, _ in found)


# ---------------------------------------------- a "by" run into the words around it


# A line whose spaces the converter lost: "by" glued to the word before and the year after
# ("zero-emissionby2040") is still the deadline of the figure before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aims are that 70% of power be renewable by 2030 and that the grid be 100% "
            "zero-emissionby2040.",
            [(70.0, "%", 2030), (100.0, "%", 2040)],
        ),
        ("The ferry fleet must be 60% electricby2032.", [(60.0, "%", 2032)]),
    ],
)
def test_a_by_run_into_a_year_is_a_deadline(text, expected):
    assert _targets(text) == expected


# A word that only ends in "by" and a name with a year in it are no deadline: the glued form
# counts only on a word in lower case and where the clause ends.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the Westby2030 programme, bus trips will rise 25% from 2019 levels.",
            [],
        ),
        (
            "The council will cut landfill waste 20%; the hobby2030 leaflet explains how.",
            [(20.0, "%", None)],
        ),
        ("The council will cut landfill waste 20%, as set out in Whitby2030.", [(20.0, "%", None)]),
        ("The grid will be 100% zero-emission by 2040.", [(100.0, "%", 2040)]),
        ("All new buses must be 100% zero-emissionby2031; trams follow.", [(100.0, "%", 2031)]),
    ],
)
def test_a_year_in_a_name_or_a_word_ending_in_by_is_no_deadline(text, expected):
    assert _targets(text) == expected


# Text that runs on after the glued year is still a deadline when a function word follows it;
# after an article the glued word is a name, whatever follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port will be 90% shore-poweredby2033 and 50% hydrogen-fuelled by 2040.",
            [(50.0, "%", 2040), (90.0, "%", 2033)],
        ),
        (
            "The district heat network must be 75% low-carbonby2036 while tariffs stay capped.",
            [(75.0, "%", 2036)],
        ),
        ("Street lighting must be 100% solar-litby2029 across every ward.", [(100.0, "%", 2029)]),
        # neighbours: a name after an article stays out, spaced "by" reads as before
        (
            "The council will cut depot waste 35%, as the nearby2030 and partners plan says.",
            [(35.0, "%", None)],
        ),
        (
            "The district heat network must be 75% low-carbon by 2036 while tariffs stay capped.",
            [(75.0, "%", 2036)],
        ),
    ],
)
def test_a_glued_by_year_followed_by_a_function_word_is_a_deadline(text, expected):
    assert _targets(text) == expected


# ------------------------------------------- units written in Title Case after "N.0"


# Headings and slide titles capitalise every word, units too: a unit or a scale word after a
# whole number written "N.0" makes it a figure, not a version in a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Build 4.0 Megawatts of Battery Storage by 2029.", [(4000.0, "kW", 2029)]),
        ("Cut Landfill Waste 3.0 Tonnes per Household by 2031.", [(3.0, "t", 2031)]),
        ("Lower Water Use 2.0 Percent by 2028", [(2.0, "%", 2028)]),
        # a scale word, read so before as well
        ("Plant 1.0 Million Street Trees by 2035.", [(1000000.0, "", 2035)]),
        # neighbour: a version in a name stays out
        ("The Mobility 2.0 Strategy sets 40% electric buses by 2030.", [(40.0, "%", 2030)]),
    ],
)
def test_a_title_case_unit_after_a_point_zero_is_a_figure(text, expected):
    assert _targets(text) == expected


# ------------------------------------------- "there are N" with a plan in its clause


# "There are N ... planned / required / needed" counts a plan, not what exists.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 75 rapid chargers planned along the coast road by 2029.", [(75.0, "", 2029)]),
        ("There are 1,200 heat pumps required in council homes by 2030.", [(1200.0, "", 2030)]),
        ("There are 8 depots needed across the region by 2030.", [(8.0, "", 2030)]),
        # neighbours: a count of what exists stays a fact, a plan in another clause too
        ("There are 640 bike-share docks in the old town, a third of the goal.", []),
        (
            "There are 14 depots today, and 6 more are planned by 2030.",
            [(6.0, "", 2030)],
        ),
    ],
)
def test_a_planned_count_after_there_are_is_an_aim(text, expected):
    assert _targets(text) == expected


# The plan word counts only in the clause of "there are N": a conjunction starts a second
# clause, whose own count may be planned while the first stays a count of what exists.
@pytest.mark.parametrize(
    ("text", "existing"),
    [
        ("There are 22 cycle hubs open now and 9 more are planned by 2031.", 22.0),
        (
            "There are 3,400 smart meters fitted in the borough and another 5,000 expected by 2029.",
            3400.0,
        ),
        ("There are 60 hybrid ferries in service but 25 more are scheduled by 2028.", 60.0),
        ("Today there are 310 solar roofs on schools, while 450 more are required by 2032.", 310.0),
        ("There are 18 wind turbines offshore plus 40 needed by 2035.", 18.0),
        # the second clause opened by a subject or by a number in words
        ("There are 26 tram stops in use and the city has planned 14 more by 2030.", 26.0),
        ("There are 52 bike lockers at stations and we expect 30 more by 2029.", 52.0),
        ("There are 70 recycling points today and thirty more are planned for 2031.", 70.0),
    ],
)
def test_a_plan_after_a_conjunction_does_not_make_the_first_count_an_aim(text, existing):
    assert existing not in [value for value, _unit, _year in _targets(text)]


# neighbours: a plan word in the clause of the count itself still makes it an aim
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 48 school streets planned and funded by 2030.", [(48.0, "", 2030)]),
        ("There are 2,500 street trees to be planted in the parks by 2027.", [(2500.0, "", 2027)]),
    ],
)
def test_a_plan_word_in_the_count_clause_still_reads_as_an_aim(text, expected):
    assert _targets(text) == expected


# An "and" inside the noun phrase of the count ("bus and tram depots") joins two nouns, not
# two clauses: the plan word after it still plans the count. The "and" that opens a second
# count beside it still stops the look-ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 36 bus and tram depots planned for 2029.", [(36.0, "", 2029)]),
        ("There are 15 heat and power plants scheduled by 2031.", [(15.0, "", 2031)]),
        # neighbour: the "and" opens a second count, so the 36 stays a count of what exists
        ("There are 36 bus depots open today and 12 more planned for 2029.", []),
    ],
)
def test_an_and_inside_the_counted_noun_does_not_end_the_plan_clause(text, expected):
    assert _targets(text) == expected
