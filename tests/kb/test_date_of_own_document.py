"""A date asked: a clause giving a day of a year that another clause gives alone states
the date more fully only when it is of the same document and the asked words stand beside
the day (``kb.answer_choice._refines``). Minutes or a news item dated that year, of the
same document or another, give the date of a meeting or a posting, not of the rule.
"""

from __future__ import annotations

from kb.answer_choice import quote_first
from kb.hits import Hit
from kb.understand import understand

_YEAR_ONLY = "Plastic drinking straws will be banned in the borough's cafes in 2027."
_QUESTION = "On what date will plastic drinking straws be banned in cafes?"


def _hit(key: str, doc_id: str, text: str, relevance: float) -> Hit:
    return Hit(key=key, doc_id=doc_id, clause_id=key, text=text, language="en", relevance=relevance)


def test_a_meeting_or_posting_dated_the_same_year_does_not_displace_the_rule() -> None:
    query = understand(_QUESTION)
    others = [
        ("p", "The borough board gathered on 9 October 2027 to review the straw ban."),
        ("n", "On 21 February 2027 the board debated whether cafes should stop using straws."),
        ("n", "Published 3 May 2027: the board is to decide on the ban on straws in cafes."),
    ]
    for doc_id, text in others:
        ranked = [_hit("y", "p", _YEAR_ONLY, 0.9), _hit("x", doc_id, text, 0.8)]
        assert quote_first(query, ranked)[0].key == "y", text


def test_the_day_of_the_rule_in_its_own_document_is_still_preferred() -> None:
    query = understand(_QUESTION)
    for text in (
        "From 1 April 2027, plastic drinking straws may no longer be handed out in cafes.",
        "Plastic drinking straws are banned in cafes from 1 April 2027.",
    ):
        ranked = [_hit("y", "p", _YEAR_ONLY, 0.9), _hit("d", "p", text, 0.8)]
        assert quote_first(query, ranked)[0].key == "d", text
