"""Every process that opens a local store searches the same vector graph.

chroma saves its HNSW graph only after ``sync_threshold`` new vectors; the rest stay in
its log and each opening process inserts them again, in an order of its own. These
tests write vectors as an ingest does, then open the store from separate processes.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np

from kb.vectors import VectorIndex

ROOT = Path(__file__).resolve().parents[2]
DIM = 24

_QUERY = """
import json, sys
import numpy as np
from pathlib import Path
from kb.vectors import VectorIndex
index = VectorIndex(Path(sys.argv[1]), chroma_url="", name=sys.argv[2])
rng = np.random.default_rng(7)
queries = rng.normal(size=(12, int(sys.argv[3]))).tolist()
print(json.dumps([[key for key, _ in index.query(q, k=40)] for q in queries]))
"""


def _write(db: Path, name: str, n: int, *, per_call: int = 150, old: bool = False) -> None:
    """``n`` vectors in calls of ``per_call``; ``old`` makes the collection as the code
    before did (chroma's default settings, a save every 1,000 vectors)."""
    index = VectorIndex(db, chroma_url="", name=name)
    if old:
        index._client = __import__("kb.vectors").vectors.make_chroma_client(db, "")
        index._collection = index._client.get_or_create_collection(
            name, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        index._saving_checked = True  # write exactly as the older code did
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(n, DIM)).astype("float32")
    for i in range(0, n, per_call):
        part = range(i, min(n, i + per_call))
        index.upsert([(f"k{j}", f"d{j % 9}", "en") for j in part], vectors[part[0] : part[-1] + 1])


def _answers(db: Path, name: str) -> str:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", _QUERY, str(db), name, str(DIM)],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    return out.stdout.strip()


def _unsaved(db: Path) -> int:
    """Vectors chroma holds only in its log: the newest write minus the graph's last save."""
    conn = sqlite3.connect(db / "chroma" / "chroma.sqlite3")
    try:
        rows = conn.execute(
            "SELECT s.scope, COALESCE(m.seq_id, 0) FROM segments s "
            "LEFT JOIN max_seq_id m ON m.segment_id = s.id"
        ).fetchall()
    finally:
        conn.close()
    seen = dict(rows)  # the metadata segment reads every write; the vector one, its saves
    return seen["METADATA"] - seen["VECTOR"]


def test_five_processes_rank_a_fresh_store_alike(tmp_path):
    _write(tmp_path, "saves-new", 940)  # under chroma's default threshold of 1,000
    assert _unsaved(tmp_path) == 0
    runs = {_answers(tmp_path, "saves-new") for _ in range(5)}
    assert len(runs) == 1
    assert len(json.loads(runs.pop())[0]) == 40


def test_each_write_call_saves_the_graph(tmp_path):
    _write(tmp_path, "saves-small", 7, per_call=3)  # a last call of one vector
    assert _unsaved(tmp_path) == 0
    assert VectorIndex(tmp_path, chroma_url="", name="saves-small").count() == 7


def test_store_made_by_older_code_opens_and_is_saved_by_its_next_writer(tmp_path):
    _write(tmp_path, "saves-old", 400, old=True)
    assert _unsaved(tmp_path) > 0  # the older settings leave a tail in the log
    before = _answers(tmp_path, "saves-old")  # still opens and answers
    assert len(json.loads(before)[0]) == 40
    writer = VectorIndex(tmp_path, chroma_url="", name="saves-old")
    assert writer.save_every_write() is True
    assert writer.save_every_write() is False  # asked once per process
    _answers(tmp_path, "saves-old")  # the next process to load the graph saves the tail
    assert _unsaved(tmp_path) == 0
    assert len({_answers(tmp_path, "saves-old") for _ in range(3)}) == 1
    assert VectorIndex(tmp_path, chroma_url="", name="saves-old").count() == 400


def test_a_new_collection_needs_no_change(tmp_path):
    _write(tmp_path, "saves-fresh", 5)
    assert VectorIndex(tmp_path, chroma_url="", name="saves-fresh").save_every_write() is False
