"""A ceiling on a change set by a rule, or a change in either direction that triggers
one, is a parameter, not an aim (issue 9), in our own words.

"The credit shall lower a supplier's average emissions by a maximum of 4 %" caps what a
mechanism may do; it is no target. An aim to cut "by at least 4 %", or to a level, is.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _values(text: str) -> set[float]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2022-03-01", language="en"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {r.value for r in records if isinstance(r, Target) and r.value is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The credit shall lower a supplier's average emissions by a maximum of 4 %.", set()),
        ("The bonus may reduce the measured consumption of a plant by at most 2,5 %.", set()),
        (
            "Where the measured values of the reference plants increase or decrease by more "
            "than 6 kWh/t, the agency shall apply a correction to the baseline.",
            set(),
        ),
        (
            "The correction factor may raise the reported output of a site by a maximum of 3 %.",
            set(),
        ),
        # a quantity that may grow or fall by at most so much by a date: a ceiling aim
        ("Total energy use shall grow by at most 1.2 % per year until 2030.", {1.2}),
        ("Irrigation water use must increase by a maximum of 4 % by 2035.", {4.0}),
        ("Suppliers shall cut their average emissions by at least 4 % by 2030.", {4.0}),
        ("The city aims to cut its emissions by 40 % by 2030.", {40.0}),
        # a mechanism word elsewhere in the sentence is not the subject of the change
        (
            "Heat demand, the largest factor in the region's emissions, shall increase by at most "
            "1.5 % per year until 2035.",
            {1.5},
        ),
        (
            "Under the support mechanism, total water use shall increase by at most 3 % by 2032.",
            {3.0},
        ),
        # a payment that lowers a household's bill caps what the scheme does
        ("The rebate shall lower a tenant's heating bill by a maximum of 15 %.", set()),
    ],
    ids=[
        "by a maximum of",
        "by at most",
        "either direction",
        "a factor's cap",
        "growth capped per year",
        "increase capped by a date",
        "by at least",
        "an ordinary aim",
        "a factor named in an aside",
        "a mechanism named in a lead phrase",
        "a rebate's cap",
    ],
)
def test_a_cap_on_a_change_is_not_a_target(text: str, expected: set) -> None:
    assert _values(text) == expected
