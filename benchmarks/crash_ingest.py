"""SIGKILL at random moments of a 200-document ingest; the re-run must repair everything.

Generates ``--docs`` short policy documents (written here, with varied figures and
years), ingests them once cleanly with ``policykb ingest`` as the reference, then for
each of ``--runs`` runs: starts the same ingest into a fresh store, kills it with
SIGKILL at a moment drawn uniformly from the reference run's wall time, re-runs the
ingest to completion, and compares the store with the reference:

- documents: the set of (doc_id, path);
- clauses: the set of clause keys, and their count (no duplicates);
- records: the multiset of (doc_id, clause key, type, JSON);
- vectors: the chroma ids, equal to the clause keys, and their count.

Any difference counts as lost or duplicated. The
re-run (like any ingest) first repairs vectors a kill left out. Each ingest runs
in a child forked from this process (the stack imported once), as ``policykb ingest``
runs it: ``KnowledgeBase.ingest`` with the bundled model.

Usage:
    python benchmarks/crash_ingest.py [--docs 200] [--runs 20] [--seed 14]
        [--write benchmarks/results/crash_ingest.md]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_PLACES = ["Northshire", "Eastvale", "Lakemoor", "Redcliff", "Westmarch", "Highfield",
           "Stonebridge", "Ashford", "Greenhollow", "Marlow"]  # fmt: skip
_SECTORS = ["district heating", "bus fleets", "cement plants", "data centres", "ports",
            "rail freight", "public buildings", "water utilities"]  # fmt: skip


def make_documents(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` short plans with varied figures, years and places (our own words)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        place, sector = rng.choice(_PLACES), rng.choice(_SECTORS)
        year, share = rng.randint(2027, 2045), rng.randint(10, 90)
        lines = [
            f"{place} {sector.title()} Plan No. {i}",
            "",
            f"By {year}, {sector} in {place} shall cut energy use by {share}% compared "
            f"with {rng.randint(2015, 2022)}.",
            f"The council will install {rng.randint(2, 900)} MW of heat pumps by "
            f"{year + rng.randint(1, 5)}.",
            "",
            f"Operators must report progress every {rng.choice(['March', 'June', 'October'])}."
            f" In {rng.randint(2019, 2024)}, {rng.randint(100, 9000)} sites were surveyed.",
            f"A fund of EUR {rng.randint(5, 400)} million supports the measures.",
        ]
        text = "\n".join(lines) + "\n"
        if i % 20 == 19:  # a few twins: the previous file's text in another file
            text = paths[-1].read_text(encoding="utf-8")
        path = folder / f"plan-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


BATCH_CLAUSES: int | None = None  # --batch-clauses


def _ingest_in_child(folder: Path, db: Path) -> int:
    """Fork a child that ingests ``folder`` into ``db`` as ``policykb ingest`` does."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        import kb.service
        from kb.service import KnowledgeBase

        if BATCH_CLAUSES:
            # Smaller write batches than the default 2,048 clauses: the store is written
            # many times during the run, so kills land in writes, not only in extraction.
            kb.service.INGEST_BATCH_CLAUSES = BATCH_CLAUSES
        from kb.settings import Settings

        kb = KnowledgeBase(Settings(db_dir=db), create=True)
        for _ in kb.ingest([folder]):
            pass
        kb.close()
        code = 0
    finally:
        os._exit(code)


def ingest(folder: Path, db: Path) -> float:
    """Run the ingest to completion in a child; returns its wall time."""
    started = time.monotonic()
    _, status = os.waitpid(_ingest_in_child(folder, db), 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the ingest into {db} failed ({status})")
    return time.monotonic() - started


def ingest_killed(folder: Path, db: Path, after: float) -> bool:
    """Start the ingest and SIGKILL it after ``after`` s; True if it was still running."""
    pid = _ingest_in_child(folder, db)
    deadline = time.monotonic() + after
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return True


@dataclass
class Snapshot:
    documents: frozenset
    clauses: Counter
    records: Counter
    vectors: Counter

    def counts(self) -> tuple[int, int, int, int]:
        return (len(self.documents), sum(self.clauses.values()), sum(self.records.values()),
                sum(self.vectors.values()))  # fmt: skip


def snapshot(db: Path) -> Snapshot:
    """What the store holds (SQLite rows and chroma ids), read in a forked child.

    The parent never opens chroma: its thread pools must not be forked into the
    ingest children.
    """
    with tempfile.NamedTemporaryFile(suffix=".pickle") as out:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                Path(out.name).write_bytes(pickle.dumps(_read_store(db)))
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"could not read the store {db} ({status})")
        return pickle.loads(Path(out.name).read_bytes())


