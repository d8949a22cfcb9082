"""The pure helpers of benchmarks/first_stage_variants.py (no store, no model)."""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "first_stage_variants.py"


@pytest.fixture(scope="module")
def fsv():
    spec = importlib.util.spec_from_file_location("first_stage_variants_under_test", PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_rank_is_one_based_and_none_when_absent(fsv):
    assert fsv.first_rank(["a", "b", "c"], {"c", "b"}) == 2
    assert fsv.first_rank(["a", "b"], {"z"}) is None
    assert fsv.first_rank([], {"a"}) is None


def test_interleave_takes_lists_in_turn_and_keeps_each_key_once(fsv):
    assert fsv.interleave(["d1", "x", "d3"], ["x", "b2"]) == ["d1", "x", "b2", "d3"]
    assert fsv.interleave([], ["b"]) == ["b"]


def test_rocchio_moves_the_query_towards_the_seed_mean_and_keeps_unit_length(fsv):
    query = np.array([1.0, 0.0], dtype=np.float32)
    seeds = np.array([[0.0, 1.0], [0.0, 1.0]], dtype=np.float32)
    moved = fsv.rocchio(query, seeds, 1.0)
    assert math.isclose(float(np.linalg.norm(moved)), 1.0, rel_tol=1e-6)
    assert moved[1] > 0.5  # halfway to the seeds
    assert np.allclose(fsv.rocchio(query, seeds[:0], 1.0), query)  # no seeds: unchanged


def test_rm3_terms_weighs_words_of_the_better_hits_and_skips_the_question_words(fsv):
    docs = [["heat", "pumps", "grid"], ["grid", "storage"]]
    terms = dict(fsv.rm3_terms(docs, [5.0, 1.0], {"grid"}, lambda t: 1.0, 2))
    assert "grid" not in terms  # a question word is never added again
    assert set(terms) == {"heat", "pumps"}  # from the far better first hit
    assert math.isclose(sum(terms.values()), 1.0)


def test_rm3_terms_leaves_out_numbers_and_short_words(fsv):
    terms = dict(fsv.rm3_terms([["2030", "ev", "charging"]], [1.0], set(), lambda t: 1.0, 5))
    assert list(terms) == ["charging"]


def test_group_counts_one_sets_rows_apart(fsv):
    rows = [
        {"set": "real_unseen10.QUESTIONS", "noshare": True, "split": "unseen"},
        {"set": "real_unseen10.ARTICLE_QUESTIONS", "noshare": False, "split": "unseen"},
        {"set": "real_unseen9.QUESTIONS", "noshare": True, "split": "unseen"},
        {"set": "real_dev.QUESTIONS", "noshare": False, "split": "dev"},
    ]
    groups = fsv.groups(False, "real_unseen10")
    assert sum(map(groups["real_unseen10 no-shared-word"], rows)) == 1
    assert sum(map(groups["real_unseen10 all"], rows)) == 2
    assert sum(map(groups["no-shared-word"], rows)) == 2
    assert set(fsv.groups(False)) == {"no-shared-word", "dev", "unseen"}


def test_rrf_fuses_the_first_fifty_of_each_list_as_a_search_does(fsv):
    assert fsv.rrf(["a", "b"], ["b", "c"]) == ["b", "a", "c"]  # in both lists: first
    deep = [f"x{i}" for i in range(60)]
    fused = fsv.rrf(deep, ["y"])
    assert "x55" not in fused  # past the first 50 of its list: not fused
    assert fused[:2] == ["x0", "y"]  # equal ranks keep the order first seen


def test_rank_cells_count_first_and_within_depth_and_mean_reciprocal_rank(fsv):
    cells = fsv.rank_cells([1, 4, None, 30])
    assert cells[:5] == ["1", "2", "2", "3", "3"]  # @1 @5 @20 @50 @300
    assert cells[5] == f"{(1 + 0.25 + 1 / 30) / 4:.3f}"  # a miss counts 0
    assert fsv.rank_cells([])[-1] == "0.000"


def test_groups_per_named_set_keep_each_sets_no_shared_word_rows_apart(fsv):
    rows = [
        {"set": "real_unseen9.QUESTIONS", "noshare": True},
        {"set": "real_unseen9.ARTICLE_QUESTIONS", "noshare": False},
        {"set": "article_paraphrase.DEV[dev]", "noshare": False},
    ]
    groups = fsv.groups(False, "", ("real_unseen9", "article_paraphrase"))
    assert sum(map(groups["real_unseen9 all"], rows)) == 2
    assert sum(map(groups["real_unseen9 no-shared-word"], rows)) == 1
    assert sum(map(groups["article_paraphrase all"], rows)) == 1
    assert sum(map(groups["no-shared-word (all sets)"], rows)) == 1


def test_table_gives_first_rank_and_mrr_and_drops_empty_set_groups(fsv):
    rows = [
        {"set": "real_dev.QUESTIONS", "noshare": False, "gold": {"k2"}},
        {"set": "real_dev.QUESTIONS", "noshare": False, "gold": {"k9"}},
    ]
    named = {"dense": [["k2", "k1"], ["k1", "k2"]]}
    lines = fsv.table(named, rows, False, "", ("real_dev",))
    body = [line for line in lines[2:] if "real_dev" in line]
    assert body == ["| dense | real_dev all | 2 | 1 | 1 | 1 | 1 | 1 | 0.500 | - |"]


def _run(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PATH.parents[1])}
    return subprocess.run(
        [sys.executable, str(PATH), *argv], capture_output=True, text=True, env=env, timeout=120
    )


def _options(**given) -> argparse.Namespace:
    return argparse.Namespace(
        **{"group": "", "held_out": False, "sets": "", "distractors": -1, **given}
    )


def test_a_misspelt_group_stops_with_one_line_naming_it(tmp_path):
    done = _run("--db", str(tmp_path), "--group", "real_unseen1O")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("error: no question set named real_unseen1O"), done.stderr


def test_group_with_held_out_stops_with_one_line(tmp_path):
    done = _run("--db", str(tmp_path), "--held-out", "--group", "real_unseen10")
    assert done.returncode != 0
    assert done.stderr.startswith("error: --group is ignored with --held-out"), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr


def test_a_folder_that_is_no_store_stops_with_one_line(tmp_path):
    done = _run("--db", str(tmp_path), "--group", "real_unseen10")
    assert done.returncode != 0
    assert done.stderr.startswith(f"error: --db {tmp_path}:"), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr


def test_argument_checks_keep_the_ordinary_calls(fsv):
    names = {"real_unseen9", "real_unseen10", "article_paraphrase"}
    assert fsv.argument_error(_options(group="real_unseen10"), names) is None
    assert fsv.argument_error(_options(held_out=True), names) is None
    sets = "article_paraphrase, real_unseen9"
    assert fsv.argument_error(_options(sets=sets, distractors=200), names) is None
    wrong = fsv.argument_error(_options(sets="real_unseen9,real_unseen11"), names)
    assert wrong.startswith("error: no question set named real_unseen11 ")
    both = fsv.argument_error(_options(sets="real_unseen9", group="real_unseen9"), names)
    assert both.startswith("error: --group is ignored with --sets")
    assert fsv.argument_error(_options(distractors=5), names).startswith("error: --distractors")


def test_set_names_are_the_modules_of_answerable_sets(fsv):
    names = fsv.set_names()
    assert {"real_dev", "real_unseen10", "zh_sets"} <= names
    assert "off_topic12" not in names  # near-misses only: no rows to count
