"""Extraction throughput and peak memory on a corpus of at least 10,000 sentences.

Builds the corpus in a temporary folder from the bundled article repeated and,
when ../shared/data is present, the Net Zero Tracker texts (never copied into
the repository), then times ``policykb extract`` over it with one process and
with ``--jobs 2``. Sentences are counted by the pipeline's own splitter.

The corpus decides the figure: the bundled article alone reads about twice as fast per
sentence as the article with the tracker texts, so a checkout with no ../shared beside it
is measured on a different corpus. The report names both parts; ``--nzt`` points a checkout
elsewhere at the same tracker file, and ``--require-nzt`` stops when it is absent.

Usage:
    python benchmarks/extract_throughput.py [--write benchmarks/results/extract_throughput.md]
        [--nzt PATH] [--require-nzt]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NZT = ROOT.parent / "shared" / "data" / "netzero_tracker" / "nzt_targets_with_text.jsonl"
SEED = ROOT / "corpus" / "china-green-manufacturing-guiding-opinions-2024.txt"
MIN_SENTENCES = 10_000


def build_corpus(folder: Path, nzt: Path = NZT) -> int:
    """Write the benchmark corpus; return its sentence count."""
    from ingest.load import load_document
    from ingest.pipeline import build_nlp
    from ingest.segment import split_clauses

    nlp = build_nlp()
    texts: list[str] = []
    if nzt.exists():
        rows = [json.loads(line) for line in nzt.read_text(encoding="utf-8").splitlines()]
        chunk: list[str] = []
        for row in rows:
            chunk.append(str(row["text"] or ""))
            if len(chunk) == 50:
                texts.append("\n\n".join(chunk))
                chunk = []
        if chunk:
            texts.append("\n\n".join(chunk))
    seed = SEED.read_text(encoding="utf-8")
    sentences = 0
    for i, text in enumerate(texts):
        (folder / f"nzt_{i:03d}.txt").write_text(text, encoding="utf-8")
    copies = 0
    while True:
        path = folder / f"seed_{copies:03d}.txt"
        path.write_text(seed, encoding="utf-8")
        copies += 1
        sentences = (
            sum(
                sum(1 for c in split_clauses(load_document(p), nlp) if c.kind != "aim")
                for p in sorted(folder.glob("*.txt"))
            )
            if copies % 20 == 0 or copies == 1
            else sentences
        )
        if sentences >= MIN_SENTENCES:
            return sentences


def date_all(folder: Path) -> None:
    """A manifest that dates every file, so that the figure model (which reads dated
    documents only) runs when it is switched on."""
    entries = [f'[[document]]\nfile = "{p.name}"\ndate = 2024-01-01\n'
               for p in sorted(folder.glob("*.txt"))]  # fmt: skip
    (folder / "sources.toml").write_text("\n".join(entries), encoding="utf-8")


def run(folder: Path, jobs: int, model: bool = False) -> tuple[float, float]:
    """Seconds and peak RSS (MB, largest single process) of one extract run."""
    exe = Path(sys.executable).parent / "policykb"
    command = [str(exe), "extract", str(folder), "--types", "target,statistic", "--jobs", str(jobs),
               "-o", os.devnull]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    env = dict(os.environ, POLICYKB_FIGURE_MODEL="on" if model else "off")
    subprocess.run(command, check=False, stderr=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - started
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path)
    parser.add_argument("--nzt", type=Path, default=NZT, help="the tracker's texts (JSONL)")
    parser.add_argument("--require-nzt", action="store_true", help="stop when --nzt is absent")
    args = parser.parse_args()
    if not args.nzt.exists():
        print(f"no tracker texts at {args.nzt}: the corpus is the bundled article alone, "
              "which reads faster; pass --nzt PATH to measure the usual corpus", file=sys.stderr)  # fmt: skip
        if args.require_nzt:
            return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sentences = build_corpus(folder, args.nzt)
        files = len(list(folder.glob("*.txt")))
        tracker = len(list(folder.glob("nzt_*.txt")))
        date_all(folder)
        tiny = Path(tmp) / "startup"
        tiny.mkdir()
        (tiny / "one.txt").write_text("By 2030, emissions will fall by 10%.\n", encoding="utf-8")
        startup = min(run(tiny, 1)[0] for _ in range(3))  # imports and model loading
        rows = []
        # rule path, then the rule path with the figure model, one after the other
        for jobs, model in ((1, False), (1, True), (2, False), (2, True)):
            elapsed, peak = run(folder, jobs, model)
            steady = sentences / max(elapsed - startup, 1e-9)
            name = "rules + figure model" if model else "rules"
            rows.append((jobs, name, elapsed, sentences / elapsed, steady, steady / jobs, peak))
    lines = [
        "# Extraction throughput",
        "",
        f"Corpus: {files} files, {sentences:,} sentences (the bundled article repeated "
        f"{files - tracker} times, {tracker} files of Net Zero Tracker texts). "
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}. "
        "Wall time of the whole `policykb extract` command, start-up included.",
        "",
        f"Start-up (importing spaCy, building the pipeline; measured on a one-line file): "
        f"{startup:.1f} s.",
        "",
        "| jobs | decision | seconds | sentences/s (wall) | sentences/s after start-up | "
        "per core | peak RSS of one process (MB) |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {j} | {n} | {s:.1f} | {r:,.0f} | {st:,.0f} | {pc:,.0f} | {m:.0f} |"
              for j, n, s, r, st, pc, m in rows]  # fmt: skip
    cost = rows[1][2] / rows[0][2]
    lines += [
        "",
        f"The figure model (`POLICYKB_FIGURE_MODEL=on`, off by default) costs {cost:.2f}x the "
        "rule path's time with one process in this run. Every file is dated by a manifest so "
        "that the model runs (it reads dated documents only).",
    ]
    lines += [
        "",
        "Command: `python benchmarks/extract_throughput.py --write "
        "benchmarks/results/extract_throughput.md`",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
