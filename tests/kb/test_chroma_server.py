"""Scale-out: ingest and ask against a real `chroma run` server (marker: integration)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.errors import ConfigError
from kb.service import KnowledgeBase
from kb.settings import Settings

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path):
    chroma = Path(sys.executable).with_name("chroma")
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_ingest_and_ask_against_a_chroma_server(
    tmp_path, embedder, article_extraction, chroma_server
):
    settings = Settings(db_dir=tmp_path / "kb", chroma_url=chroma_server)
    kb = KnowledgeBase(settings, embedder=embedder, create=True)
    assert kb.add_extraction(article_extraction) == "added"
    assert kb.store.collection.count() == len(article_extraction.clauses)
    kb.close()

    reopened = KnowledgeBase(settings, embedder=embedder)
    ans = reopened.ask("How much of electrolytic aluminium's energy must be renewable by 2030?")
    assert ans.answered and "30%" in ans.text
    # The local on-disk chroma was never used.
    assert not (tmp_path / "kb" / "chroma").exists()


def test_a_local_store_moved_to_a_server_is_filled_by_reconcile(
    tmp_path, embedder, article_extraction, chroma_server
):
    local = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=embedder, create=True)
    local.add_extraction(article_extraction)
    local.close()
    remote = KnowledgeBase(
        Settings(db_dir=tmp_path / "kb", chroma_url=chroma_server), embedder=embedder
    )
    assert remote.ask("What is a green factory?").answered
    assert remote.store.collection.count() == len(article_extraction.clauses)


def test_unreachable_server_is_one_clear_error(tmp_path, embedder, article_extraction):
    local = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=embedder, create=True)
    local.add_extraction(article_extraction)
    kb = KnowledgeBase(
        Settings(db_dir=tmp_path / "kb", chroma_url=f"http://127.0.0.1:{_free_port()}"),
        embedder=embedder,
    )
    with pytest.raises(ConfigError, match="cannot reach the Chroma server .* chroma run --path"):
        kb.ask("What is a green factory?")
    assert len(kb.docs()) == 1  # nothing stored was lost
