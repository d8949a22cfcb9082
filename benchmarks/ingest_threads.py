"""Where a passage ingest's CPU goes, thread by thread, and goal (b) beside it, per setting.

Issue 16's goal (b) divides the ingest's clauses/s by a raw encode of the same
clause texts. Wall seconds on the shared 2-core machine move with the load; CPU
seconds of each thread move much less, so this script reports both. Each run is
a fresh process that ingests the passages of the first ``--docs`` ObliQA
documents (read from a checkout, never stored here) into a new int8 store while
a thread reads ``/proc/self/task/*/stat`` and the children's ``/proc/PID/stat``
every ``--every`` seconds, then encodes the ingest's clause texts raw (one text
per run, as the ingest does; the faster of every core and one core fewer, as
``obliqa.py`` does). Printed per run:

- CPU seconds of the main thread, the encoder thread (``kb.encode_ahead``), the
  other Python threads (the reader of the extraction child's replies), the native
  threads (onnxruntime's intra-op pool) and each child (extraction, vector writer);
- the encoder's own calls (wall, and CPU of the calling thread), the main thread's
  wait in ``embed_once``, the SQLite transactions and the vector hand-off;
- ingest wall and CPU, raw encode wall and CPU, and the goal (b) ratio.

Settings (``--variants``, comma-separated; each ``KEY=VALUE`` joined by ``+``):
``threads=auto|N`` the encoder's intra-op threads during the ingest (auto: as
the code chooses); ``spin=0|1`` onnxruntime's ``session.intra_op.allow_spinning``
for every session of the run (the raw encode's too); ``group=N`` texts per call
on the encoder thread; ``nice=N`` the extraction child's priority step
(``POLICYKB_EXTRACT_NICE``). Runs alternate A B A B (``--rounds``), so each pair ran in
the same minute. Linux only (it reads /proc)::

  python benchmarks/ingest_threads.py --data ../obliqa --docs 3 --rounds 2 \
      --variants base,threads=1 --write FILE
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_of(stat_path: Path) -> float | None:
    try:
        text = stat_path.read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


class ThreadSampler:
    """CPU seconds of each thread of this process and of each child, highest seen (a thread
    is charged what it had used at the last sample it was alive for)."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.threads: dict[int, float] = {}
        self.children: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def _sample(self) -> None:
        for entry in os.scandir("/proc/self/task"):
            cpu = _cpu_of(Path(entry.path) / "stat")
            if cpu is not None:
                tid = int(entry.name)
                self.threads[tid] = max(cpu, self.threads.get(tid, 0.0))
        from ingest_timeline import _cmdline, _stat

        me = os.getpid()
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                stat = _stat(int(entry.name))
                pid = int(entry.name)
                if stat is not None and stat[0] == me:
                    self.names.setdefault(pid, _cmdline(pid))
                    self.children[pid] = max(stat[2], self.children.get(pid, 0.0))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)
        self._sample()

    def start(self) -> None:
        self._sample()
        self.before = dict(self.threads)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def used(self) -> dict[int, float]:
        return {tid: cpu - self.before.get(tid, 0.0) for tid, cpu in self.threads.items()}


