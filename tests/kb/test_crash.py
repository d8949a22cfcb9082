"""SIGKILL during ingest: the store still opens, answers, and is repaired.

A child process ingests one document cleanly, then a second one, and is killed
with SIGKILL at a chosen point of the second: while embedding (before SQLite
commits), right after the SQLite commit (before chroma is written), or after a
timer while it ingests many more documents.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures import ARTICLE, extract_plain

from kb.service import KnowledgeBase
from kb.settings import Settings

CHILD = r"""
import os, signal, sys
from pathlib import Path
from fixtures import ARTICLE, extract_plain
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.vectors import VectorIndex

db, point = Path(sys.argv[1]), sys.argv[2]
kb = KnowledgeBase(Settings(db_dir=db), create=True)
kb.add_extraction(extract_plain(ARTICLE))
text = ARTICLE.read_text(encoding="utf-8")

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if point == "during-embed":
    kb.embedder.embed = die
elif point == "after-sqlite":
    VectorIndex.upsert = die
print("ready", flush=True)
for i in range(200 if point == "timed" else 1):
    variant = text.replace("more than 40%", f"more than {41 + i}%")
    kb.add_extraction(extract_plain(db.parent / f"variant-{i}.txt", text=variant))
print("finished", flush=True)
"""


def _run_child(db: Path, point: str) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.getcwd()])}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), point], stdout=subprocess.PIPE, text=True, env=env
    )
    if point == "timed":
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(3.0)  # mid-way through the variants
        proc.send_signal(signal.SIGKILL)
    return proc.wait(timeout=300)


@pytest.mark.parametrize("point", ["during-embed", "after-sqlite", "timed"])
def test_sigkill_mid_ingest_leaves_a_store_that_opens_answers_and_repairs(
    tmp_path, embedder, point
):
    db = tmp_path / "kb"
    assert _run_child(db, point) == -signal.SIGKILL

    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    docs = kb.docs()  # opens without the model
    assert str(ARTICLE) in [d.path for d in docs]
    ans = kb.ask("What share of manufacturing output should green factories reach by 2030?")
    assert ans.answered and "%" in ans.text
    # Opening with the model repaired the vectors: one per clause, no orphans.
    clause_keys = {key for key, _ in kb.store.clause_texts()}
    assert set(kb.store.collection.get(include=[])["ids"]) == clause_keys

    # Re-running the ingest completes what was lost; the first document is untouched.
    text = ARTICLE.read_text(encoding="utf-8")
    statuses = [kb.add_extraction(extract_plain(ARTICLE))]
    variant = extract_plain(
        tmp_path / "variant-0.txt", text=text.replace("more than 40%", "more than 41%")
    )
    statuses.append(kb.add_extraction(variant))
    assert statuses[0] == "unchanged" and statuses[1] in ("added", "unchanged")
    assert any(d.doc_id == variant.document.doc_id for d in kb.docs())
    assert kb.store.collection.count() == len({k for k, _ in kb.store.clause_texts()})
