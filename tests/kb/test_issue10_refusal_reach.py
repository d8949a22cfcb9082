"""Answerable questions refused although their clause was found (issue 10,
real_unseen14): checks that read too narrowly around the quoted clause. Each class has a
near-miss beside it that must still be refused.

- a place named only by a law's enacting words ("Enacted by the Parliament of ...")
  stands for every clause of that law, however far apart they are;
- an attribute (a fine) named by a heading standing bare above the clause's own heading
  ("Penalties" over "Permit breaches"), which a flat heading path has lost;
- a count spelt out in words past twelve ("fifteen members", "twenty-one members").
"""

from __future__ import annotations

import pytest

from kb.refusal import kind_reason, name_reason, refusal_reason
from kb.refusal_focus import focus_reason, outer_headings
from kb.retrieve import Hit
from kb.understand import understand

_FILLER = "The Minister may make regulations on any matter in this Part. " * 40


def _bill(enacting: str, tail: str = "") -> str:
    return (
        "EXPLANATORY NOTE\n\nThis Bill would provide for the upkeep of drains.\n\n"
        f"{_FILLER}\n\n{enacting}\n\n{_FILLER}\n\n{tail}"
        "Debris taken from a drain shall be kept at a depot for no more than 30 days.\n"
    )


def _clause_hit(doc: str) -> Hit:
    text = "Debris taken from a drain shall be kept at a depot for no more than 30 days."
    start = doc.index(text)
    return Hit(
        key="k",
        doc_id="d",
        clause_id="9",
        text=text,
        start=start,
        end=start + len(text),
        title="EXPLANATORY NOTE",
        section=("Upkeep of drains",),
    )


@pytest.mark.parametrize(
    "enacting",
    [
        "Enacted by the Parliament of Marovia as follows:",
        "BE IT ORDAINED by the Council of the Town of Marovia:",
        "The Town of Marovia ordains as follows:",
    ],
)
def test_a_place_named_by_the_enacting_words_is_spoken_of_by_every_clause(
    enacting: str,
) -> None:
    doc = _bill(enacting)
    q = understand("How long is debris kept at a depot in Marovia?")
    assert name_reason(q, [_clause_hit(doc)], lambda _d: doc) == ""


def test_a_place_the_law_never_names_is_still_refused() -> None:
    doc = _bill("Enacted by the Parliament of Marovia as follows:")
    q = understand("How long is debris kept at a depot in Tessaly?")
    assert "Tessaly" in name_reason(q, [_clause_hit(doc)], lambda _d: doc)


def test_a_place_named_far_away_in_an_ordinary_sentence_is_still_refused() -> None:
    doc = _bill(
        "Enacted by the Parliament of Marovia as follows:",
        tail=f"Tessaly lends the Board two dredgers each winter.\n\n{_FILLER}\n\n",
    )
    q = understand("How long is debris kept at a depot in Tessaly?")
    assert "Tessaly" in name_reason(q, [_clause_hit(doc)], lambda _d: doc)


_PAGE = (
    "Enforcement of Water Rules\n\nThe board writes to suppliers first.\n\n"
    "   {outer}\n\n    Permit breaches\n\n  Breaches of a permit:\n"
    "- Maximum: $5,000 per day for each day of breach\n"
)


def _row_hit(doc: str) -> Hit:
    text = "- Maximum: $5,000 per day for each day of breach"
    start = doc.index(text)
    return Hit(
        key="k",
        doc_id="p",
        clause_id="4",
        text=text,
        start=start,
        end=start + len(text),
        title="Enforcement of Water Rules",
        section=("Permit breaches",),
        kind="item",
    )


def test_a_fine_named_by_the_heading_above_the_section_is_spoken_of() -> None:
    doc = _PAGE.format(outer="Penalty Schedule")
    q = understand("What is the maximum daily fine for a permit breach?")
    assert outer_headings(_row_hit(doc), doc) == ["Penalty Schedule"]
    assert focus_reason(q, [_row_hit(doc)], lambda _d: doc) == ""
    assert refusal_reason(q, [_row_hit(doc)], lambda _d: doc, checks=["focus"]) == ""


