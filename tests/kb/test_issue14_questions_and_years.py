"""Issue 14: questions with control characters or undecodable bytes, and out-of-range years."""

from __future__ import annotations

import json
import shutil

import click
import pytest
from click.testing import CliRunner
from fixtures import ARTICLE

import kb.service
from kb.errors import QuestionError
from kb.qa import check_question
from kb.settings import DEFAULT_MODEL
from kb.testing import HashEmbedder
from ui.cli_kb import register
from ui.cli_obligations import register as register_obligations

ALU = "How much of electrolytic aluminium's energy must be renewable by 2030?"


@click.group()
def cli() -> None:
    """Stand-in for ui.cli.main."""


register(cli)
register_obligations(cli)


@pytest.fixture(autouse=True)
def _shared_model(monkeypatch, embedder):
    monkeypatch.setattr(
        kb.service,
        "SentenceTransformerEmbedder",
        lambda model: embedder if model == DEFAULT_MODEL else HashEmbedder(name=model),
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One knowledge base with the bundled article, shared by the module (read-only here)."""
    folder = tmp_path_factory.mktemp("issue14")
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    return str(folder / "kb"), folder


@pytest.fixture()
def store(db):
    """The shared store, ingested on first use (the model is patched per test)."""
    path, folder = db
    if not (folder / "kb").exists():
        result = CliRunner().invoke(cli, ["ingest", str(folder / ARTICLE.name), "--db", path])
        assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What share\x00 of renewable energy?", "What share of renewable energy?"),
        ("\x1b[31mred\x1b[0m target\x7f?", "[31mred [0m target ?"),
        ("line\x85break", "line break"),  # C1 control (NEL)
    ],
)
def test_control_characters_in_a_question_are_spaces(question, expected):
    assert check_question(question) == expected


@pytest.mark.parametrize("question", ["\x00", "\x00\x00 \x01"])
def test_a_question_of_control_characters_only_is_empty(question):
    with pytest.raises(QuestionError, match="the question is empty"):
        check_question(question)


def test_undecodable_bytes_in_a_question_are_refused_by_position():
    question = b"What\xff target?".decode("utf-8", "surrogateescape")
    with pytest.raises(QuestionError, match=r"not text \(U\+DCFF at character 5"):
        check_question(question)


def test_a_nul_byte_on_stdin_is_read_as_a_space(store):
    result = CliRunner().invoke(
        cli,
        ["ask", "--db", store, "--format", "jsonl"],
        input=f"{ALU[:20]}\x00{ALU[20:]}\n".encode(),
    )
    assert result.exit_code == 0, result.output
    [line] = result.output.splitlines()
    answer = json.loads(line)
    assert "\x00" not in answer["question"] and "30%" in answer["answer"]


def test_a_line_that_is_not_utf8_on_stdin_is_named_on_one_line(store):
    questions = ALU.encode() + b"\nWhat \xff target?\n"
    result = CliRunner().invoke(cli, ["ask", "--db", store, "--format", "jsonl"], input=questions)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.splitlines()[-1] == (
        "Error: stdin line 2: byte 0xff at column 6 is not UTF-8 text; save the questions as UTF-8"
    )
    assert "30%" in json.loads(result.output.splitlines()[0])["answer"]  # line 1 answered


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "anything", "--year-from", "99999999999999999999"],
        ["ask", "anything", "--year-to", "-5"],
        ["targets", "--year", "99999999999999999999"],
        ["obligations", "--year-from", "1000000"],
    ],
)
def test_a_year_option_out_of_range_is_a_usage_error(store, args):
    result = CliRunner().invoke(cli, [*args, "--db", store])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "is not in the range 1900<=x<=2200" in result.output.splitlines()[-1]


@pytest.mark.parametrize("field", ["year_from", "year_to"])
def test_the_library_refuses_a_year_sqlite_cannot_hold(article_kb, field):
    with pytest.raises(
        QuestionError, match=f"{field} 100000000000… is not a year; give a year from 1900 to 2200"
    ):
        article_kb.filters(**{field: 10**20})
    with pytest.raises(QuestionError, match="year 1 is not a year"):
        article_kb.targets(year=1)
    assert article_kb.filters(year_from=2030).year_from == 2030
