"""``benchmarks/stage_ranks.py`` closes the knowledge base it opened, also when the
ranking fails part way (the store's files are not left open)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import dense_pair_ranks  # noqa: E402
import stage_ranks  # noqa: E402


class _BrokenKb:
    closed = False

    def docs(self):
        raise RuntimeError("store unreadable")

    def close(self) -> None:
        self.closed = True


def test_the_store_is_closed_when_ranking_fails(tmp_path, monkeypatch):
    kb = _BrokenKb()
    monkeypatch.setattr(dense_pair_ranks, "open_kb", lambda db, model: kb)
    monkeypatch.setattr(sys, "argv", ["stage_ranks.py", "--db", str(tmp_path)])
    with pytest.raises(RuntimeError, match="store unreadable"):
        stage_ranks.main()
    assert kb.closed
