"""Tracked series cached per store revision: read back until the store changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb import track_cache, tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tracking"


@pytest.fixture
def store(tmp_path):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    assert all(r.status == "added" for r in kb.ingest([FIXTURES]))
    yield kb
    kb.close()


@pytest.fixture
def builds(monkeypatch):
    """How many times the series were built (the real build runs each time)."""
    calls = []
    real = tracking.build_series

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(tracking, "build_series", counting)
    return calls


def _shape(series):
    return sorted(
        (s.label, len(s.statements), sorted((k.relation, k.b.row_id) for k in s.links))
        for s in series
    )


def test_the_series_are_read_back_until_a_document_is_added(store, builds, tmp_path):
    first = tracking.track(store.store)
    again = tracking.track(store.store)
    assert len(builds) == 1 and _shape(again) == _shape(first)
    assert len(list((store.settings.db_dir / "cache").glob("series-*.pkl"))) == 1

    later = tmp_path / "later"
    later.mkdir()
    (later / "wind_review_2026.md").write_text(
        "# Coastal energy review 2026\n\nOffshore wind capacity shall reach 40 GW by 2030.\n",
        "utf-8",
    )
    (later / "sources.toml").write_text(
        '[[document]]\nfile = "wind_review_2026.md"\nissuer = "Coastland Ministry of Energy"\n'
        'date = "2026-02-01"\n',
        "utf-8",
    )
    assert all(r.status == "added" for r in store.ingest([later]))
    grown = tracking.track(store.store)
    assert len(builds) == 2
    names = {Path(k.b.doc_path).name for s in grown for k in s.links}
    assert "wind_review_2026.md" in names
    # the older file of the store is gone: one file per store and signal
    assert len(list((store.settings.db_dir / "cache").glob("series-*.pkl"))) == 1


def test_filters_do_not_change_what_is_cached(store, builds):
    whole = tracking.track(store.store)
    assert tracking.track(store.store, metric="offshore wind", since=2022)
    assert _shape(tracking.track(store.store)) == _shape(whole) and len(builds) == 1


def test_an_unreadable_cache_file_is_rebuilt(store, builds):
    whole = tracking.track(store.store)
    path = track_cache.series_path(store.store, None)
    path.write_bytes(b"not a pickle")
    assert _shape(tracking.track(store.store)) == _shape(whole) and len(builds) == 2


def test_each_signal_has_its_own_file(store):
    lexical = track_cache.series_path(store.store, None)
    embedded = track_cache.series_path(store.store, HashEmbedder())
    assert lexical != embedded and lexical.parent == embedded.parent


def test_a_threshold_changed_in_place_makes_another_file(store, monkeypatch):
    before = track_cache.series_path(store.store, None)
    monkeypatch.setattr("kb.track_signals.EMBEDDING_MIN", 0.5)
    assert track_cache.series_path(store.store, None) != before
