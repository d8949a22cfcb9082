"""The throughput benchmark's corpus must be the one it says: without the tracker texts it
is the bundled article alone, which reads much faster per sentence, so the report names
both parts and ``--require-nzt`` stops instead of measuring the other corpus."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "extract_throughput", ROOT / "benchmarks" / "extract_throughput.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_require_nzt_stops_with_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.jsonl"
    monkeypatch.setattr(
        sys, "argv", ["extract_throughput.py", "--nzt", str(missing), "--require-nzt"]
    )
    assert _bench().main() == 2
    err = capsys.readouterr().err.strip()
    assert str(missing) in err and "--nzt" in err and len(err.splitlines()) == 1
