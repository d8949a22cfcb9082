"""Reading questions (kind, years, expansions) and choosing what to quote or refuse.

Pure functions on sentences written for these tests; no store, no model.
"""

from __future__ import annotations

import pytest

from kb.qa import best_excerpt
from kb.refusal import asked_attributes, counted_noun, focus_reason, kind_reason, year_reason
from kb.retrieve import Hit, query_tokens
from kb.understand import answer_kind, carries, resolve_years, understand


@pytest.mark.parametrize(
    "question, kind",
    [
        ("What share of new buses should run on batteries by 2030?", "share"),
        ("What percentage of the grid must be carbon-free?", "share"),
        ("How much funding will the port authority receive?", "amount"),
        ("What fine applies to an operator who skips the annual report?", "amount"),
        ("How many hydrogen hubs will the department select?", "count"),
        ("How many days does an installation have to notify the regulator?", "date"),
        ("By when must the ministry publish the review?", "year"),
        ("In which year should coal use peak?", "year"),
        ("By when must smelters use 30% renewable power?", "year"),  # the % is given, not asked
        ("How large should the recycled tonnage of scrap steel be?", "quantity"),
        ("Which agency oversees the lease auctions?", "actor"),
        ("Who issued the guidance on greener factories?", "metadata_issuer"),
        ("When was the fact sheet on heat pumps published?", "metadata_date"),
        ("How is a zero-carbon industrial park defined?", "definition"),
        ("Which sectors does the plan cover?", "list"),
        ("钢铁行业的超低排放改造比例要达到多少？", "share"),
        ("由哪个部门印发该通知？", "metadata_issuer"),
        ("哪些企业需要报送排放报告？", "list"),
        ("Why does the plan favour rail freight?", "other"),
    ],
)
def test_answer_kind(question, kind):
    assert answer_kind(question) == kind


def test_relative_time_resolves_to_a_year_for_both_searches():
    q = understand("What share of cars should be electric by the end of the decade?")
    assert q.years == {"2030"}
    assert "2030" in q.dense_text
    assert "2030" in query_tokens(q)
    assert resolve_years("Where should emissions be by mid-century?") == {"2050"}
    assert resolve_years("What is due in 2027 and 2035?") == {"2027", "2035"}


def test_synonyms_and_spellings_expand_keyword_search_only():
    q = understand("How much renewable power must aluminium smelters use?")
    tokens = query_tokens(q)
    assert "aluminum" in tokens and "electrolytic" in tokens  # spelling and the sector's name
    assert q.dense_text == q.text  # the dense search reads the question as asked
    assert tokens[: len(set(tokens))] == list(dict.fromkeys(tokens))  # no token twice


@pytest.mark.parametrize(
    "kind, text, expected",
    [
        ("share", "Half of all new sales are to be zero-emission.", True),
        ("share", "Sales should reach 40 percent.", True),
        ("share", "The agency will publish guidance next spring.", False),
        ("amount", "The fund will lend up to $2 billion to utilities.", True),
        ("amount", "Operators must cut leaks by 30% by 2030.", False),
        ("count", "Twelve regional hubs will be chosen.", True),
        ("count", "The review is due in 2027.", False),  # a year is not a count
        ("year", "The review is due in 2027.", True),
        ("date", "Reports are due within 30 days of the audit.", True),
        ("amount", "违反规定的，处五万元以上二十万元以下的罚款。", True),
    ],
)
def test_carries(kind, text, expected):
    assert carries(kind, text) is expected


def _hit(text: str, *, context: str = "", doc: str = "d1") -> Hit:
    return Hit(key=f"{doc}:{hash(text)}", doc_id=doc, clause_id="c", text=text, context=context)


def test_head_count_question_needs_a_number_next_to_the_staff():
    q = understand("How many staff does the agency assign to the hub programme?")
    assert counted_noun(q) == "staff"
    clause = _hit("The agency will select 7 regional hubs under the programme in 2025.")
    assert kind_reason(q, [clause]) == "no passage gives a number of staff"
    staffed = _hit("The programme office will be run by 40 employees drawn from the agency.")
    assert kind_reason(q, [clause, staffed]) == ""  # a synonym of staff
    # Other counted things are often named otherwise ("replies" for "responses").
    q2 = understand("How many responses did the consultation receive?")
    assert counted_noun(q2) == "responses"
    assert kind_reason(q2, [_hit("The consultation drew 4,000 replies.")]) == ""


