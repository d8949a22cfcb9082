"""Classes found by real_unseen17's first contact (issue 10), in our own sentences in the
style of a parish council's minutes and a city's grant notice.

- "How many <things> <verb> ..." asks for a count even when a money word stands later in
  the question ("How many benches did the grant pay for?"): the counted things come
  before the verb, and the money word only names what did the paying
  (``count_before_verb`` in kb/data/terms.toml). "How many dollars did ..." still asks for
  a sum, since the counted thing is itself money.
- A date asked ("From what date ...") is stated by a clause giving the day ("beginning
  March 1, 2026"), not by a neighbour of the same text giving only the year ("by 2026"):
  answer choice prefers the clause that states the day (``kb.carriers.states_day``).
"""

from __future__ import annotations

from kb.answer_choice import quote_first
from kb.hits import Hit
from kb.refusal import kind_reason
from kb.understand import answer_kind, understand


def _hit(key: str, text: str, relevance: float = 0.8) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=text, language="en", relevance=relevance)


def test_how_many_things_before_a_money_word_is_a_count() -> None:
    assert answer_kind("How many benches did the village grant pay for?") == "count"
    assert answer_kind("How many solar lamps did the council's loan cover?") == "count"
    assert answer_kind("How many new buses will the transit fund buy by 2027?") == "count"


def test_counted_money_and_plain_sums_stay_amounts() -> None:
    assert answer_kind("How many dollars did the grant provide?") == "amount"
    assert answer_kind("How many million euros will the fund invest?") == "amount"
    assert answer_kind("How much was the grant for the benches?") == "amount"
    assert answer_kind("What fine applies to late filers?") == "amount"


def test_a_counted_clause_is_not_refused_for_want_of_money() -> None:
    query = understand("How many benches did the village grant pay for?")
    hit = _hit("a", "The clerk read the letter awarding a grant towards 12 new benches.")
    assert kind_reason(query, [hit]) == ""


_YEAR_ONLY = "The town has voted to phase out foam cups by 2026."
_DAY_GIVEN = "The board voted on Monday to bar foam cups from cafés, beginning March 1, 2026."


def test_a_date_asked_is_quoted_from_the_clause_giving_the_day() -> None:
    query = understand("From what date will the town bar foam cups from cafés?")
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("d", _DAY_GIVEN, 0.8)]
    assert quote_first(query, ranked)[0].key == "d"


def test_a_year_asked_keeps_the_first_clause() -> None:
    query = understand("By what year will the town phase out foam cups?")
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("d", _DAY_GIVEN, 0.8)]
    assert quote_first(query, ranked)[0].key == "y"


def test_a_span_of_years_is_no_day() -> None:
    query = understand("On what date will the town's foam cup ban take effect?")
    ranked = [
        _hit("y", "The town has voted to phase out foam cups by 2026.", 0.9),
        _hit("s", "Cafés open at least 15 years may sell foam cups until stocks run out.", 0.8),
    ]
    assert quote_first(query, ranked)[0].key == "y"
