"""A fuel named by a short formula or by a word that also means another fuel: the
refusal checks must not read a numbered provision ("clause 2(h)") as naming the
formula's substance, nor a natural-gas plant as burning petrol."""

from __future__ import annotations

from kb.refusal_sector import sector_reason
from kb.refusal_words import uses
from kb.retrieve import Hit, tokenize
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


def test_a_numbered_provision_does_not_speak_of_hydrogen() -> None:
    tokens = set(tokenize("Under clause 2(h), output must drop 25% by 2035."))
    assert not uses(tokens, "hydrogen")


def test_the_formula_written_out_still_speaks_of_hydrogen() -> None:
    assert uses(set(tokenize("Electrolysers will make hydrogen for the steel mill.")), "hydrogen")


def test_sector_question_over_a_numbered_provision_is_refused() -> None:
    q = understand("By how much must the hydrogen sector cut emissions by 2035?")
    hit = _hit("Under clause 2(h), emissions must drop 25% by 2035 across all sectors.")
    assert sector_reason(q, [hit]) != ""
    named = _hit("The hydrogen sector must cut emissions 25% by 2035.")
    assert sector_reason(q, [named]) == ""


def test_a_gas_powered_plant_does_not_speak_of_petrol() -> None:
    tokens = set(tokenize("Gas powered turbines at the port will close by 2032."))
    assert not uses(tokens, "petrol")
    assert uses(set(tokenize("Gasoline cars pay a higher toll.")), "petrol")


def test_petrol_questions_do_not_search_for_gas() -> None:
    q = understand("When will sales of new petrol vans end?")
    assert "gasoline" in q.expansions
    assert not any("gas-" in e or e == "gas" for e in q.expansions)


def test_letter_only_abbreviations_still_name_their_place() -> None:
    tokens = set(tokenize("U.S. utilities will add 30 GW of storage."))
    assert uses(tokens, "United States")
    assert uses(set(tokenize("R&D spending doubles.")), "research and development")


def test_the_formula_as_one_word_of_the_passage_speaks_of_hydrogen() -> None:
    text = "H2 electrolysers on the quay should deliver 3 GW by 2031."
    assert uses(set(tokenize(text)), "hydrogen", text)
    # its pieces apart, or a lettered provision, still say nothing of it
    other = "Under item 2(h) and part H 2, output must drop 25% by 2035."
    assert not uses(set(tokenize(other)), "hydrogen", other)
    hit = _hit(text)
    q = understand("How much must the hydrogen sector deliver by 2031?")
    assert sector_reason(q, [hit]) == ""
