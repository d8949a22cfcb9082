"""The goals benchmark's own parts: settings name a tree and its environment, and the
two ratios, the ingest's seconds and Recall@10 are read from an ``obliqa.py`` report."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The lines of an obliqa.py report the benchmark reads, with made-up figures.
REPORT = """\
| policykb (top 10 hits) | 0.812 | 0.701 | 0.655 | 20 |
- **Goal (a)**, ingest passages/s >= 1.5 x the dense baseline's: **1.61** (met); ingest 15.3 s wall, 27.9 CPU s (with its extraction processes); baseline 24.6 s wall, 47.0 CPU s
- **Goal (b)**, ingest clauses/s >= 0.8 x raw encode of the same clause texts: **0.71** (not met); raw encode 10.9 s wall, 11.0 CPU s
"""


def _module():
    path = ROOT / "benchmarks" / "ingest_goals.py"
    spec = importlib.util.spec_from_file_location("ingest_goals_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_setting_is_a_tree_and_its_environment():
    bench = _module()
    assert bench.parse_setting(str(ROOT)) == (ROOT, {})
    root, env = bench.parse_setting(f"{ROOT}:POLICYKB_EXTRACT_NICE=10:POLICYKB_INGEST_WORKER=1")
    assert env == {"POLICYKB_EXTRACT_NICE": "10", "POLICYKB_INGEST_WORKER": "1"}
    with pytest.raises(SystemExit, match="TREE:NAME=VALUE"):
        bench.parse_setting(f"{ROOT}:NICE")
    with pytest.raises(SystemExit, match="no benchmarks/obliqa.py"):
        bench.parse_setting(str(ROOT / "docs"))


def test_the_figures_are_read_from_a_report():
    bench = _module()
    assert dict(bench.GOAL.findall(REPORT)) == {"a": "1.61", "b": "0.71"}
    assert bench.INGEST.search(REPORT).groups() == ("15.3", "27.9")
    assert bench.RECALL.search(REPORT).group(1) == "0.812"
