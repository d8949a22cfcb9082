"""The measured thing written right after a figure, before a goal word or a deadline.

"a goal of 35% renewable electricity by 2030", "the 25% clean heat target by 2028" and
"12 GW offshore wind by 2032" name what they measure after the figure; the words before it
("how close is the region to its goal of", "the island is unlikely to reach the") name no
metric. Each case stands beside an ordinary aim whose metric must stay as it was: a change
verb's object, a reduction noun's object, a subject before "will reach", a share's base.

Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[Target]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [r for r in extraction.records if isinstance(r, Target) and r.value]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # the measured thing after the figure, then a deadline
        (
            "With five years left, how close is Harbourton to its goal of 35% renewable "
            "electricity by 2030?",
            "renewable electricity",
        ),
        # ... then a goal word
        (
            "On present trends the island is unlikely to reach the 25% clean heat target by "
            "2028, but 2031 may be realistic.",
            "clean heat",
        ),
        ("The province plans to install 12 GW offshore wind by 2032.", "offshore wind"),
    ],
)
def test_the_thing_named_after_the_figure_is_the_metric(text: str, metric: str) -> None:
    found = _targets(text)
    assert found
    assert found[0].metric == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # kept: a subject before "will reach", nothing measured after the figure
        (
            "Renewable electricity in Harbourton will reach 40% by 2030.",
            "Renewable electricity in Harbourton",
        ),
        # kept: a change verb's object
        (
            "The county will cut greenhouse gas emissions by 45% by 2035.",
            "greenhouse gas emissions",
        ),
        # kept: a reduction noun's object, not "reduction"
        (
            "The plan commits to a 55% reduction in transport emissions by 2030.",
            "transport emissions",
        ),
        # kept: a comparative after the figure is no measured thing
        ("Buses must be 30% more efficient by 2030.", "Buses"),
        # kept: "of" after the figure, the share's base
        (
            "Heat pumps will account for 20% of home heating by 2030.",
            "Heat pumps as a share of home heating by 2030",
        ),
    ],
)
def test_ordinary_aims_keep_their_metric(text: str, metric: str) -> None:
    found = _targets(text)
    assert found
    assert found[0].metric == metric
