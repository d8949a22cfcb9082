"""A passage ingest's timeline: CPU of each process over wall time, encoder busy spans.

Ingests the passages of the first ``--docs`` ObliQA documents (as ``obliqa.py`` and
``ingest_profile.py`` do; the dataset is read from a checkout, never stored here)
into a fresh store while a thread samples, every ``--every`` seconds, the CPU
seconds of this process and of each child (``/proc/PID/stat``; the children are
the extraction process and the vector writer). Each call of the encoder is timed
too. It prints one JSON line: totals per process, the encoder's busy seconds, the
wall time before its first text and the gaps between its calls, and the sampled
timeline (per slice: CPU share of each process, 1.0 being one core).

Linux only (it reads /proc). Run before/after pairs with each tree from its own
directory:
  python benchmarks/ingest_timeline.py --data /tmp/obliqa --docs 3 --encoder onnx-int8
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, str, float] | None:
    """``(parent pid, command name, CPU seconds)`` of ``pid``, or None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1 : text.rindex(")")]
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), name, (int(fields[11]) + int(fields[12])) / _TICK


def _cmdline(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    parts = raw.split(b"\0")
    for marker in (b"kb.ingest_worker", b"kb.vector_writer"):
        if marker in parts:
            return marker.decode().split(".")[1]
    return b" ".join(parts).decode(errors="replace")[:40]


class Sampler:
    """CPU seconds of this process and its children, sampled on a thread."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.me = os.getpid()
        self.names: dict[int, str] = {self.me: "ingesting"}
        self.samples: list[tuple[float, dict[int, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, started: float) -> None:
        cpu: dict[int, float] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            stat = _stat(pid)
            if stat is None or (pid != self.me and stat[0] != self.me):
                continue
            if pid not in self.names:
                self.names[pid] = _cmdline(pid)
            cpu[pid] = stat[2]
        self.samples.append((time.perf_counter() - started, cpu))

    def _run(self) -> None:
        started = self.started
        while not self._stop.is_set():
            self._sample(started)
            self._stop.wait(self.every)
        self._sample(started)

    def start(self) -> None:
        self.started = time.perf_counter()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="an ObliQADataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    parser.add_argument("--encoder", default="onnx-int8", choices=["torch", "onnx-int8"])
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    args = parser.parse_args()
    import obliqa

    from kb.service import KnowledgeBase
    from kb.settings import Settings

    every = obliqa.load_passages(args.data)
    if not every:
        print(f"no ObliQA passages under {args.data}; pass a checkout with --data", file=sys.stderr)
        return 2
    kept = list(dict.fromkeys(p["DocumentID"] for p in every))[: args.docs]
    passages = [p for p in every if p["Passage"].strip() and p["DocumentID"] in kept]
    tmp = Path(tempfile.mkdtemp(prefix="ingest-timeline-"))
    jsonl = obliqa.write_passages(passages, None, tmp)
    settings = Settings.from_env(db_dir=tmp / "kb", model=None, chroma_url="", encoder=args.encoder)
    kb = KnowledgeBase(settings, create=True)
    embedder = kb.embedder
    embedder.embed(["warm up"])  # model loading is not ingest time
    sampler = Sampler(args.every)
    calls: list[tuple[float, float, int]] = []
    # The call every encode ends in: ``embed_array`` for int8 (on whatever thread), else ``embed``.
    attr = "embed_array" if hasattr(embedder, "embed_array") else "embed"
    setattr(embedder, attr, timing(getattr(embedder, attr), sampler, calls))
    sampler.start()
    statuses = obliqa.ingest_into(kb, jsonl)
    wall = time.perf_counter() - sampler.started
    sampler.stop()
    kb.close()
    print(json.dumps(summary(sampler, calls, wall, statuses, len(passages))))
    return 0


def timing(inner, sampler: Sampler, calls: list):
    """``inner`` noting each call's start (from ``sampler.started``), duration and text
    count in ``calls``; the encoder's warm-up is not a call on the texts and is left out."""

    def timed(texts, **kwargs):
        at = time.perf_counter()
        out = inner(texts, **kwargs)
        if list(texts) != ["warm up"]:
            calls.append((at - sampler.started, time.perf_counter() - at, len(texts)))
        return out

    return timed


def summary(sampler: Sampler, calls: list, wall: float, statuses: dict, passages: int) -> dict:
    """Totals, encoder spans and the per-slice CPU shares of each process."""
    calls = sorted(calls)
    gaps = [
        round(b[0] - (a[0] + a[1]), 2)
        for a, b in zip(calls, calls[1:], strict=False)
        if b[0] - (a[0] + a[1]) > 0.05
    ]
    first, last = sampler.samples[0][1], sampler.samples[-1][1]
    totals = {
        f"{sampler.names[pid]}:{pid}": round(cpu - first.get(pid, 0.0), 2)
        for pid, cpu in last.items()
    }
    # A child's last sample may come before it exits; the peak seen is what it used.
    for pid, name in sampler.names.items():
        seen = [s[1][pid] for s in sampler.samples if pid in s[1]]
        if seen:
            totals[f"{name}:{pid}"] = round(max(seen) - first.get(pid, 0.0), 2)
    slices = []
    for (t0, a), (t1, b) in zip(sampler.samples, sampler.samples[1:], strict=False):
        span = max(t1 - t0, 1e-6)
        share = {
            sampler.names[pid]: round((b[pid] - a.get(pid, b[pid])) / span, 2)
            for pid in b
            if pid in a
        }
        busy = sum(max(0.0, min(t1, s + d) - max(t0, s)) for s, d, _ in calls) / span
        slices.append({"t": round(t0, 1), **share, "encoder_busy": round(busy, 2)})
    return {
        "code": str(ROOT),
        "passages": passages,
        "statuses": statuses,
        "wall_s": round(wall, 2),
        "cpu_s": totals,
        "encoder_calls": len(calls),
        "encoder_busy_s": round(sum(d for _, d, _ in calls), 2),
        "encoder_first_call_at_s": round(calls[0][0], 2) if calls else None,
        "encoder_last_call_end_s": round(calls[-1][0] + calls[-1][1], 2) if calls else None,
        "encoder_gaps_s": gaps,
        "load": [round(x, 1) for x in os.getloadavg()],
        "timeline": slices,
    }


if __name__ == "__main__":
    raise SystemExit(main())
