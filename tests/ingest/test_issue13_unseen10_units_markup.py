"""Peak-watt units and Kramdown attribute lists (issue 13, read from unseen10's errors).

Table-driven, in our own words. Each new reading sits beside the ordinary case it must
leave alone.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.markup import markdown_view
from ingest.quantities import find_quantities


@pytest.fixture(scope="module")
def en():
    return load_grammar("en")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # peak watts: the same quantity whether abbreviated or spelled out
        ("install at least 3 GWp of solar panels by 2031", 3_000_000.0, "kW"),
        ("install at least 3 gigawatt-peak of solar panels by 2031", 3_000_000.0, "kW"),
        ("a rooftop array of 450 kWp", 450.0, "kW"),
        ("some 120 MWp on reservoirs by 2027", 120_000.0, "kW"),
        # ordinary power units are unchanged
        ("install at least 3 GW of wind by 2031", 3_000_000.0, "kW"),
        ("120 MW of storage by 2027", 120_000.0, "kW"),
        # "GWP" in capitals is a global warming potential: the number stays bare
        ("gases of 150 GWP or more are banned", 150.0, ""),
        ("a GWP of 750 or less", 750.0, ""),
    ],
)
def test_peak_watts_are_power(en, text, value, unit):
    quantities = find_quantities(text, en)
    assert [(q.value, q.unit) for q in quantities] == [(value, unit)]


@pytest.mark.parametrize(
    ("source", "seen"),
    [
        # a Kramdown attribute list after a link is styling, not words
        (
            '- Grow the [cycle network](../paths/#a){:class="external-link"} to 900km by 2031.',
            "- Grow the cycle network to 900km by 2031.",
        ),
        ("Save 12% [of power](../x){: .outbound} by 2029.", "Save 12% of power by 2029."),
        ("Cut waste by 25% by 2032.\n{: .callout}\n", "Cut waste by 25% by 2032."),
        # ordinary braces in prose stay
        ("The set {a, b} holds 2 goals for 2030.", "The set {a, b} holds 2 goals for 2030."),
        ("A map {x: 1} is kept.", "A map {x: 1} is kept."),
    ],
)
def test_attribute_lists_are_blanked(source, seen):
    view = markdown_view(source)
    assert len(view.text) == len(source)
    assert " ".join(view.text.split()) == seen