def _read_store(db: Path) -> Snapshot:
    from kb.store import Store

    store = Store(db)
    try:
        vectors = Counter(store.collection.get(include=[])["ids"])
    finally:
        store.close()
    with sqlite3.connect(db / "kb.sqlite3") as conn:
        documents = frozenset(conn.execute("SELECT doc_id, path FROM documents"))
        clauses = Counter(r[0] for r in conn.execute("SELECT key FROM clauses"))
        records = Counter(
            (r[0], r[1], r[2], json.dumps(json.loads(r[3]), sort_keys=True))
            for r in conn.execute("SELECT doc_id, clause_key, type, data FROM records")
        )
    return Snapshot(documents, clauses, records, vectors)


def compare(found: Snapshot, reference: Snapshot) -> dict[str, int]:
    """Lost and duplicated items of each kind (all zero when the stores agree)."""
    out = {
        "documents lost": len(reference.documents - found.documents),
        "documents extra": len(found.documents - reference.documents),
    }
    for kind in ("clauses", "records", "vectors"):
        ref, got = getattr(reference, kind), getattr(found, kind)
        out[f"{kind} lost"] = sum((ref - got).values())
        out[f"{kind} extra"] = sum((got - ref).values())
    out["vectors not clauses"] = len(set(found.vectors) ^ set(found.clauses))
    return out


def run(docs: int, runs: int, seed: int, work: Path, on_run: Any = None) -> dict:
    folder = work / "docs"
    make_documents(folder, docs, seed)
    reference_db = work / "reference"
    wall = ingest(folder, reference_db)
    reference = snapshot(reference_db)
    rng = random.Random(seed)
    rows = []
    for n in range(runs):
        db = work / f"run-{n}"
        moment = rng.uniform(0.0, wall)
        killed = ingest_killed(folder, db, moment)
        partial = snapshot(db).counts() if (db / "kb.sqlite3").exists() else (0,) * 4
        ingest(folder, db)
        diff = compare(snapshot(db), reference)
        rows.append({"run": n + 1, "kill_at": moment, "killed": killed, "partial": partial,
                     "diff": diff})  # fmt: skip
        if on_run is not None:
            on_run({"wall": wall, "reference": reference.counts(), "rows": rows})
    return {"wall": wall, "reference": reference.counts(), "rows": rows}


def report(result: dict, *, command: str, load: str) -> str:
    ref = result["reference"]
    bad = [r for r in result["rows"] if any(r["diff"].values())]
    lines = [
        "# SIGKILL at random moments of an ingest",
        "",
        f"Command: `{command}`",
        "",
        f"Reference: a clean `policykb ingest` of the generated documents took "
        f"{result['wall']:.1f} s and stored {ref[0]} documents, {ref[1]} clauses, {ref[2]} "
        f"records and {ref[3]} vectors. Load average at the start: {load} (2 shared cores).",
        "",
        f"Runs with any lost or duplicated document, clause, record or vector after re-running "
        f"the ingest: **{len(bad)} of {len(result['rows'])}**.",
        "",
        "| run | killed at (s) | killed mid-run | stored when killed (docs/clauses/records/vectors)"
        " | after re-run: lost | after re-run: extra |",
        "|---:|---:|---|---|---|---|",
    ]
    for r in result["rows"]:
        d = r["diff"]
        lost = "/".join(str(d[f"{k} lost"]) for k in ("documents", "clauses", "records", "vectors"))
        extra = "/".join(
            str(d[f"{k} extra"]) for k in ("documents", "clauses", "records", "vectors")
        )
        lines.append(
            f"| {r['run']} | {r['kill_at']:.1f} | {'yes' if r['killed'] else 'no (finished)'} | "
            f"{'/'.join(map(str, r['partial']))} | {lost} | {extra} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--batch-clauses", type=int, default=None,
                        help="clauses per write batch (default: the product's 2,048)")  # fmt: skip
    args = parser.parse_args()
    global BATCH_CLAUSES
    BATCH_CLAUSES = args.batch_clauses
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # Import the stack once; each ingest runs in a forked child that loads the model
    # itself (the parent never runs it, so no thread pool is forked mid-use).
    import sentence_transformers  # noqa: F401

    import kb.service  # noqa: F401

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    command = "python benchmarks/crash_ingest.py " + " ".join(sys.argv[1:])

    def write(partial: dict) -> None:  # after every run, so a stopped run still reports
        if args.write:
            args.write.write_text(report(partial, command=command, load=load))

    with tempfile.TemporaryDirectory(prefix="policykb-crash-") as tmp:
        result = run(args.docs, args.runs, args.seed, Path(tmp), on_run=write)
    text = report(result, command=command, load=load)
    write(result)
    print(text)
    sys.exit(1 if any(any(r["diff"].values()) for r in result["rows"]) else 0)


if __name__ == "__main__":
    main()
