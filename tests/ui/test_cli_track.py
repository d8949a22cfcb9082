"""``policykb track``: series, changes and pairs from a real store built from our fixtures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tracking"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("track-cli") / "kb"
    kb = KnowledgeBase(Settings(db_dir=path), embedder=HashEmbedder(), create=True)
    list(kb.ingest([FIXTURES]))
    kb.close()
    return str(path)


def _run(db, *args):
    result = CliRunner().invoke(main, ["track", "--db", db, "--lexical-only", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_pairs_jsonl_prints_each_linked_pair_with_records_as_extract_does(db):
    rows = [json.loads(line) for line in _run(db, "--pairs", "--format", "jsonl").splitlines()]
    assert rows
    for row in rows:
        assert row["relation"] in (
            "superseded",
            "rebased",
            "extended",
            "raised",
            "lowered",
            "restated",
        )
        for side in ("a", "b"):
            assert row[side]["type"] == "target"
            assert {"source", "value", "year", "metric", "unit", "text"} <= set(row[side])
        assert row["a"]["doc_date"] < row["b"]["doc_date"]  # a from the earlier document
        assert "lexical" in row["evidence"] and "embedding" in row["evidence"]
    wind = [
        r
        for r in rows
        if r["b"]["source"].endswith("wind_plan_update_2022.md") and r["b"]["unit"] == "kW"
    ]
    assert [(r["a"]["value"], r["b"]["value"], r["relation"]) for r in wind] == [
        (3e7, 4e7, "raised")
    ]


def test_series_table_and_filters(db):
    out = _run(db, "--metric", "recycling rate")
    assert "recycling" in out and "Offshore" not in out
    assert "extended" in out and "raised" in out
    rows = list(
        csv.DictReader(io.StringIO(_run(db, "--format", "csv", "--jurisdiction", "Coastland")))
    )
    assert rows and {r["jurisdiction"] for r in rows} == {"Coastland"}
    assert any(r["kind"] == "progress" and r["year"] == "2023" for r in rows)
    assert all(
        r["doc_date"] >= "2022"
        for r in csv.DictReader(io.StringIO(_run(db, "--format", "csv", "--since", "2022")))
    )


def test_changes_list_what_moved_first_in_markdown(db):
    out = _run(db, "--changes", "--format", "md").splitlines()
    assert out[0].startswith("| relation |")
    relations = [line.split("|")[1].strip() for line in out[2:]]
    assert relations[0] == "raised" and relations[-1] == "restated"


def test_a_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["track", "--db", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "no knowledge base" in result.output and "Traceback" not in result.output
