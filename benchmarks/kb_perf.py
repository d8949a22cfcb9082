"""Knowledge-base performance: ingest throughput, query latency at scale, memory, cold start.

1. Ingest throughput: ``KnowledgeBase.ingest`` over corpus/ + the Net Zero Tracker
   texts (clauses/s, end to end: read, split, extract, embed, SQLite, chroma) vs
   raw ``SentenceTransformer.encode`` of the same clause texts (goal: ratio >= 0.8).
2. Query latency of ``kb.ask`` (query embedding, BM25, chroma, SQLite, answer) at
   10k and 100k clauses, p50/p95 over the dev-set questions (goal p50 <= 50 ms at 100k).
   The scale stores are filled with variants of the real clauses; their vectors are
   the real model's vectors of those clauses plus small noise (re-encoding 100k
   clauses would take ~12 min on 2 cores and does not change search cost).
3. Peak RSS of this process, and cold start of ``policykb ask`` / ``policykb docs``.

Run:  .venv/bin/python benchmarks/kb_perf.py [--sizes 10000,100000] [--out benchmarks/results/kb_perf.md]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from kb_dev_set import DEV_SET  # noqa: E402
from kb_quality import NZT, write_distractors  # noqa: E402

_TAG = re.compile(r" ⟨copy \d+⟩")


class NoisyCache:
    """Embedder for the scale stores: known texts get their cached vector plus noise."""

    def __init__(self, real, table: dict[str, list[float]], *, noise: float = 0.02) -> None:
        self.real, self.table, self.noise = real, table, noise
        self.rng = random.Random(0)
        self.dimension_ = len(next(iter(table.values())))

    @property
    def name(self) -> str:
        return self.real.name

    @property
    def dimension(self) -> int:
        return self.real.dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        import numpy as np

        originals = [_TAG.sub("", text) for text in texts]
        missing = [t for t in originals if t not in self.table]
        if missing:  # e.g. the query: use the real model
            self.table.update(zip(missing, self.real.embed(missing), strict=True))
        out = []
        for text in originals:
            rng = np.random.default_rng(self.rng.randrange(1 << 30))
            v = np.asarray(self.table[text]) + rng.normal(0, self.noise, self.dimension_)
            out.append((v / np.linalg.norm(v)).tolist())
        return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure_queries(
    kb, questions: list[str], *, repeat: int = 3, filters=None
) -> tuple[float, float]:
    from kb.store import Filters

    kb.ask(questions[0])  # warm: model, BM25 index, chroma segment
    times, cpu = [], []
    for _ in range(repeat):
        for q in questions:
            t, c = time.perf_counter(), time.process_time()
            kb.ask(q, filters=filters or Filters())
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    return pct(times, 0.5), pct(times, 0.95), pct(cpu, 0.5)


def build_scale_store(db: Path, extractions: list, target: int, embedder) -> int:
    """Copies of the real documents (text tagged per copy) until ``target`` clauses."""
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder, create=True)
    total, copy = 0, 0
    while total < target:
        batch = []
        for e in extractions:
            tag = f" ⟨copy {copy}⟩"
            doc = replace(
                e.document, doc_id=f"{e.document.doc_id}-{copy}", path=f"{e.document.path}#{copy}"
            )
            clauses = tuple(replace(c, doc_id=doc.doc_id, text=c.text + tag) for c in e.clauses)
            records = tuple(replace(r, doc_id=doc.doc_id) for r in e.records)
            batch.append((doc, clauses, records))
            total += len(clauses)
            if total >= target:
                break
        kb.store.add_many(batch, embedder=embedder)
        copy += 1
    n = kb.store.clause_count()
    kb.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/kb_perf.md")
    args = parser.parse_args()

    from ingest.pipeline import build_nlp, ingest_file
    from kb.embed import SentenceTransformerEmbedder
    from kb.service import KnowledgeBase
    from kb.settings import Settings
    from kb.store import Filters

    tmp = args.workdir or Path(tempfile.mkdtemp(prefix="policykb-perf-"))
    tmp.mkdir(parents=True, exist_ok=True)
    inputs = [ROOT / "corpus"]
    if NZT.exists():
        (tmp / "nzt").mkdir(exist_ok=True)
        write_distractors(tmp / "nzt")
        inputs.append(tmp / "nzt")
    embedder = SentenceTransformerEmbedder()
    embedder.embed(["warm up"])
    lines = [
        "# Knowledge-base performance (benchmarks/kb_perf.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores "
        "(shared machine; indicative). Command: `.venv/bin/python benchmarks/kb_perf.py`",
        "",
    ]

    # 1. ingest throughput vs raw encode
    db = tmp / "ingest-kb"
    if db.exists():
        import shutil

        shutil.rmtree(db)
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder, create=True)
    load_before = os.getloadavg()[0]
    t, c = time.perf_counter(), time.process_time()
    results = list(kb.ingest(inputs))
    ingest_s, ingest_cpu = time.perf_counter() - t, time.process_time() - c
    n_clauses = kb.store.clause_count()
    texts = [text for _, text in kb.store.clause_texts()]
    t, c = time.perf_counter(), time.process_time()
    embedder._load().encode(
        texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
    encode_s, encode_cpu = time.perf_counter() - t, time.process_time() - c
    load_after = os.getloadavg()[0]
    nlp = build_nlp()
    from kb.service import expand_paths

    paths = list(expand_paths(inputs))
    t = time.perf_counter()
    extractions = []
    for p in paths:
        try:
            extractions.append(ingest_file(p, nlp=nlp))
        except Exception:  # noqa: BLE001 - the same files fail in the timed ingest
            pass
    extract_s = time.perf_counter() - t
    ingest_rate, encode_rate = n_clauses / ingest_s, n_clauses / encode_s
    lines += [
        "## Ingest throughput",
        "",
        f"{len(results)} files ({sum(r.status == 'failed' for r in results)} failed), "
        f"{n_clauses} clauses.",
        "",
        "| stage | wall s | clauses/s (wall) | CPU s | clauses per CPU s |",
        "|---|---|---|---|---|",
        f"| full `KnowledgeBase.ingest` | {ingest_s:.1f} | {ingest_rate:.0f} | {ingest_cpu:.1f} "
        f"| {n_clauses / ingest_cpu:.0f} |",
        f"| raw `encode` of the same clause texts (batch 64) | {encode_s:.1f} | {encode_rate:.0f} "
        f"| {encode_cpu:.1f} | {n_clauses / encode_cpu:.0f} |",
        f"| of which: read + split + extract (ingest.pipeline) | {extract_s:.1f} "
        f"| {n_clauses / extract_s:.0f} | | |",
        "",
        f"**Ratio ingest / raw encode: {ingest_rate / encode_rate:.2f} wall-clock, "
        f"{encode_cpu / ingest_cpu:.2f} by CPU time** (goal >= 0.8). Load average "
        f"{load_before:.1f} before, {load_after:.1f} after (other work on the machine "
        "slows both; the CPU-time ratio is the steadier one).",
        "",
    ]
    print("\n".join(lines), flush=True)

    # 2. query latency at scale
    got = kb.store.collection.get(include=["embeddings"])
    by_key = dict(zip(got["ids"], got["embeddings"], strict=True))
    table = {text: list(by_key[key]) for key, text in kb.store.clause_texts() if key in by_key}
    kb.close()
    noisy = NoisyCache(embedder, table)
    questions = [q for q, _, _ in DEV_SET]
    lines += [
        "## Query latency (`KnowledgeBase.ask`, warm, top-5 answer)",
        "",
        "| clauses | build s | p50 ms | p95 ms | CPU ms p50 | p50 ms, year filter "
        "| p95 ms, year filter | load avg |",
        "|---|---|---|---|---|---|---|---|",
    ]
    scale_dbs = {}
    for size in (int(s) for s in args.sizes.split(",")):
        sdb = tmp / f"scale-{size}"
        t = time.perf_counter()
        if not (sdb / "kb.sqlite3").exists():
            build_scale_store(sdb, extractions, size, noisy)
        build_s = time.perf_counter() - t
        skb = KnowledgeBase(Settings(db_dir=sdb), embedder=embedder)
        n = skb.store.clause_count()
        p50, p95, c50 = measure_queries(skb, questions)
        f50, f95, _ = measure_queries(
            skb, questions, repeat=1, filters=Filters(year_from=2030, year_to=2030)
        )
        skb.close()
        scale_dbs[size] = sdb
        lines.append(
            f"| {n:,} | {build_s:.0f} | {p50:.1f} | {p95:.1f} | {c50:.1f} | {f50:.1f} "
            f"| {f95:.1f} | {os.getloadavg()[0]:.1f} |"
        )
        print(lines[-1], flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += [
        "",
        f"Peak RSS of the benchmark process (holds the model, the vector table used to "
        f"fill the scale stores, and each store in turn): {peak_mb:.0f} MB",
        "",
    ]

    # 3. cold start of the CLI: a new process per command, wall clock and its peak RSS
    # VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss into a forked child.
    wrapper = (
        "import atexit, sys; atexit.register(lambda: sys.stderr.write(next("
        "'MAXRSS ' + l.split()[1] + '\\n' for l in open('/proc/self/status') "
        "if l.startswith('VmHWM')))); "
        "from ui.cli import main; sys.argv[0] = 'policykb'; main()"
    )
    lines += [
        "## Cold start of the CLI (new process: wall clock, best of 2; peak RSS)",
        "",
        "| command | clauses | seconds (first run) | seconds (best) | peak RSS MB |",
        "|---|---|---|---|---|",
    ]
    for size, sdb in sorted(scale_dbs.items()):
        for label, argv in [
            ("policykb docs", ["docs", "--db", str(sdb)]),
            ("policykb ask QUESTION", ["ask", DEV_SET[1][0], "--db", str(sdb)]),
            (
                "policykb ask QUESTION --year-from 2030 --year-to 2030",
                [
                    "ask",
                    DEV_SET[1][0],
                    "--db",
                    str(sdb),
                    "--year-from",
                    "2030",
                    "--year-to",
                    "2030",
                ],
            ),
        ]:
            runs, rss = [], 0.0
            for _ in range(2):
                t = time.perf_counter()
                proc = subprocess.run(
                    [sys.executable, "-c", wrapper, *argv], capture_output=True, text=True, cwd=ROOT
                )
                runs.append(time.perf_counter() - t)
                if proc.returncode:
                    print(proc.stderr[-500:], file=sys.stderr)
                rss = max(
                    [rss]
                    + [
                        int(x.split()[1]) / 1024
                        for x in proc.stderr.splitlines()
                        if x.startswith("MAXRSS")
                    ]
                )
            lines.append(f"| `{label}` | {size:,} | {runs[0]:.1f} | {min(runs):.1f} | {rss:.0f} |")
            print(lines[-1], flush=True)
    report = "\n".join(lines) + "\n"
    print(report)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
