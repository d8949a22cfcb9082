"""Passage corpora in the knowledge base: real spaCy, real chroma, the real model.

Rows of JSONL, CSV and Parquet files become documents of their own, re-ingest
is incremental, bad rows are reported and skipped, and passage metadata filters
retrieval.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import kb.service
from kb.settings import DEFAULT_MODEL
from kb.store import Filters, Store
from kb.testing import HashEmbedder
from ui.cli_kb import register

pytest.importorskip("ingest.pipeline")

# Rules of two imaginary rulebooks, written for these tests.
PASSAGES = [
    {
        "id": "AML-3.1",
        "text": "A Relevant Person must report any suspicious transaction to the Financial "
        "Intelligence Unit without delay and in any case within two business days.",
        "rulebook": "AML",
        "chapter": "3",
    },
    {
        "id": "AML-3.2",
        "text": "A Relevant Person must not tell the customer that a suspicious transaction "
        "report has been made.",
        "rulebook": "AML",
        "chapter": "3",
    },
    {
        "id": "FUNDS-2.4",
        "text": "A Fund Manager must report any breach of the fund's investment limits to the "
        "Regulator within five business days.",
        "rulebook": "FUNDS",
        "chapter": "2",
    },
    {
        "id": "FUNDS-2.5",
        "text": "By 2030, at least 40% of the assets of a green fund shall be invested in "
        "renewable energy projects.",
        "rulebook": "FUNDS",
        "chapter": "2",
    },
    {
        "id": "GEN-1.1",
        "text": "The Regulator may grant a waiver from a Rule where compliance would be unduly "
        "burdensome.",
        "rulebook": "GEN",
        "chapter": "1",
    },
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _ingest(kb, path, **fields):
    return list(kb.ingest_passages(kb.open_passages(path, **fields)))


def _statuses(results):
    out: dict[str, int] = {}
    for r in results:
        out[r.status] = out.get(r.status, 0) + 1
    return out


@pytest.fixture()
def passage_file(tmp_path):
    return _jsonl(tmp_path / "rulebooks.jsonl", PASSAGES)


def test_each_row_is_a_document_with_clauses_records_and_vectors(kb_factory, passage_file):
    kb = kb_factory()
    results = _ingest(kb, passage_file)
    assert _statuses(results) == {"added": 5}
    docs = {d.path.rsplit("#", 1)[1]: d for d in kb.docs()}
    assert sorted(docs) == sorted(p["id"] for p in PASSAGES)
    assert all(d.clauses >= 1 for d in docs.values())
    assert kb.store.collection.count() == sum(d.clauses for d in docs.values())
    # Passages go through the normal extraction: the 2030 share is a target,
    # the reporting duty an obligation.
    (target,) = kb.targets(year=2030)
    assert target.value == 40 and target.doc_id == docs["FUNDS-2.5"].doc_id
    duties = list(kb.store.records(record_type="obligation", doc_ids=[docs["AML-3.1"].doc_id]))
    assert duties and duties[0].modality == "obligation"


def test_reingest_is_idempotent_and_a_changed_row_replaces_its_old_version(
    kb_factory, passage_file
):
    kb = kb_factory()
    _ingest(kb, passage_file)
    revision = kb.store.revision
    assert _statuses(_ingest(kb, passage_file)) == {"unchanged": 5}
    assert kb.store.revision == revision

    changed = [dict(p) for p in PASSAGES]
    changed[2]["text"] = changed[2]["text"].replace("five business days", "three business days")
    changed[4]["rulebook"] = "GENERAL"  # metadata counts as content too
    results = _ingest(kb, _jsonl(passage_file, changed))
    assert _statuses(results) == {"unchanged": 3, "replaced": 2}
    assert len(kb.docs()) == 5
    hits = kb.retriever.search("breach of investment limits", top_k=1)
    assert "three business days" in hits[0].text
    assert kb.store.collection.count() == sum(d.clauses for d in kb.docs())
    assert (
        kb.retriever.search("waiver", top_k=3, filters=Filters(meta=(("rulebook", "GEN"),))) == []
    )


def test_identical_texts_with_different_ids_stay_separate(kb_factory, tmp_path):
    kb = kb_factory()
    text = PASSAGES[0]["text"]
    path = _jsonl(tmp_path / "dupes.jsonl", [{"id": "a", "text": text}, {"id": "b", "text": text}])
    assert _statuses(_ingest(kb, path)) == {"added": 2}
    assert sorted(d.path.rsplit("#", 1)[1] for d in kb.docs()) == ["a", "b"]
    hits = kb.retriever.search("report suspicious transaction", top_k=5)
    assert len({h.doc_id for h in hits}) == 2


def test_csv_and_parquet_files_ingest_like_jsonl(kb_factory, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    kb = kb_factory()
    rows = [{"passage_id": p["id"], "passage": p["text"], "book": p["rulebook"]} for p in PASSAGES]
    with (tmp_path / "rules.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:3])
    pq.write_table(pa.Table.from_pylist(rows[3:]), tmp_path / "rules.parquet")
    assert _statuses(_ingest(kb, tmp_path / "rules.csv")) == {"added": 3}
    assert _statuses(_ingest(kb, tmp_path / "rules.parquet")) == {"added": 2}
    assert len(kb.docs()) == 5
    hits = kb.retriever.search("green fund renewable energy", top_k=3)
    assert hits[0].doc_id in {d.doc_id for d in kb.docs() if d.path.endswith("#FUNDS-2.5")}


def test_bad_rows_are_skipped_with_file_and_line(kb_factory, tmp_path):
    kb = kb_factory()
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(PASSAGES[0]),
                '{"id": "broken", "text": ',
                json.dumps({"id": "empty", "text": ""}),
                json.dumps(PASSAGES[1]),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    results = _ingest(kb, path)
    failed = [r.error for r in results if r.status == "failed"]
    assert failed == [f"{path}:2: invalid JSON (Expecting value)", f"{path}:3: empty text"]
    assert len(kb.docs()) == 2


def test_metadata_filter_restricts_retrieval(kb_factory, passage_file):
    kb = kb_factory()
    _ingest(kb, passage_file)
    question = "When must a transaction or breach be reported?"
    unfiltered = {h.doc_id for h in kb.retriever.search(question, top_k=5)}
    funds = kb.filters(where=[("rulebook", "FUNDS")])
    assert funds.meta == (("rulebook", "FUNDS"),)
    hits = kb.retriever.search(question, top_k=5, filters=funds)
    funds_docs = {d.doc_id for d in kb.docs() if "#FUNDS-" in d.path}
    assert hits and {h.doc_id for h in hits} <= funds_docs
    assert unfiltered - funds_docs  # without the filter, other rulebooks answer too
    # Two values of one column are alternatives; two columns must both hold.
    either = Filters(meta=(("rulebook", "AML"), ("rulebook", "GEN")))
    assert {h.doc_id for h in kb.retriever.search(question, top_k=10, filters=either)} == {
        d.doc_id for d in kb.docs() if "#AML-" in d.path or "#GEN-" in d.path
    }
    both = Filters(meta=(("rulebook", "AML"), ("chapter", "2")))
    assert kb.retriever.search(question, top_k=5, filters=both) == []
    answer = kb.ask(question, filters=funds)
    assert answer.sources and {s.doc_id for s in answer.sources} <= funds_docs


# -- the CLI ---------------------------------------------------------------------------------


@click.group()
def cli() -> None:
    """Stand-in for ui.cli.main."""


register(cli)


@pytest.fixture()
def _shared_model(monkeypatch, embedder):
    monkeypatch.setattr(
        kb.service,
        "SentenceTransformerEmbedder",
        lambda model: embedder if model == DEFAULT_MODEL else HashEmbedder(name=model),
    )


@pytest.mark.usefixtures("_shared_model")
def test_cli_ingests_passages_says_which_fields_and_filters_with_where(tmp_path, passage_file):
    db = str(tmp_path / "kb")
    bad = tmp_path / "more.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": 5}) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(passage_file), str(bad), "--db", db])
    assert result.exit_code == 1
    assert "id field 'id', text field 'text', metadata: rulebook, chapter" in result.output
    assert f"{bad}:1: text must be a string, not an integer" in result.output
    assert "5 added, 0 replaced, 0 unchanged, 0 failed, 1 bad rows skipped" in result.output
    again = runner.invoke(cli, ["ingest", str(passage_file), "--db", db])
    assert again.exit_code == 0, again.output
    assert "0 added, 0 replaced, 5 unchanged, 0 failed, 0 bad rows skipped" in again.output

    ask = runner.invoke(
        cli,
        [
            "ask",
            "Who must report a breach?",
            "--where",
            "rulebook=AML",
            "--db",
            db,
            "--format",
            "json",
        ],
    )
    assert ask.exit_code == 0, ask.output
    sources = json.loads(ask.output)["sources"]
    aml = {d.doc_id for d in Store(Path(db)).documents() if "#AML-" in d.path}
    assert sources and {s["doc_id"] for s in sources} <= aml
    wrong = runner.invoke(cli, ["ask", "Who reports?", "--where", "rulebook", "--db", db])
    assert wrong.exit_code == 2 and "KEY=VALUE" in wrong.output


@pytest.mark.usefixtures("_shared_model")
def test_cli_names_the_columns_when_no_text_field_is_found(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("rule,body\nR1,Members must keep records for six years.\n", encoding="utf-8")
    db = str(tmp_path / "kb")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", db])
    assert result.exit_code == 1
    assert f"{path}: has no id column" in result.output and "rule, body" in result.output
    assert "--id-field" in result.output
    fixed = CliRunner().invoke(
        cli, ["ingest", str(path), "--id-field", "rule", "--text-field", "body", "--db", db]
    )
    assert fixed.exit_code == 0, fixed.output
    assert "id field 'rule', text field 'body'" in fixed.output
