"""Classes found by real_unseen17's first contact (issue 10), in sentences of our own in
the style of a small council's minutes and a city's notice.

- "How many <things> <verb> ..." asks for a count even when a money word stands later in
  the question ("How many picnic tables did the parish award pay for?"): the counted
  things come before the verb, and the money word only names what did the paying
  (``count_before_verb`` in kb/data/terms.toml). The verb may be an auxiliary or a main
  verb in the past ("How many households received ..."), and counted grants, loans or
  fines are things too. The question still asks for a sum when the counted things are
  money: a currency or a magnitude alone ("How many pounds ...", "How many billions
  ...": ``counted_money``).
- A date asked ("From what date ...") is stated by a clause giving a day of the year that
  a neighbour gives alone ("from 15 September 2028" beside "by 2028"): answer choice
  prefers that clause (``kb.carriers.day_years``), not any clause with some day in it (a
  sitting "of 12 October"). "May" beside a number is a month only when capitalised.
"""

from __future__ import annotations

from kb.answer_choice import quote_first
from kb.carriers import states_day
from kb.hits import Hit
from kb.refusal import kind_reason
from kb.understand import answer_kind, understand


def _hit(key: str, text: str, relevance: float = 0.8) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=text, language="en", relevance=relevance)


def test_how_many_things_before_a_money_word_is_a_count() -> None:
    assert answer_kind("How many picnic tables did the parish award pay for?") == "count"
    assert answer_kind("How many street lamps did the council's loan cover?") == "count"
    assert answer_kind("How many electric vans will the transport fund buy by 2029?") == "count"


def test_a_count_with_a_main_verb_or_counted_grants_is_a_count() -> None:
    assert answer_kind("How many households received the grant?") == "count"
    assert answer_kind("How many grants did the council award?") == "count"
    assert answer_kind("How many loans did the bank approve?") == "count"
    assert answer_kind("How many fines did the city issue?") == "count"
    assert answer_kind("How many of the grant's recipients were farms?") == "count"


def test_counted_money_and_plain_sums_stay_amounts() -> None:
    assert answer_kind("How many dollars did the grant provide?") == "amount"
    assert answer_kind("How many million euros will the fund invest?") == "amount"
    assert answer_kind("How many pounds did the grant provide?") == "amount"
    assert answer_kind("How many millions of pounds did the fund invest?") == "amount"
    assert answer_kind("How many billions will the fund invest?") == "amount"
    assert answer_kind("How many rupees does the fine come to?") == "amount"
    assert answer_kind("How many crore did the state budget allocate?") == "amount"
    assert answer_kind("How much was the grant for the picnic tables?") == "amount"
    assert answer_kind("What fine applies to late filers?") == "amount"


def test_a_counted_clause_is_not_refused_for_want_of_money() -> None:
    query = understand("How many picnic tables did the parish award pay for?")
    hit = _hit("a", "The treasurer reported that 9 picnic tables were bought with the award.")
    assert kind_reason(query, [hit]) == ""


_YEAR_ONLY = "Single-use cutlery is to disappear from the town's kiosks by 2028."
_DAY_GIVEN = "From 15 September 2028, kiosks may no longer hand out single-use cutlery."


def test_a_date_asked_is_quoted_from_the_clause_giving_the_day() -> None:
    query = understand("From what date may kiosks no longer hand out single-use cutlery?")
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("d", _DAY_GIVEN, 0.8)]
    assert quote_first(query, ranked)[0].key == "d"


def test_a_day_of_another_event_does_not_displace_the_year() -> None:
    query = understand("From what date may kiosks no longer hand out single-use cutlery?")
    sitting = "The assembly discussed the cutlery rule for kiosks at its sitting of 12 October."
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("m", sitting, 0.8)]
    assert quote_first(query, ranked)[0].key == "y"
    dated = "The assembly discussed the cutlery rule for kiosks on 12 October 2026."
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("m", dated, 0.8)]
    assert quote_first(query, ranked)[0].key == "y"


def test_a_year_asked_keeps_the_first_clause() -> None:
    query = understand("By what year will single-use cutlery disappear from kiosks?")
    ranked = [_hit("y", _YEAR_ONLY, 0.9), _hit("d", _DAY_GIVEN, 0.8)]
    assert quote_first(query, ranked)[0].key == "y"


def test_a_span_of_years_or_the_verb_may_is_no_day() -> None:
    query = understand("On what date will the cutlery rule for kiosks take effect?")
    ranked = [
        _hit("y", _YEAR_ONLY, 0.9),
        _hit("s", "Kiosks trading for over 20 years may keep cutlery until stocks run out.", 0.8),
        _hit("v", "Kiosks run by up to 3 may ask for an exemption from the cutlery rule.", 0.8),
    ]
    assert quote_first(query, ranked)[0].key == "y"
    assert not states_day("Teams of up to 6 may enter the contest in 2027.")
    assert states_day("Entries close on 9 May.")
    assert states_day("Entries close May 9, 2027.")


def test_ordinal_and_numeric_days_are_days() -> None:
    assert states_day("The levy applies from June 3rd, 2027.")
    assert states_day("The levy applies from the 22nd of October 2027.")
    assert states_day("The levy applies from 22/10/2027.")
    assert states_day("The levy applies from 22.10.2027.")
    assert states_day("征收自2027年10月22日起施行。")
    assert not states_day("The levy applies from 2027 under section 4.2.1.")
