"""CPU time of the rule path on the throughput corpus, for comparing two versions of the code.

On a shared machine the wall time of ``benchmarks/extract_throughput.py`` moves with the
load of others; the CPU time of one process moves much less. This script builds the same
corpus (``extract_throughput.build_corpus``), runs ``process_document`` over it twice in
one process after a warm-up, and prints the better CPU time. Give it the root of a source
tree to measure another version of the code (an exported older commit), and run the two
back to back, alternating:

    git archive <commit> | tar -x -C /tmp/base
    python benchmarks/extract_cpu.py /tmp/base
    python benchmarks/extract_cpu.py .
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "root", type=Path, nargs="?", default=Path(__file__).resolve().parent.parent
    )
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if not (root / "ingest").is_dir():
        print(f"error: {root} is not a policykb checkout (no ingest/ in it); give one")
        return 2
    spec = importlib.util.spec_from_file_location(
        "extract_throughput", Path(__file__).resolve().parent / "extract_throughput.py"
    )
    throughput = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(throughput)  # type: ignore[union-attr]
    sys.path.insert(0, str(root))  # after the module above put this checkout first
    from ingest.load import load_document
    from ingest.pipeline import build_nlp, process_document

    folder = Path(tempfile.mkdtemp(prefix="policykb-cpu-"))
    try:
        sentences = throughput.build_corpus(folder)
        documents = [
            load_document(p) for p in sorted(folder.iterdir()) if p.suffix in {".txt", ".md"}
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    nlp = build_nlp()
    for document in documents[:3]:
        process_document(document, nlp=nlp, types=("target", "statistic"))
    best = float("inf")
    for _ in range(max(1, args.runs)):
        started = time.process_time()
        for document in documents:
            process_document(document, nlp=nlp, types=("target", "statistic"))
        best = min(best, time.process_time() - started)
    print(
        f"{root}: {sentences} sentences, best CPU {best:.2f} s, {sentences / best:,.0f} per CPU-s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
