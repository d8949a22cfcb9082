"""The measured thing written right after a figure, before a goal word or a deadline.

"its goal of 35% renewable electricity by 2030" and "hit the 30% rooftop solar goal" name
what they measure after the figure, while the words before it end in a frame that names
none ("... its target of", "... reach the"). The rule reads the words after the figure only
then, and never when they are a unit or gas, a qualifier of the target, an adverb or an
"as" phrase: each such shape is guarded by an ordinary aim whose metric must stay as the
words before the figure give it.

Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
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
        # a goal word with "of" before the figure, a deadline after the measured thing
        (
            "Campaigners ask whether Westmoor can still meet its target of 60% electric "
            "buses by 2031.",
            "electric buses",
        ),
        # "hit the" before the figure, a goal word after the measured thing
        (
            "Few analysts expect the canton to hit the 30% rooftop solar goal in time.",
            "rooftop solar",
        ),
        (
            "Doubts remain over whether the valley will attain its objective of 15% organic "
            "farmland by 2027.",
            "organic farmland",
        ),
        # a noun ending in "-ly" after a double "p" is no adverb
        (
            "Critics doubt the island will meet its target of 40% clean power supply by 2030.",
            "clean power supply",
        ),
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
            "Renewable electricity in Westmoor will reach 40% by 2030.",
            "Renewable electricity in Westmoor",
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


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a unit or gas after the quantity
        ("The sector will cut emissions by 30 Mt CO2e by 2030.", "emissions"),
        ("The city will reduce emissions by 2 million tonnes CO2 by 2030.", "emissions"),
        # an adverb, by its ending or as a known word
        ("Global emissions must fall 45% globally by 2030.", "Global emissions"),
        ("Energy intensity will drop 13.5% nationally by 2025.", "Energy intensity"),
        ("Emissions will fall 40% domestically by 2030.", "Emissions"),
        ("The state will reduce emissions by 30% unconditionally by 2030.", "emissions"),
        ("Solar capacity will reach 100 GW cumulatively by 2030.", "Solar capacity"),
        ("The EU will cut emissions by 55% net by 2030.", "emissions"),
        ("Emissions will fall 40% gross by 2030.", "Emissions"),
        # an "as" phrase
        ("Renewable electricity will reach 40% as planned by 2030.", "Renewable electricity"),
        ("Emissions will fall 40% as agreed by 2030.", "Emissions"),
        # a subject with a verb before the figure: no frame, the words after are not read
        ("Power generation will reach 40% renewable by 2030.", "Power generation"),
    ],
)
def test_units_adverbs_and_as_phrases_after_the_figure_keep_the_metric(
    text: str, metric: str
) -> None:
    found = _targets(text)
    assert found
    assert found[0].metric == metric


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Member states must meet the 32% binding target for renewables.", "binding"),
        ("The plan sets a 40% interim target for emissions.", "interim"),
        ("The 55% headline target covers all sectors.", "headline"),
        # after a frame ("reach its", "meet the"): the qualifier is no measured thing either
        ("The state must reach its 40% national target by 2030.", "national"),
        ("Officials hope to meet the 30% new target by 2030.", "new"),
        ("The agency expects to achieve the 80% ultimate goal by 2050.", "ultimate"),
    ],
)
def test_a_qualifier_of_the_target_is_never_the_whole_metric(text: str, qualifier: str) -> None:
    found = _targets(text)
    assert found
    assert found[0].metric != qualifier


def test_the_rule_is_data_of_the_english_grammar_only() -> None:
    english = load_grammar("en")
    assert english.measured_after is not None
    assert english.measured_after_frame is not None
    assert english.measured_after_not is not None
    assert load_grammar("zh").measured_after is None
