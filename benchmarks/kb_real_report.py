"""The Markdown report of ``benchmarks/kb_real.py`` and the record of the command and
commit it ran on, for a results file's header."""

from __future__ import annotations

import shlex
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_record(argv: list[str], root: Path = ROOT) -> str:
    """The command as it was given (every option: --reuse, --only, --extra-docs, ...) and
    the commit it ran on, for a results file's header."""
    command = shlex.join(["python", "benchmarks/kb_real.py", *argv])

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        except OSError:
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    if git("status", "--porcelain", "--", "kb", "ingest", "benchmarks"):
        commit += " with uncommitted changes in kb/, ingest/ or benchmarks/"
    return f"command: `{command}`; commit {commit}"


def _relevance(ans) -> float | None:
    """The reranker's best probability among the answer's sources (None without one)."""
    return getattr(ans, "relevance", None)


def miss_record(qset, item: dict, ans, rank: int | None) -> dict:
    """A miss as the ``--misses`` file lists it (an answered near-miss, or an answerable
    question not first, not stating its value or refused)."""
    if qset.unanswerable:
        keys = {"answer": ans.text, "ev": ans.evidence, "rel": _relevance(ans)}
        return {"set": qset.name, "q": item["q"], **keys}
    return {
        "set": qset.name,
        "q": item["q"],
        "doc": item["doc"],
        "want": item["value"],
        "evidence": item["evidence"],
        "rank": rank,
        "answered": ans.answered,
        "ev": round(ans.evidence, 3),
        "rel": _relevance(ans),
        "reason": ans.reason,
        "answer": ans.text,
        "top": [f"{s.doc_id[:8]} {s.text[:120]}" for s in ans.sources[:3]],
    }


def report(index, rows: list[tuple], sets: list, latencies: list[float], argv: list[str]) -> str:
    """The Markdown report: how the index (``kb_real.Index``) was built, then one row per
    set; ``argv`` as the command was given."""

    def f(x: float | None, fmt: str = ".3f") -> str:
        return "-" if x is None else format(x, fmt)

    kb, embedder, extra = index.kb, index.embedder, index.extra
    lines = [
        "# Question answering on real documents (benchmarks/kb_real.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {run_record(argv)}; "
        f"embedder {embedder.name}",
        "",
        f"Index: corpus/ + 26 real documents + {index.n_distractors} Net Zero Tracker distractor "
        f"documents{' + ' + ', '.join(str(d) for d in extra) if extra else ''}: {len(kb.docs())} documents, {kb.store.clause_count()} clauses; "
        f"{len(index.failed)} files failed. Ingest {index.ingest_s:.0f} s (0 when reused). "
        f"Model: {embedder.name}. Median question time {statistics.median(latencies) * 1000:.0f} ms.",
        "",
        "| set | split | n | hit@1 | hit@5 | MRR@10 | answer states value | median chars | refused |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    split_of = {s.name: s.split for s in sets}
    for name, n, h1, h5, mrr, val, med, ref in rows:
        lines.append(
            f"| {name} | {split_of[name]} | {n} | {f(h1)} | {f(h5)} | {f(mrr)} | {f(val)} | "
            f"{f(med, '.0f') if med is not None else '-'} | {f(ref)} |"
        )
    return "\n".join(lines) + "\n"
