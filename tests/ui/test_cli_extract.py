"""`policykb extract`: formats, batches, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from ui.cli import main

GOOD = (
    "By 2030, the share of renewable energy in electrolytic aluminium will reach more than 30%.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


def test_extract_corpus_prints_exactly_the_seed_targets(runner, seed_path):
    result = runner.invoke(main, ["extract", str(seed_path.parent)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["type"] for r in rows} == {"target"}
    assert sorted(r["value"] for r in rows if r["value"] is not None) == [
        20.0,
        30.0,
        40.0,
        62.0,
        510e6,
    ]
    assert all(r["source"].endswith(".txt") for r in rows)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_every_format_carries_both_record_types(runner, seed_path, fmt):
    result = runner.invoke(main, ["extract", str(seed_path), "--types", "target,statistic",
                                  "--format", fmt])  # fmt: skip
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    else:
        rows = [{"type": line.split()[0]} for line in result.stdout.splitlines()]
    assert {r["type"] for r in rows} == {"target", "statistic"}


def _bad_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfa\x00\x81" * 3 + b"\x00\x00\xd8\x00")
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # a sparse 50 MB file: the size check runs before any read
        f.truncate(50 * 1024 * 1024)
    return {
        "empty.txt": "is empty",
        "image.txt": "binary",
        "sheet.xlsx": "not supported",
        "broken.txt": "decode",
        "huge.txt": "50.0 MB",
        "missing.txt": "no such file",
    }


def test_bad_inputs_get_one_line_each_and_the_good_file_still_comes_out(runner, tmp_path):
    expected = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    args = ["extract", str(good)] + [str(tmp_path / name) for name in expected]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        (line,) = [e for e in errors if name in e]
        assert reason in line, line
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["value"] == 30.0 and row["comparator"] == ">"


@pytest.mark.parametrize("name", ["empty.txt", "image.txt", "sheet.xlsx", "broken.txt", "huge.txt"])
def test_each_bad_file_alone_exits_non_zero_without_traceback(runner, tmp_path, name):
    _bad_files(tmp_path)
    result = runner.invoke(main, ["extract", str(tmp_path / name)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"error: {tmp_path / name}:")


def test_a_folder_with_a_bad_file_reports_it_and_finishes_the_rest(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("   \n")
    result = runner.invoke(main, ["extract", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "is empty" in result.stderr
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 1


def test_parallel_jobs_give_the_same_records_in_the_same_order(runner, tmp_path, seed_path):
    for i in range(3):
        (tmp_path / f"doc{i}.txt").write_text(
            seed_path.read_text(encoding="utf-8"), encoding="utf-8"
        )
    one = runner.invoke(main, ["extract", str(tmp_path), "--types", "target,statistic"])
    two = runner.invoke(
        main, ["extract", str(tmp_path), "--types", "target,statistic", "--jobs", "2"]
    )
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > 30


def test_unknown_record_type_is_a_usage_error(runner, seed_path):
    result = runner.invoke(main, ["extract", str(seed_path), "--types", "targets"])
    assert result.exit_code == 2
    assert "choose from: target, statistic" in result.output
