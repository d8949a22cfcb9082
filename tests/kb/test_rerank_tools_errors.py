"""The reranker's benchmark tools stop with one line, not a traceback, on input they
cannot use: a feature pool collected before FEATURES grew, and a refit asked for when the
chosen sets hold no dev question."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from kb.rerank import FEATURES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import rerank_sets  # noqa: E402


def _pool(path: Path, columns: int) -> Path:
    rows = []
    for n in range(4):
        pids = [f"p{n}-{i}" for i in range(5)]
        rows.append(
            {
                "gold": [pids[n % 5]],
                "pids": pids,
                "f2": pids,
                "f3": pids,
                "feats": [[(i + j + n) % 3 / 2 for j in range(columns)] for i in range(5)],
                "extra": [[0.0, 0.0] for _ in range(5)],
            }
        )
    path.write_bytes(pickle.dumps(rows))
    return path


def _fitpool(pool: Path) -> subprocess.CompletedProcess:
    script = ROOT / "benchmarks" / "obliqa_dev" / "fitpool.py"
    return subprocess.run(
        [sys.executable, str(script), str(pool)], capture_output=True, text=True, timeout=120
    )


def test_a_pool_with_fewer_columns_gets_one_line_naming_the_file(tmp_path):
    pool = _pool(tmp_path / "old.pkl", len(FEATURES) - 2)
    done = _fitpool(pool)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(pool) in lines[0] and "re-collect" in lines[0]


def test_a_pool_with_every_column_is_fitted(tmp_path):
    done = _fitpool(_pool(tmp_path / "now.pkl", len(FEATURES)))
    assert done.returncode == 0, done.stderr
    assert "current reranker on fused3 pool" in done.stdout


def test_a_refit_without_dev_questions_stops_with_one_line(capsys):
    held_out = {"real_unseen9": ("unseen", [("q", [[0.0]], [1])])}
    with pytest.raises(SystemExit) as stop:
        rerank_sets.dev_questions(held_out, "real_unseen", Path("STORE"), ["base"])
    message = str(stop.value)
    assert "\n" not in message and "dev split in STORE" in message and "--only" in message


def test_dev_questions_are_kept_and_no_refit_needs_none():
    row = ("q", [[0.0]], [1])
    sets = {"real_dev": ("dev", [row]), "real_unseen9": ("unseen", [row])}
    assert rerank_sets.dev_questions(sets, "real_", Path("STORE"), ["base"]) == [row]
    assert rerank_sets.dev_questions({}, "real_unseen", Path("STORE"), []) == []
