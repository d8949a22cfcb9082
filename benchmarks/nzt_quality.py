"""Score target extraction on the Net Zero Tracker texts (CC BY 4.0, zerotracker.net).

Reads ../shared/data/netzero_tracker/nzt_targets_with_text.jsonl when present
(the data is never copied into this repository) and exits cleanly when absent.

Each gold record is one (entity, end|interim) target whose text field quotes
the commitment, often with other targets beside it. For every record whose gold
value appears literally in its text, the extractor runs over that text (no
document date) and is scored on whether one of the targets it returns carries
the gold value:

- target year: gold ``target_year`` is the year of an extracted target;
- percentage: gold ``percentage_reduction`` is the value of an extracted % target (either
  end of a range: the low end was the only one counted before 2026-12);
- base year: gold ``baseline_year`` is the base year of an extracted target.

Usage:
    python benchmarks/nzt_quality.py [--data PATH] [--write benchmarks/results/nzt_quality.md]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.load import detect_language  # noqa: E402
from ingest.pipeline import build_nlp, process_document  # noqa: E402
from ingest.records import Document, content_id  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "netzero_tracker" / "nzt_targets_with_text.jsonl"


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def score(rows: list[dict]) -> dict[str, tuple[int, int]]:
    nlps = {lang: build_nlp(language=lang) for lang in ("en", "zh")}
    counts = {"target year": [0, 0], "percentage": [0, 0], "base year": [0, 0]}
    misses: dict[str, list[str]] = {k: [] for k in counts}
    cache: dict[str, list] = {}
    for row in rows:
        text = str(row["text"] or "")
        if text not in cache:
            language = detect_language(text)
            document = Document(
                doc_id=content_id(text), path=row["id_code"], text=text, language=language
            )
            extraction = process_document(
                document, nlp=nlps["zh" if language == "zh" else "en"], types=("target",)
            )
            cache[text] = list(extraction.records)
        targets = cache[text]
        checks = {
            "target year": (row["target_year"], {t.year for t in targets}),
            "percentage": (
                row["percentage_reduction"],
                # either end of a range: "40-45%" is one target, and analysts quote
                # either end of it (as benchmarks/real_targets.py scores ranges)
                {v for t in targets if t.unit == "%" for v in (t.value, t.value_high) if v},
            ),
            "base year": (row["baseline_year"], {t.base_year for t in targets}),
        }
        for name, (gold, predicted) in checks.items():
            if gold is None or _number_text(gold) not in text:
                continue
            counts[name][1] += 1
            if gold in predicted:
                counts[name][0] += 1
            elif len(misses[name]) < 5:
                misses[name].append(
                    f"{row['id_code']} gold={gold} got={sorted(map(str, predicted))}"
                )
    return {k: (v[0], v[1]) for k, v in counts.items()}, misses  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", type=Path, help="write a Markdown report here")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (the shared data sits beside the checkout)")
        return 0
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    results, misses = score(rows)
    elapsed = time.perf_counter() - started
    lines = [
        "# Net Zero Tracker: target extraction quality",
        "",
        f"Data: `{args.data.name}` ({len(rows)} records). Scored on the records whose gold value "
        "appears literally in the text; a record counts as right when one of the targets extracted "
        "from its text carries the gold value (a percentage: either end of a range).",
        "",
        "| field | correct | scored | accuracy |",
        "|---|---:|---:|---:|",
    ]
    for name, (right, total) in results.items():
        lines.append(f"| {name} | {right} | {total} | {right / total:.3f} |")
    lines += [
        "",
        f"Time: {elapsed:.1f} s.",
        "",
        "Command: `python benchmarks/nzt_quality.py --write benchmarks/results/nzt_quality.md`",
        "",
        "First misses:",
        "",
    ]
    for name, items in misses.items():
        lines += [f"- {name}: {item}" for item in items]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
