"""Review fixes of real_unseen16's classes, in our own sentences in the style of a city's
climate page, a licensing office's news and a council's budget note.

- The words a clause states keep its inherited lead-in ("By 2032, the town will …"), often
  its deadline; only an antecedent sentence put before a pronoun is left out.
- A count may follow a year or a month ("In June 2023, 450 ..."), and a day is a day
  whichever side of its month it is written on ("4 June", "June 4,").
- A verb a question asks an attribute with also states it in a passage ("budgeted £3m").
- A clause that is a question goes behind the first statement, not behind all of them.
"""

from __future__ import annotations

from kb.answer_choice import own_text, quote_first
from kb.candidate_order import rank_candidates
from kb.hits import Hit
from kb.refusal import counts_in, focus_reason, kind_reason
from kb.understand import understand


def _hit(key: str, text: str, relevance: float, *, context: str = "", before: str = "") -> Hit:
    shown = f"{context} … {text}" if context else text
    return Hit(
        key=key,
        doc_id="d",
        clause_id=key,
        text=text,
        context=context,
        indexed_text=f"{before} {shown}" if before else shown,
        relevance=relevance,
    )


AIM = dict(context="By 2032, the town will", text="halve the waste it sends to landfill;")
ADOPTED = "The town adopted its waste strategy in 2019 after a public consultation."


def test_an_aim_keeps_its_lead_in_year_when_quoted():
    q = understand("By what year will the town halve the waste it sends to landfill?")
    aim = _hit("aim", AIM["text"], 0.95, context=AIM["context"])
    adopted = _hit("adopted", ADOPTED, 0.90)
    assert own_text(aim).startswith("By 2032")
    assert quote_first(q, [aim, adopted])[0].key == "aim"


def test_a_pronoun_clause_keeps_its_lead_in_without_its_antecedent():
    before = "The strategy was renewed in 2019."
    aim = _hit("aim", "it will halve landfill waste;", 0.9, context="By 2032,", before=before)
    assert own_text(aim) == "By 2032, … it will halve landfill waste;"


def test_a_pronoun_clause_without_lead_in_still_drops_its_antecedent():
    before = "The strategy was renewed in 2019."
    plain = _hit("plain", "It reviews the collection rounds.", 0.9, before=before)
    assert own_text(plain) == "It reviews the collection rounds."


def test_a_count_after_a_year_or_a_month_is_a_count():
    q = understand("How many drivers applied for a licence in 2023?")
    after_year = _hit("y", "In June 2023, 450 drivers applied for a licence.", 0.9)
    assert kind_reason(q, [after_year]) == ""
    assert counts_in("Between April and September 2,300 licences were renewed.")
    assert counts_in("In October 35 new wardens joined the team.")
    assert counts_in("In October 12 new wardens joined the team.")
    assert counts_in("The Marketplace scheme funded 12 stalls.")  # no month in "Market"
    assert counts_in("Junction 9 will get 14 new signals.")


def test_a_day_before_its_month_is_no_count():
    assert not counts_in("On 4 June 2023 the office began taking applications.")
    assert not counts_in("The office opened on the 17th of August.")
    q = understand("How many drivers applied for a licence in 2023?")
    opened = _hit("o", "On 4 June 2023 the office began taking applications.", 0.9)
    assert kind_reason(q, [opened]) == "the passage found states no number"


def test_a_day_after_its_month_is_no_count():
    assert not counts_in("The office opened on June 4, 2023.")
    assert counts_in("By June 2023 the office had taken 450 applications.")


def test_a_passage_stating_the_asked_verb_names_the_attribute():
    q = understand("How much has the council budgeted for pothole repairs this year?")
    echoed = _hit("e", "The council has budgeted £3 million for pothole repairs this year.", 0.9)
    assert focus_reason(q, [echoed]) == ""
    noun = _hit("n", "The council set a budget of £3 million for pothole repairs.", 0.9)
    assert focus_reason(q, [noun]) == ""
    other = _hit("x", "The council approved a 20mph limit near the school.", 0.9)
    assert focus_reason(q, [other]) == "no passage speaks of budget"


def test_a_question_clause_goes_behind_the_first_statement_only():
    q = understand("How many short-let hosts did the city fine last year?")
    asks = _hit("asks", "Did you know the city fined 240 short-let hosts last year?", 0.95)
    first = _hit("first", "The city runs a register of short-let hosts.", 0.9)
    low = _hit("low", "Hosts may appeal within 30 days.", 0.4)
    order = [h.key for h in rank_candidates(q, [asks, first, low])]
    assert order == ["first", "asks", "low"]


def test_a_statement_ranked_first_stays_ahead_of_a_question():
    q = understand("How many short-let hosts did the city fine last year?")
    fined = _hit("fined", "The city fined 240 short-let hosts last year.", 0.95)
    asks = _hit("asks", "Why does the city fine short-let hosts?", 0.9)
    assert [h.key for h in rank_candidates(q, [fined, asks])] == ["fined", "asks"]


def test_headings_still_go_last():
    q = understand("How many short-let hosts did the city fine last year?")
    fined = _hit("fined", "The city fined 240 short-let hosts last year.", 0.9)
    heading = Hit(key="h", doc_id="d", clause_id="h", text="Fines", kind="heading", relevance=0.99)
    assert [h.key for h in rank_candidates(q, [heading, fined])] == ["fined", "h"]
