"""Answer quality: policykb vs the LangChain tutorial RAG pipeline, on our dev set.

Index: corpus/ plus, as distractors, the Net Zero Tracker texts from
../shared/data/netzero_tracker/nzt_targets_with_text.jsonl (one document per
entity, written to a temporary folder; skipped cleanly when absent, never
copied into the repo).

Systems:
  policykb   ingest (clauses + records) -> hybrid BM25 + dense, RRF -> extractive answer
  baseline   RecursiveCharacterTextSplitter(1000, 200) -> Chroma, same model -> top chunk

Metrics: hit@1, hit@5, MRR@10 (a retrieved unit contains the evidence substring),
answer-contains-value, median answer length; plus the refusal threshold
calibration (best dense similarity of on-topic vs off-topic questions).

Run:  .venv/bin/python benchmarks/kb_quality.py [--no-distractors] [--out benchmarks/results/kb_quality.md]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from kb_dev_set import DEV_SET, OFF_TOPIC  # noqa: E402

NZT = ROOT.parent / "shared" / "data" / "netzero_tracker" / "nzt_targets_with_text.jsonl"


# -- the LangChain tutorial splitter, inline (langchain-text-splitters is not installed) --------


def _split_keep_start(text: str, separator: str) -> list[str]:
    if not separator:
        return list(text)
    parts = re.split(f"({re.escape(separator)})", text)
    splits = [parts[0]] + [parts[i] + parts[i + 1] for i in range(1, len(parts) - 1, 2)]
    if len(parts) % 2 == 0:
        splits += parts[-1:]
    return [s for s in splits if s]


def _merge(splits: list[str], size: int, overlap: int) -> list[str]:
    chunks, current, total = [], [], 0
    for piece in splits:
        if total + len(piece) > size and current:
            joined = "".join(current).strip()
            if joined:
                chunks.append(joined)
            while total > overlap or (total + len(piece) > size and total > 0):
                total -= len(current[0])
                current = current[1:]
        current.append(piece)
        total += len(piece)
    joined = "".join(current).strip()
    if joined:
        chunks.append(joined)
    return chunks


def recursive_split(
    text: str,
    *,
    size: int = 1000,
    overlap: int = 200,
    separators: tuple[str, ...] = ("\n\n", "\n", " ", ""),
) -> list[str]:
    """LangChain's RecursiveCharacterTextSplitter (keep_separator="start", strip_whitespace)."""
    separator, rest = separators[-1], ()
    for i, sep in enumerate(separators):
        if sep == "" or sep in text:
            separator, rest = sep, separators[i + 1 :]
            break
    chunks, good = [], []
    for piece in _split_keep_start(text, separator):
        if len(piece) < size:
            good.append(piece)
            continue
        if good:
            chunks += _merge(good, size, overlap)
            good = []
        chunks += (
            recursive_split(piece, size=size, overlap=overlap, separators=rest) if rest else [piece]
        )
    if good:
        chunks += _merge(good, size, overlap)
    return chunks


# -- corpus ------------------------------------------------------------------------------------


def write_distractors(folder: Path) -> int:
    """One .txt per Net Zero Tracker entity (its end and interim target texts)."""
    by_entity: dict[str, list[dict]] = {}
    with NZT.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text"):
                by_entity.setdefault(row["id_code"], []).append(row)
    for code, rows in by_entity.items():
        name = rows[0]["name"]
        blocks = [f"{name}: climate targets"] + [
            f"{r['kind'].capitalize()} target ({r['target_type']}, {r['target_year']}): {r['text']}"
            for r in rows
        ]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:40]
        (folder / f"{code}-{slug}.txt").write_text("\n\n".join(blocks), encoding="utf-8")
    return len(by_entity)


def rank_of(evidence: str, texts: list[str]) -> int | None:
    for i, text in enumerate(texts, start=1):
        if evidence in text:
            return i
    return None


