"""Pure retrieval maths: RRF, tokenising, paragraph context (no model)."""

from __future__ import annotations

import pytest

from kb.retrieve import Hit, fuse_rrf, paragraph_around, tokenize


def _hit(key: str, **kw) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=key, **kw)


def test_rrf_scores_follow_the_formula():
    fused = fuse_rrf([[_hit("a"), _hit("b")], [_hit("b"), _hit("c")]], k=60)
    scores = {h.key: h.score for h in fused}
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["c"] == pytest.approx(1 / 62)
    assert [h.key for h in fused] == ["b", "a", "c"]


def test_rrf_agreement_beats_a_single_first_place():
    # "b" is 2nd in both rankings, "a" is 1st in one only: RRF prefers consensus.
    fused = fuse_rrf([[_hit("a"), _hit("b")], [_hit("c"), _hit("b")]])
    assert fused[0].key == "b"


def test_rrf_ties_keep_first_seen_order_and_merge_component_scores():
    fused = fuse_rrf([[_hit("a", dense=0.9)], [_hit("b", bm25=3.0)], [_hit("a", bm25=1.0)]])
    assert [h.key for h in fused] == ["a", "b"]
    assert (fused[0].dense, fused[0].bm25) == (0.9, 1.0)


@pytest.mark.parametrize("rankings, expected", [([], []), ([[]], []), ([[], [_hit("x")]], ["x"])])
def test_rrf_empty_rankings(rankings, expected):
    assert [h.key for h in fuse_rrf(rankings)] == expected


def test_rrf_rejects_negative_k():
    with pytest.raises(ValueError, match="k >= 0"):
        fuse_rrf([[_hit("a")]], k=-1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shares of green factories by 2030", ["proportion", "green", "factory", "2030"]),
        ("electrolytic aluminium", ["electrolytic", "aluminum"]),
        ("more than 30% of energy", ["more", "30%", "energy"]),
        ("", []),
    ],
)
def test_tokenize(text, expected):
    assert tokenize(text) == expected


def test_paragraph_around_returns_the_blank_line_block():
    text = "Heading\n\nFirst sentence. Second sentence.\n\nNext block."
    start = text.index("Second")
    assert paragraph_around(text, start, start + 16) == "First sentence. Second sentence."


def test_paragraph_around_trims_long_paragraphs_around_the_clause():
    text = "x " * 1000 + "TARGET CLAUSE" + " y" * 1000
    start = text.index("TARGET")
    context = paragraph_around(text, start, start + 13, limit=100)
    assert "TARGET CLAUSE" in context and len(context) <= 100


def test_one_per_paragraph_keeps_the_best_clause_of_each_paragraph():
    from kb.retrieve import one_per_paragraph

    hits = [
        Hit("d:1", "d", "1", "first aim", paragraph=3),
        Hit("d:2", "d", "2", "second aim of the same sentence", paragraph=3),
        Hit("e:1", "e", "1", "another document, same paragraph number", paragraph=3),
        Hit("d:9", "d", "9", "a later paragraph", paragraph=4),
    ]
    assert [h.key for h in one_per_paragraph(hits)] == ["d:1", "e:1", "d:9"]
