"""Questions worded apart from their clause: a capital named for its country, a general
word for money, a relative year written as a hyphenated modifier, and formula or regional
words for a fuel."""

from __future__ import annotations

from pathlib import Path

from fixtures import extract_plain

from kb import rerank
from kb.relations import capital_hits
from kb.retrieve import query_tokens
from kb.understand import resolve_years, understand

QUESTION = "What rebate does Ottawa offer toward a heat pump?"
ANSWERS = "Canada pays households up to 5,000 dollars for each heat pump they install."
OTHER = "Households in the valley were asked whether a heat pump suits their homes."


def _cover(question: str, text: str, title: str = "") -> float:
    q = understand(question)
    vector = rerank.features(
        q,
        set(query_tokens(q, cross=False)),
        text=text,
        context="",
        section="",
        title=title,
        kind="sentence",
        dense=0.5,
        dense_rel=0.9,
        bm25_rel=0.5,
        dense_rank=3,
        bm25_rank=3,
        fused_rank=3,
        units=rerank.question_units(q),
    )
    return vector[rerank.FEATURES.index("cover")]


def test_a_capital_stands_for_its_country_in_keyword_search():
    q = understand(QUESTION)
    assert "canada" in q.expansions and "ottawa" in q.matched_terms
    assert "canada" in query_tokens(q, cross=False)
    hits = capital_hits("How much did Tokyo set aside for offshore wind?")
    assert hits and "japan" in hits[0][0]


def test_the_country_is_not_widened_to_its_capital():
    assert "ottawa" not in understand("What rebate does Canada offer for heat pumps?").expansions
    # naming both adds nothing
    assert not capital_hits("What do Ottawa and Canada pay toward a heat pump?")


def test_a_capital_inside_a_longer_name_is_not_its_government():
    assert not capital_hits("What warming limit does the Paris Agreement set?")
    assert not capital_hits("What did rich nations pledge at the Paris talks?")
    assert not capital_hits("How much power does the London Array wind farm make?")
    # lower case is not the city
    assert not capital_hits("What does the lima bean crop need?")


def test_the_capital_and_its_country_count_as_one_word_of_the_question():
    units = rerank.question_units(understand(QUESTION))
    place = [u for u in units if ("ottawa",) in u]
    assert len(place) == 1 and ("canada",) in place[0]
    assert _cover(QUESTION, ANSWERS) > _cover(QUESTION, OTHER)


def test_keyword_search_finds_the_country_clause(kb_factory, tmp_path: Path):
    text = (
        "Home heating notes\n\n"
        f"{OTHER} Most chose gas boilers last winter.\n\n"
        f"{ANSWERS} The scheme runs until the end of 2027.\n"
    )
    path = tmp_path / "heating_notes.txt"
    path.write_text(text, encoding="utf-8")
    kb = kb_factory()
    kb.add_extraction(extract_plain(path))
    parsed = understand("How much will Ottawa pay?")
    keys = [k for k, _ in kb.retriever.bm25_search(parsed, k=5, allowed=None)]
    clauses = kb.store.get_clauses(keys)
    assert keys and "Canada pays" in clauses[keys[0]].clause.text


def test_a_hyphenated_relative_year_is_resolved():
    assert resolve_years("What is the city's end-of-decade goal for buses?") == {"2030"}
    assert resolve_years("How much by the decade's close?") == {"2030"}
    # the ordinary forms still read as before
    assert resolve_years("What is the mid-century aim?") == {"2050"}
    assert resolve_years("What is the aim by the end of the decade?") == {"2030"}
    assert resolve_years("What is the end-to-end cost?") == frozenset()


def test_a_fuel_by_its_formula_or_its_regional_name():
    assert "hydrogen" in understand("How much H2 will the refinery use?").expansions
    assert "gasoline" in understand("How far can a petrol car go on a tank?").expansions
    assert "hydrogen" not in understand("How much helium will the lab use?").expansions


def test_a_general_word_for_money_reaches_the_named_instrument():
    q = understand("How much cash will the town give each bakery?")
    assert "grant" in q.expansions and "cash" in q.matched_terms
    units = rerank.question_units(q)
    assert len([u for u in units if ("cash",) in u and ("subsidy",) in u]) == 1
    # one way: a question about a grant is not widened to money in general
    assert "cash" not in understand("How large is the bakery grant?").expansions
    assert "subsidy" not in understand("How large is the bakery grant?").expansions
