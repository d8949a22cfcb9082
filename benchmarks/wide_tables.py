"""Extraction time of wide annex tables flattened into one sentence, at three sizes.

A PDF's province-by-year table often reaches the text layer as one long run of cells
with no sentence end: thousands of figures in one "sentence". Each size below doubles
the number of cells; time linear in the size doubles with it. Two shapes: 10 year
columns (30, 60, 120 provinces) and 100 year columns (10, 20, 40 rows). The tables are
generated here (random values), no document is read.

Each table is timed in a fresh subprocess (``process_document`` after a warm-up on a
small table), so one run's caches do not help the next. ``--code DIR`` times another
checkout (e.g. the code before the change) with the same script.

Usage:
    python benchmarks/wide_tables.py [--code DIR] [--write benchmarks/results/wide_tables.md]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHAPES = {10: (30, 60, 120), 100: (10, 20, 40)}


def flattened_table(rows: int, columns: int) -> str:
    """A province-by-year table of percentages, as PDF extraction flattens it."""
    rng = random.Random(rows * 1000 + columns)
    years = " ".join(str(2021 + i) for i in range(columns))
    cells = [
        f"Province{n} " + " ".join(f"{rng.uniform(5, 60):.1f}" for _ in range(columns))
        for n in range(rows)
    ]
    head = f"Annex 2. Share of renewable electricity by province (%) Province {years} "
    return head + " ".join(cells) + "\n"


_CHILD = """
import json, sys, time
sys.path.insert(0, {code!r})
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, content_id
nlp = build_nlp()
def run(text):
    doc = Document(doc_id=content_id(text), path="annex.txt", text=text)
    started = time.perf_counter()
    extraction = process_document(doc, nlp=nlp, types=("target", "statistic"))
    return time.perf_counter() - started, len(extraction.records)
run({warm!r})
seconds, records = run({text!r})
print(json.dumps({{"seconds": seconds, "records": records}}))
"""


def time_table(code: Path, rows: int, columns: int, timeout: float) -> dict:
    text = flattened_table(rows, columns)
    script = _CHILD.format(code=str(code), warm=flattened_table(2, 3), text=text)
    try:
        out = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "PYTHONPATH": str(code)},
            check=True,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "records": None, "chars": len(text)}
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "chars": len(text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to time")
    parser.add_argument("--timeout", type=float, default=300.0, help="per table, seconds")
    parser.add_argument("--write", type=Path, help="write a Markdown table here")
    args = parser.parse_args()
    load = os.getloadavg()
    lines = [
        "| columns | rows | figures | characters | seconds | ms per figure | records |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for columns, sizes in SHAPES.items():
        for rows in sizes:
            found = time_table(args.code, rows, columns, args.timeout)
            seconds = found["seconds"]
            shown = f"{seconds:.2f}" if seconds is not None else f"> {args.timeout:g} (stopped)"
            per = f"{1000 * seconds / (rows * columns):.2f}" if seconds is not None else "–"
            line = (
                f"| {columns} | {rows} | {rows * columns:,} | {found['chars']:,} | {shown} "
                f"| {per} | {found['records'] if found['records'] is not None else '–'} |"
            )
            print(line, flush=True)
            lines.append(line)
    report = "\n".join(
        [
            f"Code timed: `{args.code}`. Load average at start: "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 shared cores).",
            "",
            *lines,
            "",
        ]
    )
    if args.write:
        args.write.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
