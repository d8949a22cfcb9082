"""One error translator for the CLI and the page, and verbs that never vanish.

A missing optional package is simulated the way Python itself reports it: a
``None`` entry in ``sys.modules`` makes ``import name`` raise ``ModuleNotFoundError``
with ``name`` set, in a fresh interpreter so nothing is imported already.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import gradio as gr
import pytest

from ingest.errors import IngestError
from ui.errors import missing_package, translate_errors

ROOT = Path(__file__).resolve().parents[2]
VERBS = {"extract", "ingest", "ask", "targets", "docs", "remove", "reindex", "warm", "serve",
         "obligations", "track", "tune", "second-space"}  # fmt: skip


def _policykb(
    args: list[str], *, missing: tuple[str, ...], cwd: Path
) -> subprocess.CompletedProcess:
    code = (
        "import sys\n"
        f"for name in {missing!r}: sys.modules[name] = None\n"
        "from ui.cli import main\n"
        f"main({args!r}, prog_name='policykb')\n"
    )
    env = {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "GRADIO_ANALYTICS_ENABLED": "False", "PATH": "/usr/bin:/bin"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_every_verb_is_listed_when_the_web_and_vector_packages_are_missing(tmp_path):
    result = _policykb(["--help"], missing=("gradio", "chromadb"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line}
    assert listed == VERBS


def test_serve_without_gradio_says_which_package_to_install_in_one_line(tmp_path):
    result = _policykb(["serve", "--db", str(tmp_path / "kb")], missing=("gradio",), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith('Error: policykb serve needs the package "gradio"')
    assert "pip install gradio" in lines[0]


def test_ingest_without_chromadb_names_it_in_one_line(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("Heat Plan\n\n1. Towns shall add 40 MW of district heating by 2030.\n")
    result = _policykb(
        ["ingest", str(plan), "--db", str(tmp_path / "kb")], missing=("chromadb",), cwd=tmp_path
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith('Error: policykb ingest needs the package "chromadb"')


def test_the_same_translator_serves_the_cli_and_the_page():
    def broken() -> None:
        raise IngestError("plan.txt", "found 0 clauses\nin 12 lines", "Split on blank lines")

    for to in (click.ClickException, gr.Error):
        with pytest.raises(to) as caught:
            translate_errors(to)(broken)()
        message = caught.value.message
        assert "\n" not in message and "plan.txt" in message and "found 0 clauses in 12" in message


def test_a_missing_module_of_policykb_itself_is_a_bug_and_keeps_its_traceback():
    def imports_own() -> None:
        raise ModuleNotFoundError("No module named 'kb.nowhere'", name="kb.nowhere")

    def imports_third_party() -> None:
        raise ModuleNotFoundError(
            "No module named 'plotly.graph_objects'", name="plotly.graph_objects"
        )

    with pytest.raises(ModuleNotFoundError):
        translate_errors(click.ClickException)(imports_own)()
    with pytest.raises(click.ClickException, match='needs the package "plotly"'):
        translate_errors(click.ClickException)(imports_third_party)()
    assert missing_package(ModuleNotFoundError(name="docx")) == "docx"
