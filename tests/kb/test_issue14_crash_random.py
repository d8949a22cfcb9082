"""Issue 14: SIGKILL at a random moment of an ingest, then the same ingest again.

A slice of benchmarks/crash_ingest.py (20 runs over 200 documents, results in
benchmarks/results/crash_ingest.md): one run over a dozen generated documents, in a
subprocess, writing every 20 clauses so that the kill may land in a write; the repaired
store must equal a clean one exactly (documents, clauses,
records and vectors, none lost or duplicated).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_random_sigkill_then_reingest_loses_and_duplicates_nothing(tmp_path):
    out = tmp_path / "crash.md"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "crash_ingest.py"),
            "--docs",
            "12",
            "--runs",
            "1",
            "--seed",
            "3",
            "--batch-clauses",
            "20",
            "--write",
            str(out),
        ],  # fmt: skip
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = out.read_text()
    assert "12 documents" in report and "**0 of 1**" in report
