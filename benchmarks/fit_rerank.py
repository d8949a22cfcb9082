"""Fit the reranker's weights (kb/data/rerank.toml) on the dev questions only.

For every answerable dev question of benchmarks/kb_real.py (English sets), the
top ``RERANK_DEPTH`` fused candidates are scored with ``kb.rerank.features`` and
labelled 1 when their span overlaps the labelled evidence. A logistic
regression with an L2 penalty is fitted by gradient descent (numpy only).
Before writing the weights it reports hit@1/hit@5 of the fused order and of the
reranked order under 5-fold cross-validation by question, so the gain is
measured on questions the weights did not see.

    .venv/bin/python benchmarks/fit_rerank.py --workdir /tmp/kbreal [--write]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

L2 = 0.01
STEPS = 3000
RATE = 0.5


def collect(workdir: Path, model: str | None):
    """``[(question, [feature rows], [labels])]`` for the dev questions."""
    from kb_real import evidence_span, load_sets

    from kb.embed import SentenceTransformerEmbedder
    from kb.multilingual import MultilingualE5Embedder, is_multilingual_model
    from kb.service import KnowledgeBase
    from kb.settings import DEFAULT_MODEL, Settings

    if model and is_multilingual_model(model):
        embedder = MultilingualE5Embedder(cache_dir=workdir / "cache")
        suffix = "-nodistractors"
    else:
        embedder = SentenceTransformerEmbedder(model or DEFAULT_MODEL)
        suffix = ""
    db = workdir / f"kb-{embedder.name.replace('/', '_')}{suffix}"
    if not db.exists():
        sys.exit(f"{db} not found: build it first with benchmarks/kb_real.py --workdir {workdir}")
    kb = KnowledgeBase(Settings(db_dir=db), embedder=embedder)
    r = kb.retriever
    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    out = []
    for qset in load_sets():
        if qset.split != "dev" or qset.unanswerable:
            continue
        if qset.name.startswith("zh_sets") and not (model and is_multilingual_model(model)):
            continue  # all-MiniLM-L6-v2 cannot read Chinese
        for item in qset.questions:
            info = by_stem.get(item["doc"])
            if info is None:
                continue
            span = evidence_span(r.store.document_text(info.doc_id), item["evidence"])
            if span is None:
                continue
            pool, rows = candidates(r, item["q"])
            labels = [
                int(h.doc_id == info.doc_id and h.start < span[1] and span[0] < h.end) for h in pool
            ]
            out.append((item["q"], rows, labels))
    kb.close()
    return out


def candidates(r, question: str):
    """The top ``RERANK_DEPTH`` fused hits of ``question`` and their feature rows."""
    from kb.rerank import RERANK_DEPTH
    from kb.retrieve import fuse_rrf
    from kb.understand import understand

    parsed = understand(question)
    embed_queries = getattr(r.embedder, "embed_queries", None) or r.embedder.embed
    vector = embed_queries([parsed.dense_text])[0]
    sparse = r.bm25_search(parsed, k=r.candidates, allowed=None)
    dense = r.dense_search(vector, k=r.candidates, allowed=None)
    keys = list(dict.fromkeys([k for k, _ in sparse] + [k for k, _ in dense]))
    stored = r.store.get_clauses(keys)
    sparse_hits = [r._hit(stored[k], bm25=s) for k, s in sparse if k in stored]
    dense_hits = [r._hit(stored[k], dense=s) for k, s in dense if k in stored]
    pool = [r._with_context(h) for h in fuse_rrf([dense_hits, sparse_hits])[:RERANK_DEPTH]]
    return pool, r.rerank_features(parsed, pool, sparse_hits, dense_hits)


def collect_obliqa(data_dir: Path, db: Path, n: int):
    """Candidates for the first ``n`` ObliQA *dev* questions (never its test split),
    labelled 1 when the clause's passage is a gold passage."""
    import json

    import obliqa as ob

    from kb.embed import SentenceTransformerEmbedder
    from kb.rerank import RERANK_DEPTH
    from kb.retrieve import fuse_rrf
    from kb.service import KnowledgeBase
    from kb.settings import Settings
    from kb.understand import understand

    passages = ob.load_passages(data_dir)
    questions = json.loads((data_dir / "ObliQA_dev.json").read_text(encoding="utf-8"))[:n]
    golds = ob.gold_ids(questions, passages)
    kb = KnowledgeBase(Settings(db_dir=db), embedder=SentenceTransformerEmbedder())
    r = kb.retriever
    rows_db = r.store.conn.execute("SELECT doc_id, path FROM documents").fetchall()
    passage_of = {d: p.split("#", 1)[1] for d, p in rows_db if "#" in p}
    out = []
    for q, gold in zip(questions, golds, strict=True):
        parsed = understand(q["Question"])
        vector = r.embedder.embed([parsed.dense_text])[0]
        sparse = r.bm25_search(parsed, k=r.candidates, allowed=None)
        dense = r.dense_search(vector, k=r.candidates, allowed=None)
        keys = list(dict.fromkeys([k for k, _ in sparse] + [k for k, _ in dense]))
        stored = r.store.get_clauses(keys)
        sparse_hits = [r._hit(stored[k], bm25=s) for k, s in sparse if k in stored]
        dense_hits = [r._hit(stored[k], dense=s) for k, s in dense if k in stored]
        pool = [r._with_context(h) for h in fuse_rrf([dense_hits, sparse_hits])[:RERANK_DEPTH]]
        feats = r.rerank_features(parsed, pool, sparse_hits, dense_hits)
        labels = [int(passage_of.get(h.doc_id, "") in set(gold)) for h in pool]
        out.append((q["Question"], feats, labels))
    kb.close()
    return out


