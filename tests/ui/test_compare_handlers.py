"""Compare tab handlers over a real store built from the tracking fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui.handlers import compare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tracking"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = KnowledgeBase(
        Settings(db_dir=tmp_path_factory.mktemp("compare") / "kb"),
        embedder=HashEmbedder(),
        create=True,
    )
    list(kb.ingest([FIXTURES]))
    yield kb
    kb.close()


def test_choices_list_tracked_metrics_and_search_narrows_them(kb):
    names = compare.metric_choices(kb)
    assert any("recycling" in n for n in names) and any("non-fossil" in n for n in names)
    assert all("recycling" in n for n in compare.metric_choices(kb, "recycling"))


def test_view_has_one_line_per_target_year_and_progress_points(kb):
    (name,) = compare.metric_choices(kb, "offshore wind")
    fig, frame, summary = compare.compare_view(kb, name)
    names = {trace.name for trace in fig.data}
    assert names == {"target for 2030", "progress (reported)"}
    assert list(frame["kind"]).count("progress") == 1
    assert list(frame["value"])[:2] == ["30,000,000", "40,000,000"]
    assert "raised" in list(frame["relation"]) and "raised" in summary
    (name,) = compare.metric_choices(kb, "recycling")
    fig, frame, _ = compare.compare_view(kb, name)
    assert {trace.name for trace in fig.data} == {"target for 2030", "target for 2035"}


def test_change_log_lists_moves_first_and_unknown_choice_is_empty(kb):
    log = compare.change_log(kb)
    assert list(log["relation"])[0] == "raised" and list(log["relation"])[-1] == "restated"
    _, frame, summary = compare.compare_view(kb, "no such metric")
    assert frame.empty and summary == ""
