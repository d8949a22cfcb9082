"""Every clause and record extracted from a set, as JSONL, with the CPU seconds it took.

Run it once with the old code's tree on ``PYTHONPATH`` and once with the new one,
then ``--diff`` the two files: a change to the extraction path that should only
make it faster must give the same clauses and records, byte for byte.

Sets: ``corpus`` (the committed texts), ``real`` (``../shared/data/real_policies``;
skipped when absent), ``nzt`` (the Net Zero Tracker texts of ``../shared/data``, 50 rows
to a file as ``extract_throughput.py`` writes them; skipped when absent) and ``obliqa`` (the passages of the first ``--docs`` ObliQA
documents from a dataset checkout, extracted in chunks of 16 as the ingest's child
does) and ``folder`` (the texts under each ``--folder``, e.g. a held-back set's texts kept
beside the repository). Nothing of the documents is written to the repository; the output file goes
where ``--out`` says.

  PYTHONPATH=OLD python benchmarks/extract_parity.py --set real --out /tmp/old.jsonl
  PYTHONPATH=NEW python benchmarks/extract_parity.py --set real --out /tmp/new.jsonl
  python benchmarks/extract_parity.py --diff /tmp/old.jsonl /tmp/new.jsonl

``--profile OUT.prof`` also writes a cProfile of the extraction (CPU clock; the parser's
loading is inside it, before the clock of ``cpu_s`` starts); read it with ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# After PYTHONPATH, so the tree named there is the one measured.
sys.path += [str(ROOT), str(ROOT / "benchmarks")]
REAL = ROOT.parent / "shared" / "data" / "real_policies"
NZT = ROOT.parent / "shared" / "data" / "netzero_tracker" / "nzt_targets_with_text.jsonl"
CHUNK = 16  # passages per extraction call, as kb.ingest_worker.CHUNK


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _files(which: str, folders: list[Path] | None = None) -> list[Path]:
    if which == "nzt":
        return _nzt_files()
    if which == "folder":
        roots = folders or []
    else:
        roots = [ROOT / "corpus" if which == "corpus" else REAL]
    suffixes = {".txt", ".md", ".html", ".pdf", ".docx"}
    return [
        path
        for folder in roots
        for path in sorted(folder.rglob("*"))
        if path.suffix in suffixes and path.name != "README.md"
    ]


def _nzt_files() -> list[Path]:
    """The tracker's texts, 50 rows to a file, in one fixed folder outside the repository."""
    rows = [json.loads(line) for line in NZT.read_text(encoding="utf-8").splitlines()]
    folder = Path(tempfile.gettempdir()) / "extract-parity-nzt"
    folder.mkdir(exist_ok=True)
    paths = []
    for n, start in enumerate(range(0, len(rows), 50)):
        path = folder / f"nzt_{n:03d}.txt"
        texts = [str(row["text"] or "") for row in rows[start : start + 50]]
        aside = folder / f".{path.name}.{os.getpid()}"
        aside.write_text("\n\n".join(texts), encoding="utf-8")
        os.replace(aside, path)  # whole, even with another run beside this one
        paths.append(path)
    return paths


def _obliqa_documents(data: Path, docs: int) -> list:
    import obliqa

    from ingest.passages import BadRow, read_passages

    every = obliqa.load_passages(data)
    kept = list(dict.fromkeys(p["DocumentID"] for p in every))[:docs]
    passages = [p for p in every if p["Passage"].strip() and p["DocumentID"] in kept]
    # One fixed folder: a passage's document id holds the file's path. Written aside and
    # renamed into place, so a run beside another (old and new trees) never reads half a file.
    folder = Path(tempfile.gettempdir()) / "extract-parity"
    folder.mkdir(exist_ok=True)
    aside = obliqa.write_passages(passages, None, Path(tempfile.mkdtemp(dir=folder)))
    jsonl = folder / aside.name
    os.replace(aside, jsonl)
    aside.parent.rmdir()
    return [row for row in read_passages(jsonl).rows() if not isinstance(row, BadRow)]


