"""Passage files: field detection, bad rows by FILE:LINE, identity of rows, formats."""

from __future__ import annotations

import csv
import json

import pytest

from ingest.errors import IngestError
from ingest.passages import BadRow, count_rows, passage_path, read_passages
from ingest.records import Document

ROWS = [
    {
        "id": "4.1.1",
        "text": "An Authorised Person must notify the Regulator in writing within 10 business "
        "days of any change to its controllers.",
        "chapter": "4",
    },
    {
        "id": "4.1.2",
        "text": "The notice must state the name of each new controller and the size of its "
        "holding.",
        "chapter": "4",
    },
    {
        "id": "7.2.1",
        "text": "By 2030, at least 30% of the fund's assets shall be invested in renewable "
        "energy projects.",
        "chapter": "7",
    },
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _csv(path, rows, fields=None):
    fields = fields or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _docs(passages):
    return [r for r in passages.rows() if isinstance(r, Document)]


def _bad(passages):
    return [r for r in passages.rows() if isinstance(r, BadRow)]


def test_jsonl_rows_become_documents_with_metadata(tmp_path):
    passages = read_passages(_jsonl(tmp_path / "rules.jsonl", ROWS))
    assert (passages.id_field, passages.text_field) == ("id", "text")
    assert passages.metadata_fields == ("chapter",)
    assert "id field 'id', text field 'text', metadata: chapter" in passages.describe()
    docs = _docs(passages)
    assert [d.path for d in docs] == [passage_path(tmp_path / "rules.jsonl", r["id"]) for r in ROWS]
    assert docs[0].text == ROWS[0]["text"] and docs[0].metadata == {"chapter": "4"}
    assert docs[0].format == "jsonl" and docs[0].language == "en"
    assert docs[0].title == "rules.jsonl#4.1.1"


def test_csv_and_parquet_give_the_same_documents_as_jsonl(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    from_jsonl = _docs(read_passages(_jsonl(tmp_path / "rules.jsonl", ROWS)))
    from_csv = _docs(read_passages(_csv(tmp_path / "rules.csv", ROWS)))
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "rules.parquet")
    from_parquet = _docs(read_passages(tmp_path / "rules.parquet"))
    for docs, fmt in ((from_csv, "csv"), (from_parquet, "parquet")):
        assert [d.text for d in docs] == [d.text for d in from_jsonl]
        assert [d.metadata for d in docs] == [d.metadata for d in from_jsonl]
        assert {d.format for d in docs} == {fmt}
    assert count_rows(tmp_path / "rules.parquet") == count_rows(tmp_path / "rules.csv") == 3


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (("passage_id", "passage"), ("passage_id", "passage")),
        (("ID", "Passage"), ("ID", "Passage")),
        (("id", "content"), ("id", "content")),
        # id is preferred over passage_id, text over passage
        (("passage_id", "id", "passage", "text"), ("id", "text")),
    ],
)
def test_id_and_text_fields_are_detected(tmp_path, columns, expected):
    row = {columns[0]: "r1", columns[1]: "Members must keep records for six years."}
    row.update({c: f"value of {c}" for c in columns[2:]})
    passages = read_passages(_jsonl(tmp_path / "p.jsonl", [row]))
    assert (passages.id_field, passages.text_field) == expected


def test_missing_text_column_names_the_file_its_columns_and_the_option(tmp_path):
    path = _csv(tmp_path / "p.csv", [{"id": "1", "body": "Members must keep records."}])
    with pytest.raises(IngestError) as info:
        read_passages(path)
    message = str(info.value)
    assert str(path) in message and "id, body" in message and "--text-field" in message
    passages = read_passages(path, text_field="body")
    assert [d.text for d in _docs(passages)] == ["Members must keep records."]


def test_a_given_field_that_is_not_there_is_an_error(tmp_path):
    path = _jsonl(tmp_path / "p.jsonl", ROWS)
    with pytest.raises(IngestError, match="no column 'rule'.*id, text, chapter.*--id-field"):
        read_passages(path, id_field="rule")


