"""Where a passage ingest's extraction child spends its CPU, step by step.

Runs what ``kb.ingest_worker`` runs for a passage ingest (``process_documents`` on
chunks of 16 passages, then ``kb.rows.prepared`` and the reply's pickle) over the
passages of the first ``--docs`` ObliQA documents (read from a checkout, never stored
here), and prints the CPU seconds of each step: segmentation, the batch parse (NER
left out), NER run on demand, the rest of the obligations, targets and statistics,
SQLite rows, pickling; then the parse's CPU per pipeline component, once on a fresh
pipeline (as a child's single pass) and once again (warm). Counts of passages,
clauses, parsed texts and characters are printed too.

  python benchmarks/extract_split.py --data ../obliqa --docs 3
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path += [str(ROOT), str(ROOT / "benchmarks")]
CHUNK = 16  # as kb.ingest_worker.CHUNK


def _timed(module, name: str, key: str, spent: collections.Counter) -> None:
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started

    setattr(module, name, wrapper)


def steps(documents: list) -> collections.Counter:
    """CPU seconds per step of the child's work on ``documents``."""
    import ingest.extract as extract
    import ingest.obligations as obligations
    import ingest.obligations.entities as entities
    import ingest.pipeline as pipeline
    import ingest.segment as segment
    from kb.messages import pickled
    from kb.rows import prepared

    spent: collections.Counter = collections.Counter()
    nlp = pipeline.build_nlp()
    pipeline.load_parser()
    _timed(segment, "split_clauses", "segmentation", spent)
    _timed(extract, "extract_records", "records (all types)", spent)
    _timed(obligations, "obligations_of_clauses", "  of which obligations", spent)
    original = entities.ent_type

    def ent_type(token):
        if entities._PENDING in token.doc.user_data:
            started = time.process_time()
            token.doc.user_data.pop(entities._PENDING)(token.doc)
            spent["    of which NER on demand"] += time.process_time() - started
            spent["#docs given NER"] += 1
        return original(token)

    for module in ("syntax", "constitutive"):
        sys.modules[f"ingest.obligations.{module}"].ent_type = ent_type

    class Parsed(pipeline._Parsed):
        def __init__(self, *args):
            started = time.process_time()
            super().__init__(*args)
            spent["batch parse (no NER)"] += time.process_time() - started

    pipeline._Parsed = Parsed
    started = time.process_time()
    for i in range(0, len(documents), CHUNK):
        extractions = pipeline.process_documents(documents[i : i + CHUNK], nlp=nlp)
        rows_started = time.process_time()
        rows = [prepared(e) for e in extractions]
        spent["SQLite rows"] += time.process_time() - rows_started
        pickle_started = time.process_time()
        for row in rows:
            pickled(("ok", (row, "")))
        spent["pickling"] += time.process_time() - pickle_started
        spent["#clauses"] += sum(len(e.clauses) for e in extractions)
        spent["#records"] += sum(len(e.records) for e in extractions)
    spent["total"] = time.process_time() - started
    return spent


def components(documents: list) -> list[dict[str, float]]:
    """CPU seconds of each parser component on the parsed texts: a fresh pass, a warm one."""
    from ingest.obligations import parse_requests
    from ingest.pipeline import build_nlp, load_parser
    from ingest.segment import split_clauses

    nlp = build_nlp()
    texts = [t for d in documents for _, t, _ in parse_requests(split_clauses(d, nlp))]
    parser = load_parser()
    passes = []
    for _ in range(2):
        spent: collections.Counter = collections.Counter()
        for i in range(0, len(texts), 48):
            batch = [parser.make_doc(t) for t in texts[i : i + 48]]
            for name, component in parser.pipeline:
                if name == "ner":
                    continue
                started = time.process_time()
                batch = list(component.pipe(batch, batch_size=64))
                spent[name] += time.process_time() - started
        spent["#texts parsed"] = len(texts)
        passes.append(dict(spent))
    return passes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="an ObliQADataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no ObliQA checkout at {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    from extract_parity import _obliqa_documents

    documents = _obliqa_documents(args.data, args.docs)
    print(f"{len(documents)} passages, {sum(len(d.text) for d in documents)} characters")
    for key, value in steps(documents).items():
        print(f"{key:32s} {value:8.2f}")
    for label, spent in zip(("fresh", "warm"), components(documents), strict=True):
        print(label, {k: round(v, 2) for k, v in spent.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
