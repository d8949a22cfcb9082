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
- whether it is a heading or a fragment too short to answer anything;
- the dense evidence a clause has where the question's words miss it (relative cosine
  and dense rank, each times the share of the question's words its context lacks), so a
  clause the embedding ranks high that says the same thing in other words is not held
  down by its low word cover.

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
from dataclasses import dataclass
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
    "dense_uncovered",
    "dense_rr_uncovered",
)

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _overlap(q_tokens: set[str], tokens: set[str]) -> float:
    return len(q_tokens & tokens) / len(q_tokens) if q_tokens else 0.0


#: One word of a question: the token runs any of which stands for it (a word alone, or
#: every term of a synonym group the question uses, each as its own run of tokens; a
#: run of several tokens counts only where a clause has them side by side).
Unit = tuple[tuple[str, ...], ...]


def question_units(query: Query) -> list[Unit]:
    """The question's words with each synonym group it uses counted as one word.

    A question that says "spending" and "transmission" has two words for a clause to
    share, whichever of their synonyms ("investment", "grid") the clause uses; counting
    every synonym as a word of its own would make a clause that uses one of them share
    a small fraction of a long list. The years its relative phrases resolve to ("this
    decade") are words of their own. A question that uses no group gets no units
    (``[]``): its word cover stays the plain token overlap the weights were fitted on.

    Example:
        >>> from kb.understand import understand
        >>> units = question_units(understand("yearly grid spending"))
        >>> len(units), ("transmission",) in units[0]
        (3, True)
    """
    from kb.lexical import tokenize
    from kb.understand import group_hits

    used = group_hits(query.text)
    if not used:
        return []
    units: list[Unit] = []
    covered: set[str] = set()
    for group, hits in used:
        for term in hits:
            covered |= set(tokenize(term))
        unit = tuple(dict.fromkeys(tuple(tokenize(t)) for t in group if tokenize(t)))
        if unit:
            units.append(unit)
    own = tokenize(query.text) + sorted(query.years)
    for tok in dict.fromkeys(own):
        if tok not in covered:
            units.append(((tok,),))
    return units


def _unit_overlap(units: Sequence[Unit], tokens: set[str], runs: str) -> float:
    """The fraction of ``units`` that a text holds: a one-token run when ``tokens`` has
    it, a longer run when ``runs`` (the text's token lists, space-joined and padded)
    has its tokens side by side."""
    if not units:
        return 0.0
    held = sum(
        any(alt[0] in tokens if len(alt) == 1 else f" {' '.join(alt)} " in runs for alt in unit)
        for unit in units
    )
    return held / len(units)


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
    units: Sequence[Unit] | None = None,
) -> list[float]:
    """The feature vector of one candidate, in the order of ``FEATURES``. Given the
    question's ``units`` (``question_units``), word cover counts a synonym group as one
    word; otherwise it is measured on ``q_tokens``."""
    from kb.lexical import tokenize

    tokens = tokenize(text)
    own = set(tokens)
    q_list = [t for t in tokenize(query.text)]
    q_pairs = set(zip(q_list, q_list[1:], strict=False))
    pairs = set(zip(tokens, tokens[1:], strict=False))
    around = own | set(tokenize(f"{context} {section}"))
    runs = " | ".join(" ".join(tokenize(t)) for t in (text, context, section)) if units else ""
    years = set(_YEAR.findall(f"{text} {context}"))
    cover_ctx = _unit_overlap(units, around, f" {runs} ") if units else _overlap(q_tokens, around)
    dense_rr = 1.0 / (1 + dense_rank) if dense_rank else 0.0
    return [
        dense if dense is not None else 0.0,
        bm25_rel,
        dense_rr,
        1.0 / (1 + bm25_rank) if bm25_rank else 0.0,
        1.0 / (1 + fused_rank),
        _unit_overlap(units, own, f" {' '.join(tokens)} ") if units else _overlap(q_tokens, own),
        cover_ctx,
        len(q_pairs & pairs) / len(q_pairs) if q_pairs else 0.0,
        dense_rel,
        _overlap(q_tokens, set(tokenize(title))),
        1.0 if query.kind not in ("other", "list") and carries(query.kind, text) else 0.0,
        1.0 if query.years and query.years & years else 0.0,
        1.0 if query.years and not query.years & years else 0.0,
        1.0 if kind in ("heading", "title") else 0.0,
        1.0 if len(_WORDS.findall(text)) < 6 else 0.0,
        dense_rel * (1.0 - cover_ctx),
        dense_rr * (1.0 - cover_ctx),
    ]


@dataclass(frozen=True, slots=True)
class Model:
    """A fitted reranker and the refusal thresholds calibrated with it."""

    bias: float = 0.0
    weights: tuple[tuple[str, float], ...] = ()
    min_evidence: float = 0.0  # on ``kb.qa.evidence_of`` (the model's dense cosine)
    min_relevance: float = 0.0  # on the reranker's probability

    def score(self, vector: Sequence[float]) -> float:
        """The log-odds that a candidate holds the answer."""
        w = dict(self.weights)
        return self.bias + sum(
            w.get(name, 0.0) * x for name, x in zip(FEATURES, vector, strict=True)
        )

    def probability(self, vector: Sequence[float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(vector)))


def weights_file(embedder_name: str) -> str:
    """The weights file for an embedding model: dense features differ between models,
    so each model family has its own (``rerank.toml`` for all-MiniLM-L6-v2 and
    models without their own file)."""
    from kb.multilingual import is_multilingual_model

    return "rerank-multilingual.toml" if is_multilingual_model(embedder_name) else "rerank.toml"


@functools.cache
def load_model(embedder_name: str = "") -> Model:
    """The reranker for ``embedder_name`` from kb/data; an empty ``Model`` when absent."""
    try:
        raw = (
            resources.files("kb").joinpath(f"data/{weights_file(embedder_name)}").read_text("utf-8")
        )
    except FileNotFoundError:
        return Model()
    data = tomllib.loads(raw)
    weights = {k: float(v) for k, v in data.get("weights", {}).items()}
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(
            f"kb/data/{weights_file(embedder_name)}: unknown features {sorted(unknown)}"
        )
    refusal = data.get("refusal", {})
    return Model(
        bias=float(data.get("bias", 0.0)),
        weights=tuple(weights.items()),
        min_evidence=float(refusal.get("min_evidence", 0.0)),
        min_relevance=float(refusal.get("min_relevance", 0.0)),
    )