class Timer:
    """Wall and calling-thread CPU seconds of the calls of one function."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.calls = 0
        self._lock = threading.Lock()

    def wrap(self, inner):
        def timed(*args, **kwargs):
            w, c = time.perf_counter(), time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                with self._lock:
                    self.wall += time.perf_counter() - w
                    self.cpu += time.thread_time() - c
                    self.calls += 1

        return timed

    def context(self, inner):
        @contextlib.contextmanager
        def timed(*args, **kwargs):
            w, c = time.perf_counter(), time.thread_time()
            try:
                with inner(*args, **kwargs):
                    yield
            finally:
                with self._lock:
                    self.wall += time.perf_counter() - w
                    self.cpu += time.thread_time() - c
                    self.calls += 1

        return timed

    def row(self) -> dict:
        return {"wall_s": round(self.wall, 2), "cpu_s": round(self.cpu, 2), "calls": self.calls}


def parse_variant(text: str) -> dict[str, str]:
    """``"threads=1+spin=1"`` -> ``{"threads": "1", "spin": "1"}``; ``base`` is no change."""
    out: dict[str, str] = {}
    for part in text.split("+"):
        if part and part != "base":
            key, _, value = part.partition("=")
            if key not in {"threads", "spin", "group", "nice"} or not value:
                raise SystemExit(f"unknown setting {part!r}: use threads=, spin=, group= or nice=")
            out[key] = value
    return out


def apply_spin(spin: str | None) -> None:
    """Every onnxruntime session of this run made with ``allow_spinning`` = ``spin``."""
    if spin is None:
        return
    import onnxruntime as ort

    made = ort.SessionOptions.add_session_config_entry

    def entry(self, key, value):
        if key == "session.intra_op.allow_spinning":
            value = spin
        return made(self, key, value)

    ort.SessionOptions.add_session_config_entry = entry


def one_run(args: argparse.Namespace) -> dict:
    """Ingest, then the raw encode, in this process; the figures as a dict."""
    import obliqa

    import kb.encode_ahead
    import kb.onnx_embed
    import kb.store
    from kb.encoders import leave_cores
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    setting = parse_variant(args.one)
    apply_spin(setting.get("spin"))
    if "group" in setting:
        kb.encode_ahead.GROUP = int(setting["group"])
    if "nice" in setting:  # the extraction child reads it as it starts
        os.environ["POLICYKB_EXTRACT_NICE"] = setting["nice"]
    every = obliqa.load_passages(args.data)
    kept = list(dict.fromkeys(p["DocumentID"] for p in every))[: args.docs]
    passages = [p for p in every if p["Passage"].strip() and p["DocumentID"] in kept]
    tmp = Path(tempfile.mkdtemp(prefix="ingest-threads-"))
    jsonl = obliqa.write_passages(passages, None, tmp)
    settings = Settings.from_env(db_dir=tmp / "kb", model=None, chroma_url="", encoder="onnx-int8")
    kb_ = KnowledgeBase(settings, create=True)
    embedder = kb_.embedder
    embedder.embed(["warm up"])  # model loading is not ingest time
    encode, wait, commit = Timer(), Timer(), Timer()
    encoder_tids: list[int] = []
    plain_embed_array = embedder.embed_array
    embedder.embed_array = encode.wrap(plain_embed_array)
    kb.store.embed_once = wait.wrap(kb.store.embed_once)
    kb.store.Store._transaction = commit.context(kb.store.Store._transaction)
    plain_run = kb.encode_ahead.EncodeAhead._run

    def run(self):
        encoder_tids.append(threading.get_native_id())
        plain_run(self)

    kb.encode_ahead.EncodeAhead._run = run
    plain_threads_for = kb.onnx_embed._threads_for
    if setting.get("threads", "auto") != "auto":
        fixed = int(setting["threads"])
        kb.onnx_embed._threads_for = lambda texts: 1 if texts <= 8 else fixed
    sampler = ThreadSampler(args.every)
    names: dict[int, str] = {}
    sampler.start()
    started, cpu0 = time.perf_counter(), time.process_time()
    main_cpu0 = time.thread_time()
    statuses = {}
    for result in kb_.ingest_passages(kb_.open_passages(jsonl)):
        statuses[result.status] = statuses.get(result.status, 0) + 1
        for t in threading.enumerate():
            if t.native_id is not None and t.native_id not in names:
                names[t.native_id] = t.name
    ingest_s = time.perf_counter() - started
    main_cpu = time.thread_time() - main_cpu0
    process_cpu = time.process_time() - cpu0
    sampler.stop()
    kb.onnx_embed._threads_for = plain_threads_for
    used = sampler.used()
    main_tid = threading.main_thread().native_id
    groups = {"main": 0.0, "encoder": 0.0, "python_other": 0.0, "native": 0.0}
    for tid, cpu in used.items():
        if tid == main_tid:
            continue
        if tid in encoder_tids:
            groups["encoder"] += cpu
        elif tid in names:
            groups["python_other"] += 0.0 if names[tid] == "sampler" else cpu
        else:
            groups["native"] += cpu
    groups["main"] = main_cpu
    children = {f"{sampler.names[p]}:{p}": round(v, 2) for p, v in sampler.children.items()}
    clause_texts = [r[0] for r in kb_.store.conn.execute("SELECT embed_text FROM clauses")]
    embedder.embed_array = plain_embed_array
    raw = []
    for fewer in (0, 1):
        with leave_cores(fewer):
            w, c = time.perf_counter(), time.process_time()
            kb_.embedder.embed(clause_texts)
            raw.append((round(time.perf_counter() - w, 2), round(time.process_time() - c, 2)))
    kb_.close()
    raw_s = min(r[0] for r in raw)
    return {
        "setting": args.one,
        "at": time.strftime("%H:%M:%S", time.gmtime()),
        "load": [round(x, 1) for x in os.getloadavg()],
        "statuses": statuses,
        "clauses": len(clause_texts),
        "ingest_wall_s": round(ingest_s, 2),
        "ingest_cpu_s": round(process_cpu + sum(children.values()), 2),
        "process_cpu_s": round(process_cpu, 2),
        "threads_cpu_s": {k: round(v, 2) for k, v in groups.items()},
        "children_cpu_s": children,
        "encoder_calls": encode.row(),
        "main_waits_in_embed_once": wait.row(),
        "sqlite_transactions": commit.row(),
        "raw_runs_wall_cpu_s": raw,
        "goal_b": round(raw_s / ingest_s, 3),
    }


def render(runs: list[dict], command: str) -> str:
    lines = [
        "| run | setting | finished UTC (load, 1 min) | ingest wall / CPU s | main | encoder thread "
        "| native threads | extraction child | writer child | encoder calls wall / CPU s "
        "| main waits in embed_once | SQLite transactions | raw encode wall / CPU s | goal (b) |",
        "|" + "---|" * 14,
    ]
    for n, r in enumerate(runs, start=1):
        t = r["threads_cpu_s"]
        child = {k.split(":")[0]: v for k, v in r["children_cpu_s"].items()}
        fast = min(r["raw_runs_wall_cpu_s"])
        lines.append(
            f"| {n} | {r['setting']} | {r['at']} ({r['load'][0]}) | {r['ingest_wall_s']} / "
            f"{r['ingest_cpu_s']} | {t['main']} | {t['encoder']} | {t['native']} | "
            f"{child.get('ingest_worker', 0)} | {child.get('vector_writer', 0)} | "
            f"{r['encoder_calls']['wall_s']} / {r['encoder_calls']['cpu_s']} | "
            f"{r['main_waits_in_embed_once']['wall_s']} | {r['sqlite_transactions']['wall_s']} | "
            f"{fast[0]} / {fast[1]} | {r['goal_b']:.2f} |"
        )
    head = [
        f"- Command: `{command}`",
        f"- Machine: {platform.platform()}, {os.cpu_count()} cores, shared with other jobs "
        "(timings indicative; pairs ran back to back, A B A B)",
        "- CPU columns are seconds over the ingest (threads of the ingesting process from "
        "/proc/self/task, children from /proc/PID/stat); the encoder's calls are timed on "
        "the calling thread; raw encode is the faster of every core and one core fewer, "
        "one text per run as in the ingest.",
        "",
    ]
    return "\n".join(head + lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="an ObliQADataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    parser.add_argument("--variants", default="base", help="settings to alternate (see above)")
    parser.add_argument("--rounds", type=int, default=2, help="how many A B ... rounds")
    parser.add_argument("--every", type=float, default=0.25, help="seconds between samples")
    parser.add_argument("--write", type=Path, help="append the Markdown table to this file")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a single run (the child)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_run(args)))
        return 0
    variants = args.variants.split(",")
    for v in variants:
        parse_variant(v)  # a typo fails before any run
    runs = []
    for _ in range(args.rounds):
        for variant in variants:
            cmd = [sys.executable, __file__, "--data", str(args.data), "--docs", str(args.docs)]
            cmd += ["--every", str(args.every), "--one", variant]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(done.stderr[-2000:], file=sys.stderr)
                return 1
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(json.dumps(runs[-1]), flush=True)
    command = "python benchmarks/ingest_threads.py " + " ".join(sys.argv[1:])
    table = render(runs, command)
    print(table)
    if args.write:
        with args.write.open("a", encoding="utf-8") as out:
            out.write(table + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
