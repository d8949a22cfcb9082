"""What looking up the first model's cosine of the keys only a second dense space
found costs (``kb.retrieve.Retriever.second_search``), against the store's size.

Two ways, on random clause keys of one store (read only): a chroma query
restricted to those ids (what the search did first), and a lookup of their stored
vectors by id plus one dot product each (``kb.hits.first_cosines``, what it does
now), with an unfiltered top-50 query for scale. Reports the median wall and CPU
ms (this thread) over ``--runs`` draws.

    PYTHONPATH=. python benchmarks/second_lookup_cost.py --db STORE [--keys 40] [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a MiniLM store (read only)")
    parser.add_argument("--keys", type=int, default=40, help="keys looked up per question")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    import numpy as np

    from kb.hits import first_cosines
    from kb.store import Store

    store = Store(args.db)
    keys = [k for (k,) in store.conn.execute("SELECT key FROM clauses")]
    dim = store.model[1] if store.model else 384
    rng = np.random.default_rng(0)
    draw = random.Random(1)
    ways = {
        "query restricted to the ids": lambda v, ks: store.dense_query(v, k=len(ks), keys=ks),
        "vectors by id + dot product": lambda v, ks: first_cosines(store.vectors.embeddings(ks), v),
        "unfiltered top-50 (scale)": lambda v, ks: store.dense_query(v, k=50),
    }
    warm = rng.normal(size=dim).tolist()
    for way in ways.values():
        way(warm, draw.sample(keys, args.keys))
    print(f"store {args.db}: {len(keys)} clauses; {args.keys} keys x {args.runs} runs; "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("| lookup | wall ms median | CPU ms median |")
    print("|---|---|---|")
    for label, way in ways.items():
        wall, cpu = [], []
        for _ in range(args.runs):
            vector = rng.normal(size=dim)
            vector = (vector / np.linalg.norm(vector)).tolist()
            sample = draw.sample(keys, args.keys)
            w, c = time.perf_counter(), time.thread_time()
            way(vector, sample)
            wall.append((time.perf_counter() - w) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
        print(f"| {label} | {statistics.median(wall):.1f} | {statistics.median(cpu):.1f} |")
    store.close()


if __name__ == "__main__":
    main()
