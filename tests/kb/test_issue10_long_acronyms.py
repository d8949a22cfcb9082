"""A question may name a body by initials its document never writes, only spells out
(issue 10, real_unseen14: "per the ICCT" over a post naming the council in full). Four
initials or more of one capitalised name are specific enough to count; three are not
("Energy Policy Act" is still no "EPA")."""

from __future__ import annotations

from kb.refusal import name_reason
from kb.refusal_words import spelled_acronyms
from kb.retrieve import Hit
from kb.understand import understand

POST = (
    "Harbour towns want cleaner tugs.\n"
    "The Northern Council on Harbour Emissions estimates that about 60% of tugs will "
    "still burn diesel in 2030.\n"
)


def test_four_initials_of_a_spelled_name_count() -> None:
    assert "nche" in spelled_acronyms(POST)


def test_a_question_naming_the_body_by_initials_is_not_refused() -> None:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=POST.splitlines()[1])
    q = understand("What share of tugs will still burn diesel in 2030, per the NCHE?")
    assert name_reason(q, [hit], lambda _doc: POST) == ""


def test_three_initials_still_need_the_acronym_written() -> None:
    assert spelled_acronyms("The Energy Policy Act was passed in 2005.") == set()


def test_initials_of_no_name_in_the_text_are_still_refused() -> None:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=POST.splitlines()[1])
    q = understand("What share of tugs will still burn diesel in 2030, per the WXYZ?")
    assert name_reason(q, [hit], lambda _doc: POST) != ""


HEADINGS = (
    "Street Tree Planting Guide\n"
    "Harbour Electrification Readiness Plan\n"
    "About 60% of tugs will still burn diesel in 2030.\n"
)


def test_long_initials_of_a_title_case_heading_do_not_count() -> None:
    assert spelled_acronyms(HEADINGS) == set()


def test_a_question_naming_a_heading_by_initials_is_refused() -> None:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=HEADINGS.splitlines()[2])
    q = understand("What share of tugs will still burn diesel in 2030, per the HERP?")
    assert name_reason(q, [hit], lambda _doc: HEADINGS) != ""


def test_long_initials_of_a_law_count() -> None:
    assert "nhca" in spelled_acronyms("The National Harbour Cleanup Act sets the rules.")
