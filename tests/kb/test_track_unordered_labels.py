"""benchmarks/track_common.py: a label marked ``unordered`` (two texts of one day, whose
order no document gives) is right in either direction; an ordinary label only as written."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture()
def track_common(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("track_common")
    yield module
    sys.modules.pop("track_common", None)


def _link(a: str, b: str, year: int, value: float, relation: str = "restated"):
    def side(name):
        record = SimpleNamespace(year=year, value=value, value_text=f"{value:g}%")
        return SimpleNamespace(doc_path=f"/d/{name}", record=record)

    return SimpleNamespace(a=side(a), b=side(b), relation=relation)


_LABELS = """[[link]]
a = ["sheet.md", 2030, 50.0]
b = ["call.md", 2030, 50.0]
relation = "restated"
{flag}
"""


@pytest.mark.parametrize(
    ("flag", "found"),
    [
        ("unordered = true", 1),  # one day: either direction is the labelled pair
        ("", 0),  # an ordinary label: the reversed pair is a wrong one
    ],
)
def test_an_unordered_label_matches_either_direction(track_common, tmp_path, flag, found):
    labels = tmp_path / "labels.toml"
    labels.write_text(_LABELS.format(flag=flag), "utf-8")
    reversed_link = _link("call.md", "sheet.md", 2030, 50.0)
    score = track_common.score_links([reversed_link], labels)
    assert (score.found, score.predicted, score.gold) == (found, 1, 1)
    same_way = track_common.score_links([_link("sheet.md", "call.md", 2030, 50.0)], labels)
    assert same_way.found == 1