def summarise(ranks: list[int | None], answers: list[str], values: list[str]) -> dict[str, float]:
    n = len(ranks)
    return {
        "hit@1": sum(r == 1 for r in ranks) / n,
        "hit@5": sum(r is not None and r <= 5 for r in ranks) / n,
        "MRR@10": sum(1 / r for r in ranks if r is not None and r <= 10) / n,
        "answer states value": sum(
            v.lower() in a.lower() for a, v in zip(answers, values, strict=True)
        )
        / n,
        "median answer chars": statistics.median(len(a) for a in answers),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-distractors", action="store_true")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="Keep the built stores here and reuse them on the next run.",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/kb_quality.md")
    args = parser.parse_args()

    from kb.embed import SentenceTransformerEmbedder
    from kb.qa import MIN_EVIDENCE
    from kb.service import KnowledgeBase
    from kb.settings import Settings
    from kb.vectors import make_chroma_client

    embedder = SentenceTransformerEmbedder()
    tmp = args.workdir or Path(tempfile.mkdtemp(prefix="policykb-quality-"))
    tmp.mkdir(parents=True, exist_ok=True)
    inputs = [ROOT / "corpus"]
    n_distractors = 0
    if not args.no_distractors and NZT.exists():
        (tmp / "nzt").mkdir(exist_ok=True)
        n_distractors = write_distractors(tmp / "nzt")
        inputs.append(tmp / "nzt")
    elif not args.no_distractors:
        print(f"note: {NZT} not found; running without distractors", file=sys.stderr)

    # policykb
    kb = KnowledgeBase(Settings(db_dir=tmp / "kb"), embedder=embedder, create=True)
    t0 = time.perf_counter()
    results = list(kb.ingest(inputs))
    ingest_s = time.perf_counter() - t0
    failed = [r for r in results if r.status == "failed"]
    for r in failed[:3]:
        print(f"ingest failed: {r.error}", file=sys.stderr)
    n_clauses = kb.store.clause_count()
    pk_ranks, pk_answers, pk_refused, on_ev = [], [], [], []
    misses = []
    for question, evidence, value in DEV_SET:
        ans = kb.ask(question, top_k=10)
        pk_ranks.append(rank_of(evidence, [s.text for s in ans.sources]))
        pk_answers.append(ans.text)
        pk_refused.append(not ans.answered)
        on_ev.append(ans.evidence)
        if pk_ranks[-1] != 1 or value.lower() not in ans.text.lower():
            misses.append((question, value, pk_ranks[-1], ans.text.replace("\n", " / ")[:220]))
    off = [kb.ask(q) for q in OFF_TOPIC]
    off_ev = [a.evidence for a in off]

    # baseline: tutorial pipeline over the same raw texts
    docs = kb.docs()
    chunks = []
    for d in docs:
        text = kb.store.document_text(d.doc_id)
        chunks += [(d.doc_id, c) for c in recursive_split(text)]
    client = make_chroma_client(tmp / "baseline")
    if "baseline" in [c.name for c in client.list_collections()]:
        client.delete_collection("baseline")
    col = client.get_or_create_collection(
        "baseline", metadata={"hnsw:space": "cosine"}, embedding_function=None
    )
    vectors = embedder.embed([c for _, c in chunks])
    for i in range(0, len(chunks), 5000):
        col.add(
            ids=[str(j) for j in range(i, min(i + 5000, len(chunks)))],
            embeddings=vectors[i : i + 5000],
            documents=[c for _, c in chunks[i : i + 5000]],
        )
    bl_ranks, bl_answers = [], []
    for question, evidence, _ in DEV_SET:
        res = col.query(
            query_embeddings=embedder.embed([question]), n_results=10, include=["documents"]
        )
        texts = res["documents"][0]
        bl_ranks.append(rank_of(evidence, texts))
        bl_answers.append(texts[0])

    values = [v for _, _, v in DEV_SET]
    pk = summarise(pk_ranks, pk_answers, values)
    bl = summarise(bl_ranks, bl_answers, values)
    pk["refused (on-topic)"] = sum(pk_refused) / len(DEV_SET)
    pk["refused (off-topic)"] = sum(not a.answered for a in off) / len(off)

    lines = [
        "# Knowledge-base answer quality (benchmarks/kb_quality.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; command: "
        f"`.venv/bin/python benchmarks/kb_quality.py{' --no-distractors' if args.no_distractors else ''}`",
        "",
        f"Index: corpus/ + {n_distractors} Net Zero Tracker entity documents as distractors: "
        f"{len(docs)} documents, {n_clauses} clauses (policykb), {len(chunks)} chunks (baseline); "
        f"{len(failed)} files failed to ingest. Ingest took {ingest_s:.0f} s.",
        f"Dev set: {len(DEV_SET)} paraphrased questions (benchmarks/kb_dev_set.py), "
        f"{len(OFF_TOPIC)} off-topic questions. Model: {embedder.name}.",
        "",
        "| metric | policykb | LangChain tutorial (1000/200 chunks, Chroma, top chunk) |",
        "|---|---|---|",
    ]
    for key in pk:
        a = pk[key]
        b = bl.get(key)
        fmt = (lambda x: f"{x:.0f}") if "chars" in key else (lambda x: f"{x:.3f}")
        lines.append(f"| {key} | {fmt(a)} | {fmt(b) if b is not None else '-'} |")
    lines += [
        "",
        "## Refusal threshold calibration (best `kb.qa.evidence_of` per question: dense cosine, damped for fragments)",
        "",
        f"- on-topic: min {min(on_ev):.3f}, 5th pct {sorted(on_ev)[max(0, len(on_ev) // 20)]:.3f}, "
        f"median {statistics.median(on_ev):.3f}",
        f"- off-topic: max {max(off_ev):.3f}, median {statistics.median(off_ev):.3f}",
        f"- threshold in use (kb.qa.MIN_EVIDENCE): {MIN_EVIDENCE}",
        "",
        "## policykb misses (cited clause [1] lacks the evidence, or the answer lacks the value)",
        "",
    ]
    lines += [f"- {q} (want {v!r}; evidence rank {r}): {a}" for q, v, r, a in misses] or ["- none"]
    report = "\n".join(lines) + "\n"
    print(report)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
