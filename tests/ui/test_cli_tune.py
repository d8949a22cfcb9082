"""``policykb tune``: one-line errors for bad pair files, and a real short run.

Pairs are written here in our own words (a made-up water utility's rules).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kb.embed import SentenceTransformerEmbedder
from ui.cli import main

PAIRS = [
    ("Who tests drinking water?", "The utility's laboratory tests drinking water every week."),
    ("How often are pipes inspected?", "Mains pipes are inspected at least once every five years."),
    ("What happens after a leak report?", "A crew repairs a reported leak within 48 hours."),
    ("Who pays for a new connection?", "The property owner pays for connecting a new building."),
]


def _pairs_file(tmp_path, lines):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _good_lines():
    return [json.dumps({"question": q, "passage": p}) for q, p in PAIRS]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (None, "nothere.jsonl: no such pair file"),
        (["{broken"], "pairs.jsonl:1: not valid JSON"),
        (['{"question": "Who tests?", "text": "The lab."}'], 'pairs.jsonl:1: field "passage"'),
        ([json.dumps({"question": "One?", "passage": "Only one."})], "1 pair(s) found"),
    ],
)
def test_bad_pair_files_give_one_line_and_no_model(tmp_path, lines, expected):
    path = str(tmp_path / "nothere.jsonl") if lines is None else _pairs_file(tmp_path, lines)
    out = tmp_path / "model"
    result = CliRunner().invoke(main, ["tune", path, "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and expected in errors[0]
    assert not out.exists()


def test_an_output_folder_with_files_is_refused_before_training(tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["tune", _pairs_file(tmp_path, _good_lines()), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "already exists and is not an empty folder" in result.output
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_tune_writes_a_model_folder_usable_with_model(tmp_path):
    out = tmp_path / "minilm-water"
    args = ["tune", _pairs_file(tmp_path, _good_lines()), "-o", str(out), "--max-steps", "1",
            "--batch-size", "4", "--max-seq-length", "32"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "tuned sentence-transformers/all-MiniLM-L6-v2 on 4 pairs: 1 steps" in result.output
    assert f"--model {out}" in result.output
    vectors = SentenceTransformerEmbedder(str(out)).embed(["Who tests drinking water?"])
    assert len(vectors[0]) == 384
