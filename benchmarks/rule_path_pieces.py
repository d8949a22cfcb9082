"""CPU seconds of single pieces of the rule path, in one process, for the tree on PYTHONPATH.

Run each step once with the old tree and once with the new one on ``PYTHONPATH`` (the
inputs are the same files for both), and compare the figures; ``benchmarks/cprof.py``
profiles the whole command. Nothing of the documents is written to the repository.

  # the inputs: the 47 tracker files as extract_throughput.py writes them (dated, so
  # that relative deadlines are counted from a year), and a copy of the real policies
  python benchmarks/rule_path_pieces.py inputs DIR
  # the deadline asks of a whole extract run, recorded in order, then replayed alone
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py record-deadlines DIR/tracker ASKS.json
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py deadlines ASKS.json
  # the deadline rules' scans alone: each distinct text of the asks once through the
  # rules (``_rule_matches`` without its cache), three passes
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py deadline-scans ASKS.json
  # find_flat_tables over every document of a folder
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py flat-tables DIR/real
  # the Markdown files' top-level blocks, full parser against blocks only (twice each)
  python benchmarks/rule_path_pieces.py markdown DIR/real
  # reading the documents, then process_document (targets, statistics), after start-up
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py stages DIR/tracker
  # N short notes full of new names through process_document with no pipeline: the
  # kept pipeline's vocabulary and the peak RSS at every quarter
  PYTHONPATH=TREE python benchmarks/rule_path_pieces.py vocab 1600

Set ``POLICYKB_FIGURE_MODEL=off`` for the rules alone, as the throughput figures do.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# After PYTHONPATH, so the tree named there is the one measured.
sys.path += [str(ROOT), str(ROOT / "benchmarks")]
REAL = ROOT.parent / "shared" / "data" / "real_policies"
SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}
TYPES = ("target", "statistic")


def _paths(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.suffix in SUFFIXES and p.name != "README.md"]


def inputs(out: Path) -> None:
    """``out/tracker``: the tracker files of the throughput corpus, dated; ``out/real``: a
    copy of the real policies' language folders."""
    from extract_throughput import build_corpus, date_all

    tracker = out / "tracker"
    tracker.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(Path(tmp))
        for path in sorted(Path(tmp).glob("nzt_*.txt")):
            shutil.copy(path, tracker / path.name)
    date_all(tracker)
    if REAL.exists():  # the language folders (en, zh), as the throughput figures read them
        for folder in sorted(p for p in REAL.iterdir() if p.is_dir()):
            shutil.copytree(folder, out / "real" / folder.name, dirs_exist_ok=True)
    print(f"{len(_paths(tracker))} tracker files, {len(_paths(out / 'real'))} real policies")


def _extract(folder: Path) -> None:
    from ui.cli import main

    argv = ["policykb", "extract", str(folder), "--types", ",".join(TYPES), "--jobs", "1"]
    sys.argv = [*argv, "-o", "/dev/null"]
    try:
        main()
    except SystemExit:
        pass


def record_deadlines(folder: Path, out: Path) -> None:
    """Every deadline ask (text, language, document year) of one extract run, in order."""
    import ingest.deadlines as deadlines

    asks: list[tuple[str, str, int | None]] = []
    inner = deadlines._deadlines

    def recording(text, grammar, doc_year):  # type: ignore[no-untyped-def]
        asks.append((text, grammar.language, doc_year))
        return inner(text, grammar, doc_year)

    deadlines._deadlines = recording  # type: ignore[assignment]
    _extract(folder)
    out.write_text(json.dumps(asks, ensure_ascii=False), encoding="utf-8")
    print(f"{len(asks)} deadline asks, {len({a[0] for a in asks})} texts -> {out}")


def replay_deadlines(asks_file: Path) -> None:
    from ingest.deadlines import find_deadlines
    from ingest.lang import load_grammar

    asks = json.loads(asks_file.read_text(encoding="utf-8"))
    grammars = {language: load_grammar(language) for language in {a[1] for a in asks}}
    started = time.process_time()
    for text, language, year in asks:
        find_deadlines(text, grammars[language], doc_year=year)
    print(f"deadlines {len(asks)} asks {time.process_time() - started:.3f} CPU s")


