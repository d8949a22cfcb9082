"""Question answering on real documents, paraphrased questions and unanswerable ones.

Builds one knowledge base from corpus/, the 26 real policy documents in
../shared/data/real_policies and (unless --no-distractors) the Net Zero Tracker
texts as distractors, then asks the question sets in benchmarks/qa_sets/ and
benchmarks/kb_dev_set.py. For each set it reports:

- hit@1 / hit@5 / MRR@10: rank of the first cited source whose span overlaps the
  labelled evidence (found by its position in the stored document, so a hit does
  not depend on how the clause was cut);
- answer states value: the labelled value appears in the answer text;
- refused: answerable questions refused (should be 0) or, for unanswerable
  sets, questions refused (should be 1).

Sets are split into ``dev`` (tuned on) and ``unseen`` (scored once, at first
contact). Run ``--split dev`` while developing; ``--split unseen`` only to record
the first-contact figure.

    .venv/bin/python benchmarks/kb_real.py --split dev --workdir /tmp/kbreal
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# run_record stays importable from here: the results header is named after this script
from kb_real_report import miss_record, report, run_record  # noqa: E402, F401
from question_list import only_listed, read_question_list  # noqa: E402

REAL = ROOT.parent / "shared" / "data" / "real_policies"
NZT = ROOT.parent / "shared" / "data" / "netzero_tracker" / "nzt_targets_with_text.jsonl"


@dataclass
class QSet:
    name: str
    split: str
    questions: list[dict] = field(default_factory=list)
    unanswerable: bool = False


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def load_sets() -> list[QSet]:
    """Every question set, with its split."""
    from kb_dev_set import DEV_SET, OFF_TOPIC
    from qa_sets.late_sets import LATE_ZH

    article = "china-green-manufacturing-guiding-opinions-2024"
    sets = [
        QSet(
            "article_dev34",
            "dev",
            [{"q": q, "doc": article, "evidence": e, "value": v} for q, e, v in DEV_SET],
        ),
        QSet("off_topic12", "dev", [{"q": q} for q in OFF_TOPIC], unanswerable=True),
    ]
    spec = [
        ("qa_sets.real_dev", "dev"),
        ("qa_sets.real_dev2", "dev"),
        ("qa_sets.real_unseen", "unseen"),
        ("qa_sets.real_unseen2", "unseen"),
        ("qa_sets.real_unseen3", "unseen"),
        ("qa_sets.real_unseen4", "unseen"),
        ("qa_sets.real_unseen5", "unseen"),
        ("qa_sets.real_unseen6", "unseen"),
        ("qa_sets.real_unseen7", "unseen"),
        ("qa_sets.real_unseen8", "unseen"),
        ("qa_sets.real_unseen9", "unseen"),
        ("qa_sets.real_unseen10", "unseen"),
        ("qa_sets.real_refusal2", "unseen"),
        ("qa_sets.real_refusal3", "unseen"),
        ("qa_sets.real_unseen11", "unseen"),
        ("qa_sets.real_unseen12", "unseen"),
        ("qa_sets.real_unseen13", "unseen"),
        ("qa_sets.real_unseen14", "unseen"),
        ("qa_sets.real_unseen15", "unseen"),
        ("qa_sets.real_unseen16", "unseen"),
        ("qa_sets.real_unseen17", "unseen"),
        ("qa_sets.real_unseen18", "unseen"),
        ("qa_sets.article_paraphrase", None),
        ("qa_sets.zh_sets", None),
        ("qa_sets.zh_first_contact", None),
        ("qa_sets.zh_en_dev2", None),
        ("qa_sets.zh_first_contact3", None),
        ("qa_sets.zh_en_dev3", None),
        ("qa_sets.zh_first_contact4", None),
        *((f"qa_sets.{name}", None) for name in LATE_ZH),
    ]
    for module_name, split in spec:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        for attr, value in vars(module).items():
            if attr.startswith("_") or not isinstance(value, list) or not value:
                continue
            if not all(isinstance(x, dict) and "q" in x for x in value):
                continue
            short = module_name.split(".")[-1]
            unans = all("why" in x for x in value)
            if split is not None:
                sets.append(QSet(f"{short}.{attr}", split, value, unans))
                continue
            by_split: dict[str, list[dict]] = {}
            for x in value:
                s = x.get("split") or ("unseen" if "UNSEEN" in attr else "dev")
                by_split.setdefault(s, []).append(x)
            for s, qs in by_split.items():
                sets.append(QSet(f"{short}.{attr}[{s}]", s, qs, unans))
    return sets


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where ``evidence`` sits in ``text``, matching whitespace loosely."""
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    import re

    words = evidence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    if m is None:
        m = re.search(pattern, text, re.IGNORECASE)
    if m is None:
        # The stored text blanks Markdown emphasis and link brackets ("**40%**",
        # "[created"), which a label copied from the file may still carry.
        bare = [w for w in (re.sub(r"[*_\[\]]", "", w) for w in words) if w]
        pattern = r"[\s*_\[\]]+".join(re.escape(w) for w in bare)
        m = re.search(pattern, text, re.IGNORECASE) if bare else None
    return (m.start(), m.end()) if m else None


