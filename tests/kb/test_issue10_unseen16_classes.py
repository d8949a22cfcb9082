"""Classes found by real_unseen16's first contact (issue 10), in our own sentences in the
style of a city's fact sheet and a council's news page.

- A clause that opens with a pronoun carries its antecedent sentence for retrieval; a
  figure in that antecedent is the antecedent's own, so answer choice quotes the sentence
  that states it (kb.answer_choice.own_text).
- A question may ask an attribute with its verb ("How much has the board budgeted"), and
  a figure may state one by its unit ("a 20mph limit" a speed): the focus check reads
  both (``asked_attribute_verbs`` and ``attribute_units`` in kb/data/terms.toml).
- A count is not stated by a day of a month or a speed: the quoted clause must hold a
  figure that counts ("On 3 May ..." and "a 30mph limit" answer no "how many").
- A clause that is itself a question (a FAQ page's heading written as a line of text)
  states no answer and goes behind the clauses that do (kb.candidate_order).
"""

from __future__ import annotations

from kb.answer_choice import own_text, quote_first
from kb.candidate_order import rank_candidates
from kb.hits import Hit
from kb.refusal import focus_reason, kind_reason
from kb.understand import understand


def _hit(key: str, text: str, relevance: float, indexed: str = "") -> Hit:
    return Hit(
        key=key,
        doc_id="d",
        clause_id=key,
        text=text,
        indexed_text=indexed,
        relevance=relevance,
        context=indexed or text,
    )


CAP = "Hosts may let a whole home for at most 90 nights a year."
SUMMARY = "This page follows how the home-letting market changed after the rules began."


def test_a_figure_in_the_antecedent_is_quoted_from_its_own_sentence():
    q = understand("How many nights a year may a whole home be let to visitors?")
    summary = _hit("summary", SUMMARY, 0.97, indexed=f"{CAP} {SUMMARY}")
    cap = _hit("cap", CAP, 0.94)
    assert quote_first(q, [summary, cap])[0].key == "cap"


def test_a_pronoun_clause_stating_the_figure_itself_stays_first():
    q = understand("How many nights a year may a whole home be let to visitors?")
    own = "It allows a whole home to be let for at most 90 nights a year."
    before = "The city regulates home letting through a register."
    pronoun = _hit("pronoun", own, 0.97, indexed=f"{before} {own}")
    register = _hit("register", before, 0.94)
    assert quote_first(q, [pronoun, register])[0].key == "pronoun"


def test_own_text_keeps_a_continuation_and_a_clause_without_antecedent():
    plain = _hit("plain", CAP, 0.9)
    assert own_text(plain) == CAP
    run_on = _hit("run", SUMMARY, 0.9, indexed=f"{SUMMARY} The cap is 90 nights.")
    assert own_text(run_on) == f"{SUMMARY} The cap is 90 nights."


LIMIT = "The harbour board approved a new 30mph limit on the quay road."


def test_an_attribute_asked_by_its_verb_must_be_stated():
    q = understand("How much has the harbour board budgeted for new buoys?")
    assert focus_reason(q, [_hit("limit", LIMIT, 0.9)]) == "no passage speaks of budget"
    budget = _hit("budget", "The harbour board set a budget of £2 million for new buoys.", 0.9)
    assert focus_reason(q, [budget]) == ""


def test_a_speed_is_stated_by_its_unit():
    q = understand("Which speed limit will be lifted at Lower Brockton?")
    lifted = "- Lower Brockton – the 20mph limit on the B1234 will be lifted on 1 May."
    assert focus_reason(q, [_hit("lifted", lifted, 0.9)]) == ""
    bays = _hit("bays", "- Lower Brockton – new parking bays open on 1 May.", 0.9)
    assert focus_reason(q, [bays]) == "no passage speaks of speed"


def test_a_clause_that_is_a_question_goes_behind_the_statements():
    q = understand("What is the name of the city's home-letting register law?")
    asks = _hit("asks", "Why did the city bring in a register for home letting?", 0.95)
    names = _hit("names", "The register, known as Local Law 7, took effect in May.", 0.9)
    assert [h.key for h in rank_candidates(q, [asks, names])] == ["names", "asks"]
    statement = _hit("statement", "The city brought in a register for home letting.", 0.95)
    assert [h.key for h in rank_candidates(q, [statement, names])] == ["statement", "names"]


def test_a_day_or_a_speed_is_no_count():
    buses = understand("How many buses use the ring road each hour?")
    limit = _hit("limit", "The new 30mph limit on the ring road takes effect in June.", 0.9)
    order = _hit("order", "The limit is part of the Ring Road Order (No. 4).", 0.8)
    assert kind_reason(buses, [limit, order]) == "the passage found states no number"
    counted = _hit("counted", "About 40 buses use the ring road each hour.", 0.9)
    assert kind_reason(buses, [counted, order]) == ""
    permits = understand("How many permits did the city issue in May 2024?")
    began = _hit("began", "On May 3, 2024, the city began issuing permits.", 0.9)
    assert kind_reason(permits, [began, order]) == "the passage found states no number"
    issued = _hit("issued", "By May 2024 the city had issued three hundred permits.", 0.9)
    assert kind_reason(permits, [issued, order]) == ""
