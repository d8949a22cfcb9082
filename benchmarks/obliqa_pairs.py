"""Write ObliQA (question, gold passage) pairs as a ``policykb tune`` pair file.

One line per question and gold passage: ``{"question": ..., "passage": ...}``.
The pairs come from the questions of one split after the first ``--skip``, so
that the first questions of that split stay unseen by the tuned model and can
choose its settings (``benchmarks/obliqa.py --split dev --limit 500``). The
file is written outside this repository (the dataset has no licence).

Run:
  .venv/bin/python benchmarks/obliqa_pairs.py --data /tmp/obliqa --split dev --skip 500 \\
      -o /tmp/obliqa_pairs.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.obliqa import gold_ids, load_passages  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of an ObliQA checkout")
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--skip", type=int, default=500, help="leave out the first N questions")
    parser.add_argument("--limit", type=int, default=0, help="at most N questions (0: all)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    source = args.data / f"ObliQA_{args.split}.json"
    if not source.is_file():
        print(f"{source} not found; pass the folder of an ObliQA checkout", file=sys.stderr)
        return 2
    passages = [p for p in load_passages(args.data) if p["Passage"].strip()]
    text_of = {p["ID"]: p["Passage"] for p in passages}
    questions = json.loads(source.read_text(encoding="utf-8"))[args.skip :]
    if args.limit:
        questions = questions[: args.limit]
    golds = gold_ids(questions, passages)
    n = 0
    with args.output.open("w", encoding="utf-8") as out:
        for q, ids in zip(questions, golds, strict=True):
            for pid in ids:
                row = {"question": q["Question"], "passage": text_of[pid]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} pairs from {len(questions)} questions -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
