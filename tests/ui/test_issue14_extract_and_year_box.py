"""Issue 14: `policykb extract` and the web year boxes on inputs that used to raise."""

from __future__ import annotations

import json
import math
import os

import gradio as gr
import pytest
from click.testing import CliRunner

from ui.cli import main
from ui.handlers.common import _year

GOOD = "By 2030, the share of renewable energy in industry will reach more than 30%.\n"
FILLER = "The committee met in the main hall and discussed the agenda. "
LAST = "By 2035, the recycling volume of major renewable resources shall reach 510 million tons."


def test_a_document_over_a_million_characters_extracts_in_a_parallel_batch(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(FILLER * math.ceil(1_050_000 / len(FILLER)) + LAST + "\n")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    result = CliRunner().invoke(main, ["extract", str(long), str(good), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["value"]) for r in rows] == [(str(long), 510e6), (str(good), 30.0)]
    text = long.read_text()
    assert text[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"] == LAST


def test_a_symlink_loop_among_the_inputs_is_one_error_line_and_the_rest_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.symlink("loop.txt", folder / "loop.txt")
    result = CliRunner().invoke(main, ["extract", str(folder), "--jobs", "2"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {folder / 'loop.txt'}: is a symbolic link loop (following it leads back to it). "
        "remove the link or point it at a file"
    ]
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == [30.0]


@pytest.mark.parametrize("value", ["inf", "1e400", "Infinity"])
def test_an_infinite_year_in_the_web_form_is_a_message(value):
    with pytest.raises(gr.Error, match="is not a year"):
        _year(value)
