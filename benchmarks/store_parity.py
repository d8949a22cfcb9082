"""Digests of everything a passage ingest stores, to compare two versions of the code.

Ingests the passages of the first ``--docs`` ObliQA documents (read from a dataset
checkout, never stored here) into a fresh store, the JSONL always at one path so
both runs give the same document ids, and prints one JSON line: for each SQLite
table (documents without their insertion time, clauses, doc_meta, records, the
embeddings cache) and for chroma's ids, vectors and metadata, the row count and a
digest. Run it with each tree on ``PYTHONPATH``, from that tree's directory:

  cd OLD && PYTHONPATH=OLD python OLD/benchmarks/store_parity.py --data DIR > /tmp/old.json
  cd NEW && PYTHONPATH=NEW python NEW/benchmarks/store_parity.py --data DIR > /tmp/new.json
  diff /tmp/old.json /tmp/new.json

``--files DIR`` ingests the files of a folder instead (``policykb ingest DIR``, the
file path with extraction ahead), e.g. the real policies read from outside the
repository. The ingest's wall seconds go to stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

TABLES = {
    "documents": "doc_id, path, title, language, data",
    "clauses": "*",
    "doc_meta": "*",
    "records": "doc_id, clause_key, type, year, data, metric_key, unit, sector, jurisdiction",
    "embeddings": "model, text_hash, vector",
}


def _digest(rows: list[str]) -> list:
    return [len(rows), hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()[:16]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="an ObliQADataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "store-parity")
    parser.add_argument("--files", type=Path, help="ingest this folder's files instead")
    args = parser.parse_args()
    import numpy as np

    from kb.service import KnowledgeBase
    from kb.settings import Settings

    db = Path(tempfile.mkdtemp(prefix="store-parity-")) / "kb"
    settings = Settings.from_env(db_dir=db, model=None, chroma_url="", encoder="onnx-int8")
    kb = KnowledgeBase(settings, create=True)
    kb.embedder.embed(["warm up"])  # model loading is not ingest time
    started = time.perf_counter()
    if args.files is not None:
        if not args.files.is_dir():
            print(f"{args.files} is not a folder; pass one with --files", file=sys.stderr)
            return 2
        statuses = [r.status for r in kb.ingest([args.files])]
        counts = {s: statuses.count(s) for s in sorted(set(statuses))}
    else:
        import obliqa

        every = obliqa.load_passages(args.data) if args.data else []
        if not every:
            print(
                f"no ObliQA passages under {args.data}; pass a checkout with --data",
                file=sys.stderr,
            )
            return 2
        kept = list(dict.fromkeys(p["DocumentID"] for p in every))[: args.docs]
        passages = [p for p in every if p["Passage"].strip() and p["DocumentID"] in kept]
        args.work.mkdir(parents=True, exist_ok=True)
        jsonl = obliqa.write_passages(passages, None, args.work)  # one path: the same doc ids
        counts = obliqa.ingest_into(kb, jsonl)
    print(
        f"ingest: {time.perf_counter() - started:.2f} s wall, {counts}",
        file=sys.stderr,
    )
    conn = kb.store.conn
    out = {
        table: _digest([repr(r) for r in conn.execute(f"SELECT {columns} FROM {table}")])
        for table, columns in TABLES.items()
    }
    got = kb.store.vectors.collection.get(include=["embeddings", "metadatas"], limit=10**7)
    out["chroma"] = _digest(
        [
            key
            + np.asarray(vector, dtype=np.float32).tobytes().hex()
            + json.dumps(meta, sort_keys=True)
            for key, vector, meta in zip(
                got["ids"], got["embeddings"], got["metadatas"], strict=True
            )
        ]
    )
    kb.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
