"""The reranker's order on every English question set, with the weights in use and refits.

``benchmarks/fit_rerank.py`` fits and scores the reranker on the dev questions only. This
script asks the same candidates (the top ``RERANK_DEPTH`` fused clauses of each answerable
question, labelled by whether they hold the question's evidence) for every English set of
``benchmarks/kb_real.py`` whose name contains one of ``--only``, and prints, set by set,
hit@1 and hit@5 of: the fused order, the weights in ``kb/data/rerank.toml``, and a refit on
the dev questions for each feature list given with ``--variant`` (features not named keep
weight 0). The refits never see a held-out set, so their rows on those sets are honest
out-of-sample figures; their dev rows are in-sample. It is an offline proxy of the answer
path (no answer choice, no refusal): a change it favours must still be checked end to end
with ``benchmarks/kb_real.py``.

    PYTHONPATH=. python benchmarks/rerank_sets.py --workdir STORE \\
        --only real_,article --variant base --variant base+dense_uncovered

``base`` stands for the features the weights file names; ``+NAME`` adds a feature of
``kb.rerank.FEATURES``. ``--noshare`` also reports the ``noshare`` questions alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def collect(workdir: Path, only: list[str]):
    """``{set name: (split, [(question item, rows, labels)])}`` for the chosen sets."""
    from fit_rerank import candidates
    from kb_real import evidence_span, load_sets

    from kb.embed import SentenceTransformerEmbedder
    from kb.service import KnowledgeBase
    from kb.settings import DEFAULT_MODEL, Settings

    embedder = SentenceTransformerEmbedder(DEFAULT_MODEL)
    db = workdir / f"kb-{embedder.name.replace('/', '_')}"
    if not db.exists():
        extra = workdir / f"kb-{embedder.name.replace('/', '_')}-extra"
        db = extra if extra.exists() else db
    if not db.exists():
        sys.exit(f"{db} not found: build it first with benchmarks/kb_real.py --workdir {workdir}")
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    r = kb.retriever
    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    out: dict[str, tuple[str, list]] = {}
    for qset in load_sets():
        if qset.unanswerable or qset.name.startswith("zh_") or "zh_" in qset.name:
            continue
        if not any(o in qset.name for o in only):
            continue
        rows_of = []
        for item in qset.questions:
            info = by_stem.get(item.get("doc", ""))
            if info is None:
                continue
            span = evidence_span(r.store.document_text(info.doc_id), item["evidence"])
            if span is None:
                continue
            pool, rows = candidates(r, item["q"])
            labels = [
                int(h.doc_id == info.doc_id and h.start < span[1] and span[0] < h.end) for h in pool
            ]
            rows_of.append((item, rows, labels))
        if rows_of:
            out[qset.name] = (qset.split, rows_of)
    kb.close()
    return out


def mask(names: list[str]):
    """A function keeping only ``names`` of each feature row (others set to 0)."""
    from kb.rerank import FEATURES

    keep = [f in names for f in FEATURES]

    def apply(rows):
        return [[x if k else 0.0 for x, k in zip(row, keep, strict=True)] for row in rows]

    return apply


def dev_questions(data: dict, only: str, workdir: Path, variants: list[str]) -> list:
    """The dev questions a ``--variant`` refit learns from; one line and exit when none."""
    dev = [q for split, rows in data.values() if split == "dev" for q in rows]
    if variants and not dev:
        sys.exit(
            f"--variant needs dev questions: none of the sets chosen by --only {only} has a "
            f"dev split in {workdir}; add a dev set to --only (e.g. --only {only},real_dev)"
        )
    return dev


def variant_features(spec: str) -> list[str]:
    from kb.rerank import load_model

    base = [name for name, _ in load_model().weights]
    names: list[str] = []
    for part in spec.split("+"):
        names += base if part == "base" else [part]
    return list(dict.fromkeys(names))


def main() -> None:
    import numpy as np
    from fit_rerank import evaluate, fit

    from kb.rerank import FEATURES, load_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--only", default="real_,article")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--noshare", action="store_true")
    args = parser.parse_args()
    data = collect(args.workdir, args.only.split(","))
    model = load_model()
    w_now = np.array([dict(model.weights).get(f, 0.0) for f in FEATURES])
    dev = dev_questions(data, args.only, args.workdir, args.variant)
    fits = {}
    for spec in args.variant:
        names = variant_features(spec)
        unknown = set(names) - set(FEATURES)
        if unknown:
            sys.exit(f"--variant {spec}: unknown features {sorted(unknown)}")
        m = mask(names)
        b, w = fit([(q, m(rows), labels) for q, rows, labels in dev])
        fits[spec] = (m, b, w)
        print(
            f"variant {spec}: "
            + ", ".join(f"{n} {x:+.3f}" for n, x in zip(FEATURES, w, strict=True) if x)
        )
    head = ["set", "split", "n", "fused", "weights now"] + list(fits)
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))

    def row(name, split, qs):
        cells = [name, split, str(len(qs))]
        triples = [(q["q"], rows, labels) for q, rows, labels in qs]
        cells.append("{:.3f} / {:.3f}".format(*evaluate(triples)))
        cells.append("{:.3f} / {:.3f}".format(*evaluate(triples, model.bias, w_now)))
        for m, b, w in fits.values():
            cells.append(
                "{:.3f} / {:.3f}".format(*evaluate([(q, m(r), lab) for q, r, lab in triples], b, w))
            )
        print("| " + " | ".join(cells) + " |")

    for name, (split, qs) in data.items():
        row(name, split, qs)
        if args.noshare:
            ns = [t for t in qs if t[0].get("noshare")]
            if ns:
                row(f"{name} noshare", split, ns)


if __name__ == "__main__":
    main()
