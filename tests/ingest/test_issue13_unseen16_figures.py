"""Figures read from unseen16's misses (issue 13): emission caps in tonnes written with the
newsroom symbols of carbon dioxide equivalent ("MtCO2eq") and with a scale word before an
upper-case MT ("640 million MTCO2e" is 640 million metric tonnes, not megatonnes), and
a hedge on the aim noun right before the figure ("the caps are likely to be ...") that
leaves the figure a target, while a hedge followed by a forecast stays a forecast.

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[tuple[float | None, float | None, str, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [
        (r.value, r.value_high, r.unit, r.year) for r in extraction.records if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the "eq" spelling of the megatonne symbol is a unit
        (
            "Norvania aims to hold its national emissions to 210-260 MtCO2eq in 2032.",
            [(210e6, 260e6, "t", 2032)],
        ),
        # new: after a scale word, MT is metric tonnes
        (
            "Emissions are to stay in a range of 120-150 million MTCO2e by 2034.",
            [(120e6, 150e6, "t", 2034)],
        ),
        (
            "Emissions are to stay below 75 million metric tonnes of carbon dioxide "
            "equivalent by 2033.",
            [(75e6, None, "t", 2033)],
        ),
        # new: a hedge on the aim noun right before the figure is a proposed target, in
        # several wordings
        (
            "Under the consultation paper the carbon caps are likely to be in the range of "
            "90-110 million MTCO2e by 2036.",
            [(90e6, 110e6, "t", 2036)],
        ),
        (
            "The proposal says national goals would most likely be 85 Mt CO2e by 2036.",
            [(85e6, None, "t", 2036)],
        ),
        # new: the hedge governs every figure of its complement (a second range end, a
        # second range after "and in a range of")
        (
            "Under the consultation paper the carbon caps are likely to be in the range of 90 "
            "million tonnes of CO2e to 110 million tonnes in 2031, and in a range of 80-95 "
            "million tonnes by 2036.",
            [(90e6, None, "t", 2031), (110e6, None, "t", 2031), (80e6, 95e6, "t", 2036)],
        ),
        # the hedge's complement may hold an article, a change noun and its base
        # ("a reduction of", "below 2010 levels by 2030 and")
        (
            "Ministers said the next goal would likely be a reduction of 38% by 2036.",
            [(38.0, None, "%", 2036)],
        ),
        (
            "The caps will likely be 35% under 2010 levels by 2031 and 55% under 2010 "
            "levels by 2036.",
            [(35.0, None, "%", 2031), (55.0, None, "%", 2036)],
        ),
        (
            "The goals are likely to be 35% below 2010 levels by 2031 or 52% by 2036.",
            [(35.0, None, "%", 2031), (52.0, None, "%", 2036)],
        ),
        # kept: a hedge on the quantity is a forecast, no target, however many figures
        ("Emissions will likely be 150 Mt CO2e by 2034.", []),
        ("Emissions will likely be a cut of 38% below 2010 levels by 2036.", []),
        (
            "Emissions will very likely sit within a range of 150 Mt CO2e to 170 Mt in 2034, and "
            "140-160 Mt by 2038.",
            [],
        ),
        # kept: a hedge on the aim noun followed by a forecast of its own
        (
            "Observers think the goals will likely be missed, as emissions climb to 175 Mt "
            "CO2e by 2036.",
            [],
        ),
        (
            "Observers think the caps will likely be kept, with emissions easing to 175 Mt "
            "CO2e by 2036.",
            [],
        ),
        # kept: a bare megatonne symbol and a spelled-out megatonne stay megatonnes
        (
            "Norvania aims to hold its national emissions to 260 Mt CO2e in 2032.",
            [(260e6, None, "t", 2032)],
        ),
        (
            "The cabinet set a cap of 90 megatons of carbon dioxide equivalent by 2031.",
            [(90e6, None, "t", 2031)],
        ),
    ],
)
def test_emission_caps_in_tonnes(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected


def _metrics(text: str) -> list[str]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [r.metric for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a change verb whose size follows "of" names its object before it
        (
            "The council affirmed it will start at once to decrease emission of 17 "
            "percent against the reference path in 2029.",
            ["emission"],
        ),
        # kept: "by" after the object, and "of" inside the object before "to"
        (
            "The council will decrease emissions by 23 percent against the reference path in 2029.",
            ["emissions"],
        ),
        (
            "The plan will increase the share of wind power to 30% by 2028.",
            ["share of wind power"],
        ),
    ],
)
def test_change_verb_with_its_size_after_of(text: str, expected: list[str]) -> None:
    assert _metrics(text) == expected


def _concept(metric: str, clause: str) -> str:
    record = Target(
        metric, 120e6, "t", "120 Mt", "=", None, 2031, None, "by 2031", "", "d", "c", clause,
        0, len(clause),
    )  # fmt: skip
    return metric_key(record, jurisdiction="VD").concept


@pytest.mark.parametrize(
    ("metric", "clause", "concept"),
    [
        # new: the singular names the amount emitted before a level, an aim noun or a figure
        (
            "its yearly emission target",
            "The board set its yearly emission target of 95 Mt by 2031.",
            "greenhouse gas emissions",
        ),
        (
            "emission levels",
            "Valdoria will cut emission levels by 20% by 2031.",
            "greenhouse gas emissions",
        ),
        # kept: the plural as before, and the singular in other things' names
        ("emissions", "Emissions will fall to 120 Mt by 2031.", "greenhouse gas emissions"),
        ("vehicle emission standards", "Vehicle emission standards tighten by 2031.", ""),
        ("emission factor", "The grid emission factor falls to 0.4 by 2031.", ""),
        # kept: the singular after a pollutant's name or per head is no greenhouse amount
        ("SO2 emission levels", "SO2 emission levels will fall by 40% by 2031.", ""),
        (
            "air pollutant emission levels",
            "Air pollutant emission levels drop by a third by 2031.",
            "",
        ),
        ("per capita emission levels", "Per capita emission levels fall by 2031.", ""),
        ("annual emission allowance", "The annual emission allowance ends in 2031.", ""),
        # and before an aim noun after "annual", as before
        (
            "annual emission target",
            "The yearly plan fixes its annual emission target at 88 Mt for 2031.",
            "greenhouse gas emissions",
        ),
    ],
)
def test_singular_emission_as_the_amount_emitted(metric: str, clause: str, concept: str) -> None:
    assert _concept(metric, clause) == concept
