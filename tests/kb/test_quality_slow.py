"""Retrieval quality regression on the hand-written dev set (marker: slow).

Run with: pytest -m slow tests/kb/test_quality_slow.py. The full comparison with
distractors is benchmarks/kb_quality.py (results/kb_quality.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from kb_dev_set import DEV_SET, OFF_TOPIC  # noqa: E402

pytestmark = pytest.mark.slow


def test_dev_set_recall_at_5_and_values(article_kb):
    hits5 = values = 0
    for question, evidence, value in DEV_SET:
        ans = article_kb.ask(question, top_k=5)
        hits5 += any(evidence in s.text for s in ans.sources)
        values += value.lower() in ans.text.lower()
    # Measured 1.00 and 0.97 on the article alone (2026-11); tolerance for rule changes upstream.
    assert hits5 / len(DEV_SET) >= 0.95
    assert values / len(DEV_SET) >= 0.90


def test_off_topic_questions_are_all_refused_without_distractors(article_kb):
    assert not any(article_kb.ask(q).answered for q in OFF_TOPIC)
