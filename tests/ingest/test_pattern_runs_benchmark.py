"""``benchmarks/pattern_runs.py``: the asks of one extract run are recorded once each, the
furniture's and the cut cues' (a short cue is not cut and not recorded), and every pass
compares the whole pattern's answers with the alternatives'. Sentences are our own."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import ingest.fact_cues as fact_cues
import ingest.figures as figures
from ingest.lang import load_grammar

ROOT = Path(__file__).resolve().parents[2]
EN = load_grammar("en")
SHORT = re.compile(r"\bfell\b|\brose\b|\bgrew\b", re.IGNORECASE)


def _module():  # type: ignore[no-untyped-def]
    sys.path.append(str(ROOT / "benchmarks"))
    path = ROOT / "benchmarks" / "pattern_runs.py"
    spec = importlib.util.spec_from_file_location("pattern_runs_under_test", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_each_ask_is_recorded_once_and_every_pass_compares(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    module = _module()
    import rule_path_pieces  # type: ignore[import-not-found]  # noqa: E402

    clause = "Under Article 4(3), adopted on 14 March 2024, emissions fell by 4% last year."

    def extract(folder):  # type: ignore[no-untyped-def]
        for _ in range(2):  # the same asks twice: kept once
            figures._furniture(clause, EN)
            fact_cues.has_cue(EN.historical, clause)
            fact_cues.has_cue(SHORT, clause)  # three alternatives: searched whole

    monkeypatch.setattr(rule_path_pieces, "_extract", extract)
    monkeypatch.setattr(figures, "_furniture", figures._furniture)
    monkeypatch.setattr(fact_cues, "has_cue", fact_cues.has_cue)
    furniture, cues = module.record(Path("unused"))
    assert furniture == [(clause, EN)]
    assert cues == [(EN.historical, clause)]
    module._passes("cues", cues, lambda p, t: p.search(t) is not None, lambda p, t: True)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.endswith(", 0 differ") for line in lines)
    module._passes("cues", cues, lambda p, t: True, lambda p, t: False)
    assert capsys.readouterr().out.splitlines()[0].endswith(", 1 differ")
