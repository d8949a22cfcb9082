"""The linear reranker: its weights load, and its features move scores the right way."""

from __future__ import annotations

from kb import rerank
from kb.retrieve import query_tokens
from kb.understand import understand


def _vector(question: str, text: str, **overrides):
    q = understand(question)
    args = dict(
        text=text,
        context="",
        section="",
        title="",
        kind="sentence",
        dense=0.6,
        dense_rel=0.9,
        bm25_rel=0.8,
        dense_rank=2,
        bm25_rank=2,
        fused_rank=2,
    )
    args.update(overrides)
    return rerank.features(q, set(query_tokens(q)), **args)


MODEL = rerank.load_model("sentence-transformers/all-MiniLM-L6-v2")


def test_weights_load_and_name_known_features():
    assert MODEL.weights and {name for name, _ in MODEL.weights} <= set(rerank.FEATURES)
    assert 0 < MODEL.min_evidence < 1 and 0 < MODEL.min_relevance < 1
    assert len(_vector("What share?", "A share of 40%.")) == len(rerank.FEATURES)


def test_each_model_family_has_its_own_weights_file():
    assert rerank.weights_file("sentence-transformers/all-MiniLM-L6-v2") == "rerank.toml"
    assert rerank.weights_file("multilingual") == "rerank-multilingual.toml"


QUESTION = "What share of ferry crossings should run on electricity by 2032?"
ANSWER = "By 2032, at least 60% of ferry crossings in coastal waters are to run on electricity."


def test_the_sentence_that_answers_beats_a_heading_that_echoes_the_question():
    answer = MODEL.probability(_vector(QUESTION, ANSWER))
    heading = MODEL.probability(_vector(QUESTION, "Electric ferry crossings", kind="heading"))
    assert answer > heading


def test_carrying_the_asked_year_and_share_raises_the_score():
    with_figures = MODEL.probability(_vector(QUESTION, ANSWER))
    without = MODEL.probability(
        _vector(QUESTION, "Ferry crossings in coastal waters are to run on electricity over time.")
    )
    assert with_figures > without


def test_better_ranks_raise_the_score():
    first = MODEL.probability(_vector(QUESTION, ANSWER, dense_rank=1, bm25_rank=1, fused_rank=1))
    later = MODEL.probability(
        _vector(QUESTION, ANSWER, dense_rank=40, bm25_rank=None, fused_rank=25)
    )
    assert first > later
