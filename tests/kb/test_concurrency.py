"""A reader answers while another process ingests (SQLite WAL + writer lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from fixtures import ARTICLE, extract_plain

from kb.service import KnowledgeBase
from kb.settings import Settings

WRITER = r"""
import sys
from pathlib import Path
from fixtures import ARTICLE, extract_plain
from kb.service import KnowledgeBase
from kb.settings import Settings

db = Path(sys.argv[1])
kb = KnowledgeBase(Settings(db_dir=db), create=True)
text = ARTICLE.read_text(encoding="utf-8")
print("ready", flush=True)
for i in range(15):
    variant = text.replace("more than 40%", f"more than {41 + i}%")
    kb.add_extraction(extract_plain(db.parent / f"variant-{i}.txt", text=variant))
print("done", flush=True)
"""


def test_reader_answers_while_a_writer_ingests(tmp_path, embedder):
    db = tmp_path / "kb"
    first = KnowledgeBase(Settings(db_dir=db), embedder=embedder, create=True)
    first.add_extraction(extract_plain(ARTICLE))
    first.close()

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.getcwd()])}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        reader = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
        counts, answers = [], 0
        deadline = time.monotonic() + 240
        while writer.poll() is None and time.monotonic() < deadline:
            counts.append(len(reader.docs()))
            ans = reader.ask("What is a green factory?")
            answers += ans.answered
            time.sleep(0.2)
        assert writer.wait(timeout=60) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
    assert answers == len(counts) >= 3
    assert counts == sorted(counts) and counts[-1] > counts[0]
    reader = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    assert len(reader.docs()) == 16
    assert reader.store.collection.count() == len(reader.store.clause_texts())
