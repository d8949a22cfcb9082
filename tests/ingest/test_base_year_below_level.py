"""A year after "below/above ... emissions/level in" is a base only when the clause has a later one.

"Cut 45% below the level of arrears in 2012 by 2033" compares with 2012 and is due in 2033.
With no later year anywhere in the clause the same words name the due year: "28% below
business-as-usual emissions in 2035" is due in 2035 and states no base (a projected amount,
not a past year). "Under" never opens a base ("under the sector plan for emissions in 2035").

The texts are our own, written in the register of national pledges and statutes.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="en", date=None)
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year, r.base_year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The republic pledges to lower its national emissions by 28% below "
            "business-as-usual emissions in 2035.",
            {(28, "%", 2035, None)},
        ),
        (
            "The state will cut 31% of its carbon emissions below the BAU emissions in 2035.",
            {(31, "%", 2035, None)},
        ),
        (
            "The government undertakes to reduce 17% of its emissions below the baseline "
            "emissions in 2035.",
            {(17, "%", 2035, None)},
        ),
        (
            "Price growth will be held below the target level of 3 percent in 2027.",
            {(3, "%", 2027, None)},
        ),
        (
            "Emissions will be reduced by 35% under the sector plan for emissions in 2035.",
            {(35, "%", 2035, None)},
        ),
        (
            "Output will fall 12% below projected emissions in 2035.",
            {(12, "%", 2035, None)},
        ),
    ],
)
def test_a_lone_year_after_below_is_the_due_year(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordinary: a base level year followed by the due year
        (
            "The minister shall reach 45% below the level of arrears in 2012 by 2033.",
            {(45, "%", 2033, 2012)},
        ),
        (
            "Emissions are to be 33% below the levels recorded in 2008 by 2036.",
            {(33, "%", 2036, 2008)},
        ),
        (
            "By 2036, the deficit shall stand 20% below the level of arrears in 2011.",
            {(20, "%", 2036, 2011)},
        ),
        # ordinary: a base written with "levels" after its year
        ("Emissions will be 33% below 2008 levels by 2036.", {(33, "%", 2036, 2008)}),
    ],
)
def test_a_base_level_year_before_the_due_year_stays_a_base(text, expected):
    assert _targets(text) == expected
