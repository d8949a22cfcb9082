"""Second-stage ranking of the fused candidates by a small linear model.

Reciprocal rank fusion only sees ranks: a clause ranked first by keywords and
absent from the dense list loses to one both lists rank 20th, and a bare heading
that echoes the question beats the sentence that answers it. The reranker
scores each of the top ``RERANK_DEPTH`` fused candidates on features a reader
would weigh:

- how similar it is (dense cosine) and how well keywords match (BM25 relative
  to the best candidate), and the rank each search gave it;
- how many of the question's words (synonyms included) it uses, alone and with
  its paragraph, section and document title;
- whether it carries the kind of answer asked for (a share, a sum, a year...),
  and the year the question names;
- whether it is a heading or a fragment too short to answer anything.

The weights are data (``kb/data/rerank.toml``), fitted by
``benchmarks/fit_rerank.py`` on the dev questions only, and checked on unseen
ones. No model weights are downloaded: the features cost a few milliseconds.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.understand import Query, carries

#: How many fused candidates the reranker reorders.
RERANK_DEPTH = 30

FEATURES = (
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

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _overlap(q_tokens: set[str], tokens: set[str]) -> float:
    return len(q_tokens & tokens) / len(q_tokens) if q_tokens else 0.0


def features(
    query: Query,
    q_tokens: set[str],
    *,
    text: str,
    context: str,
    section: str,
    title: str,
    kind: str,
    dense: float | None,
    dense_rel: float,
    bm25_rel: float,
    dense_rank: int | None,
    bm25_rank: int | None,
    fused_rank: int,
) -> list[float]:
    """The feature vector of one candidate, in the order of ``FEATURES``."""
    from kb.retrieve import tokenize

    tokens = tokenize(text)
    own = set(tokens)
    q_list = [t for t in tokenize(query.text)]
    q_pairs = set(zip(q_list, q_list[1:], strict=False))
    pairs = set(zip(tokens, tokens[1:], strict=False))
    around = own | set(tokenize(f"{context} {section}"))
    years = set(_YEAR.findall(f"{text} {context}"))
    return [
        dense if dense is not None else 0.0,
        bm25_rel,
        1.0 / (1 + dense_rank) if dense_rank else 0.0,
        1.0 / (1 + bm25_rank) if bm25_rank else 0.0,
        1.0 / (1 + fused_rank),
        _overlap(q_tokens, own),
        _overlap(q_tokens, around),
        len(q_pairs & pairs) / len(q_pairs) if q_pairs else 0.0,
        dense_rel,
        _overlap(q_tokens, set(tokenize(title))),
        1.0 if query.kind not in ("other", "list") and carries(query.kind, text) else 0.0,
        1.0 if query.years and query.years & years else 0.0,
        1.0 if query.years and not query.years & years else 0.0,
        1.0 if kind in ("heading", "title") else 0.0,
        1.0 if len(_WORDS.findall(text)) < 6 else 0.0,
    ]


@functools.cache
def load_weights() -> tuple[float, dict[str, float]]:
    """``(bias, {feature: weight})`` from kb/data/rerank.toml; all zero when absent."""
    try:
        raw = resources.files("kb").joinpath("data/rerank.toml").read_text("utf-8")
    except FileNotFoundError:
        return 0.0, {}
    data = tomllib.loads(raw)
    weights = {k: float(v) for k, v in data.get("weights", {}).items()}
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(f"kb/data/rerank.toml: unknown features {sorted(unknown)}")
    return float(data.get("bias", 0.0)), weights


def score(vector: Sequence[float]) -> float:
    """The model's log-odds that a candidate holds the answer."""
    bias, weights = load_weights()
    return bias + sum(weights.get(name, 0.0) * x for name, x in zip(FEATURES, vector, strict=True))


def probability(vector: Sequence[float]) -> float:
    return 1.0 / (1.0 + math.exp(-score(vector)))
