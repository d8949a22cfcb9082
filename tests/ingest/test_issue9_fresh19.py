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


# a list of conditions after "include:", one item holding a page reference; the
# sentencizer cut after "pg." and left "7 for more information)." as a clause of its own
CONDITIONS = (
    "Further conditions for a grant, should your pump project be accepted, include:  \n\n"
    "If the customer does not own the site, a letter of   \n"
    "consent from the owner must be supplied.   \n"
    "The customer must sign a host agreement with a 5-year term. The agreement requires: "
    "o The pumps stay in good order for at least 5 years. o The pumps be enrolled in an "
    "approved off-peak tariff for the 5-year term (see {ref} for more information).   \n"
    "You must sign your offer within 15 days of receipt.   \n"
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
        ("It will help develop an offer specific to fleets in the 2024 Transit 2.0 Filing.", []),
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
    "# Valley Goals  \n\n"
    "– The valley’s portion is $30\\%$ of the goal (tied to meter count) – 12,000 heat pumps "
    "by 2026 o As of Mar 2024, there are 38,000 heat pumps in the valley $30\\%$ of goal)  \n"
)


def test_a_status_count_on_a_run_together_slide_line_is_not_an_aim():
    found = _targets(SLIDE)
    assert (12000.0, "", 2026) in found
    assert all(value != 38000.0 for value, _, _ in found)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lobby2030 group asks for 50% renewables by 2035.", [(50.0, "%", 2035)]),
        ("The grid will be 100% zero-emission by 2040.", [(100.0, "%", 2040)]),
    ],
)
def test_years_not_glued_to_by_read_as_before(text, expected):
    assert _targets(text) == expected
