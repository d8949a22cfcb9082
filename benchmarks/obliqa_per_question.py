"""Which ObliQA-subset questions two stores answer differently, and their gold passages.

For stores built by ``benchmarks/obliqa.py --db STORE`` (same ``--docs``, ``--limit``
and ``--split``), lists each gold passage that is in one store's top 10 and not in
the other's, for policykb's top 10 hits and for its dense side alone, with the
passage's word pieces and the pieces of each of its clause texts (in the first
store). Used to read what a change of the vectors (e.g. ``POLICYKB_PASSAGE_VECTORS``)
won and lost.

Usage:
    python benchmarks/obliqa_per_question.py --data ../obliqa --docs 3 --limit 300 \\
        --db BEFORE --db AFTER
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import obliqa  # noqa: E402


def _questions(data: Path, docs: int, limit: int, split: str):
    all_passages = obliqa.load_passages(data)
    every = [p for p in all_passages if p["Passage"].strip()]
    kept = list(dict.fromkeys(p["DocumentID"] for p in all_passages))[:docs]
    passages = [p for p in every if p["DocumentID"] in kept]
    inside = {p["ID"] for p in passages}
    questions = json.loads((data / f"ObliQA_{split}.json").read_text(encoding="utf-8"))
    full = obliqa.gold_ids(questions, every)
    questions = [q for q, g in zip(questions, full, strict=True) if g and set(g) <= inside]
    questions = questions[:limit]
    return questions, obliqa.gold_ids(questions, passages)


def _hits(db: Path, qtexts: list[str], golds: list[list[str]]) -> dict[str, list[set[str]]]:
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    kb = KnowledgeBase(Settings.from_env(db_dir=db, chroma_url=""), create=False)
    jsonl = db.parent / f"{db.name}-{obliqa.PASSAGE_FILE}"
    ranked = obliqa.policykb_rankings(kb, obliqa.passage_map(kb, jsonl), qtexts)
    return {
        side: [set(ranked[side][i]) & set(g) for i, g in enumerate(golds)]
        for side in ("top10", "dense")
    }


def _pieces(db: Path) -> dict[str, tuple[int, list[int]]]:
    """Passage ID -> (its pieces, each clause text's pieces)."""
    from kb.encoders import DEFAULT_MODEL, onnx_embedder

    tok = onnx_embedder(DEFAULT_MODEL)._new_tokenizer()
    tok.no_truncation()
    jsonl = db.parent / f"{db.name}-{obliqa.PASSAGE_FILE}"
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    texts = {r["id"]: r["text"] for r in rows}
    conn = sqlite3.connect(f"file:{db / 'kb.sqlite3'}?mode=ro", uri=True)
    clauses: dict[str, list[str]] = {}
    query = "SELECT d.path, c.embed_text FROM clauses c JOIN documents d USING (doc_id)"
    for path, text in conn.execute(query + " ORDER BY c.rowid"):
        clauses.setdefault(path.rsplit("#", 1)[-1], []).append(text)
    conn.close()
    return {
        pid: (len(tok.encode(texts[pid]).ids), [len(e.ids) for e in tok.encode_batch(cl)])
        for pid, cl in clauses.items()
        if pid in texts
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--db", type=Path, action="append", required=True)
    parser.add_argument("--docs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--split", default="test")
    args = parser.parse_args()
    if len(args.db) != 2 or not all((d / "kb.sqlite3").is_file() for d in args.db):
        print("pass two stores built by benchmarks/obliqa.py: --db BEFORE --db AFTER")
        return 2
    questions, golds = _questions(args.data, args.docs, args.limit, args.split)
    qtexts = [q["Question"] for q in questions]
    before, after = (_hits(db, qtexts, golds) for db in args.db)
    pieces = _pieces(args.db[0])
    for side in ("top10", "dense"):
        n = len(golds)
        recall = [
            sum(len(h[side][i]) / len(golds[i]) for i in range(n)) / n for h in (before, after)
        ]
        print(f"## {side}: Recall@10 {recall[0]:.3f} -> {recall[1]:.3f}")
        print("| question | change | gold passage pieces | its clause texts' pieces |")
        print("|---|---|---|---|")
        for i in range(n):
            for word, ids in (("lost", before[side][i] - after[side][i]),
                              ("won", after[side][i] - before[side][i])):  # fmt: skip
                for pid in sorted(ids):
                    total, each = pieces.get(pid, (0, []))
                    print(f"| {i} | {word} | {total} | {', '.join(map(str, each))} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
