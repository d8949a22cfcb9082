"""A question that names a body by its acronym speaks of a text that names the body in
full, so the name check does not refuse the right clause (issue 10). A text that spells
out another body is still refused."""

from __future__ import annotations

from kb.hits import Hit
from kb.refusal import name_reason
from kb.refusal_words import spelled_acronyms
from kb.understand import understand

AGENCY_TEXT = (
    "Regulators were told to drop the rules for cars. The National Highway Traffic Safety "
    "Administration had said it would raise the standard for light trucks to about 49 "
    "miles per gallon by 2031."
)
OTHER_AGENCY_TEXT = (
    "The Environmental Protection Agency had said it would tighten tailpipe limits for "
    "light trucks, aiming for about 49 miles per gallon by 2031."
)


def _hit(doc_id: str, text: str) -> Hit:
    start = text.index("The ")
    return Hit(key=doc_id, doc_id=doc_id, clause_id="1", text=text, start=start, end=len(text))


def test_an_acronym_is_named_by_its_spelled_out_name() -> None:
    q = understand("What mileage standard did NHTSA set for light trucks by 2031?")
    docs = {"a": AGENCY_TEXT}
    assert name_reason(q, [_hit("a", AGENCY_TEXT)], docs.get) == ""


def test_an_acronym_another_body_spells_out_is_still_refused() -> None:
    q = understand("What mileage standard did NHTSA set for light trucks by 2031?")
    docs = {"b": OTHER_AGENCY_TEXT}
    assert "NHTSA" in name_reason(q, [_hit("b", OTHER_AGENCY_TEXT)], docs.get)


def test_the_spelled_out_name_of_the_question_still_passes() -> None:
    q = understand("What standard did the Environmental Protection Agency set for 2031?")
    docs = {"b": OTHER_AGENCY_TEXT}
    assert name_reason(q, [_hit("b", OTHER_AGENCY_TEXT)], docs.get) == ""


def test_acronyms_with_and_without_the_joining_word() -> None:
    found = spelled_acronyms(
        "Funds from the Department of Energy and the European Investment Bank."
    )
    assert {"doe", "eib"} <= found


def test_no_acronym_from_the_tail_of_a_longer_name() -> None:
    # "Traffic Safety Administration" inside the longer name is not "TSA"
    assert "tsa" not in spelled_acronyms(AGENCY_TEXT)
    assert spelled_acronyms("Sales must reach 40% by 2030 in New York.") == set()
