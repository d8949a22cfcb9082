"""Issue 9, fifth fresh set: the classes its first contact showed, in texts of our own.

Each case is written in the register of the documents that showed the class (a state
bill printed as plain text, a research group's country profile, an energy newsletter
pulled from a PDF) and says what must come out of it.
"""

from __future__ import annotations

import pytest

from ingest.deadlines import find_deadlines
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")
EN = load_grammar("en")


def _targets(text: str, date: str | None = "2023-03-01") -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.value_high, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    )


# ---------------------------------------------------------------- statute furniture


@pytest.mark.parametrize(
    "text",
    [
        # a section sign opening a section of a bill, before a deadline in the text
        "§ 3. The department shall publish the fleet plan by 2027.",
        "  § 14. This act shall take effect on the first of April 2026.",
        # a subdivision of a section named in an amending clause
        "Subdivision 9 of section 4 of the energy law is amended to add goals for 2035.",
        # the running header of a bill's second page: chamber, number, print, page
        "A. 5512--B 2\n the commissioner shall report on the charging network by 2029.",
        "S. 7781 4\n the authority shall adopt the storage rule by 2028.",
        # the print number of an amended bill standing alone
        "  7781--C\n  2025-2026 Regular Sessions\n The state shall act by 2030.",
    ],
)
def test_bill_furniture_is_never_a_target(text):
    assert _targets(text) == []


# ---------------------------------------------------------------- spans of years


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The plan would add 40GW of wind over 2024-50.", 2050),
        ("It pledges emissions of 300-500 Mt over the 2026-35 period.", 2035),
        ("Storage grows during 2025-40 under the plan.", 2040),
    ],
)
def test_a_span_with_a_two_digit_end_dates_by_its_last_year(text, year):
    assert [d.year for d in find_deadlines(text, EN)] == [year]


def test_a_fiscal_year_is_not_a_span():
    # "2023-24" is one fiscal year: no span deadline, and the year it opens stays a point
    assert [d.year for d in find_deadlines("Output rose in 2023-24.", EN)] == [2023]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the draft plan the country seeks to add 40GW of wind over 2024-50.",
            [(40e6, None, "kW", 2050)],
        ),
        (
            "The pledge targets an emission level of 300-500 Mt CO2e over the 2026-35 period.",
            [(300e6, 500e6, "t", 2035)],
        ),
    ],
)
def test_an_aim_over_a_span_takes_the_spans_last_year(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- starting levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The province will raise the wind share of its power to 45% by 2030 from 15% "
            "at present.",
            [(45.0, None, "%", 2030)],
        ),
        (
            "The island aims to lift its solar share to 25% by 2035 from just 4% today.",
            [(25.0, None, "%", 2035)],
        ),
        # a "from" figure with no word of the present after it is not a starting level
        ("Heat pumps will supply 30% of heat by 2030 from 2 sources.", [(30.0, None, "%", 2030)]),
    ],
)
def test_todays_level_named_after_an_aim_is_not_a_second_aim(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- a lead deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list led by its year, one item with its own later deadline
        (
            "The plan sets goals for the year 2030 of cutting emissions by 45% from 1990 "
            "levels, reducing car travel by 10% by 2045, producing 80% of power from wind "
            "and sun, and improving efficiency by 30%.",
            [
                (10.0, None, "%", 2045),
                (30.0, None, "%", 2030),
                (45.0, None, "%", 2030),
                (80.0, None, "%", 2030),
            ],
        ),
        # without a lead year the earlier deadline still dates what follows it
        (
            "Coal falls by 30% by 2030, and gas by 20%.",
            [(20.0, None, "%", 2030), (30.0, None, "%", 2030)],
        ),
        # each figure with its own deadline keeps it
        (
            "For the year 2030 the state sets a 40% share by 2030 and a 70% share by 2040.",
            [(40.0, None, "%", 2030), (70.0, None, "%", 2040)],
        ),
    ],
)
def test_a_list_led_by_its_year_keeps_that_year_after_an_items_own_deadline(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- note markers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # footnotes at the foot of a converted page, run into the clause: 41, 42, 43
        (
            "The region will fund coastal defences by 2028 41 Set out in the national "
            "adaptation plan 42 Ministry of Water, flood maps 43 See the annex.",
            [],
        ),
        # two bare numbers in a row are not a run of notes: both stay
        (
            "The city will open 4 depots and 5 bus lines by 2027.",
            [(4.0, None, "", 2027), (5.0, None, "", 2027)],
        ),
        # consecutive figures with a unit are aims, not notes
        (
            "The plan adds 1 GW by 2026, 2 GW by 2027 and 3 GW by 2028.",
            [(1e6, None, "kW", 2026), (2e6, None, "kW", 2027), (3e6, None, "kW", 2028)],
        ),
    ],
)
def test_a_run_of_note_numbers_is_never_a_target(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- equivalences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another figure comes to is an equivalence, not a second aim
        (
            "Use would stay above the cap in 2030. This corresponds to a reduction of 4.2% "
            "against the projections.",
            [],
        ),
        (
            "The pledge sets a level of 200-300 Mt by 2030. This equates to a range of 10-40% "
            "above 2000 levels.",
            [(200e6, 300e6, "t", 2030)],
        ),
        (
            "Emissions will fall to 310 Mt by 2030, corresponding to a cut of 45%.",
            [(310e6, None, "t", 2030)],
        ),
        # a figure the aim itself states is kept
        ("Emissions will fall by 45% by 2030.", [(45.0, None, "%", 2030)]),
    ],
)
def test_what_a_figure_corresponds_to_is_not_a_second_aim(text, expected):
    assert _targets(text) == expected
