"""Where a passage ingest's time goes: wall and CPU seconds, texts embedded, batch timeline.

Ingests the passages of the first ``--docs`` ObliQA documents (as ``obliqa.py``
does; the dataset is read from a checkout, never stored here) into a fresh store
and prints one JSON line: wall seconds, CPU seconds of this process and of its
extraction children (``getrusage``; they barely move with the machine's load, so
they are what to compare on a shared machine), the texts sent to the model, and
for each stored batch when it started, how long it took and its clauses. With
``--profile`` it also prints the ingesting process's cProfile (cumulative).

Run before/after pairs with the old code's tree first on ``PYTHONPATH``:
  python benchmarks/ingest_profile.py --data /tmp/obliqa --docs 3 --encoder onnx-int8
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder of an ObliQADataset checkout"
    )
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    parser.add_argument("--encoder", default="onnx-int8", choices=["torch", "onnx-int8"])
    parser.add_argument("--profile", action="store_true", help="also print the cProfile")
    args = parser.parse_args()
    import obliqa

    from kb.service import KnowledgeBase
    from kb.settings import Settings

    every = obliqa.load_passages(args.data)
    if not every:
        print(
            f"no ObliQA passages under {args.data}; pass a dataset checkout with --data",
            file=sys.stderr,
        )
        return 2
    kept = list(dict.fromkeys(p["DocumentID"] for p in every))[: args.docs]
    passages = [p for p in every if p["Passage"].strip() and p["DocumentID"] in kept]
    tmp = Path(tempfile.mkdtemp(prefix="ingest-profile-"))
    jsonl = obliqa.write_passages(passages, None, tmp)
    settings = Settings.from_env(db_dir=tmp / "kb", model=None, chroma_url="", encoder=args.encoder)
    kb = KnowledgeBase(settings, create=True)
    kb.embedder.embed(["warm up"])  # model loading is not ingest time
    timeline: list[tuple[float, float, int]] = []
    started = time.perf_counter()
    add_many = kb.store.add_many

    def timed(items, **kwargs):
        at = time.perf_counter()
        statuses = add_many(items, **kwargs)
        clauses = sum(len(c) for _, c, _ in items)
        timeline.append((round(at - started, 2), round(time.perf_counter() - at, 2), clauses))
        return statuses

    kb.store.add_many = timed  # type: ignore[method-assign]
    profile = cProfile.Profile() if args.profile else None
    own, kids = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    if profile:
        profile.enable()
    statuses = obliqa.ingest_into(kb, jsonl)
    if profile:
        profile.disable()
    wall = time.perf_counter() - started
    conn = kb.store.conn
    facts = {
        "code": str(ROOT),
        "passages": len(passages),
        "wall_s": round(wall, 2),
        "cpu_self_s": round(_cpu(resource.RUSAGE_SELF) - own, 2),
        "cpu_children_s": round(_cpu(resource.RUSAGE_CHILDREN) - kids, 2),
        "clauses": kb.store.clause_count(),
        "distinct_texts": conn.execute("SELECT count(DISTINCT embed_text) FROM clauses").fetchone()[
            0
        ],
        "embedded_texts": conn.execute("SELECT count(*) FROM embeddings").fetchone()[0],
        "statuses": statuses,
        "extraction_processes": os.environ.get("POLICYKB_INGEST_WORKER", "default"),
        "load": [round(x, 1) for x in os.getloadavg()],
        "batches (start s, seconds, clauses)": timeline,
    }
    print(json.dumps(facts))
    if profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(
            os.environ.get("PROFILE_SORT", "cumulative")
        ).print_stats(int(os.environ.get("PROFILE_N", "40")))
        print(out.getvalue())
    kb.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
