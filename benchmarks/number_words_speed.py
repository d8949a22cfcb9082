"""Time of ``find_quantities`` on long runs of number words.

A run of number words with no unit after it ("one hundred and one hundred and ...") used to
be matched again from every word of the run, so the time grew with the square of its
length. Each input here is read at 8 KB and at about 32 KB; the time must grow linearly
and stay well under a second at 32 KB. Run
``python benchmarks/number_words_speed.py [--write FILE]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.lang import load_grammar
from ingest.quantities import find_quantities

_RUNS = {
    "one hundred and ": "one hundred and x",
    "twenty five ": "twenty five and.",
    "one ": "one cats.",
}


def _rows() -> list[str]:
    grammar = load_grammar("en")
    find_quantities("warm up: 5 GW", grammar)
    rows = []
    for piece, ending in _RUNS.items():
        for size in (8_000, 32_000):
            text = piece * (size // len(piece)) + ending
            started = time.perf_counter()
            found = find_quantities(text, grammar)
            seconds = time.perf_counter() - started
            rows.append(f"| `{piece.strip()} ...` | {len(text):,} | {seconds:.3f} | {len(found)} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="write the table to this Markdown file")
    args = parser.parse_args()
    table = [
        "| run of | characters | seconds | figures found |",
        "|---|---|---|---|",
        *_rows(),
    ]
    print("\n".join(table))
    if args.write:
        header = (
            "# find_quantities on long runs of number words\n\n"
            "`python benchmarks/number_words_speed.py --write "
            "benchmarks/results/number_words_speed.md`, on a shared 2-core machine under load.\n"
            "Before the one-pass match the 32 KB run of `one hundred and` took 35.5 s (same call,\n"
            "merged issue-9 code, measured when the defect was found).\n\n"
        )
        args.write.write_text(header + "\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
