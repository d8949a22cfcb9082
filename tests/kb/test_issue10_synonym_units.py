"""A question's synonym groups count as one word each, and the English synonym data file
lets keyword search reach a clause that shares no word with the question."""

from __future__ import annotations

from pathlib import Path

from fixtures import extract_plain

from kb import rerank
from kb.retrieve import query_tokens
from kb.understand import group_hits, load_terms, understand

QUESTION = "How much yearly spending on cogeneration should the province commit?"
ANSWERS = "Annual investment in combined heat and power plants is set at 300 million euros."
ECHO = "The province will review yearly spending on school meals and commit to a new menu."


def _cover(question: str, text: str, *, with_units: bool) -> float:
    q = understand(question)
    vector = rerank.features(
        q,
        set(query_tokens(q, cross=False)),
        text=text,
        context="",
        section="",
        title="",
        kind="sentence",
        dense=0.5,
        dense_rel=0.9,
        bm25_rel=0.5,
        dense_rank=3,
        bm25_rank=3,
        fused_rank=3,
        units=rerank.question_units(q) if with_units else None,
    )
    return vector[rerank.FEATURES.index("cover")]


def test_the_english_synonym_file_is_read_with_the_terms_file():
    groups = load_terms().groups
    assert any("cogeneration" in g and "combined heat and power" in g for g in groups)
    assert any("china" in g for g in groups)  # terms.toml's own groups are still there
    assert "combined heat and power" in understand(QUESTION).expansions


def test_group_hits_names_each_used_group_and_the_terms_used():
    hits = dict(group_hits(QUESTION))
    assert any("cogeneration" in used for used in hits.values())
    assert any("yearly" in used for used in hits.values())
    assert not group_hits("Which bakery opened on the corner?")


def test_a_synonym_group_is_one_word_of_the_question():
    units = rerank.question_units(understand(QUESTION))
    chp = [u for u in units if ("cogeneration",) in u]
    assert len(chp) == 1 and ("combined", "heat", "power") in chp[0]
    # one unit per group, not one per synonym: the alone words remain single
    assert ("province",) in {alt for u in units for alt in u if len(u) == 1}
    assert len(units) < len(set(query_tokens(understand(QUESTION), cross=False)))


def test_a_clause_using_synonyms_covers_as_many_words_as_one_echoing_the_question():
    by_synonyms = _cover(QUESTION, ANSWERS, with_units=True)
    echoing = _cover(QUESTION, ECHO, with_units=True)
    assert by_synonyms >= 0.4
    assert by_synonyms > _cover(QUESTION, ANSWERS, with_units=False)
    assert echoing > 0  # words shared literally still count
    # a multi-word synonym counts only when all its words are there
    assert _cover(QUESTION, "Heat in winter is a worry.", with_units=True) == 0.0


def test_keyword_search_finds_the_clause_that_shares_no_word(kb_factory, tmp_path: Path):
    text = (
        "Provincial energy outlook\n\n"
        f"{ANSWERS} Rooftop solar panels are to cover every new school by 2030.\n\n"
        f"{ECHO} Bus fares stay frozen for pensioners until the spring.\n"
    )
    path = tmp_path / "province_outlook.txt"
    path.write_text(text, encoding="utf-8")
    kb = kb_factory()
    kb.add_extraction(extract_plain(path))
    retriever = kb.retriever
    parsed = understand("What do cogeneration units get?")
    keys = [k for k, _ in retriever.bm25_search(parsed, k=5, allowed=None)]
    clauses = kb.store.get_clauses(keys)
    assert keys and "combined heat and power" in clauses[keys[0]].clause.text
    hits = kb.retriever.search(QUESTION, top_k=3)
    assert "combined heat and power" in hits[0].text