def _extract(args: argparse.Namespace) -> tuple[list, float]:
    from ingest.load import load_document
    from ingest.pipeline import build_nlp, load_parser, process_document, process_documents

    nlp = build_nlp()
    load_parser()  # loading the model is not extraction time
    if args.set == "obliqa":
        documents = _obliqa_documents(args.data, args.docs)
        started = _cpu()
        out = []
        for i in range(0, len(documents), CHUNK):
            out += process_documents(documents[i : i + CHUNK], nlp=nlp)
        return out, _cpu() - started
    documents = [load_document(path) for path in _files(args.set, args.folder)]
    started = _cpu()
    return [process_document(d, nlp=nlp) for d in documents], _cpu() - started


def _diff(old: Path, new: Path) -> int:
    a = old.read_text(encoding="utf-8").splitlines()[1:]
    b = new.read_text(encoding="utf-8").splitlines()[1:]
    if len(a) != len(b):
        print(f"{len(a)} documents before, {len(b)} after")
        return 1
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    for i in changed[:5]:
        x, y = json.loads(a[i]), json.loads(b[i])
        print(f"document {i} ({x['doc_id']}):")
        for key in ("clauses", "records"):
            gone = [r for r in x[key] if r not in y[key]]
            added = [r for r in y[key] if r not in x[key]]
            for r in gone:
                print(f"  - {key[:-1]}: {json.dumps(r)[:200]}")
            for r in added:
                print(f"  + {key[:-1]}: {json.dumps(r)[:200]}")
    print(f"{len(a)} documents, {len(changed)} differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=["corpus", "real", "nzt", "obliqa", "folder"], default="corpus"
    )
    parser.add_argument(
        "--folder", type=Path, action="append", help="--set folder: a folder of texts"
    )
    parser.add_argument("--data", type=Path, help="ObliQA dataset checkout (--set obliqa)")
    parser.add_argument("--docs", type=int, default=3, help="ObliQA: the first N documents")
    parser.add_argument("--out", type=Path, help="where to write the JSONL")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument(
        "--profile", type=Path, help="also write a CPU-clock cProfile of the extraction here"
    )
    args = parser.parse_args()
    if args.diff:
        missing = [str(p) for p in args.diff if not p.is_file()]
        if missing:
            print(f"no such file: {', '.join(missing)}; write it first with --out", file=sys.stderr)
            return 2
        return _diff(*args.diff)
    if args.set == "real" and not REAL.is_dir():
        print(f"no real documents at {REAL}; skipped", file=sys.stderr)
        return 0
    if args.set == "nzt" and not NZT.is_file():
        print(f"no Net Zero Tracker texts at {NZT}; skipped", file=sys.stderr)
        return 0
    if args.set == "obliqa" and (args.data is None or not args.data.is_dir()):
        print("--set obliqa needs --data with an ObliQA dataset checkout", file=sys.stderr)
        return 2
    if args.set == "folder" and not (args.folder and all(f.is_dir() for f in args.folder)):
        print("--set folder needs --folder with an existing folder of texts", file=sys.stderr)
        return 2
    if args.out is None:
        print("pass --out FILE (or --diff OLD NEW)", file=sys.stderr)
        return 2
    if not args.out.parent.is_dir():
        print(f"no folder {args.out.parent} for --out; create it first", file=sys.stderr)
        return 2
    wall = time.perf_counter()
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        extractions, cpu = profile.runcall(_extract, args)
        profile.dump_stats(args.profile)
    else:
        extractions, cpu = _extract(args)
    wall = time.perf_counter() - wall
    clauses = sum(len(e.clauses) for e in extractions)
    records = sum(len(e.records) for e in extractions)
    head = {"set": args.set, "documents": len(extractions), "clauses": clauses}
    head |= {"records": records, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2)}
    with args.out.open("w", encoding="utf-8") as out:
        out.write(json.dumps(head) + "\n")
        for e in extractions:
            row = {
                "doc_id": e.document.doc_id,
                "clauses": [c.to_dict() for c in e.clauses],
                "records": [r.to_dict() for r in e.records],
            }
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(json.dumps(head))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