def test_a_heading_above_that_names_no_fine_is_still_refused() -> None:
    doc = _PAGE.format(outer="Reporting Schedule")
    q = understand("What is the maximum daily fine for a permit breach?")
    assert focus_reason(q, [_row_hit(doc)], lambda _d: doc) == "no passage speaks of fine"


def test_the_last_line_of_a_wrapped_paragraph_is_no_heading() -> None:
    doc = _PAGE.replace("   {outer}", "The board may in the end turn to\n   Penalty Schedule")
    q = understand("What is the maximum daily fine for a permit breach?")
    assert outer_headings(_row_hit(doc), doc) == []
    assert focus_reason(q, [_row_hit(doc)], lambda _d: doc) == "no passage speaks of fine"


def _count_hit(text: str) -> Hit:
    return Hit(key="k", doc_id="c", clause_id="1", text=text)


def test_a_count_spelt_out_past_twelve_is_a_count() -> None:
    q = understand("At most how many members may the advisory panel have?")
    for text in (
        "The advisory panel shall have no more than fifteen members.",
        "The advisory panel shall have twenty-one members at most.",
    ):
        assert kind_reason(q, [_count_hit(text)]) == "", text


def test_a_number_beside_something_else_is_still_no_count_of_members() -> None:
    q = understand("At most how many members may the advisory panel have?")
    hit = _count_hit("Members of the advisory panel meet fifteen times a year.")
    assert kind_reason(q, [hit]) == "no passage gives a number of members"


def test_numbers_pointing_to_parts_of_a_law_are_no_count() -> None:
    # the near-miss the enacting words would otherwise let through: a count of declared
    # areas asked, and the clause only cites sections
    q = understand("How many flood areas has the minister declared so far?")
    hit = _count_hit(
        "Where the Minister has declared an area to be a flood area in accordance (4) "
        "with sections 5 and 7, notice shall be given to the owner."
    )
    assert refusal_reason(q, [hit], lambda _d: hit.text) == "no passage states a count"


def test_a_count_beside_a_citation_is_still_a_count() -> None:
    q = understand("How many flood areas has the minister declared so far?")
    for text in (
        "(2) The Minister has declared 12 flood areas under section 5.",
        "The Minister has declared twenty (20) flood areas.",
    ):
        hit = _count_hit(text)
        assert refusal_reason(q, [hit], lambda _d, t=text: t) == "", text


_REGIONS = (
    "Water Charges by Region\n\n"
    + "Each region sets its own charges and reads its own meters. " * 30
    + "\n\nMarovia\n\n  Fines\n\n- Up to $300 a day for a late meter reading\n\n"
    + "The region reads meters in spring and autumn. " * 60
    + "\n\nTessaly\n\n  Fines\n\n"
    + "Readings are taken by the water board in every district. " * 40
    + "\n\n- Up to $500 a day for a broken seal\n"
)


def _seal_hit() -> Hit:
    text = "- Up to $500 a day for a broken seal"
    start = _REGIONS.index(text)
    return Hit(
        key="k",
        doc_id="r",
        clause_id="7",
        text=text,
        start=start,
        end=start + len(text),
        title="Water Charges by Region",
        section=("Fines",),
        kind="item",
    )


def test_a_place_named_by_the_heading_above_the_section_is_near() -> None:
    q = understand("What is the daily fine for a broken seal in Tessaly?")
    assert name_reason(q, [_seal_hit()], lambda _d: _REGIONS) == ""


def test_a_place_heading_another_part_of_the_page_is_still_refused() -> None:
    q = understand("What is the daily fine for a broken seal in Marovia?")
    assert "Marovia" in name_reason(q, [_seal_hit()], lambda _d: _REGIONS)