def test_the_asked_part_decides_the_kind():
    assert answer_kind("Funding aside, what other factor drove the growth?") == "other"
    assert answer_kind("Who is tasked with expanding enrichment capacity?") == "actor"
    assert answer_kind("When was the Inflation Reduction Act signed into law?") == "year"


def test_attribute_questions_need_the_attribute_or_a_synonym():
    q = understand("What penalty applies to a port that misses the 2030 shore-power goal?")
    assert asked_attributes(q) == ["penalty"]
    goal = _hit("Every large port is to offer shore power at all berths by 2030.")
    assert focus_reason(q, [goal]) == "no passage speaks of penalty"
    fined = _hit("A port that misses the goal pays a fine of EUR 10,000 per berth.")
    assert focus_reason(q, [fined, goal]) == ""  # "fine" is a synonym of "penalty"
    # Only the quoted clause (the first) counts: a fine stated in another passage
    # does not make the goal state one (kb.qa quotes the one that names it instead).
    assert focus_reason(q, [goal, fined]) == "no passage speaks of penalty"
    # A plain topic word is never required: paraphrases use other words for it.
    q2 = understand("What annual output of green hydrogen is the plan aiming for?")
    assert focus_reason(q2, [goal]) == ""
    # Any attribute in the asked part counts, not only the first noun.
    q3 = understand("What is the yearly operating budget of the shore-power programme?")
    assert focus_reason(q3, [goal]) == "no passage speaks of budget"


def test_a_named_year_must_appear_near_the_answer():
    q = understand("What sales share does the order set for 2035?")
    only_2030 = _hit("The order sets a goal of half of new sales by 2030.")
    assert year_reason(q, [only_2030]).endswith("2035")
    with_2035 = _hit("It also sets a goal for 2035.", context="It also sets a goal for 2035.")
    assert year_reason(q, [only_2030, with_2035]) == ""


SENTENCE = (
    "Under the programme, the department will fund twelve demonstration projects, "
    "support workforce training in every region, publish an annual progress report, "
    "and, by 2032, raise the share of low-carbon steel in federal purchases to at least 45 percent "
    "while keeping procurement costs within the agreed budget ceiling for the period."
)


def test_excerpt_keeps_the_piece_that_carries_the_asked_share():
    q = "What share of federal steel purchases should be low-carbon by 2032?"
    out = best_excerpt(q, SENTENCE, limit=160)
    assert "45 percent" in out
    assert len(out) <= 160 + 90


def test_one_long_sentence_is_windowed_without_cutting_the_figure():
    text = (
        "The authority estimates that the retrofit scheme, once the regional networks of "
        "installers, inspectors and lenders have been built up across all participating "
        "districts and municipalities, will lower household heating bills by about "
        "USD 1,250 a year on average for the typical detached house."
    )
    out = best_excerpt("How much money will a typical household save each year?", text, limit=120)
    assert "USD 1,250" in out and len(out) <= 120 + 80
    one = (
        "The authority estimates that the retrofit scheme will once the regional networks of "
        "installers and lenders have been built up across all participating districts lower "
        "household heating bills by about USD 1,250 a year on average for the typical house"
    )
    out = best_excerpt("How much money will a typical household save each year?", one, limit=120)
    assert "USD 1,250" in out and out.startswith("… ") and len(out) <= 125
    assert out.split()[1] in one.split()  # cut between words


def test_excerpt_of_a_short_clause_is_the_clause():
    text = "Ports must offer shore power at every berth by 2030."
    assert best_excerpt("When must ports offer shore power?", text) == text


def test_a_clause_led_by_whereas_is_a_recital():
    from kb.candidate_order import is_recital as _is_recital

    recital = _hit("Whereas: … the start of the second trading system should be postponed.")
    article = _hit("The start of the second trading system shall be postponed until 2029.")
    assert _is_recital(recital, store=None)
    assert not _is_recital(article, store=None)
