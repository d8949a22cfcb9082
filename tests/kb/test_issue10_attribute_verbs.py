"""The focus check reads an asked attribute from the verb a clause states it with: a levy
"priced at" a sum states its price, a shop "fined" a sum states its fine (issue 10)."""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import focus_reason
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(
        key=text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=0.9,
        context=text,
        start=0,
        end=len(text),
    )


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "What price per tonne did the island's levy start at?",
            "When it began, the island's levy was priced at $12 per tonne of carbon.",
        ),
        (
            "What fine can a kiosk face for handing out foam cups?",
            "A kiosk handing out foam cups can be fined $150 for each day it does so.",
        ),
        (
            "What tax applies to a litre of heating oil?",
            "Heating oil is taxed at 9 cents a litre from next spring.",
        ),
    ],
)
def test_an_attribute_stated_by_its_verb_is_named(question, clause):
    assert focus_reason(understand(question), [_hit(clause)]) == ""


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "What price per tonne did the island's levy start at?",
            "The island's levy began in 2012 and covers fuel sold to households.",
        ),
        (
            "What fine can a kiosk face for handing out foam cups?",
            "Kiosks must stop handing out foam cups within six months.",
        ),
        (
            # a verb of another attribute names none of this one
            "What fine can a kiosk face for handing out foam cups?",
            "Foam cups handed out by a kiosk are priced at 5 cents each.",
        ),
    ],
)
def test_a_clause_without_the_attribute_still_fails(question, clause):
    assert focus_reason(understand(question), [_hit(clause)])
