"""The focus check reads an asked attribute from the verb a clause states it with: a levy
"priced at" a sum states its price, a stall "fined" a sum states its fine, "fining of up to"
a sum too (issue 10). Answer choice does not: it weighs the asked noun only, as before the
verbs were read."""

from __future__ import annotations

import pytest

from kb.answer_choice import quote_first
from kb.hits import Hit
from kb.refusal import focus_reason
from kb.refusal_focus import names_attributes, stated_by_verb
from kb.understand import understand


def _hit(text: str, relevance: float = 0.9, key: str = "") -> Hit:
    return Hit(
        key=key or text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=relevance,
        context=text,
        start=0,
        end=len(text),
    )


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "What price per barrel did the territory's fuel charge open at?",
            "At its launch the territory's fuel charge was priced at $7 per barrel.",
        ),
        (
            "What fine can a stall face for selling polystyrene trays?",
            "A stall selling polystyrene trays can be fined $90 for every week it goes on.",
        ),
        (
            "What toll do lorries pay on the coastal viaduct?",
            "Lorries are tolled $11 on the coastal viaduct.",
        ),
        (  # the asked noun reaches the verb through a synonym (penalty, fine)
            "What penalty can a stall face for selling polystyrene trays?",
            "A stall selling polystyrene trays can be fined up to $90.",
        ),
        (  # -ing forms, with the sum right after them
            "What price did the territory's fuel charge open at?",
            "The territory's fuel charge opened with pricing at $7 per barrel.",
        ),
        (
            "What fine can a stall face for selling polystyrene trays?",
            "Stalls face fining of up to $90 for selling polystyrene trays.",
        ),
        (
            "What toll applies on the coastal viaduct?",
            "The coastal viaduct keeps tolling of $11 per lorry.",
        ),
        (
            "What levy do quarries pay per tonne of gravel?",
            "The county is levying 60 cents per tonne of gravel on quarries.",
        ),
    ],
)
def test_an_attribute_stated_by_its_verb_is_named(question, clause):
    assert focus_reason(understand(question), [_hit(clause)]) == ""


def test_a_form_of_the_synonym_group_still_counts():
    q = understand("What tax applies to a litre of lamp paraffin?")
    assert focus_reason(q, [_hit("Lamp paraffin is taxed at 7 cents a litre from June.")]) == ""


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "What price per barrel did the territory's fuel charge open at?",
            "The territory's fuel charge opened in 2014 and covers diesel sold to farms.",
        ),
        (
            "What fine can a stall face for selling polystyrene trays?",
            "Stalls must stop selling polystyrene trays within nine months.",
        ),
        (  # a verb of another attribute names none of this one
            "What fine can a stall face for selling polystyrene trays?",
            "Polystyrene trays sold by a stall are priced at 4 cents each.",
        ),
        (  # a phrasal verb that states no price
            "What price per barrel applies to the fuel charge?",
            "Young families were priced out of the harbour district in 2017.",
        ),
    ],
)
def test_a_clause_without_the_attribute_still_fails(question, clause):
    assert focus_reason(understand(question), [_hit(clause)])


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (  # an -ing form naming the scheme, with no sum after it, states no price or toll
            "What price per tonne does Valdoria put on coal smoke?",
            "Valdoria's carbon pricing scheme brought in $6 billion during 2021.",
        ),
        (
            "What toll do vans pay on the harbour tunnel?",
            "Tunnel tolling collected $25 million over 2022.",
        ),
        (
            "What toll do cars pay on the ring road?",
            "Congestion tolling should reach 40% of city streets by 2031.",
        ),
    ],
)
def test_an_ing_scheme_noun_states_no_attribute(question, clause):
    assert focus_reason(understand(question), [_hit(clause)])


def test_stated_by_verb_reads_an_ing_form_before_a_sum():
    assert stated_by_verb("Vans face tolling at $4 in the tunnel.") == {"toll"}
    assert stated_by_verb("Vans pay under tunnel tolling since 2019.") == set()


def test_stated_by_verb_skips_the_phrasal_verb():
    assert stated_by_verb("Renters were priced out; the pass is priced at $3.") == {"price"}
    assert stated_by_verb("Renters were priced out of the market.") == set()


def test_answer_choice_weighs_the_noun_not_the_verb():
    """Two candidates state a sum alike, one with the asked attribute's verb: answer choice
    keeps the reranker's order, as it did before the focus check read verbs."""
    q = understand("What fine can a stall face for selling polystyrene trays?")
    first = _hit("A stall selling polystyrene trays can be charged $90 a week.", 0.6, "a")
    second = _hit("A stall selling polystyrene trays can be fined $90 a week.", 0.58, "b")
    assert [h.key for h in quote_first(q, [first, second])] == ["a", "b"]
    assert not names_attributes(second, ["fine"])
    assert names_attributes(second, ["fine"], verbs=True)


def test_answer_choice_still_weighs_the_noun():
    q = understand("What fine can a stall face for selling polystyrene trays?")
    first = _hit("A stall selling polystyrene trays can be charged $90 a week.", 0.6, "a")
    second = _hit("A stall selling polystyrene trays faces a fine of $90 a week.", 0.58, "b")
    assert [h.key for h in quote_first(q, [first, second])] == ["b", "a"]


def test_no_verb_entry_repeats_a_synonym_of_its_attribute():
    """A verb form already in a synonym group of its attribute ("taxed" with tax) is read
    without an entry; listed again it is dead data whose test cannot fail."""
    from kb.refusal_focus import _attribute_verbs
    from kb.understand import expansions

    for form, noun in _attribute_verbs():
        _, others = expansions(noun)
        assert form not in {o.lower() for o in others}, form
