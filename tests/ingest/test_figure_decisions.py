"""Figure decisions on policy prose written in the register of published plans (our words).

Each row is a sentence and what must come out of it: the targets (value, high end, unit,
year, base year) and, where it matters, the statistics and their role.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="en")


def _records(text: str, date: str | None = "2024-05-01"):
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date)
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(text: str, date: str | None = "2024-05-01") -> list[tuple]:
    return [
        (r.value, r.value_high, r.unit, r.year, r.base_year)
        for r in _records(text, date)
        if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cut by half is a 50% cut
        ("The utility will halve the carbon intensity of its fleet by 2032.",
         [(50.0, None, "%", 2032, None)]),
        ("The council has pledged to cut transport emissions in half by 2030.",
         [(50.0, None, "%", 2030, None)]),
        ("Member airlines intend to reduce net emissions to half of what they were in 2005 by "
         "2050.", [(50.0, None, "%", 2050, 2005)]),
        # "half of" something else is a share, not a cut
        ("Grants will reach half of the rural districts by 2027.", []),
    ],
)  # fmt: skip
def test_halving_is_a_fifty_percent_cut(text, expected):
    assert _targets(text) == expected


def test_halving_in_the_past_is_a_statistic():
    records = _records("Sulphur emissions from the power sector have halved since 2012.")
    assert [(type(r), r.value) for r in records] == [(Statistic, 50.0)]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("By 2035, net emissions shall be at least 61% below the levels that were emitted in "
         "2005.", 2005),
        ("The state goal is to reduce emissions by 2040 by 70% of the levels of statewide "
         "emissions that existed in 1990.", 1990),
        ("The province will bring its emissions down by 2030 to half of what they were in 2010.",
         2010),
    ],
)  # fmt: skip
def test_base_year_stated_as_a_past_level(text, base):
    targets = _targets(text)
    assert targets and all(t[4] == base for t in targets)
    assert all(t[3] != base for t in targets)  # the base year is never the deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each figure takes its own deadline
        ("The region will raise the renewable share of its power to 35% by 2027, rising to 50% "
         "by 2035.", [(35.0, None, "%", 2027, None), (50.0, None, "%", 2035, None)]),
        ("Non-fossil sources are to supply 20% of primary energy by 2025 and 25% by 2030.",
         [(20.0, None, "%", 2025, None), (25.0, None, "%", 2030, None)]),
        # a percentage against a 2005 base is found with its base
        ("The country commits to cut net greenhouse gas emissions by 45% below 2005 levels by "
         "2030.", [(45.0, None, "%", 2030, 2005)]),
        # ranges stay ranges, with their base year
        ("Emissions per unit of output shall fall by 60-65% from the 2005 level by 2030.",
         [(60.0, 65.0, "%", 2030, 2005)]),
        ("The assembly set a goal of cutting emissions by between 40 and 45 percent below 1990 "
         "levels by 2035.", [(40.0, 45.0, "%", 2035, 1990)]),
    ],
)  # fmt: skip
def test_held_out_text_classes(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a commissioned plant's capacity is a fact about it
        ("The 1.2 GW offshore wind farm commissioned in 2023 now supplies the northern grid.",
         "reported"),
        ("The reservoir, completed in 2021, holds 300 million cubic metres.", "reported"),
        # what a facility will be able to do is a description of it, not an aim
        ("The new plant will be able to produce 20 GWh of battery cells a year once it opens in "
         "2026.", "projection"),
        # a survey share says who thinks what
        ("Around 62% of respondents said they would back a ban on new petrol cars by 2035.",
         "scope"),
    ],
)  # fmt: skip
def test_facility_and_survey_figures_are_not_targets(text, role):
    records = _records(text)
    assert records and all(isinstance(r, Statistic) and r.role == role for r in records)


def test_commissioned_capacity_beside_a_new_aim():
    records = _records(
        "A 600 MW solar park was connected to the grid last year, and a further 2 GW will be "
        "installed by 2028."
    )
    kinds = [(type(r).__name__, r.value) for r in records]
    assert kinds == [("Statistic", 600_000.0), ("Target", 2_000_000.0)]


@pytest.mark.parametrize(
    "text",
    [
        # a number that is part of a name or code
        "Under the second programme (RAPS-2) the ministry will revise its flood maps by 2027.",
        "The priorities under ADAPT 24 will be reviewed by 2026.",
        "Most of the R-4XY indicators will be updated by 2028.",
        "Measures under strategic objective 3 will be evaluated by the end of 2026.",
        "Option 2 would have to be adopted by 2027.",
        # a footnote or page mark that PDF extraction left at the start of a line
        "14 Norway intends to spend about 20 million EUR on flood defences in 2021-2027.",
        # a section number
        "2.4.1. Monitoring until 2030",
        # a page number on its own line
        "57",
        # a count that describes a plan's contents
        "The 2030 plan has 22 chapters, one of which deals with heat.",
    ],
)
def test_furniture_and_descriptions_are_never_targets(text):
    assert _targets(text) == []


def test_a_funding_aim_stated_with_a_multiple_keeps_its_amount():
    text = "The government aims to double its climate finance to at least EUR 300 million by 2026."
    assert _targets(text) == [(300_000_000.0, None, "EUR", 2026, None)]


def test_a_count_in_prose_is_still_read():
    text = "The agency will install 40 flood gauges along the coast by 2027."
    assert _targets(text) == [(40.0, None, "", 2027, None)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Some 70% of farmers back the 2030 water goal, according to a recent national survey.",
         "reported"),
        ("According to the agency's latest estimates, the scheme would cut 3 Mt of CO2 by 2030.",
         "projection"),
        ("A university study finds that 40% of the coast could be lost by 2100.", "projection"),
    ],
)  # fmt: skip
def test_third_party_figures_are_not_targets(text, role):
    records = _records(text)
    assert records and all(isinstance(r, Statistic) and r.role == role for r in records)