def extra_inputs(dirs: list[Path]) -> list[Path]:
    """The folders named by --extra-docs that exist (their ``en`` part when they have one;
    name a ``zh`` part itself)."""
    out = []
    for d in dirs:
        if not d.is_dir():
            print(f"skipped: --extra-docs {d} not found")
            continue
        out.append(d / "en" if (d / "en").is_dir() else d)
    return out


def indexed(qset: QSet, by_stem: dict) -> bool:
    """Whether any document a set asks about is in the index (else the set is skipped)."""
    stems = {x.get("doc") or x.get("near_doc") for x in qset.questions} - {None}
    if not stems or stems & set(by_stem):
        return True
    print(f"skipped: {qset.name} (its documents are not indexed; see --extra-docs)")
    return False


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "unseen", "all"], default="dev")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/policykb-kb-real"))
    parser.add_argument("--model", default=None, help="embedding model (default: policykb's)")
    parser.add_argument(
        "--encoder", default=None, choices=["torch", "onnx-int8"], help="default: policykb's"
    )
    parser.add_argument("--no-distractors", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="ask a store already built without re-ingesting"
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only sets whose name contains one of these (comma-separated)",
    )
    parser.add_argument(
        "--extra-docs",
        "--extra",
        dest="extra_docs",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also index the documents in DIR (DIR/en when it has one), e.g. the texts"
        " real_unseen4 and zh_first_contact5 (give it DIR/zh) ask about; repeatable; an"
        " absent folder is skipped",
    )
    parser.add_argument(
        "--second-weight",
        type=float,
        default=None,
        help="RRF weight of the store's second dense space (kb.dense_second); 0 = not searched",
    )
    parser.add_argument("--write", type=Path, default=None, help="write a Markdown report here")
    parser.add_argument("--misses", type=Path, default=None, help="write every miss as JSON here")
    parser.add_argument(
        "--asked", type=Path, default=None, help="write every question asked here, one a line"
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=None,
        help="ask only the questions in this file (one a line), e.g. those a change can reach",
    )
    return parser.parse_args(argv)


def chosen_sets(args: argparse.Namespace, wanted: set[str] | None) -> list[QSet]:
    """The sets of ``--split`` and ``--only``, cut to the ``--questions`` list when given;
    read before any model loads, so a run that would ask nothing stops with one line."""
    sets = [
        s
        for s in load_sets()
        if (args.split == "all" or s.split == args.split)
        and any(part in s.name for part in args.only.split(","))
    ]
    if not sets:
        sys.exit(f"error: --only {args.only!r} names no set of --split {args.split}")
    if wanted is not None:
        sets = only_listed(sets, wanted)
        if not sets:
            sys.exit(
                f"error: --questions {args.questions}: none of its {len(wanted)} questions is in"
                f" a set of --split {args.split}{f' and --only {args.only!r}' if args.only else ''}"
                " (one question a line, as the set writes it)"
            )
    return sets


def asked_sets(sets: list[QSet], by_stem: dict) -> list[QSet]:
    """The sets whose documents are indexed; none left stops the run (no empty report)."""
    sets = [s for s in sets if indexed(s, by_stem)]
    if not sets:
        sys.exit("error: no chosen set asks about an indexed document; see --extra-docs")
    return sets


@dataclass
class Index:
    """The store a run asks, and what the report says of how it was built."""

    kb: object
    embedder: object
    extra: list[Path]
    n_distractors: int
    ingest_s: float
    failed: list


