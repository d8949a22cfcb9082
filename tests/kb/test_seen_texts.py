"""benchmarks/seen_texts.py names every external text whose bytes equal a development
file or a file of an earlier set's folder, and stays quiet about new texts."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture()
def seen_texts(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("seen_texts")
    yield module
    sys.modules.pop("seen_texts", None)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def test_copy_of_a_shared_file_and_of_an_earlier_set_are_named(seen_texts, tmp_path):
    shared, earlier = tmp_path / "shared", tmp_path / "work"
    _write(shared / "real_policies" / "en" / "plan.md", "Ridgeland will halve its emissions.")
    _write(earlier / "unseen1" / "en" / "memo.md", "The valley aims at 70% wind power.")
    new = earlier / "unseen2"
    _write(new / "en" / "plan_copy.md", "Ridgeland will halve its emissions.")
    _write(new / "en" / "memo_copy.md", "The valley aims at 70% wind power.")
    _write(new / "en" / "fresh.md", "Lakeside plans 40 new charging hubs by 2031.")
    lines = seen_texts.seen_before(new, shared, earlier)
    assert len(lines) == 2
    assert any("plan_copy.md" in line and "plan.md" in line for line in lines)
    assert any("memo_copy.md" in line and "unseen1" in line for line in lines)
    assert not any("fresh.md" in line for line in lines)


def test_new_texts_and_the_folder_itself_give_no_warning(seen_texts, tmp_path):
    earlier = tmp_path / "work"
    new = earlier / "unseen3"
    _write(new / "zh" / "note.md", "某县计划2030年储能达到3GW。")
    _write(new / "sources.toml", "")
    assert seen_texts.seen_before(new, tmp_path / "shared", earlier) == []
