"""A question that names a body by its acronym speaks of a passage that names the body in
full only when the document knows that acronym: it ties it to the name ("... Administration
(NHTSA)") or writes it somewhere. Initials alone decide nothing, so a body with the same
initials ("Energy Policy Act" for EPA) is still refused (issue 10, review s28c)."""

from __future__ import annotations

from kb.hits import Hit
from kb.refusal import name_reason
from kb.refusal_words import spelled_acronyms
from kb.understand import understand

# Filler longer than the name check's reach: a tie between two fillers stands neither in
# the opening nor near the passage quoted after them.
FILLER = "Officials met again to discuss the schedule for the coming season. " * 40


def _reason(question: str, doc: str, passage: str) -> str:
    start = doc.index(passage)
    hit = Hit(
        key="a", doc_id="a", clause_id="1", text=passage, start=start, end=start + len(passage)
    )
    return name_reason(understand(question), [hit], {"a": doc}.get)


def _alone(question: str, text: str) -> str:
    return _reason(question, text, text[text.index("The ") :])


# Collisions: the same initials, another body; the document never writes the acronym.
def test_epa_is_not_the_energy_policy_act() -> None:
    text = (
        "Lawmakers passed a new bill. The Energy Policy Act set the standard for light "
        "trucks at about 49 miles per gallon by 2031."
    )
    reason = _alone("What mileage standard did the EPA set for light trucks by 2031?", text)
    assert "EPA" in reason


def test_epa_is_not_a_parliament_assembly() -> None:
    text = (
        "Delegates voted on Tuesday. The European Parliament Assembly set a cap on plant "
        "emissions of 40% below 2005 levels by 2030."
    )
    assert "EPA" in _alone("What emissions cap did the EPA set for power plants by 2030?", text)


def test_iea_is_not_an_irish_agency() -> None:
    text = (
        "A report came out on Monday. The Irish Energy Agency said renewables would reach "
        "40% of power by 2030."
    )
    assert "IEA" in _alone("What did the IEA say renewables would reach by 2030?", text)


def test_doe_is_not_the_department_of_education() -> None:
    text = "The Department of Education gave $7 billion for hydrogen hubs at schools."
    assert "DOE" in _alone("How much funding did the DOE give for hydrogen hubs?", text)


def test_stacked_headings_spell_no_acronym() -> None:
    text = "Overview\nEnergy\nTransport\nStorage\n\nThe plants must cut 40% by 2030."
    assert spelled_acronyms(text) == set()
    assert "ETS" in _alone("What cut must the ETS plants make by 2030?", text)


def test_an_acronym_the_document_ties_to_another_name_is_not_this_name() -> None:
    # the document writes EPA, for the agency; the passage quoted names the Act
    passage = "The Energy Policy Act set the standard for light trucks at 49 mpg by 2031."
    doc = f"{FILLER}The Environmental Protection Agency (EPA) issued guidance. {FILLER}{passage}"
    reason = _reason(
        "What mileage standard did the EPA set for light trucks by 2031?", doc, passage
    )
    assert "EPA" in reason


# The document ties the acronym to the name far from the passage that spells the name out.
def test_a_tied_acronym_names_the_spelled_out_passage() -> None:
    passage = (
        "The National Highway Traffic Safety Administration had said it would raise the "
        "standard for light trucks to about 49 miles per gallon by 2031."
    )
    doc = (
        f"{FILLER}The National Highway Traffic Safety Administration (NHTSA) wrote rules. "
        f"{FILLER}{passage}"
    )
    question = "What mileage standard did NHTSA set for light trucks by 2031?"
    assert _reason(question, doc, passage) == ""


def test_an_acronym_tied_before_its_name_names_the_passage() -> None:
    passage = "The Federal Energy Regulatory Commission approved 12 new pipelines in 2024."
    doc = f"{FILLER}FERC (Federal Energy Regulatory Commission) orders follow. {FILLER}{passage}"
    assert _reason("How many pipelines did FERC approve in 2024?", doc, passage) == ""


def test_guard_the_spelled_out_name_of_the_question_still_passes() -> None:
    # guard: the change must not stop a question that spells the name out
    text = (
        "The Environmental Protection Agency had said it would tighten tailpipe limits for "
        "light trucks, aiming for about 49 miles per gallon by 2031."
    )
    assert _alone("What standard did the Environmental Protection Agency set for 2031?", text) == ""