def build_index(args: argparse.Namespace) -> Index:
    """The store of corpus/, the real documents, the distractors and ``--extra-docs``
    (built, or asked as it is with ``--reuse``)."""
    from kb.encoders import make_embedder
    from kb.service import KnowledgeBase
    from kb.settings import DEFAULT_MODEL, Settings

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from kb_quality import write_distractors

    from kb.multilingual import MultilingualE5Embedder, is_multilingual_model

    work = args.workdir
    if args.model and is_multilingual_model(args.model):
        embedder = MultilingualE5Embedder(cache_dir=work / "cache")
    else:
        embedder = make_embedder(args.model or DEFAULT_MODEL, encoder=args.encoder or "")
    work.mkdir(parents=True, exist_ok=True)
    (work / "cache").mkdir(exist_ok=True)
    inputs = [ROOT / "corpus", REAL / "en", REAL / "zh"]
    n_distractors = 0
    if not args.no_distractors and NZT.exists():
        (work / "nzt").mkdir(exist_ok=True)
        n_distractors = write_distractors(work / "nzt")
        inputs.append(work / "nzt")
    extra = extra_inputs(args.extra_docs)
    inputs += extra
    db = (
        work
        / f"kb-{embedder.name.replace('/', '_')}{'-nodistractors' if args.no_distractors else ''}"
        f"{'-extra' if extra else ''}"
    )
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder, create=True)
    if args.second_weight is not None:
        kb.retriever.second_weight = args.second_weight
        if args.second_weight == 0:
            kb.retriever.second = None
    t0 = time.perf_counter()
    # --reuse: a store already built is asked as it is (ingest re-reads and re-extracts
    # every file before finding it unchanged, minutes on a busy machine).
    reused = args.reuse and kb.store.clause_count()
    # Extra folders are ingested even into a reused store (only new files are read).
    results = list(kb.ingest(extra)) if reused else list(kb.ingest(inputs))
    ingest_s = time.perf_counter() - t0
    failed = [r for r in results if r.status == "failed"]
    for r in failed[:5]:
        print(f"ingest failed: {r.path}: {r.error}", file=sys.stderr)
    return Index(kb, embedder, extra, n_distractors, ingest_s, failed)


def first_hit(kb, info, item: dict, ans) -> int | None:
    """Rank of the first cited source of the labelled document that overlaps the labelled
    evidence (by its position in the stored text, or by its words when not found)."""
    if info is None:
        return None
    span = evidence_span(kb.store.document_text(info.doc_id), item["evidence"])
    for s in ans.sources:
        if s.doc_id != info.doc_id:
            continue
        if span is None:
            hit = _norm(item["evidence"]) in _norm(s.text)
        else:
            hit = s.start < span[1] and span[0] < s.end
        if hit:
            return s.n
    return None


def score_set(kb, qset: QSet, by_stem: dict, latencies: list, misses: list) -> tuple:
    """One report row: the set's name, size, hit@1, hit@5, MRR@10, answer states value,
    median answer length and refused share (only the last for an unanswerable set)."""
    ranks, stated, refused, chars = [], [], [], []
    for item in qset.questions:
        t = time.perf_counter()
        ans = kb.ask(item["q"], top_k=10)
        latencies.append(time.perf_counter() - t)
        refused.append(not ans.answered)
        if qset.unanswerable:
            if ans.answered:
                misses.append(miss_record(qset, item, ans, None))
            continue
        rank = first_hit(kb, by_stem.get(item["doc"]), item, ans)
        ranks.append(rank)
        ok = _norm(item["value"]) in _norm(ans.text)
        stated.append(ok)
        chars.append(len(ans.text))
        if rank != 1 or not ok or not ans.answered:
            misses.append(miss_record(qset, item, ans, rank))
    n = len(qset.questions)
    if qset.unanswerable:
        return (qset.name, n, None, None, None, None, None, sum(refused) / n)
    return (
        qset.name,
        n,
        sum(r == 1 for r in ranks) / n,
        sum(r is not None and r <= 5 for r in ranks) / n,
        sum(1 / r for r in ranks if r is not None) / n,
        sum(stated) / n,
        statistics.median(chars) if chars else 0,
        sum(refused) / n,
    )


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    wanted = read_question_list(args.questions)
    sets = chosen_sets(args, wanted)
    if not REAL.exists():
        print(f"skipped: {REAL} not found (the real documents live beside the repository)")
        return
    index = build_index(args)
    kb = index.kb
    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    sets = asked_sets(sets, by_stem)
    rows, misses, latencies = [], [], []
    for qset in sets:
        rows.append(score_set(kb, qset, by_stem, latencies, misses))
    text = report(index, rows, sets, latencies, sys.argv[1:] if argv is None else argv)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if args.misses:
        args.misses.write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.asked:
        asked = [item["q"] for qset in sets for item in qset.questions]
        args.asked.write_text("".join(f"{q}\n" for q in asked), encoding="utf-8")
    kb.close()


if __name__ == "__main__":
    main()
