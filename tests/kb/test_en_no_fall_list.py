"""``benchmarks/en_no_fall.py``: the English no-fall check of a query-side change is
reproducible from the repository: its question list and its folder list are committed, every
listed question is one a set asks, and the selection keeps every question of the two whole
sets and picks the others by the unit they ask in."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import en_no_fall  # noqa: E402
import kb_real  # noqa: E402

LIST = ROOT / "benchmarks" / "en_no_fall"


def test_the_committed_list_is_asked_by_the_sets():
    listed = (LIST / "questions.txt").read_text("utf-8").splitlines()
    asked = {q["q"] for s in kb_real.load_sets() for q in s.questions}
    assert len(listed) == len(set(listed)) == 98
    assert set(listed) <= asked


def test_the_selection_covers_the_committed_list():
    listed = set((LIST / "questions.txt").read_text("utf-8").splitlines())
    chosen = en_no_fall.chosen_questions()
    assert listed <= set(chosen)
    assert "How many kilometres long will Germany's hydrogen core network be?" in chosen


def test_the_folder_list_names_folders_beside_the_repository():
    folders = (LIST / "extra_docs.txt").read_text("utf-8").splitlines()
    assert len(folders) == 19
    assert all(f.startswith("../unseen") for f in folders)
