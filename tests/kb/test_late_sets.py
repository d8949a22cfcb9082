"""``benchmarks/qa_sets/late_sets.py``: one table of the late Chinese first-contact sets,
looped over by ``check_sets.py`` and ``kb_real.py``, so no late set is left out of one of
them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

QA_SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "qa_sets"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"test_qa_sets_{name}", QA_SETS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_the_table_names_every_late_set_in_order():
    late = _load("late_sets")
    on_disk = sorted(
        (int(p.stem.removeprefix("zh_first_contact")), p.stem)
        for p in QA_SETS.glob("zh_first_contact*.py")
        if p.stem.removeprefix("zh_first_contact").isdigit()
    )
    assert late.LATE_ZH == tuple(stem for n, stem in on_disk if n >= 5)
    assert late.suffix("zh_first_contact10") == "FC10"


def test_a_document_of_the_newest_set_is_skipped_when_its_folder_is_absent(monkeypatch):
    check_sets = _load("check_sets")
    late = _load("late_sets")
    newest = _load(late.LATE_ZH[-1])
    older = frozenset().union(*(_load(n).OUTSIDE_SHARED for n in late.LATE_ZH[1:-1]))
    stem = sorted(newest.OUTSIDE_SHARED - older)[0]
    monkeypatch.setattr(check_sets, "doc_path", lambda _stem: None)
    monkeypatch.setattr(check_sets, "extra_stems", set)
    monkeypatch.setattr(check_sets, "manifest", dict)
    assert not check_sets.Checker().available(stem)
