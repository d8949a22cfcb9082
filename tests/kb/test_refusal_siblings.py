"""The sibling check: a question about one of a set of like things (a vehicle class,
offshore or onshore, a firm size) is refused when the passages found name
only other members of that set; the same passages still answer a question about a member
they do name, in other words. The texts are our own."""

from __future__ import annotations

import pytest

from kb.refusal import CHECKS, refusal_reason
from kb.refusal_siblings import members, sibling_reason
from kb.retrieve import Hit
from kb.understand import understand

COUNTS = "The programme supports 400,000 electric three-wheelers, 20,000 cars and 3,000 buses."
BONUS = "The bonus pays 20 million pounds for each gigawatt of offshore wind capacity."
CASHBACK = "Riders of e-rickshaws and e-cabs get a cashback of up to 8 rupees per ride."
START = "Reporting starts in 2027 for large firms and in 2029 for mid-sized firms."
GRANT = "The scheme pays up to 15,000 rupees towards an electric scooter or motorbike."

# (near-miss, its answerable paraphrase, the clause both land on)
PAIRS = [
    (
        "How many electric trucks will the programme support?",
        "How many e-buses will the programme support?",
        COUNTS,
    ),
    (
        "What does the bonus pay per gigawatt of onshore wind?",
        "What does the bonus pay per gigawatt of wind farms at sea?",
        BONUS,
    ),
    (
        "What cashback per ride do bus passengers get?",
        "What cashback per ride do auto-rickshaw passengers get?",
        CASHBACK,
    ),
    (
        "From which year must small firms report their emissions?",
        "From which year must the biggest firms report their emissions?",
        START,
    ),
    (
        "How much does the scheme pay towards an electric car?",
        "How much does the scheme pay towards an e-two-wheeler?",
        GRANT,
    ),
]


def _hit(text: str, context: str = "") -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text, context=context)


def _refusal(question: str, *texts: str) -> str:
    hits = [_hit(t) for t in texts]
    return refusal_reason(understand(question), hits, lambda _doc: " ".join(texts))


@pytest.mark.parametrize("near_miss, answerable, text", PAIRS)
def test_a_member_the_passage_never_names_is_refused(
    near_miss: str, answerable: str, text: str
) -> None:
    assert _refusal(near_miss, text).startswith("the passages found speak of")


@pytest.mark.parametrize("near_miss, answerable, text", PAIRS)
def test_a_member_the_passage_names_is_answered(near_miss: str, answerable: str, text: str) -> None:
    assert _refusal(answerable, text) == ""


def test_the_check_runs_with_the_others() -> None:
    assert "sibling" in CHECKS


def test_an_ordinary_aim_naming_the_asked_member_is_kept() -> None:
    q = understand("What share of new car sales must be electric by 2030?")
    aim = _hit("Electric cars must reach 30% of new sales by 2030.")
    assert sibling_reason(q, [aim, _hit(COUNTS.replace("20,000 cars and ", ""))]) == ""


def test_an_ordinary_aim_naming_no_member_is_kept() -> None:
    q = understand("What share of new car sales must be electric by 2030?")
    assert sibling_reason(q, [_hit("New sales must be 30% electric by 2030.")]) == ""


def test_how_big_asks_and_does_not_narrow() -> None:
    q = understand("How big companies must be to file, and from when do small companies file?")
    reason = sibling_reason(q, [_hit("Large companies file from 2026.")])
    assert reason == "the passages found speak of large, not small"


def test_big_firms_without_a_question_word_are_asked() -> None:
    q = understand("From when do big companies file?")
    assert sibling_reason(q, [_hit("Large companies file from 2026.")]) == ""


def test_a_member_set_aside_is_not_asked() -> None:
    q = understand("Besides buses, which vehicles does the programme support?")
    assert sibling_reason(q, [_hit(COUNTS.replace(" and 3,000 buses", ""))]) == ""


def test_the_asked_member_in_the_paragraph_keeps_the_clause() -> None:
    q = understand("How many electric trucks will the programme support?")
    hit = _hit(COUNTS, context=f"{COUNTS} Trucks are left to a later phase.")
    assert sibling_reason(q, [hit]) == ""


def test_a_lower_candidate_of_the_same_document_keeps_the_first() -> None:
    q = understand("How many electric trucks will the programme support?")
    other = _hit("Electric trucks get a toll waiver.")
    assert sibling_reason(q, [_hit(COUNTS), other]) == ""


def test_a_passage_naming_no_member_is_not_refused() -> None:
    q = understand("How many electric trucks will the programme support?")
    assert sibling_reason(q, [_hit("The programme supports 500,000 vehicles.")]) == ""


def test_members_reads_hyphenated_and_prefixed_forms() -> None:
    found = members("1 million e-two-wheelers, 5,000 e-buses and 2W chargers offshore")
    assert found == {"vehicle": {"two_wheeler", "bus"}, "sea_or_land": {"offshore"}}


def test_a_chinese_question_is_left_to_the_chinese_checks() -> None:
    # an English member inside a Chinese question: the English check would refuse it
    q = understand("offshore 风电每吉瓦补贴多少?")
    assert sibling_reason(q, [_hit(BONUS.replace("offshore", "onshore"))]) == ""


def test_the_same_mixed_question_in_english_is_refused() -> None:
    q = understand("What is the offshore wind bonus per gigawatt?")
    reason = sibling_reason(q, [_hit(BONUS.replace("offshore", "onshore"))])
    assert reason == "the passages found speak of onshore, not offshore"


@pytest.mark.parametrize(
    "text",
    [
        "What is the boiling point of water at sea level?",
        "How much is spent on batteries for electric air taxis?",
        "How many bidders from the bloc's largest economy lost out?",
        "Which site is the biggest green data centre near the capital?",
        "How much heavier than petrol autos are the new models?",
    ],
)
def test_words_that_look_like_members_but_are_not(text: str) -> None:
    assert members(text) == {}


def test_a_size_counts_before_the_firms_it_sizes() -> None:
    found = members("Rules for large steel and petrochemical enterprises and for small firms")
    assert found == {"firm_size": {"large", "small"}}
