"""Issue 14: a slice of the fuzz harness (benchmarks/fuzz.py) in the test suite.

The full run (``make fuzz``, 10,000 inputs) is recorded in benchmarks/results/fuzz.md;
here a few dozen generated hostile inputs of every category go through the same
harness, in a subprocess, and none may end in a traceback, a crash or a hang.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_slice_of_the_fuzz_harness_has_no_traceback_crash_or_hang(tmp_path):
    log = tmp_path / "fuzz.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "fuzz.py"),
            "--count",
            "120",
            "--seed",
            "7",
            "--log",
            str(log),
            "--write",
            str(tmp_path / "fuzz.md"),
        ],  # fmt: skip
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    outcomes = [json.loads(line) for line in log.read_text().splitlines()]
    statuses = Counter(o["status"] for o in outcomes)
    failures = [o for o in outcomes if o["status"] not in ("ok", "refused")]
    assert not failures, failures[:3]
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(outcomes) >= 120 and statuses["refused"] > 0 and statuses["ok"] > 0
    categories = {o["category"] for o in outcomes}
    assert {"file-system", "odd-name", "bit-flipped", "random-bytes"} <= categories
