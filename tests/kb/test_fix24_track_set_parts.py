"""benchmarks/track_sets.py scores a set with published parts only among the files
found when one of its parts is absent, so a missing folder is not counted as misses."""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture()
def track_sets(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("track_sets")
    yield module
    sys.modules.pop("track_sets", None)


def _files(labels: Path) -> set[str]:
    links = tomllib.loads(labels.read_text("utf-8")).get("link", [])
    return {item[end][0] for item in links for end in ("a", "b")}


def _published(tmp_path: Path, parts: dict[str, list[str]]) -> Path:
    base = tmp_path / "published"
    for part, names in parts.items():
        (base / part).mkdir(parents=True)
        for name in names:
            (base / part / name).write_text("A text standing for a published one.\n", "utf-8")
    return base


def test_with_one_part_absent_the_other_parts_labels_are_not_scored(tmp_path, track_sets):
    full = track_sets.SETS / "unseen5" / "labels.toml"
    english = {n for n in _files(full) if not (track_sets.SETS / "unseen5" / n).exists()}
    assert english  # the set has links among its published English texts
    base = _published(tmp_path, {"zh": ["a_chinese_plan.txt"]})
    folders, labels = track_sets.set_folders("unseen5", base, tmp_path)
    assert folders[1:] == [base / "zh"]  # the part found is still ingested
    assert _files(labels) and not _files(labels) & english


def test_with_every_part_present_all_labels_are_scored(tmp_path, track_sets):
    full = track_sets.SETS / "unseen5" / "labels.toml"
    english = sorted(n for n in _files(full) if not (track_sets.SETS / "unseen5" / n).exists())
    base = _published(tmp_path, {"en": english, "zh": ["a_chinese_plan.txt"]})
    folders, labels = track_sets.set_folders("unseen5", base, tmp_path)
    assert labels == full and folders[1:] == [base / "en", base / "zh"]
    # unseen4 has an English part only: present, it is the whole set
    folders, labels = track_sets.set_folders(
        "unseen4", _published(tmp_path / "4", {"en": []}), tmp_path
    )
    assert labels == track_sets.SETS / "unseen4" / "labels.toml"
