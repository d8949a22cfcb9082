"""Synonym groups change the reranker's word cover only where a question uses one, match
a several-word term only as a phrase, let the longest term win, stay narrow, and know the
common word forms of their terms."""

from __future__ import annotations

import pytest

from kb import rerank
from kb.lexical import query_tokens, tokenize
from kb.understand import group_hits, understand

_COVER = rerank.FEATURES.index("cover")
_COVER_CTX = rerank.FEATURES.index("cover_ctx")


def _vector(question: str, text: str, context: str = "", *, units: bool = True) -> list[float]:
    q = understand(question)
    return rerank.features(
        q,
        set(query_tokens(q, cross=False)),
        text=text,
        context=context,
        section="Supply outlook",
        title="",
        kind="sentence",
        dense=0.5,
        dense_rel=0.9,
        bm25_rel=0.5,
        dense_rank=3,
        bm25_rank=3,
        fused_rank=3,
        units=rerank.question_units(q) if units else None,
    )


def _cover(question: str, text: str) -> float:
    return _vector(question, text)[_COVER]


NO_GROUP = [
    # relative years resolve to a year that a clause can share
    ("What output is due by the end of this decade?", "Output is to reach 50 GW by 2030.", ""),
    ("What emissions cut comes by mid-century?", "Emissions fall to net zero by 2050.", ""),
    (
        "How many homes get heat pumps by 2035?",
        "Heat pumps go into new homes.",
        "By 2035 all of them.",
    ),
    (
        "Which agency audits the harbour?",
        "The harbour board audits its own books.",
        "Audits yearly.",
    ),
]


@pytest.mark.parametrize(("question", "text", "context"), NO_GROUP)
def test_a_question_without_a_group_keeps_its_plain_word_cover(question, text, context):
    assert not group_hits(question)
    new = _vector(question, text, context)
    old = _vector(question, text, context, units=False)
    assert (new[_COVER], new[_COVER_CTX]) == (old[_COVER], old[_COVER_CTX])
    assert new[_COVER] > 0


def test_a_year_a_relative_phrase_resolves_to_still_counts_beside_a_group():
    question = "How much yearly spending is foreseen by mid-century?"
    assert group_hits(question)
    on_year = _cover(question, "Annual investment of 5 billion is foreseen by 2050.")
    off_year = _cover(question, "Annual investment of 5 billion is foreseen by 2040.")
    assert on_year > off_year


# (question, clause that has a term's words apart or as noise, the same clause without them)
SCATTERED = [
    (
        "How much onshore wind capacity is planned?",
        "Offshore wind leases will use state land near the coast.",
        "Offshore wind leases will use state parcels near the coast.",
    ),
    (
        "When is the coal phase-out due?",
        "In the first phase the coal mills carried out upgrades.",
        "In the first stage the coal mills carried upgrades.",
    ),
    (
        "How much hydrogen will the valley produce?",
        "(h) the valley will produce 2 new orchards.",
        "The valley will produce new orchards.",
    ),
]


@pytest.mark.parametrize(("question", "scattered", "plain"), SCATTERED)
def test_a_term_of_several_words_counts_only_as_a_phrase(question, scattered, plain):
    assert _cover(question, scattered) == _cover(question, plain)


@pytest.mark.parametrize(
    ("question", "phrase_clause"),
    [
        ("How much onshore wind capacity is planned?", "Wind on land is planned at 9 GW."),
        ("When is the coal phase-out due?", "Coal is to be phased out by 2038."),
    ],
)
def test_the_phrase_itself_still_covers_the_group(question, phrase_clause):
    assert _cover(question, phrase_clause) >= 0.5


@pytest.mark.parametrize(
    "question",
    [
        "How much carbon capture will the region build?",
        "How much hydrogen will the valley produce?",
        "Which carbon dioxide sources are priced?",
    ],
)
def test_keyword_search_gets_no_single_letters_or_bare_numbers_from_groups(question):
    q = understand(question)
    own = len(tokenize(q.text))
    added = query_tokens(q, cross=False)[own:]
    assert not [t for t in added if len(t) == 1 or t.isdigit()], added


# (question naming a long term, question naming its synonym, clause using the synonym)
LONGEST = [
    (
        "How much did the power companies invest?",
        "How much did the utilities invest?",
        "Utilities invested 3 billion.",
    ),
    (
        "How much CO2 storage is planned?",
        "How much carbon capture and storage is planned?",
        "Carbon capture and storage of 5 Mt is planned.",
    ),
    (
        "How many passenger cars are sold?",
        "How many light-duty vehicles are sold?",
        "Light-duty vehicles are sold at 40,000 a month.",
    ),
]


@pytest.mark.parametrize(("long_term", "synonym", "clause"), LONGEST)
def test_the_longest_term_wins_between_overlapping_groups(long_term, synonym, clause):
    assert len(group_hits(long_term)) == 1
    assert _cover(long_term, clause) == _cover(synonym, clause)


# (question using a word in a sense the group does not mean, a term it must not bring in)
OTHER_SENSE = [
    ("How close is the country to its coal target?", "retire"),
    ("What is the solar goal at the decade's close?", "phase out"),
    ("How much carbon sequestration do the forests provide?", "ccs"),
    ("How much carbon storage do peat soils hold?", "carbon capture"),
    ("How much utility-scale storage is planned?", "battery storage"),
    ("Will the agency grant permits for heat pumps?", "subsidy"),
    ("Does the island plan to deploy reactors?", "roadmap"),
    ("How strong is demand from buyers of used cars?", "consumption"),
    ("How much municipal waste is recycled?", "city"),
]


@pytest.mark.parametrize(("question", "unrelated"), OTHER_SENSE)
def test_a_word_in_another_sense_brings_in_no_group(question, unrelated):
    terms = {t for group, _ in group_hits(question) for t in group}
    assert unrelated not in terms
    assert unrelated not in understand(question).expansions


def test_a_word_in_another_sense_does_not_cover_the_question():
    question = "How close is the county to its landfill target?"
    retired = _cover(question, "The county will retire its landfill by 2035.")
    assert retired == _cover(question, "The county will keep its landfill by 2035.")


# (question using an inflected form, a term of the group it belongs to)
FORMS = [
    ("When were the mills retired?", "closure"),
    ("How many closures are expected?", "retire"),
    ("When is coal phased out?", "shut down"),
    ("Which mills are shutting down?", "phase out"),
    ("What duty is levied on fuel?", "tax"),
    ("How is fuel taxation set?", "levy"),
    ("What has the county pledged?", "commitment"),
    ("What output is forecasted for 2030?", "projection"),
]


@pytest.mark.parametrize(("question", "term"), FORMS)
def test_common_word_forms_reach_their_group(question, term):
    assert term in understand(question).expansions
