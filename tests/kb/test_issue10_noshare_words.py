"""Questions worded apart from their clause: a relative year written as a hyphenated
modifier, and a fuel named by its formula or its regional name."""

from __future__ import annotations

from pathlib import Path

from fixtures import extract_plain

from kb.retrieve import query_tokens
from kb.understand import resolve_years, understand


def test_a_hyphenated_relative_year_is_resolved():
    assert resolve_years("What is the city's end-of-decade goal for buses?") == {"2030"}
    assert resolve_years("How much by the decade's close?") == {"2030"}
    # the ordinary forms still read as before
    assert resolve_years("What is the mid-century aim?") == {"2050"}
    assert resolve_years("What is the aim by the end of the decade?") == {"2030"}
    assert resolve_years("What is the end-to-end cost?") == frozenset()


def test_the_resolved_year_is_searched_for():
    q = understand("What is the port's end-of-decade goal for shore power?")
    assert "2030" in q.expansions and "2030" in q.dense_text
    assert "2030" in query_tokens(q, cross=False)


def test_a_fuel_by_its_formula_or_its_regional_name():
    assert "hydrogen" in understand("How much H2 will the refinery use?").expansions
    assert "gasoline" in understand("How far can a petrol car go on a tank?").expansions
    assert "h2" in understand("How much hydrogen will the refinery use?").expansions
    assert "hydrogen" not in understand("How much helium will the lab use?").expansions


def test_keyword_search_reaches_the_hydrogen_clause(kb_factory, tmp_path: Path):
    answers = "The plant will need 40,000 tonnes of hydrogen a year from 2027."
    other = "The plant will need helium checks."
    text = f"Plant notes\n\n{other} Inspectors visit twice a year.\n\n{answers}\n"
    path = tmp_path / "refinery_notes.txt"
    path.write_text(text, encoding="utf-8")
    kb = kb_factory()
    kb.add_extraction(extract_plain(path))
    parsed = understand("How much H2 will the plant need?")
    keys = [k for k, _ in kb.retriever.bm25_search(parsed, k=5, allowed=None)]
    clauses = kb.store.get_clauses(keys)
    assert keys and "hydrogen" in clauses[keys[0]].clause.text


def test_a_relative_year_is_read_only_as_whole_words():
    # a longer word or a plural is no relative year
    assert resolve_years("Who pays for the end of decades of peat cutting?") == frozenset()
    assert resolve_years("What changed at the end of decade-long rail talks in 2012?") == {"2012"}
    assert resolve_years("How did bus use change over the decade ended 2019?") == {"2019"}
    assert resolve_years("What did the last decade end with for coal?") == frozenset()
    # beside them the phrases still read as the decade's end
    assert resolve_years("What will the grid look like once the decade ends?") == {"2030"}
    assert resolve_years("What is the end of decade figure for heat pumps?") == {"2030"}
    assert resolve_years("What is the middle-of-the-century aim?") == {"2050"}
    assert resolve_years("What is the decade-end goal for rooftop panels?") == {"2030"}
    assert resolve_years("How many buses run on batteries by decade end?") == {"2030"}
