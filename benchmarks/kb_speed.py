"""Start-up and warm query speed: cold CLI commands and warm ``ask`` at 100k clauses.

1. Cold starts, each a new process, best and median of ``--repeat`` runs, the
   commands interleaved so load changes hit them alike: ``python -c pass`` (the
   yardstick), ``policykb --help``, ``policykb extract`` on a one-sentence file,
   ``policykb docs`` and ``policykb ask`` on a small store built with each encoder
   (int8 ONNX and torch). Peak RSS from ``/proc/self/status`` (VmHWM).
2. Warm ``KnowledgeBase.ask`` (top 5) at ``--size`` clauses, with the int8 encoder,
   p50/p95 over the dev-set questions, with the reranker (the default) and
   without it (``RERANK_DEPTH = 0``), interleaved per question. The store is
   filled as in ``kb_perf.py``: copies of corpus/ and the Net Zero Tracker texts,
   whose vectors are the encoder's vectors of the real clauses plus small noise.

Run:  .venv/bin/python benchmarks/kb_speed.py [--size 100000] [--out benchmarks/results/kb_speed.md]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from kb_dev_set import DEV_SET  # noqa: E402

# VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss into a forked child.
_RSS = (
    "import atexit, sys; atexit.register(lambda: sys.stderr.write(next("
    "'MAXRSS ' + l.split()[1] + '\\n' for l in open('/proc/self/status') "
    "if l.startswith('VmHWM')))); "
)
_CLI = _RSS + "from ui.cli import main; sys.argv[0] = 'policykb'; main()"
SMALL_TEXT = "The ministry shall cut coal use in power plants by 30% by 2030.\n"


def _run(argv: list[str]) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"{argv[2:]} failed:\n{proc.stderr[-800:]}")
    rss = [int(x.split()[1]) / 1024 for x in proc.stderr.splitlines() if x.startswith("MAXRSS")]
    return wall, max(rss, default=0.0)


def cold_starts(tmp: Path, repeat: int) -> list[str]:
    small = tmp / "one-sentence.txt"
    small.write_text(SMALL_TEXT, encoding="utf-8")
    corpus = ROOT / "corpus"
    py = sys.executable
    commands: dict[str, list[str]] = {
        "python -c pass": [py, "-c", _RSS + "pass"],
        "policykb --help": [py, "-c", _CLI, "--help"],
        "policykb extract FILE (one sentence)": [py, "-c", _CLI, "extract", str(small)],
    }
    for encoder in ("onnx-int8", "torch"):
        db = tmp / f"small-{encoder}"
        _run([py, "-c", _CLI, "ingest", str(corpus), "--db", str(db), "--encoder", encoder])
        question = DEV_SET[1][0]
        commands[f"policykb ask QUESTION (store built with {encoder})"] = [
            py, "-c", _CLI, "ask", question, "--db", str(db),
        ]  # fmt: skip
    commands["policykb docs"] = [py, "-c", _CLI, "docs", "--db", str(tmp / "small-onnx-int8")]
    times: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(repeat):
        for name, argv in commands.items():
            wall, peak = _run(argv)
            times[name].append(wall)
            rss[name] = max(rss[name], peak)
    base = statistics.median(times["python -c pass"])
    lines = [
        "## Cold starts (new process each; interleaved)",
        "",
        f"{repeat} runs of each, interleaved; load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| command | best s | median s | median minus `python -c pass` s | peak RSS MB |",
        "|---|---|---|---|---|",
    ]
    for name, values in times.items():
        med = statistics.median(values)
        lines.append(
            f"| `{name}` | {min(values):.2f} | {med:.2f} | {med - base:.2f} | {rss[name]:.0f} |"
        )
    return lines


def warm_queries(tmp: Path, size: int, repeat: int) -> list[str]:
    from kb_perf import NoisyCache, build_scale_store, pct
    from kb_quality import NZT, write_distractors

    from ingest.pipeline import build_nlp, ingest_file
    from kb import rerank
    from kb.encoders import onnx_embedder
    from kb.service import KnowledgeBase, expand_paths
    from kb.settings import DEFAULT_MODEL, Settings
    from kb.store import embed_texts

    inputs = [ROOT / "corpus"]
    if NZT.exists():
        (tmp / "nzt").mkdir(exist_ok=True)
        write_distractors(tmp / "nzt")
        inputs.append(tmp / "nzt")
    nlp = build_nlp()
    extractions = []
    for path in expand_paths(inputs):
        try:
            extractions.append(ingest_file(path, nlp=nlp))
        except Exception:  # noqa: BLE001 - unreadable files are skipped, as ingest does
            pass
    embedder = onnx_embedder(DEFAULT_MODEL)
    texts = list(dict.fromkeys(t for e in extractions for t in embed_texts(e.clauses)))
    table = dict(zip(texts, embedder.embed(texts), strict=True))
    db = tmp / f"scale-{size}"
    t = time.perf_counter()
    build_scale_store(db, extractions, size, NoisyCache(embedder, table))
    build_s = time.perf_counter() - t
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    questions = [q for q, _, _ in DEV_SET]
    depth = rerank.RERANK_DEPTH
    kb.ask(questions[0])  # warm: BM25 index, chroma segment, reranker weights
    with_rr, without = [], []
    for _ in range(repeat):
        for q in questions:
            for depth_now, out in ((depth, with_rr), (0, without)):
                rerank.RERANK_DEPTH = depth_now
                t = time.perf_counter()
                kb.ask(q)
                out.append((time.perf_counter() - t) * 1000)
    rerank.RERANK_DEPTH = depth
    n = kb.store.clause_count()
    kb.close()
    return [
        "## Warm `KnowledgeBase.ask` (top 5), int8 encoder",
        "",
        f"{n:,} clauses (built in {build_s:.0f} s); {len(questions)} dev-set questions x "
        f"{repeat}, with and without reranking interleaved per question; load average "
        f"{os.getloadavg()[0]:.1f} at the end.",
        "",
        "| reranking | p50 ms | p95 ms |",
        "|---|---|---|",
        f"| off (`RERANK_DEPTH = 0`) | {pct(without, 0.5):.1f} | {pct(without, 0.95):.1f} |",
        f"| on (default, top {depth}) | {pct(with_rr, 0.5):.1f} | {pct(with_rr, 0.95):.1f} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-warm", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/kb_speed.md")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="policykb-speed-"))
    lines = [
        "# Start-up and query speed (benchmarks/kb_speed.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores "
        f"(shared machine); command: `python benchmarks/kb_speed.py {' '.join(sys.argv[1:])}`",
        "",
    ]
    lines += cold_starts(tmp, args.repeat) + [""]
    print("\n".join(lines), flush=True)
    if not args.skip_warm:
        lines += warm_queries(tmp, args.size, 3) + [""]
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
