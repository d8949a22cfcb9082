"""The knowledge-base CLI through click's CliRunner, on the real pipeline and model."""

from __future__ import annotations

import json
import shutil

import click
import pytest
from click.testing import CliRunner
from fixtures import ARTICLE

import kb.service
from kb.settings import DEFAULT_MODEL
from kb.testing import HashEmbedder
from ui.cli_kb import COMMANDS, register

pytest.importorskip("ingest.pipeline")

ALU = "How much of electrolytic aluminium's energy must be renewable by 2030?"


@click.group()
def cli() -> None:
    """Stand-in for ui.cli.main."""


register(cli)


@pytest.fixture(autouse=True)
def _shared_model(monkeypatch, embedder):
    """Reuse the session model; any other --model gets a cheap fake with that name."""
    monkeypatch.setattr(
        kb.service,
        "SentenceTransformerEmbedder",
        lambda model: embedder if model == DEFAULT_MODEL else HashEmbedder(name=model),
    )


@pytest.fixture()
def db(tmp_path):
    return str(tmp_path / "kb")


@pytest.fixture()
def ingested(db, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus / ARTICLE.name)
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    return corpus


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_ingest_is_idempotent(ingested, db):
    again = run("ingest", str(ingested), "--db", db)
    assert again.exit_code == 0 and "0 added, 0 replaced, 1 unchanged, 0 failed" in again.output


def test_ingest_reports_bad_files_by_name_and_keeps_the_good_ones(tmp_path, db):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "good.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 10)
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "Traceback" not in result.output
    assert "good.txt" in run("docs", "--db", db).output


def test_ask_text_cites_the_30_percent_target(ingested, db):
    result = run("ask", ALU, "--db", db)
    assert result.exit_code == 0, result.output
    assert "30%" in result.output.split("Sources:")[0] and "[1]" in result.output


def test_ask_json_shape(ingested, db):
    result = run("ask", ALU, "--db", db, "--format", "json", "--top-k", "3")
    data = json.loads(result.output)
    assert {"question", "answer", "sources", "records"} <= set(data)
    assert len(data["sources"]) == 3
    assert set(data["sources"][0]) == {
        "text",
        "doc_id",
        "clause_id",
        "section",
        "language",  # the document's language (issue 11)
        "score",
        "strength",
        "start",
        "end",
    }
    assert any(r["value"] == 30.0 for r in data["records"])


def test_ask_reads_one_question_per_stdin_line(ingested, db):
    questions = f"{ALU}\n\nWhat is the capital of France?\n"
    result = run("ask", "--db", db, "--format", "jsonl", input=questions)
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert "30%" in first["answer"] and second["answered"] is False


def test_ask_year_and_doc_filters(ingested, db):
    result = run(
        "ask",
        "What will be achieved?",
        "--db",
        db,
        "--year-from",
        "2035",
        "--year-to",
        "2035",
        "--format",
        "json",
        "--doc",
        "china-green",
    )
    data = json.loads(result.output)
    assert all(s["start"] < 1400 for s in data["sources"])  # only the 2035 paragraph


def test_ask_language_filter(ingested, db):
    data = json.loads(run("ask", ALU, "--db", db, "--language", "fr", "--format", "json").output)
    assert data["answered"] is False and data["sources"] == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["ask", ""], "question is empty"),
        (["ask", "x" * 10_000], "10,000 characters"),
        (["ask", "anything", "--doc", "nope"], 'no document matches "nope"'),
        (
            ["ask", "anything", "--model", "other/model"],
            "was built with sentence-transformers/all-MiniLM-L6-v2",
        ),
        (
            ["ask", "anything", "--chroma-url", "http://127.0.0.1:9"],
            "cannot reach the Chroma server",
        ),
        (["ask", "anything", "--chroma-url", "localhost:9"], "is invalid"),
        (["remove", "zzzz"], "no document matches"),
    ],
)
def test_bad_input_gives_one_line_errors_and_loses_nothing(ingested, db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert "china-green" in run("docs", "--db", db).output


def test_missing_store(tmp_path):
    result = run("ask", "anything", "--db", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no knowledge base at" in result.output
    assert not (tmp_path / "none").exists()


def test_docs_targets_remove(ingested, db):
    docs = run("docs", "--db", db).output
    doc_id = docs.splitlines()[1].split()[0]
    csv_out = run("targets", "--db", db, "--year", "2030").output
    assert csv_out.startswith("doc_id,clause_id,year,metric") and "electrolytic aluminum" in csv_out
    jsonl = run("targets", "--db", db, "--format", "jsonl").output.splitlines()
    assert all(json.loads(line)["type"] == "target" for line in jsonl)
    removed = run("remove", doc_id, "--db", db)
    assert removed.exit_code == 0 and doc_id in removed.output
    assert "no documents" in run("docs", "--db", db).output


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_every_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output
