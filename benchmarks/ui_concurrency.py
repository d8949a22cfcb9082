"""Web UI under concurrent load: N questions at once through the app's API.

Builds a store from corpus/ with `policykb ingest` (or uses --db), starts the real
`policykb serve` on a free 127.0.0.1 port, opens one ``gradio_client.Client`` per
simulated user, then releases all N ``/ask`` calls together and times each one
(submit → answer, through Gradio's queue and the app's knowledge-base worker).
Every answer must contain the figure its question asks about.

Run:  .venv/bin/python benchmarks/ui_concurrency.py [--n 20] [--bursts 3] \
          [--out benchmarks/results/ui_concurrency.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # gradio_client asks the hub first otherwise
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
ROOT = Path(__file__).resolve().parents[1]

#: (question, text the answer must contain), all answered by the bundled article.
QUESTIONS = (
    ("How much of electrolytic aluminium's energy must be renewable by 2030?", "more than 30%"),
    (
        "What share of manufacturing output value should green factories account for by 2030?",
        "more than 40%",
    ),
    (
        "What is the recycling volume target for major renewable resources by 2030?",
        "510 million tons",
    ),
    (
        "What comprehensive utilization rate of bulk industrial solid waste is targeted for 2030?",
        "62%",
    ),
    ("What proportion of short-process steelmaking is targeted by 2030?", "More than 20%"),
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _load() -> str:
    """The 1-minute load average: other jobs on this shared machine skew the latencies."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def _start_server(db: Path, log: Path, readers: int = 1) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRANSFORMERS_OFFLINE": "1"}
    command = [sys.executable, "-m", "ui.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--readers", str(readers)],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit(f"serve did not start in 180 s:\n{log.read_text()}")


def run(n: int, bursts: int, db: Path | None, tmp: Path, readers: int = 1) -> dict:
    from gradio_client import Client

    if db is None:
        db = tmp / "kb"
        subprocess.run(
            [sys.executable, "-m", "ui.cli", "ingest", str(ROOT / "corpus"), "--db", str(db)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    load_before = _load()
    started = time.monotonic()
    proc, url = _start_server(db, tmp / "serve.log", readers)
    startup = time.monotonic() - started
    jobs = [QUESTIONS[i % len(QUESTIONS)] for i in range(n)]
    try:
        clients = [Client(url, verbose=False) for _ in range(n)]
        alone = []  # one user at a time, for comparison
        for question, _ in QUESTIONS:
            t0 = time.perf_counter()
            clients[0].predict(question, [], "", None, None, api_name="/ask")
            alone.append(time.perf_counter() - t0)

        def one(i: int, barrier: threading.Barrier) -> tuple[float, bool, str]:
            question, expected = jobs[i]
            barrier.wait()
            t0 = time.perf_counter()
            history, _sources, _box = clients[i].predict(
                question, [], "", None, None, api_name="/ask"
            )
            elapsed = time.perf_counter() - t0
            reply = history[-1]["content"]
            text = (
                reply
                if isinstance(reply, str)
                else " ".join(part.get("text", "") for part in reply if isinstance(part, dict))
            )
            return elapsed, expected in text, f"{question} -> {text[:160]}"

        runs = []
        for _ in range(bursts):
            barrier = threading.Barrier(n)
            wall0 = time.perf_counter()
            with ThreadPoolExecutor(n) as pool:
                results = list(pool.map(one, range(n), [barrier] * n))
            runs.append((time.perf_counter() - wall0, results))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    bursts_out = []
    for wall, results in runs:
        latencies = [r[0] for r in results]
        bursts_out.append(
            {
                "wall": wall,
                "correct": sum(r[1] for r in results),
                "p50": statistics.median(latencies),
                "p95": _percentile(latencies, 0.95),
                "min": min(latencies),
                "max": max(latencies),
            }
        )
    every = [r[0] for _, results in runs for r in results]
    return {
        "load": (load_before, _load()),
        "n": n,
        "readers": readers,
        "startup": startup,
        "alone": statistics.median(alone),
        "bursts": bursts_out,
        "correct": sum(b["correct"] for b in bursts_out),
        "total": n * bursts,
        "p50": statistics.median(every),
        "p95": _percentile(every, 0.95),
        "wrong": [r[2] for _, results in runs for r in results if not r[1]],
    }


def report(r: dict) -> str:
    n = r["n"]
    lines = [
        "# Web UI: concurrent questions through the app's API",
        "",
        f"{n} simulated users, each with its own `gradio_client.Client`, call `/ask` at the "
        "same moment (released by a barrier) against `policykb serve` on a store built from "
        "`corpus/`; this is repeated "
        f"{len(r['bursts'])} times. Latency is per call, submit to answer, through Gradio's "
        f"queue and the app's pool of {r['readers']} knowledge-base reader(s) (`serve --readers "
        f"{r['readers']}`; each reader answers one question at a time, readers side by side). "
        "Every answer must contain the figure its question asks about.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| answers correct | {r['correct']} / {r['total']} |",
        f"| latency p50, all {r['total']} calls | {r['p50'] * 1000:.0f} ms |",
        f"| latency p95, all {r['total']} calls | {r['p95'] * 1000:.0f} ms |",
        f"| one user alone, median of {len(QUESTIONS)} calls | {r['alone'] * 1000:.0f} ms |",
        f"| server start (process start → page served, model loaded, warm-up answered) | "
        f"{r['startup']:.1f} s |",
        "",
        "| burst | correct | p50 | p95 | min / max | wall time for all |",
        "|---|---|---|---|---|---|",
    ]
    for i, b in enumerate(r["bursts"], start=1):
        lines.append(
            f"| {i} | {b['correct']} / {n} | {b['p50'] * 1000:.0f} ms | {b['p95'] * 1000:.0f} ms | "
            f"{b['min'] * 1000:.0f} / {b['max'] * 1000:.0f} ms | {b['wall']:.2f} s "
            f"({n / b['wall']:.1f} answers/s) |"
        )
    lines += [
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, shared with other "
        f"jobs (1-minute load average {r['load'][0]} before, {r['load'][1]} after); the {n} "
        "client threads run on the same cores as the server, so the figures are "
        "indicative. Command: `.venv/bin/python "
        f"benchmarks/ui_concurrency.py --n {n} --bursts {len(r['bursts'])} "
        f"--readers {r['readers']} --out benchmarks/results/ui_concurrency_{n}.md`.",
    ]
    if r["wrong"]:
        lines += ["", "Wrong answers:", ""] + [f"- {w}" for w in r["wrong"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="concurrent questions")
    parser.add_argument("--bursts", type=int, default=3, help="how many times to repeat the burst")
    parser.add_argument("--db", type=Path, default=None, help="existing store (default: build one)")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--readers", type=int, default=2, help="serve --readers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykb-ui-bench-") as tmp:
        result = run(args.n, args.bursts, args.db, Path(tmp), args.readers)
    text = report(result)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if result["correct"] != result["total"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
