"""``benchmarks/noshare_pool.py``: the no-shared-word pools are split by set, a dev
question is marked by the words it shares with its evidence line, and a run's misses file
scores a pool (a listed question absent from the misses was first and stated its value)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import noshare_pool  # noqa: E402


def test_content_words_fold_plurals_and_drop_function_words():
    assert noshare_pool.content_words("What are the targets for buses?") == {"target", "buse"}
    assert noshare_pool.content_words("How much gas") == {"gas"}


def test_the_evidence_line_is_the_line_that_holds_it():
    text = "Title\nThe fleet will grow to  40 buses by 2030.\nOther line"
    assert noshare_pool.evidence_line(text, "grow to 40 buses") == text.splitlines()[1]
    assert noshare_pool.evidence_line(text, "trams") is None


def test_the_pools_keep_tuning_and_check_sets_apart():
    tune, check, _ = noshare_pool.pools()
    assert all(not n.startswith(noshare_pool.CHECK_MARKED) for n in tune)
    assert all(n.startswith(noshare_pool.CHECK_MARKED) for n in check)
    assert not {q for v in tune.values() for q in v} & {q for v in check.values() for q in v}


def test_a_pool_is_scored_from_the_misses():
    listed = ["a?", "b?", "c?", "d?"]
    misses = [
        {"q": "b?", "want": "5%", "answer": "It is 5 %.", "rank": 3, "answered": True},
        {"q": "c?", "want": "2030", "answer": "-", "rank": None, "answered": False},
        {"q": "d?", "want": "7", "answer": "seven 7", "rank": 1, "answered": True},
        {"q": "x?", "answer": "near-miss answered"},
    ]
    # a: first and stated; b: top 5, value not stated as written; c: refused; d: first
    assert noshare_pool.score(listed, misses) == (4, 2, 3, 2, 1)