def test_bad_rows_are_reported_by_line_and_the_rest_kept(tmp_path):
    path = tmp_path / "p.jsonl"
    lines = [
        json.dumps(ROWS[0]),
        "{not json",
        json.dumps({"text": "A row without its id."}),
        "",
        json.dumps({"id": "x", "text": "   "}),
        json.dumps({"id": "y", "text": 42}),
        json.dumps({"id": ["y"], "text": "An id that is a list."}),
        json.dumps({"id": "z"}),
        json.dumps(ROWS[0]),
        "[1, 2]",
        json.dumps(ROWS[1]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = list(read_passages(path).rows())
    bad = {r.line: r.reason for r in rows if isinstance(r, BadRow)}
    assert bad == {
        2: "invalid JSON (Expecting property name enclosed in double quotes)",
        3: "missing id (field 'id')",
        5: "empty text",
        6: "text must be a string, not an integer",
        7: "id must be a string or an integer, not a list",
        8: "missing text (field 'text')",
        9: "duplicate id '4.1.1' (first on line 1)",
        10: "not a JSON object (a list)",
    }
    assert str(next(r for r in rows if isinstance(r, BadRow))) == f"{path}:2: invalid JSON " + (
        "(Expecting property name enclosed in double quotes)"
    )
    assert [d.metadata["chapter"] for d in rows if isinstance(d, Document)] == ["4", "4"]


def test_csv_bad_rows_give_the_line_where_the_record_starts(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        'id,text\n1,"A passage\nthat spans two lines."\n2,\n3,Members must keep records.,extra\n',
        encoding="utf-8",
    )
    rows = list(read_passages(path).rows())
    assert [(r.line, r.reason) for r in rows if isinstance(r, BadRow)] == [
        (4, "empty text"),
        (5, "has 3 cells, the header has 2"),
    ]
    assert [d.text for d in rows if isinstance(d, Document)] == ["A passage\nthat spans two lines."]


def test_same_text_with_different_ids_are_different_documents(tmp_path):
    text = "The Regulator may issue a direction to an Authorised Person."
    rows = [{"id": "a", "text": text}, {"id": "b", "text": text}]
    first, second = _docs(read_passages(_jsonl(tmp_path / "p.jsonl", rows)))
    assert first.doc_id != second.doc_id and first.path != second.path


def test_row_identity_is_stable_and_content_changes_the_doc_id(tmp_path):
    path = _jsonl(tmp_path / "p.jsonl", ROWS)
    before = {d.path: d.doc_id for d in _docs(read_passages(path))}
    assert before == {d.path: d.doc_id for d in _docs(read_passages(path))}
    changed = [dict(ROWS[0], text=ROWS[0]["text"].replace("10", "15")), *ROWS[1:]]
    after = {d.path: d.doc_id for d in _docs(read_passages(_jsonl(path, changed)))}
    assert after.keys() == before.keys()
    assert [p for p in before if before[p] != after[p]] == [passage_path(path, "4.1.1")]


def test_metadata_values_are_text(tmp_path):
    row = {"id": 7, "text": "Fees are payable annually.", "year": 2024, "rate": 0.5, "draft": False}
    row |= {"note": None, "tags": ["fees"]}
    (doc,) = _docs(read_passages(_jsonl(tmp_path / "p.jsonl", [row])))
    assert doc.path.endswith("#7")
    assert doc.metadata == {"year": "2024", "rate": "0.5", "draft": "false", "tags": '["fees"]'}


def test_files_without_rows_or_of_other_kinds_are_refused(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("id,text\n", encoding="utf-8")
    with pytest.raises(IngestError, match="has no rows"):
        read_passages(tmp_path / "empty.jsonl")
    with pytest.raises(IngestError, match="is empty"):
        read_passages(tmp_path / "empty.csv")
    with pytest.raises(IngestError, match="not a passage file"):
        read_passages(tmp_path / "notes.txt")
