"""Where each retrieval stage ranks the answering clause of a question set's questions.

For every answerable question of the chosen sets this asks a built store (the one
``benchmarks/kb_real.py`` made) for the clause holding the question's evidence span and
prints its rank in the keyword (BM25) list, the dense list, their reciprocal-rank fusion
and the reranked list that answers are built from ("-" means not in that list). The
keyword, dense and reranked lists are searched ``--depth`` deep; the fused list fuses
only the first ``retriever.candidates`` (50) of each first list, as a real search does,
so a clause ranked below that in both is absent from it. A question whose clause is
high in one list but missing from the reranked top 5 lost it in fusion or reranking;
one missing from both first lists was never a candidate. The summary counts each case.

    PYTHONPATH=. python benchmarks/stage_ranks.py --db STORE --only real_unseen8.QUESTIONS \\
        [--noshare] [--write benchmarks/results/x.md]

``STORE`` is the ``kb-...`` folder inside kb_real.py's ``--workdir``. ``--only`` keeps
the sets whose name contains it: ``real_unseen8`` alone also takes
``real_unseen8.ARTICLE_QUESTIONS`` when the bundled article is in the store. Questions
whose document is not in the store are skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def clause_rank(keys: list[str], gold: set[str]) -> int | None:
    """1-based rank of the first key in ``gold``, or None."""
    for i, key in enumerate(keys, start=1):
        if key in gold:
            return i
    return None


def gold_keys(kb, doc_id: str, span: tuple[int, int]) -> set[str]:
    """Keys of the document's clauses that overlap ``span``."""
    rows = kb.store.conn.execute("SELECT key FROM clauses WHERE doc_id = ?", (doc_id,))
    stored = kb.store.get_clauses([key for (key,) in rows.fetchall()])
    return {
        key for key, sc in stored.items() if sc.clause.start < span[1] and span[0] < sc.clause.end
    }


def stage_lists(kb, question: str, depth: int) -> dict[str, list[str]]:
    """Clause keys of each stage for ``question``, best first."""
    from kb.hits import Hit, fuse_rrf
    from kb.understand import understand

    retriever = kb.retriever
    parsed = understand(question)
    embed = getattr(retriever.embedder, "embed_queries", None) or retriever.embedder.embed
    vector = embed([parsed.dense_text])[0]
    sparse = [k for k, _ in retriever.bm25_search(parsed, k=depth, allowed=None)]
    dense = [k for k, _ in retriever.dense_search(vector, k=depth, allowed=None)]

    def hits(keys: list[str]) -> list[Hit]:
        return [Hit(k, "", k, "") for k in keys]

    short = retriever.candidates  # what the fusion is given in a real search
    fused = [h.key for h in fuse_rrf([hits(dense[:short]), hits(sparse[:short])])]
    final = [h.key for h in retriever.search(question, top_k=depth)]
    return {"bm25": sparse, "dense": dense, "fused": fused, "final": final}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, required=True, help="the store (a kb-... folder)")
    p.add_argument("--model", default="", help="embedding model the store was built with")
    p.add_argument("--only", default="real_unseen8.QUESTIONS", help="sets whose name has this")
    p.add_argument("--depth", type=int, default=200, help="how deep each list is searched")
    p.add_argument("--noshare", action="store_true", help="only questions marked noshare")
    p.add_argument("--write", type=Path, help="also write the table here (Markdown)")
    args = p.parse_args()
    if not args.db.exists():
        sys.exit(f"error: no store at {args.db}; build one with benchmarks/kb_real.py first")

    from dense_pair_ranks import open_kb

    kb = open_kb(args.db, args.model)
    try:
        lines = rank_table(kb, args.only, args.depth, noshare=args.noshare)
    finally:
        kb.close()
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


def rank_table(kb, only: str, depth: int, *, noshare: bool = False) -> list[str]:
    """Markdown rows of each question's stage ranks, then a summary line."""
    from kb_real import evidence_span, load_sets

    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    lines = ["| question | bm25 | dense | fused | final |", "|---|---|---|---|---|"]
    counts = {"top5": 0, "lost_after": 0, "never": 0, "low": 0}
    for qset in load_sets():
        if only not in qset.name or qset.unanswerable:
            continue
        for item in qset.questions:
            info = by_stem.get(item.get("doc", ""))
            if info is None or (noshare and not item.get("noshare")):
                continue
            span = evidence_span(kb.store.document_text(info.doc_id), item["evidence"])
            gold = gold_keys(kb, info.doc_id, span) if span else set()
            ranks = {
                name: clause_rank(keys, gold)
                for name, keys in stage_lists(kb, item["q"], depth).items()
            }
            first = [r for r in (ranks["bm25"], ranks["dense"]) if r is not None]
            if ranks["final"] is not None and ranks["final"] <= 5:
                counts["top5"] += 1
            elif not first:
                counts["never"] += 1
            elif min(first) <= 20:
                counts["lost_after"] += 1
            else:
                counts["low"] += 1
            cells = [
                str(ranks[n]) if ranks[n] else "-" for n in ("bm25", "dense", "fused", "final")
            ]
            lines.append(f"| {item['q'][:70]} | " + " | ".join(cells) + " |")
    summary = (
        f"final top 5: {counts['top5']}; not in top 5 but ranked 1-20 by a first list: "
        f"{counts['lost_after']}; first lists only below 20: {counts['low']}; "
        f"in neither first list (depth {depth}): {counts['never']}"
    )
    return lines + ["", summary]


if __name__ == "__main__":
    main()
