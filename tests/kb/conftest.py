"""Shared fixtures: the real embedding model once per session, stores in tmp_path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).parent))  # for fixtures.py

from fixtures import ARTICLE, extract_plain  # noqa: E402

from kb.embed import SentenceTransformerEmbedder  # noqa: E402
from kb.service import KnowledgeBase  # noqa: E402
from kb.settings import Settings  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """Point every default location at tmp_path; no LLM, no chroma server."""
    monkeypatch.setenv("POLICYKB_DB", str(tmp_path / "default-kb"))
    for name in ("POLICYKB_CHROMA_URL", "POLICYKB_MODEL", "POLICYKB_LLM_PROVIDER"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2, loaded once (it is stateless, so sharing is safe)."""
    model = SentenceTransformerEmbedder()
    model.embed(["warm up"])
    return model


def _real_extract(path):
    try:
        from ingest.pipeline import ingest_file
    except ImportError:
        return extract_plain(Path(path))
    return ingest_file(path)


@pytest.fixture(scope="session")
def article_extraction():
    """The bundled article through the real ingest pipeline (regex fallback if absent)."""
    return _real_extract(ARTICLE)


@pytest.fixture()
def kb_factory(tmp_path, embedder):
    """Open (creating) a KnowledgeBase in tmp_path with the shared model."""
    opened = []

    def make(name: str = "kb", **settings) -> KnowledgeBase:
        kb = KnowledgeBase(
            Settings(db_dir=tmp_path / name, **settings), embedder=embedder, create=True
        )
        opened.append(kb)
        return kb

    yield make
    for kb in opened:
        kb.close()


@pytest.fixture()
def article_kb(kb_factory, article_extraction):
    kb = kb_factory()
    assert kb.add_extraction(article_extraction) == "added"
    return kb