def deadline_scans(asks_file: Path, passes: int = 3) -> None:
    """CPU seconds of the deadline rules' scans alone, every distinct text once a pass."""
    from ingest.deadlines import _rule_matches
    from ingest.lang import load_grammar

    asks = json.loads(asks_file.read_text(encoding="utf-8"))
    texts = list(dict.fromkeys((text, language) for text, language, _ in asks))
    grammars = {language: load_grammar(language) for _, language in texts}
    scan = getattr(_rule_matches, "__wrapped__", _rule_matches)  # no cache: every text scanned
    for number in range(1, passes + 1):
        started = time.process_time()
        for text, language in texts:
            scan(text, grammars[language])
        spent = time.process_time() - started
        print(f"deadline scans pass {number}: {len(texts)} texts {spent:.3f} CPU s", flush=True)


def flat_tables(folder: Path) -> None:
    from ingest.flat_tables import find_flat_tables
    from ingest.load import load_document

    documents = [load_document(p) for p in _paths(folder)]
    started = time.process_time()
    tables = sum(len(find_flat_tables(d.text)) for d in documents)
    spent = time.process_time() - started
    print(f"flat tables {len(documents)} documents, {tables} tables {spent:.3f} CPU s")


def markdown(folder: Path) -> None:
    from markdown_it import MarkdownIt

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))]
    full = MarkdownIt("commonmark", {"html": True}).enable("table")
    blocks_only = MarkdownIt("commonmark", {"html": True}).enable("table")
    blocks_only.disable(["inline", "text_join"])

    def blocks(parser: MarkdownIt, text: str) -> list[tuple]:
        tokens = parser.parse(text)
        return [(t.type, t.map, t.level) for t in tokens if t.map is not None and t.level == 0]

    for name, parser in (("full", full), ("blocks only", blocks_only)) * 2:
        started = time.process_time()
        for text in texts:
            blocks(parser, text)
        print(f"markdown {name} {len(texts)} files {time.process_time() - started:.2f} CPU s")
    same = all(blocks(full, t) == blocks(blocks_only, t) for t in texts)
    print(f"the same blocks: {same}")


def stages(folder: Path) -> None:
    from ingest.load import load_document
    from ingest.pipeline import build_nlp, process_document
    from ingest.records import Document

    nlp = build_nlp()
    warm = Document(doc_id="w", path="w.txt", text="By 2030, emissions will fall by 10%.")
    process_document(warm, nlp=nlp, types=TYPES)  # grammar and units loaded before timing
    started = time.process_time()
    documents = [load_document(p) for p in _paths(folder)]
    loaded = time.process_time()
    records = sum(len(process_document(d, nlp=nlp, types=TYPES).records) for d in documents)
    done = time.process_time()
    print(
        f"{folder.name} load {loaded - started:.2f} process {done - loaded:.2f} records {records}"
    )


def vocab(notes: int) -> None:
    import random
    import resource

    import ingest.pipeline as pipeline
    from ingest.records import Document

    rnd = random.Random(1)

    def word() -> str:
        return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(5, 10)))

    for i in range(notes):
        text = " ".join(
            f"Site {word()} ({word()}-{rnd.randint(10**6, 10**9)}) shall report to "
            f"{word()} {word()} by 2030."
            for _ in range(25)
        )
        document = Document(doc_id=str(i), path=f"{i}.txt", text=text, language="en")
        pipeline.process_document(document, types=("target",))
        if i % max(1, notes // 4) == 0 or i == notes - 1:
            strings = len(pipeline._own_pipeline("en").vocab.strings)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"note {i} peak RSS {peak} MB, kept vocabulary {strings} strings", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("inputs").add_argument("out", type=Path)
    record = sub.add_parser("record-deadlines")
    record.add_argument("folder", type=Path)
    record.add_argument("out", type=Path)
    sub.add_parser("deadlines").add_argument("asks", type=Path)
    sub.add_parser("deadline-scans").add_argument("asks", type=Path)
    for step in ("flat-tables", "markdown", "stages"):
        sub.add_parser(step).add_argument("folder", type=Path)
    sub.add_parser("vocab").add_argument("notes", type=int)
    args = parser.parse_args()
    if args.step == "inputs":
        inputs(args.out)
    elif args.step == "record-deadlines":
        record_deadlines(args.folder, args.out)
    elif args.step == "deadlines":
        replay_deadlines(args.asks)
    elif args.step == "deadline-scans":
        deadline_scans(args.asks)
    elif args.step == "markdown":
        markdown(args.folder)
    elif args.step == "vocab":
        vocab(args.notes)
    else:
        {"flat-tables": flat_tables, "stages": stages}[args.step](args.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
