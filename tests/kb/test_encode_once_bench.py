"""The encode-once stress benchmark counts what it should and leaves no store behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_run_counts_each_text_once_and_removes_its_store(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "encode_once_stress.py")]
        + ["--runs", "1", "--passages", "12", "--delay", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    line = json.loads(done.stdout.strip().splitlines()[-1])
    # Twelve passages over eight sentences: each text is encoded once, the
    # ordinary answer, whatever else the run does.
    assert line["runs"] == 1
    assert line["encodes"] == line["distinct_texts"] > 0
    assert line["runs_with_a_second_encode"] == 0
    # The run's store (SQLite file, chroma's folder, the passage file) is gone.
    assert not list(tmp_path.glob("encode-once-*"))
