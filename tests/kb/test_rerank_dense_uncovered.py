"""The reranker's candidate features for dense evidence where word cover is low.

``dense_uncovered`` and ``dense_rr_uncovered`` carry the embedding's verdict on a clause in
proportion to the question words its context lacks. They were measured by refits on the
dev questions (benchmarks/rerank_sets.py) and are not weighted in kb/data/rerank.toml, so
they must leave every score unchanged until a refit weights them.
"""

from __future__ import annotations

import pytest

from kb import rerank
from kb.retrieve import query_tokens
from kb.understand import understand

QUESTION = "Which harbour towns must switch their ferries to batteries?"


def _features(text: str, **overrides) -> dict[str, float]:
    q = understand(QUESTION)
    args = dict(
        text=text,
        context="",
        section="",
        title="",
        kind="sentence",
        dense=0.6,
        dense_rel=0.8,
        bm25_rel=0.5,
        dense_rank=3,
        bm25_rank=None,
        fused_rank=4,
    )
    args.update(overrides)
    return dict(zip(rerank.FEATURES, rerank.features(q, set(query_tokens(q)), **args), strict=True))


def test_a_clause_in_other_words_keeps_its_whole_dense_evidence():
    f = _features("Coastal municipalities are to electrify their passenger vessels by 2031.")
    assert f["cover_ctx"] == 0.0
    assert f["dense_uncovered"] == pytest.approx(0.8)
    assert f["dense_rr_uncovered"] == pytest.approx(1 / 4)


def test_a_clause_using_every_question_word_gets_none():
    f = _features("Harbour towns must switch their ferries to batteries.")
    assert f["cover_ctx"] == pytest.approx(1.0)
    assert f["dense_uncovered"] == 0.0 and f["dense_rr_uncovered"] == 0.0


def test_words_in_the_section_heading_count_as_cover():
    bare = _features("They are to electrify their passenger vessels by 2031.")
    headed = _features(
        "They are to electrify their passenger vessels by 2031.",
        section="Harbour towns and ferries",
    )
    assert headed["dense_uncovered"] < bare["dense_uncovered"]


def test_without_a_dense_rank_the_rank_feature_is_zero():
    f = _features("Coastal municipalities are to electrify their vessels.", dense_rank=None)
    assert f["dense_rr_uncovered"] == 0.0


def test_unweighted_candidates_leave_the_score_unchanged():
    model = rerank.load_model("sentence-transformers/all-MiniLM-L6-v2")
    weighted = dict(model.weights)
    assert "dense_uncovered" not in weighted and "dense_rr_uncovered" not in weighted
    vector = rerank.features(
        understand(QUESTION),
        set(query_tokens(understand(QUESTION))),
        text="Coastal municipalities are to electrify their passenger vessels.",
        context="",
        section="",
        title="",
        kind="sentence",
        dense=0.6,
        dense_rel=0.8,
        bm25_rel=0.5,
        dense_rank=3,
        bm25_rank=None,
        fused_rank=4,
    )
    zeroed = [
        0.0 if name in ("dense_uncovered", "dense_rr_uncovered") else x
        for name, x in zip(rerank.FEATURES, vector, strict=True)
    ]
    assert model.score(vector) == pytest.approx(model.score(zeroed))
