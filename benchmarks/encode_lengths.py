"""Word pieces per stored text and the int8 encoder's CPU seconds by length.

Reads the texts a store's clauses are embedded from (``embed_text`` of
``kb.sqlite3``), or a folder of real documents' stored texts, and reports:

- ``pieces``: how many texts have how many word pieces (untruncated), and how many
  exceed 128 and 256;
- ``cost``: CPU seconds per text and per 1,000 pieces by length bucket, one text per
  session call on one thread (the per-call overhead shows as a high cost per piece
  in the short buckets);
- ``group``: texts of identical length encoded in one call against one at a time:
  CPU seconds and the cosine of each grouped vector to its one-at-a-time vector;
- ``chunks``: how many texts would find another of their length within calls of
  32, 128 and 512 texts taken in the order the store holds them.

Usage:
    python benchmarks/encode_lengths.py pieces --db STORE [--db STORE2 ...] [--path-like PAT]
    python benchmarks/encode_lengths.py cost --db STORE [--per-bucket 200] [--threads 1 2]
    python benchmarks/encode_lengths.py group --db STORE [--size 8]
    python benchmarks/encode_lengths.py chunks --db STORE
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

BUCKETS = (8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512)


def stored_texts(db: Path, path_like: str = "%") -> list[str]:
    """The distinct embed texts of the store at ``db`` (of documents whose path is
    ``LIKE path_like``), read without writing to the store."""
    conn = sqlite3.connect(f"file:{db / 'kb.sqlite3'}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT DISTINCT c.embed_text FROM clauses c JOIN documents d USING (doc_id) "
            "WHERE d.path LIKE ?",
            (path_like,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _tokenizer(length: int | None):
    from kb.encoders import DEFAULT_MODEL, onnx_embedder

    embedder = onnx_embedder(DEFAULT_MODEL)
    tok = embedder._new_tokenizer()
    if length is None:
        tok.no_truncation()
    else:
        tok.enable_truncation(max_length=length)
    return embedder, tok


def _bucket(n: int) -> int:
    return next((b for b in BUCKETS if n <= b), BUCKETS[-1])


def pieces(dbs: list[Path], path_like: str) -> None:
    _, tok = _tokenizer(None)
    for db in dbs:
        texts = stored_texts(db, path_like)
        counts = [len(e.ids) for e in tok.encode_batch(texts)]
        total = sum(counts)
        print(f"## {db} ({path_like}): {len(texts)} distinct texts, {total} pieces untruncated")
        for limit in (128, 256):
            over = [c for c in counts if c > limit]
            kept = sum(min(c, limit) for c in counts)
            print(
                f"- over {limit}: {len(over)} texts ({len(over) / len(texts):.1%}); "
                f"pieces encoded at {limit}: {kept} ({kept / total:.1%})"
            )
        hist = Counter(_bucket(c) for c in counts)
        print("| up to pieces | texts |\n|---|---|")
        for b in BUCKETS:
            print(f"| {b} | {hist.get(b, 0)} |")


def _cpu() -> float:
    return time.process_time()


def cost(db: Path, per_bucket: int, seed: int, threads: list[int]) -> None:
    """CPU per text by bucket; with several thread counts, their sessions take turns
    on the same sample, bucket by bucket, so a change of load falls on both."""
    from kb.onnx_embed import _run_one

    embedder, tok = _tokenizer(256)
    sessions = {n: embedder._session(n) for n in threads}
    encs = tok.encode_batch(stored_texts(db))
    by_bucket: dict[int, list] = defaultdict(list)
    for e in encs:
        by_bucket[_bucket(len(e.ids))].append(e)
    rng = random.Random(seed)
    for session in sessions.values():
        _run_one(session, encs[0])
    print(
        "| up to pieces | threads | texts | mean pieces | CPU ms / text | CPU ms / 1,000 pieces |"
    )
    print("|---|---|---|---|---|---|")
    points = []
    for b in BUCKETS:
        group = by_bucket.get(b, [])
        if not group:
            continue
        sample = rng.sample(group, min(per_bucket, len(group)))
        n_pieces = sum(len(e.ids) for e in sample)
        for n, session in sessions.items():
            start = _cpu()
            for e in sample:
                _run_one(session, e)
            spent = _cpu() - start
            points.append((n, n_pieces / len(sample), 1000 * spent / len(sample)))
            print(
                f"| {b} | {n} | {len(sample)} | {n_pieces / len(sample):.1f} | "
                f"{1000 * spent / len(sample):.2f} | {1000 * spent / n_pieces * 1000:.1f} |"
            )
    for n in sessions:
        # Up to 64 pieces, where attention's share (quadratic in length) is still small.
        xs = [(x, y) for t, x, y in points if t == n and x <= 64]
        mean_x = sum(x for x, _ in xs) / len(xs)
        mean_y = sum(y for _, y in xs) / len(xs)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in xs) / sum(
            (x - mean_x) ** 2 for x, _ in xs
        )
        print(
            f"- {n} thread(s), least squares over the buckets up to 64 pieces: "
            f"{mean_y - slope * mean_x:.2f} CPU ms per call "
            f"+ {slope * 1000:.1f} CPU ms per 1,000 pieces"
        )


def _run_group(session, encs):
    """Unit vectors of texts of one length, in one session call (no padding)."""
    import numpy as np

    feed = {
        "input_ids": np.asarray([e.ids for e in encs], dtype=np.int64),
        "attention_mask": np.asarray([e.attention_mask for e in encs], dtype=np.int64),
        "token_type_ids": np.asarray([e.type_ids for e in encs], dtype=np.int64),
    }
    (hidden,) = session.run(None, feed)
    pooled = hidden.mean(axis=1)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def group(db: Path, size: int) -> None:
    import numpy as np

    from kb.onnx_embed import _run_one

    embedder, tok = _tokenizer(256)
    session = embedder._session(1)
    by_len: dict[int, list] = defaultdict(list)
    for e in tok.encode_batch(stored_texts(db)):
        by_len[len(e.ids)].append(e)
    groups = [g[i : i + size] for g in by_len.values() for i in range(0, len(g) - size + 1, size)]
    encs = [e for g in groups for e in g]
    print(f"{len(groups)} groups of {size} texts of one length ({len(encs)} texts)")
    _run_one(session, encs[0])
    start = _cpu()
    alone = np.stack([_run_one(session, e) for e in encs])
    one_s = _cpu() - start
    start = _cpu()
    grouped = np.concatenate([_run_group(session, g) for g in groups])
    group_s = _cpu() - start
    cos = (alone * grouped).sum(axis=1)
    print(f"one at a time {one_s:.2f} CPU s; grouped {group_s:.2f} CPU s")
    print(
        f"cosine grouped to alone: min {cos.min():.6f}, mean {cos.mean():.6f}; "
        f"bit-identical {int((alone == grouped).all(axis=1).sum())} of {len(encs)}"
    )


def chunks(db: Path, sizes: list[int]) -> None:
    """How the store's texts, in the order they were stored, would group by length
    within calls of N texts (the encode-ahead thread takes up to 32 a call)."""
    conn = sqlite3.connect(f"file:{db / 'kb.sqlite3'}?mode=ro", uri=True)
    try:
        ordered = [r[0] for r in conn.execute("SELECT embed_text FROM clauses ORDER BY rowid")]
    finally:
        conn.close()
    texts = list(dict.fromkeys(ordered))
    _, tok = _tokenizer(256)
    lengths = [len(e.ids) for e in tok.encode_batch(texts)]
    print("| texts a call | alone | 2-3 of a length | 4-7 | 8 or more |\n|---|---|---|---|---|")
    for size in [*sizes, len(lengths)]:
        share: Counter = Counter()
        for i in range(0, len(lengths), size):
            for n in Counter(lengths[i : i + size]).values():
                share["alone" if n == 1 else "2-3" if n < 4 else "4-7" if n < 8 else "8+"] += n
        cells = " | ".join(f"{share[k] / len(lengths):.0%}" for k in ("alone", "2-3", "4-7", "8+"))
        print(f"| {size} | {cells} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("pieces", "cost", "group", "chunks"))
    parser.add_argument("--db", type=Path, action="append", required=True)
    parser.add_argument("--per-bucket", type=int, default=200)
    parser.add_argument("--size", type=int, default=8)
    parser.add_argument("--path-like", default="%", help="pieces: only documents LIKE this")
    parser.add_argument(
        "--threads", type=int, nargs="+", default=[1], help="cost: session thread counts"
    )
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    for db in args.db:
        if not (db / "kb.sqlite3").is_file():
            print(f"{db} holds no kb.sqlite3; pass a policykb store with --db", file=sys.stderr)
            return 2
    if args.what == "pieces":
        pieces(args.db, args.path_like)
    elif args.what == "cost":
        cost(args.db[0], args.per_bucket, args.seed, args.threads)
    elif args.what == "chunks":
        chunks(args.db[0], [32, 128, 512])
    else:
        group(args.db[0], args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
