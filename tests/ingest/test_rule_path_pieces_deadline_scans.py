"""``benchmarks/rule_path_pieces.py deadline-scans``: every distinct text of the recorded
deadline asks goes through the rules once a pass, without the per-text cache, and each
pass prints its CPU seconds. Sentences are our own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import ingest.deadlines as deadlines

ROOT = Path(__file__).resolve().parents[2]


def _module():  # type: ignore[no-untyped-def]
    path = ROOT / "benchmarks" / "rule_path_pieces.py"
    spec = importlib.util.spec_from_file_location("rule_path_pieces_under_test", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_each_distinct_text_is_scanned_once_a_pass(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    asks = [
        ["The port will cut its emissions by 30% by 2030.", "en", None],
        ["The port will cut its emissions by 30% by 2030.", "en", 2024],
        ["到2030年，钢铁行业能耗下降10%。", "zh", 2024],
    ]
    asks_file = tmp_path / "asks.json"
    asks_file.write_text(json.dumps(asks, ensure_ascii=False), encoding="utf-8")
    scanned: list[tuple[str, str]] = []
    unwrapped = deadlines._rule_matches.__wrapped__  # type: ignore[attr-defined]

    def counting(text, grammar):  # type: ignore[no-untyped-def]
        scanned.append((text, grammar.language))
        return unwrapped(text, grammar)

    monkeypatch.setattr(deadlines, "_rule_matches", counting)
    _module().deadline_scans(asks_file, passes=2)
    distinct = [(asks[0][0], "en"), (asks[2][0], "zh")]
    assert scanned == distinct * 2
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" CPU")[0].rsplit(" ", 1)[0] for line in lines] == [
        "deadline scans pass 1: 2 texts",
        "deadline scans pass 2: 2 texts",
    ]
