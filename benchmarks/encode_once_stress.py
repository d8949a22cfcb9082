"""How often a passage ingest encodes a text twice when the encoder thread lags.

Ingests a small passage file written here (each of eight sentences shared by five
passages, as boilerplate repeats in a real corpus) through the extraction child
and the encoder thread (``kb.encode_ahead``), with the thread's every call slowed
by ``--delay`` seconds so that batches wait for it while the child's replies keep
coming, the timing of a loaded machine. Counts the texts encoded against the
distinct texts and prints one JSON line: runs, runs with a text encoded twice,
encodes and distinct texts summed over the runs. Run it from the tree to measure,
with that tree on ``PYTHONPATH`` (copy it into an older tree to compare):

  cd TREE && PYTHONPATH=TREE python benchmarks/encode_once_stress.py --runs 12
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

SENTENCES = [
    "The ferry shall carry bicycles free of charge on weekdays.",
    "Timetables are posted at each pier by the first of the month.",
    "Night crossings stop during the winter storms.",
    "The harbour office answers complaints within ten days.",
    "Each vessel must carry life jackets for every passenger.",
    "Fares for pupils fell by 20% since 2021.",
    "The new pier will open in the spring of 2027.",
    "Crews shall log every delay longer than fifteen minutes.",
]


class Counting:
    """The embedder, with calls on the encoder thread slowed and every text counted."""

    one_text_per_run = True

    def __init__(self, inner, delay: float) -> None:
        self.inner, self.delay, self.texts = inner, delay, []
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts):
        if threading.current_thread().name == "policykb-encode-ahead":
            time.sleep(self.delay)
        with self._lock:
            self.texts += list(texts)
        return self.inner.embed(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--passages", type=int, default=40)
    parser.add_argument("--delay", type=float, default=0.02, help="seconds per thread call")
    args = parser.parse_args()
    os.environ["POLICYKB_INGEST_WORKER"] = "1"
    os.environ["POLICYKB_VECTOR_WRITER"] = "1"
    import kb.ingest_worker
    import kb.service
    from kb.service import KnowledgeBase
    from kb.settings import Settings
    from kb.testing import HashEmbedder

    # Small batches, so several meet the thread while it works, and chroma's writes
    # in their own child as in a large ingest (the ingest test's settings).
    kb.ingest_worker.FIRST_BATCH_CLAUSES = 4
    kb.service.AHEAD_BATCH_CLAUSES = 8
    kb.service.WRITER_FROM_ROWS = 1
    doubled = encodes = distinct = 0
    for _ in range(args.runs):
        # Each run's store is removed when the run ends, so runs leave nothing behind.
        with tempfile.TemporaryDirectory(prefix="encode-once-") as tmp:
            work = Path(tmp)
            source = work / "ferry.jsonl"
            rows = [
                {
                    "id": f"f-{i}",
                    "text": f"{SENTENCES[i % len(SENTENCES)]} Rule {i} of the service.",
                }
                for i in range(args.passages)
            ]
            source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            counting = Counting(HashEmbedder(), args.delay)
            base = KnowledgeBase(Settings(db_dir=work / "kb"), embedder=counting, create=True)
            list(base.ingest_passages(base.open_passages(source)))
            base.close()
        counts = Counter(counting.texts)
        doubled += any(c > 1 for c in counts.values())
        encodes += len(counting.texts)
        distinct += len(counts)
    print(
        json.dumps(
            {
                "runs": args.runs,
                "runs_with_a_second_encode": doubled,
                "encodes": encodes,
                "distinct_texts": distinct,
                "delay": args.delay,
            }  # fmt: skip
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
