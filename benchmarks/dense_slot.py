"""How often the dense list holds a question's clause that the final top five lacks, and
what the dense slot (``kb.retrieve.DENSE_SLOT``) would do at other settings.

For every answerable question whose document is in a built store (the one
``benchmarks/kb_real.py`` made) this records the dense list, the keyword list, their
fusion and the reranked list with the slot off, then prints per set: how many clauses
the dense list ranks in its top 3 (and first) while the final top 5 lacks them, and
the top-5 rate on dev and unseen sets (and the unseen ``noshare`` items) for each slot
setting (``against`` = the dense rank the first must beat by ``margin``; the clause
is placed at rank 5).

    PYTHONPATH=. python benchmarks/dense_slot.py --db STORE [--lists FILE] [--ask]

``--lists`` keeps the recorded lists (a pickle) and reads them back when the file
exists, so settings can be compared without searching again. ``--ask`` also answers,
with the slot at its default and off, every near-miss question of the store's sets and
every answerable question the slot moves, and counts refusals and top-5 clauses.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

SETTINGS = [(a, m) for a in (3, 5, 10) for m in (0.0, 0.02, 0.04, 0.06, 0.08, 0.1)]


def record(db: Path) -> list[dict]:
    """The stage lists of every answerable question the store can answer (slot off)."""
    from dense_pair_ranks import open_kb
    from kb_real import evidence_span, load_sets
    from stage_ranks import gold_keys

    from kb.hits import Hit, fuse_rrf
    from kb.understand import understand

    kb = open_kb(db, "")
    r = kb.retriever
    r.dense_slot = None
    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    embed = getattr(r.embedder, "embed_queries", None) or r.embedder.embed
    rows = []
    for qset in load_sets():
        if qset.unanswerable:
            continue
        for index, item in enumerate(qset.questions):
            info = by_stem.get(item.get("doc", ""))
            if info is None:
                continue
            span = evidence_span(kb.store.document_text(info.doc_id), item["evidence"])
            parsed = understand(item["q"])
            vector = embed([parsed.dense_text])[0]
            dense = r.dense_search(vector, k=r.candidates, allowed=None)
            sparse = r.bm25_search(parsed, k=r.candidates, allowed=None)
            hits = [[Hit(k, "", k, "") for k, _ in lst] for lst in (dense, sparse)]
            rows.append(
                {
                    "set": qset.name,
                    "index": index,
                    "split": qset.split,
                    "noshare": bool(item.get("noshare")),
                    "gold": gold_keys(kb, info.doc_id, span) if span else set(),
                    "dense": dense,
                    "fused": [h.key for h in fuse_rrf(hits)][:30],  # the reranked pool
                    "final": [h.key for h in r.search(item["q"], top_k=15)],
                }
            )
    return rows


def rank(keys: list[str], gold: set[str]) -> int | None:
    return next((i for i, k in enumerate(keys, start=1) if k in gold), None)


def slotted(row: dict, against: int, margin: float, place: int = 5) -> list[str]:
    """The final list as ``kb.hits.keep_dense_best`` would leave it."""
    final, dense = list(row["final"]), row["dense"]
    if len(dense) < against or dense[0][1] - dense[against - 1][1] < margin:
        return final
    key = dense[0][0]
    if key in final[:place] or key not in row["fused"]:
        return final
    if key in final:
        final.remove(key)
    return [*final[: place - 1], key, *final[place - 1 :]]


def groups(row: dict) -> set[str]:
    split = "dev" if row["split"] == "dev" else "unseen"
    return {row["set"], split, split + (".noshare" if row["noshare"] else "")}


def tables(rows: list[dict]) -> list[str]:
    rows = [r for r in rows if r["gold"]]
    lost: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        d = rank([k for k, _ in row["dense"]], row["gold"])
        f = rank(row["final"], row["gold"])
        in5 = bool(f and f <= 5)
        for g in groups(row):
            c = lost[g]
            c[0] += 1
            c[1] += bool(d and d <= 3)
            c[2] += bool(d and d <= 3 and not in5)
            c[3] += bool(d == 1 and not in5)
    out = [
        "| set | n | dense top 3 | dense top 3, final not top 5 | dense first, final not top 5 |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {g} | " + " | ".join(map(str, lost[g])) + " |" for g in sorted(lost)]
    names = ["dev", "unseen", "unseen.noshare"]
    out += ["", "| slot | " + " | ".join(f"{n} top 5" for n in names) + " |", "|---|---|---|---|"]
    for label, fn in [("off", lambda r: r["final"])] + [
        (f"against {a}, margin {m}", lambda r, a=a, m=m: slotted(r, a, m)) for a, m in SETTINGS
    ]:
        hit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            f = rank(fn(row), row["gold"])
            for g in groups(row):
                hit[g][0] += bool(f and f <= 5)
                hit[g][1] += 1
        cells = [f"{hit[n][0]}/{hit[n][1]} ({hit[n][0] / max(hit[n][1], 1):.3f})" for n in names]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return out


def moved_questions(rows: list[dict]) -> set[tuple[str, int]]:
    """(set, index) of the answerable questions whose top 5 the default slot changes."""
    from kb.retrieve import DENSE_SLOT

    slot = DENSE_SLOT or {"against": 5, "margin": 1.0, "place": 5}
    return {
        (row["set"], row["index"])
        for row in rows
        if slotted(row, slot["against"], slot["margin"], slot["place"])[:5] != row["final"][:5]
    }


def ask_both(db: Path, rows: list[dict]) -> list[str]:
    """Refusals and top-5 clauses of ``kb.ask`` with the slot on and off."""
    from dense_pair_ranks import open_kb
    from kb_real import evidence_span, load_sets

    from kb.retrieve import DENSE_SLOT

    moved = moved_questions(rows)
    kb = open_kb(db, "")
    by_stem = {Path(d.path).stem: d for d in kb.docs()}

    def in_top5(ans, item) -> bool:
        info = by_stem[item["doc"]]
        span = evidence_span(kb.store.document_text(info.doc_id), item["evidence"])
        return any(
            s.doc_id == info.doc_id and span and s.start < span[1] and span[0] < s.end
            for s in ans.sources[:5]
        )

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for qset in load_sets():
        for i, item in enumerate(qset.questions):
            if qset.unanswerable:
                near = item.get("near_doc")
                if near and near not in by_stem:
                    continue
            elif (qset.name, i) not in moved:
                continue
            seen = []
            for slot in (None, DENSE_SLOT):
                kb.retriever.dense_slot = slot
                ans = kb.ask(item["q"], top_k=10)
                seen.append((ans.answered, not qset.unanswerable and in_top5(ans, item)))
            c = counts[qset.name]
            c[0] += 1
            if qset.unanswerable:
                c[1] += not seen[0][0]
                c[2] += not seen[1][0]
            else:
                c[1] += seen[0][1]
                c[2] += seen[1][1]
                c[3] += not seen[0][0]
                c[4] += not seen[1][0]
    head = "| set | n | refused (near-miss) or top 5, off | on | answerable refused, off | on |"
    lines = ["", head, "|---|---|---|---|---|---|"]
    return lines + [f"| {k} | " + " | ".join(map(str, v)) + " |" for k, v in sorted(counts.items())]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, required=True, help="the store (a kb-... folder)")
    p.add_argument("--lists", type=Path, help="record the lists here, or read them back")
    p.add_argument("--write", type=Path, help="also write the tables here (Markdown)")
    p.add_argument("--ask", action="store_true", help="also answer, slot on and off")
    args = p.parse_args()
    if not args.db.exists():
        sys.exit(f"error: no store at {args.db}; build one with benchmarks/kb_real.py first")
    if args.lists and args.lists.exists():
        rows = pickle.loads(args.lists.read_bytes())
    else:
        rows = record(args.db)
        if args.lists:
            args.lists.write_bytes(pickle.dumps(rows))
    lines = tables(rows)
    if args.ask:
        lines += ask_both(args.db, rows)
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
