"""Review of the eleventh fresh set's classes: each rule narrowed where it dropped an
ordinary aim or took a report, a forecast or a keyword list for one.

Every table row pairs a text where the narrowed rule must hold with what must come out;
each group keeps an ordinary aim beside the case it guards.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str, date: str | None = "2024-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)}


# ------------------------------------------- a base year after the figure is no report year

BASE_AFTER_FIGURE = [
    # (text, the aim that must be kept); every year after the figure is a past base year
    ("By 2030, emissions shall be 55% below their level in 1990.", (55.0, "%", 2030)),
    ("By 2035, the State shall cut emissions by 60% against emissions in 2019.", (60.0, "%", 2035)),
    ("Emissions must fall to 20% below levels in 2005 by 2030.", (20.0, "%", 2030)),
    ("By 2030 we will cut emissions to 50% of the level in 2005.", (50.0, "%", 2030)),
    ("Until 2030, the fleet shall use 30% less fuel than it used in 2015.", (30.0, "%", 2030)),
    # no base word: the figure's own part of the sentence opens with its deadline
    ("By 2032, the fleet shall run on 70% clean power, a level first proposed in 2021.",
     (70.0, "%", 2032)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), BASE_AFTER_FIGURE)
def test_a_past_base_year_after_the_figure_keeps_the_aim(text, wanted):
    assert wanted in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        # the deadline stands in another part of the sentence, after a dash
        "Much work lies ahead over the next ten years - a survey puts heat pumps at 13% of"
        " homes in 2021.",
        "The fleet will change a great deal by 2035 - a count gave electric buses a 9% share"
        " in 2022.",
    ],
)
def test_a_figure_of_a_past_year_in_another_part_stays_a_report(text):
    assert not {key for key in _targets(text) if key[0] in {13.0, 9.0}}
