"""Review fixes: Chinese count words that begin ordinary words, base years of
changes in renewable output, glossary keys of farm terms, and the vectors of a
document whose prepared rows do not match its clauses.

Real spaCy extraction and a real SQLite and chroma store where a store is used;
the embedder is the hashing one. Questions and clauses are written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking
from kb.understand import answer_kind, glossary_expansions


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("这项政策让小微企业少缴多少所得税？", "quantity"),  # 所得税: income tax, not schools
        ("全省要建成多少户用光伏？", "quantity"),  # 户用: household-scale, not households
        ("全县要完成多少户农房改造？", "count"),  # households counted
        ("新区计划新建多少所幼儿园？", "count"),  # kindergartens counted
    ],
)
def test_hu_and_suo_count_only_when_they_do_not_begin_a_word(question, kind):
    assert answer_kind(question) == kind


def _change(metric: str, base: int, row: int) -> tracking.Statement:
    text = f"The region will raise {metric} by 50% by 2030 compared with {base}."
    record = Target(
        metric, 50.0, "%", "50%", "=", "increase", 2030, base, "by 2030", "", f"d{row}",
        f"c{row}", text, 0, len(text),
    )  # fmt: skip
    key = metric_key(record, jurisdiction="RG")
    return tracking.Statement(row, record, key, f"d{row}", f"202{row}-01-01", "t", f"/d/{row}")


@pytest.mark.parametrize(
    "metric", ["renewable energy generation", "electricity from renewables", "renewable output"]
)
def test_a_change_in_renewable_output_against_a_new_base_year_is_rebased(metric):
    earlier, later = _change(metric, 2020, 1), _change(metric, 2022, 2)
    assert tracking.classify(earlier, later)[0] == "rebased"


def test_a_share_level_still_ignores_a_year_from_a_neighbouring_aim():
    text = "Clean sources reach a 40% share of power use by 2030; emissions fall 30% below 2015."
    records = [
        Target(
            "share of clean sources in power use",
            40.0,
            "%",
            "40%",
            "=",
            None,
            2030,
            base,
            "by 2030",
            "",
            f"d{row}",
            f"c{row}",
            text,
            0,
            len(text),
        )  # fmt: skip
        for row, base in ((1, 2015), (2, 2018))
    ]
    a, b = (
        tracking.Statement(i + 1, r, metric_key(r, jurisdiction="RG"), f"d{i}", "2021", "t", "/d")
        for i, r in enumerate(records)
    )
    assert tracking.classify(a, b)[0] == "restated"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What total power generation capacity will the grid have in 2026?", "总动力"),
        ("By how much must shops cut plastic film wrapping?", "地膜"),
    ],
)
def test_general_english_words_do_not_reach_narrow_farm_terms(question, missing):
    assert missing not in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What is the total power of agricultural machinery in the county?", "总动力"),
        ("How much plastic mulch must farmers bring back?", "地膜"),
        ("What share of farm film is recycled?", "地膜"),
    ],
)
def test_farm_phrases_still_reach_their_terms(question, term):
    assert term in glossary_expansions(question)


def test_rows_with_other_clauses_are_remade_so_each_vector_goes_with_its_clause(tmp_path):
    from ingest.pipeline import build_nlp, process_document
    from ingest.records import Document
    from kb.rows import clause_key, document_rows
    from kb.service import KnowledgeBase
    from kb.settings import Settings
    from kb.testing import HashEmbedder

    text = (
        "The water board shall fit meters to every farm well by 2027.\n\n"
        "Each well owner must report yearly pumping to the board.\n\n"
        "The board will publish a drought plan by 2026.\n"
    )
    document = Document("wb-1", str(tmp_path / "wells.txt"), text, title="Wells")
    extraction = process_document(document, nlp=build_nlp())
    clauses = extraction.clauses
    assert len(clauses) >= 3
    # Rows for the same document id and path but other clauses (made before a change
    # of segmentation, say): they must not be stored for these clauses.
    stale = document_rows(document, list(reversed(clauses))[:2], extraction.records)
    assert not stale.made_for(document, clauses)
    base = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        items = [(document, clauses, extraction.records)]
        assert base.store.add_many(items, embedder=base.embedder, rows=[stale]) == ["added"]
        keys = [clause_key(c.doc_id, c.clause_id) for c in clauses]
        got = base.store.vectors.collection.get(ids=keys, include=["embeddings"])
        by_key = dict(zip(got["ids"], got["embeddings"], strict=True))
        stored = dict(base.store.conn.execute("SELECT key, embed_text FROM clauses"))
        assert sorted(stored) == sorted(keys) == sorted(by_key)
        for key in keys:  # each clause's vector is the vector of that clause's text
            assert list(by_key[key]) == pytest.approx(base.embedder.embed([stored[key]])[0])
    finally:
        base.close()
