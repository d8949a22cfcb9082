"""The reranker's candidate features for dense evidence where word cover is low.

``dense_uncovered`` and ``dense_rr_uncovered`` carry the embedding's verdict on a clause in
proportion to the question words its context lacks. They were measured by refits on the
dev questions (benchmarks/rerank_sets.py) and are not weighted in kb/data/rerank.toml, so
they must leave every score unchanged until a refit weights them.
"""

from __future__ import annotations

import pytest

from kb import rerank
from kb.multilingual import MODEL_ID
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


OLD_FEATURES = (
    "dense",
    "bm25_rel",
    "dense_rr",
    "bm25_rr",
    "fused_rr",
    "cover",
    "cover_ctx",
    "bigrams",
    "dense_rel",
    "title_overlap",
    "kind",
    "year_match",
    "year_missing",
    "heading",
    "short",
)

# Fixed candidate lists: (text, dense, dense_rel, dense_rank, bm25_rank, fused_rank), and the
# first 15 features each had before the two candidates were added (recorded at dca1636, whose
# FEATURES ended at "short"; rounded to 9 places).
CASES = {
    "Which harbour towns must switch their ferries to batteries by 2030?": [
        (
            ("Harbour towns must switch their ferries to batteries by 2030.", 0.7, 0.9, 2, 1, 1),
            [0.7, 0.5, 0.333333333, 0.5, 0.5, 1.0, 1.0, 1.0, 0.9, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        ),
        (
            (
                "Coastal municipalities are to electrify their passenger vessels by 2031.",
                0.6,
                0.8,
                1,
                None,
                2,
            ),
            [0.6, 0.5, 0.5, 0.0, 0.333333333, 0.0, 0.0, 0.0, 0.8, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        ),
        (
            ("The port authority publishes a yearly report.", 0.3, 0.2, 9, 4, 5),
            [0.3, 0.5, 0.1, 0.2, 0.166666667, 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        ),
        (
            ("Ferries in the harbour carry 2 million people a year.", 0.4, 0.5, None, 2, 3),
            [
                0.4,
                0.5,
                0.0,
                0.333333333,
                0.25,
                0.285714286,
                0.285714286,
                0.0,
                0.5,
                0.0,
                0.0,
                0.0,
                1.0,
                0.0,
                0.0,
            ],
        ),
    ],
    "到2025年港口岸电使用率提高到多少？": [
        (
            ("到2025年，港口岸电使用率提高到40%以上。", 0.8, 0.9, 1, 1, 1),
            [
                0.8,
                0.5,
                0.5,
                0.5,
                0.5,
                0.647058824,
                0.705882353,
                0.615384615,
                0.9,
                0.058823529,
                1.0,
                1.0,
                0.0,
                0.0,
                1.0,
            ],
        ),
        (
            ("新能源船舶占比达到30%。", 0.5, 0.6, 3, None, 2),
            [
                0.5,
                0.5,
                0.25,
                0.0,
                0.333333333,
                0.0,
                0.058823529,
                0.0,
                0.6,
                0.058823529,
                1.0,
                0.0,
                1.0,
                0.0,
                1.0,
            ],
        ),
        (
            ("Shore power use at ports rises to 40% by 2025.", 0.6, 0.7, 2, 5, 3),
            [
                0.6,
                0.5,
                0.333333333,
                0.166666667,
                0.25,
                0.235294118,
                0.235294118,
                0.0,
                0.7,
                0.058823529,
                1.0,
                1.0,
                0.0,
                0.0,
                0.0,
            ],
        ),
    ],
}


def _vectors(question: str) -> list[list[float]]:
    q = understand(question)
    tokens = set(query_tokens(q))
    return [
        rerank.features(
            q,
            tokens,
            text=text,
            context="",
            section="Ports",
            title="Clean ports plan",
            kind="sentence",
            dense=dense,
            dense_rel=rel,
            bm25_rel=0.5,
            dense_rank=d_rank,
            bm25_rank=b_rank,
            fused_rank=f_rank,
        )
        for (text, dense, rel, d_rank, b_rank, f_rank), _ in CASES[question]
    ]


@pytest.mark.parametrize("question", list(CASES))
def test_the_earlier_features_keep_their_slots_and_values(question):
    assert rerank.FEATURES[: len(OLD_FEATURES)] == OLD_FEATURES
    for vector, (_, before) in zip(_vectors(question), CASES[question], strict=True):
        assert vector[: len(OLD_FEATURES)] == pytest.approx(before, abs=1e-8)


@pytest.mark.parametrize("embedder", ["", MODEL_ID])
@pytest.mark.parametrize("question", list(CASES))
def test_both_weight_files_score_and_rank_as_before_the_candidates(embedder, question):
    """The scores equal those of the 15 earlier features alone, for candidates whose new
    features are not zero; a refit that weights the candidates must replace this test."""
    model = rerank.load_model(embedder)
    weights = dict(model.weights)
    vectors = _vectors(question)
    assert any(v[len(OLD_FEATURES) :] != [0.0, 0.0] for v in vectors)
    before = [
        model.bias + sum(weights.get(n, 0.0) * x for n, x in zip(OLD_FEATURES, old, strict=True))
        for _, old in CASES[question]
    ]
    now = [model.score(v) for v in vectors]
    assert now == pytest.approx(before, abs=1e-6)
    assert sorted(range(len(now)), key=lambda i: -now[i]) == sorted(
        range(len(before)), key=lambda i: -before[i]
    )
