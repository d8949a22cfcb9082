"""kb depends on ingest.records only, never on ui; and imports nothing heavy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parents[2] / "kb"


@pytest.mark.parametrize("path", sorted(KB.glob("*.py")), ids=lambda p: p.name)
def test_kb_never_imports_ui(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [n for n in names if n == "ui" or n.startswith("ui.")]


def test_importing_the_cli_commands_loads_no_model_or_database_client():
    code = (
        "import sys, ui.cli_kb, kb.service, kb.qa, kb.retrieve; "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'chromadb', 'bm25s', 'spacy', "
        "'langchain_core') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
