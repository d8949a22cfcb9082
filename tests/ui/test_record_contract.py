"""One record contract: ``ingest.records`` defines the fields, every table and export follows.

A field added to a record is a change in ``ingest/records.py`` plus the code that
fills it; the CLI's CSV/JSON, the Targets exports and the obligation tables pick it
up from the dataclass fields.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from click.testing import CliRunner

from ingest.pipeline import ALL_TYPES, process_document
from ingest.records import (
    NOT_A_COLUMN,
    RECORD_TYPE_NAMES,
    RECORD_TYPES,
    SECTION_SEP,
    Document,
    Extraction,
    Obligation,
    Statistic,
    Target,
    column_names,
    columns,
    content_id,
    field_names,
    join_section,
    split_section,
)
from kb import obligations
from ui import cli
from ui.handlers import targets

RANGE_AIM = (
    "Harbour towns will cut the diesel burnt by their ferries by between 40 and 45 percent "
    "by 2031.\n"
)


def _with_new_field(cls: type) -> type:
    """``cls`` with one more field, as a change to records.py would add it."""
    return dataclasses.make_dataclass(
        f"Extended{cls.__name__}",
        [("pathway", str, dataclasses.field(default=""))],
        bases=(cls,),
        frozen=True,
    )


def test_record_types_are_named_once():
    assert tuple(RECORD_TYPES) == RECORD_TYPE_NAMES == ALL_TYPES == cli.EXTRACT_TYPES
    assert all(cls.TYPE == name for name, cls in RECORD_TYPES.items())


@pytest.mark.parametrize(
    ("table", "cls"),
    [
        (cli.COLUMNS, Target),
        (cli.COLUMNS, Statistic),
        (cli.COLUMNS, Obligation),
        (targets.EXPORT_COLUMNS, Target),
        (obligations.COLUMNS, Obligation),
    ],
)
def test_every_table_lists_every_column_field_of_its_record(table, cls):
    assert set(column_names(cls)) - {"type"} <= set(table)
    # the fields kept out of the columns on purpose are few and named in records.py
    assert set(field_names(cls)) - set(column_names(cls)) <= {"value_high", "role"}


@pytest.mark.parametrize("cls", [Target, Statistic, Obligation])
def test_a_new_field_joins_the_columns_after_the_named_ones(cls):
    extended = _with_new_field(cls)
    lead = ("document", "year", "text")
    made = columns(lead, [extended], skip=["type"])
    assert made[:3] == lead and made[-1] == "pathway"
    assert set(made) == {"document", *column_names(extended)} - {"type"}
    record = extended.from_dict({**_blank(cls), "pathway": "rail"})
    assert record.to_dict()["pathway"] == "rail"


def _blank(cls: type) -> dict:
    return {f.name: None for f in dataclasses.fields(cls) if f.init and f.name != "type"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_exports_carry_the_fields_of_a_range_target(tmp_path, fmt):
    path = tmp_path / "ferries.txt"
    path.write_text(RANGE_AIM, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(result.stdout))
        (row,) = list(reader)
        assert tuple(reader.fieldnames or ()) == cli.COLUMNS
        assert set(column_names(Target)) <= set(row) and "value_high" not in row
        assert "40" in row["value_text"] and "45" in row["value_text"]  # the range, in words
    else:
        (row,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert set(field_names(Target)) <= set(row) and row["value_high"] == 45
    assert float(row["value"]) == 40


def test_a_field_kept_out_of_the_columns_stays_in_json():
    hidden = dataclasses.make_dataclass(
        "TargetWithNote",
        [("note", str, dataclasses.field(default="", metadata=NOT_A_COLUMN))],
        bases=(Target,),
        frozen=True,
    )
    assert "note" in field_names(hidden) and "note" not in columns(["document"], [hidden])


def test_extraction_round_trips_through_a_dict():
    text = "Chapter 2 Ports\n\n" + RANGE_AIM
    document = Document(content_id(text), "ferries.txt", text, skipped=((0, 3),))
    extraction = process_document(document)
    assert extraction.records and extraction.clauses
    again = Extraction.from_dict(json.loads(json.dumps(extraction.to_dict())))
    assert again == extraction


def test_section_paths_split_back_into_their_labels():
    path = join_section(["Chapter  II", "Article 7\nReporting"])
    assert path == f"Chapter II{SECTION_SEP}Article 7 Reporting"
    assert split_section(path) == ["Chapter II", "Article 7 Reporting"]
    assert split_section("") == []


def test_the_targets_table_shows_a_new_target_field_as_its_own_column():
    assert targets.table_fields(Target) == []  # every field today has its place
    assert targets.table_fields(_with_new_field(Target)) == ["pathway"]
    assert targets.TARGET_COLUMNS[-1] == "key"


def test_the_targets_command_csv_lists_every_target_column_field():
    from ui import cli_kb

    assert set(column_names(Target)) - {"type"} <= set(cli_kb.TARGET_COLUMNS)
    assert "base_year" in cli_kb.TARGET_COLUMNS and "direction" in cli_kb.TARGET_COLUMNS
