"""What a store's second dense space (kb.dense_second) costs per question, warm.

Asks the dev questions of ``benchmarks/kb_dev_set.py`` through ``Retriever.search``
(the reranked path ``policykb ask`` uses) on one store that has a second space,
alternating without it (``second=None``) and with it, and reports wall-clock p50 /
p95 and CPU ms per question (this thread's CPU time, which a busy shared machine
does not inflate the way it inflates wall time), plus the second model's question
encode alone.

    PYTHONPATH=. python benchmarks/second_space_cost.py --db STORE [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a store with a second space")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--encoder", default="torch", choices=["torch", "onnx-int8"])
    args = parser.parse_args()

    from kb_dev_set import DEV_SET

    from kb.dense_second import open_second_space
    from kb.encoders import make_embedder
    from kb.retrieve import Retriever
    from kb.settings import DEFAULT_MODEL
    from kb.store import Store

    store = Store(args.db)
    second = open_second_space(store)
    if second is None:
        sys.exit(f"{args.db} has no second dense space; add one with policykb second-space")
    embedder = make_embedder(DEFAULT_MODEL, encoder=args.encoder)
    plain = Retriever(store, embedder, second=None)
    fused = Retriever(store, embedder, second=second)
    questions = [item[0] if isinstance(item, tuple) else item["q"] for item in DEV_SET]
    for r in (plain, fused):  # warm: models, BM25 index, chroma
        r.search(questions[0])
    timings: dict[str, tuple[list[float], list[float]]] = {
        "first space only": ([], []),
        "with the second space": ([], []),
        "second model's question encode": ([], []),
    }
    for _ in range(args.rounds):
        for q in questions:
            for label, retriever in (("first space only", plain), ("with the second space", fused)):
                wall, cpu = time.perf_counter(), time.thread_time()
                retriever.search(q, top_k=5)
                timings[label][0].append((time.perf_counter() - wall) * 1000)
                timings[label][1].append((time.thread_time() - cpu) * 1000)
            wall, cpu = time.perf_counter(), time.thread_time()
            second.embed_query(q)
            timings["second model's question encode"][0].append((time.perf_counter() - wall) * 1000)
            timings["second model's question encode"][1].append((time.thread_time() - cpu) * 1000)
    load = os.getloadavg()[0]
    print(f"store {args.db}: {store.clause_count()} clauses; {len(questions)} questions x "
          f"{args.rounds} rounds; load {load:.1f}")  # fmt: skip
    print("| path | wall p50 ms | wall p95 ms | CPU ms p50 | CPU ms p95 |")
    print("|---|---|---|---|---|")
    for label, (wall, cpu) in timings.items():
        print(
            f"| {label} | {statistics.median(wall):.1f} | {pct(wall, 0.95):.1f} | "
            f"{statistics.median(cpu):.1f} | {pct(cpu, 0.95):.1f} |"
        )


if __name__ == "__main__":
    main()
