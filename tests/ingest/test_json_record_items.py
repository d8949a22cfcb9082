"""The items of a JSON array in a record each stand as a paragraph, like its fields.

A .txt record that lists aims as an array of short strings without closing stops must not
run them into one sentence: a share with no year would take the next item's due year and
base year. The texts are our own.
"""

from __future__ import annotations

import json

from ingest.json_record import json_record_as_text
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Target

NLP = build_nlp(language="en")


def _file_targets(tmp_path, text: str) -> set[tuple]:
    path = tmp_path / "strategy.txt"
    path.write_text(text, "utf-8")
    document = load_document(path, metadata={"language": "en", "date": "2024-03-01"})
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year, r.base_year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


_ITEMS = ["Wind 35% of supply", "Emissions 48% below 2005 levels by 2032"]


def test_array_items_do_not_run_together(tmp_path):
    text = json.dumps({"name": "Strategy", "goals": _ITEMS})
    assert _file_targets(tmp_path, text) == {(48, "%", 2032, 2005)}
    view = json_record_as_text(text)
    assert len(view) == len(text)
    assert "supply\n" in view


def test_the_same_items_as_plain_paragraphs(tmp_path):
    # ordinary: the items written as two paragraphs read the same
    assert _file_targets(tmp_path, "\n\n".join(_ITEMS) + "\n") == {(48, "%", 2032, 2005)}


def test_a_field_value_is_still_read(tmp_path):
    # ordinary: one aim as the value of a field
    text = json.dumps({"name": "Strategy", "goal": "Emissions 48% below 2005 levels by 2032."})
    assert _file_targets(tmp_path, text) == {(48, "%", 2032, 2005)}