def fit(data):
    import numpy as np

    x = np.array([row for _, rows, _ in data for row in rows], dtype=float)
    y = np.array([lab for _, _, labels in data for lab in labels], dtype=float)
    w = np.zeros(x.shape[1])
    b = 0.0
    pos = max(1.0, y.sum())
    weight = np.where(y == 1, (len(y) - pos) / pos, 1.0)  # balance the rare positives
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        w -= RATE * (x.T @ g / len(y) + L2 * w)
        b -= RATE * g.mean()
    return b, w


def evaluate(data, b=None, w=None):
    import numpy as np

    h1 = h5 = 0
    for _, rows, labels in data:
        if w is None:
            order = list(range(len(rows)))
        else:
            s = np.array(rows) @ w + b
            order = sorted(range(len(rows)), key=lambda i: -s[i])
        ranked = [labels[i] for i in order]
        h1 += ranked[:1] == [1]
        h5 += 1 in ranked[:5]
    n = len(data)
    return h1 / n, h5 / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/policykb-kb-real"))
    parser.add_argument("--model", default=None)
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument(
        "--obliqa", type=Path, default=None, help="ObliQA checkout: add dev questions"
    )
    parser.add_argument("--obliqa-db", type=Path, default=Path("/tmp/obliqa-kb"))
    parser.add_argument("--obliqa-n", type=int, default=300)
    parser.add_argument("--min-evidence", type=float, default=0.38)
    parser.add_argument("--min-relevance", type=float, default=0.4)
    args = parser.parse_args()
    from kb.rerank import FEATURES

    data = collect(args.workdir, args.model)
    extra = collect_obliqa(args.obliqa, args.obliqa_db, args.obliqa_n) if args.obliqa else []
    if extra:
        print(f"+ {len(extra)} ObliQA dev questions (training only; scores below are ours)")
    n = len(data)
    print(f"{n} dev questions; {sum(sum(lab) for _, _, lab in data)} positive candidates")
    print("fused order:       hit@1 {:.3f} hit@5 {:.3f}".format(*evaluate(data)))
    random.Random(0).shuffle(data)
    folds = [data[i::5] for i in range(5)]
    held = []
    for i in range(5):
        train = [q for j, f in enumerate(folds) if j != i for q in f] + extra
        b, w = fit(train)
        held.append(evaluate(folds[i], b, w))
    cv = tuple(sum(h[k] * len(folds[i]) for i, h in enumerate(held)) / n for k in (0, 1))
    print("reranked (5-fold): hit@1 {:.3f} hit@5 {:.3f}".format(*cv))
    b, w = fit(data + extra)
    fitted = evaluate(data, b, w)
    print("reranked (fit on all, in-sample): hit@1 {:.3f} hit@5 {:.3f}".format(*fitted))
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:14} {value:+.3f}")
    if args.write:
        lines = [
            "# Weights of kb/rerank.py's linear reranker (logistic regression, L2 "
            f"{L2}), fitted by",
            "# benchmarks/fit_rerank.py on the dev questions only "
            f"({n} questions, {time.strftime('%Y-%m-%d')}).",
            f"# Fused order on them: hit@1 {evaluate(data)[0]:.3f}; reranked under 5-fold "
            f"cross-validation: hit@1 {cv[0]:.3f}, hit@5 {cv[1]:.3f}.",
            f"bias = {b:.4f}",
            "",
            "[weights]",
        ]
        lines += [f"{name} = {value:.4f}" for name, value in zip(FEATURES, w, strict=True)]
        lines += [
            "",
            "# Refusal thresholds calibrated with these weights (kb/qa.py): the best dense",
            "# evidence (kb.qa.evidence_of) and the best reranker probability of a question's",
            "# hits; chosen on the dev questions with benchmarks/kb_real.py.",
            "[refusal]",
            f"min_evidence = {args.min_evidence}",
            f"min_relevance = {args.min_relevance}",
        ]
        from kb.rerank import weights_file

        name = weights_file(args.model or "")
        (ROOT / "kb/data" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote kb/data/{name}")


if __name__ == "__main__":
    main()
