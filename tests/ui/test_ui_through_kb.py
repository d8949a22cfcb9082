"""The Documents tab goes through kb: ingest's own file types, kb's extractor and ingest loop."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest.load import SUPPORTED_SUFFIXES
from kb.service import KnowledgeBase, shared_extractor
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers

DOCUMENTS = Path(__file__).resolve().parents[2] / "ui" / "handlers" / "documents.py"


def test_the_upload_box_takes_exactly_the_types_ingest_reads():
    assert set(handlers.UPLOAD_SUFFIXES) == SUPPORTED_SUFFIXES
    for suffix in SUPPORTED_SUFFIXES:
        assert handlers.safe_name(f"plan{suffix.upper()}") == f"plan{suffix}"
    with pytest.raises(handlers.IngestError, match="not supported"):
        handlers.safe_name("plan.exe")


def test_the_documents_handlers_import_nothing_of_ingest_but_errors_and_records():
    tree = ast.parse(DOCUMENTS.read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert {m for m in modules if m and m.startswith("ingest.")} <= {"ingest.errors"}
    # and no suffix list of its own
    assert '".docx"' not in DOCUMENTS.read_text(encoding="utf-8")


def test_an_upload_without_an_extractor_uses_kbs_shared_one(tmp_path):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name in ("heat.txt", "water.md"):
        (incoming / name).write_text(
            f"{name} plan\n\n1. Towns shall cut losses in district networks by 12% by 2031.\n",
            encoding="utf-8",
        )
    try:
        files = [SimpleNamespace(name=str(incoming / n)) for n in ("heat.txt", "water.md")]
        status = handlers.upload_documents(kb, files)
        assert status.count("<strong>added</strong>") == 2, status
        assert shared_extractor.cache_info().currsize == 1  # one pipeline for both files
        assert handlers.default_extractor is shared_extractor
        assert sorted(Path(d.path).name for d in kb.docs()) == ["heat.txt", "water.md"]
    finally:
        kb.close()
