"""Issue 16's goals (a) and (b), runs of ``obliqa.py`` alternating settings A B A B.

Each run is ``benchmarks/obliqa.py --docs 3 --limit 300 --encoder onnx-int8`` in a
fresh process (the ingest, the raw encode of the same clause texts and the dense
baseline in that one process), from a tree and with environment settings of its
own; printed per run: both ratios, the ingest's wall seconds, Recall@10 and the
load average. A setting is ``TREE`` or ``TREE:NAME=VALUE[:NAME=VALUE...]``; the tree
runs from its own directory with itself on ``PYTHONPATH``, so the code before a
change can run beside it::

  python benchmarks/ingest_goals.py --data ../obliqa --rounds 2 \\
      --variants OLD_TREE,.,.:POLICYKB_EXTRACT_NICE=10
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

COMMIT = "c1b2c3c04aee1f6ce75f76106ce13af672d48e02"
GOAL = re.compile(r"\*\*Goal \((a|b)\)\*\*[^*]*\*\*([0-9.]+)\*\*")
INGEST = re.compile(r"ingest ([0-9.]+) s wall, ([0-9.]+) CPU s")
RECALL = re.compile(r"^\| policykb \(top 10 hits\) \| ([0-9.]+) ", re.M)


def parse_setting(text: str) -> tuple[Path, dict[str, str]]:
    """``"TREE:A=1:B=2"`` -> ``(TREE, {"A": "1", "B": "2"})``."""
    tree, *pairs = text.split(":")
    env = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"setting {text!r}: write TREE or TREE:NAME=VALUE")
        env[name] = value
    root = Path(tree).resolve()
    if not (root / "benchmarks" / "obliqa.py").is_file():
        raise SystemExit(f"{root} holds no benchmarks/obliqa.py; name a policykb tree")
    return root, env


def one_run(root: Path, env: dict[str, str], data: Path, docs: int) -> dict:
    """One ``obliqa.py`` run from ``root``: the two ratios, ingest seconds and Recall@10."""
    cmd = [sys.executable, "benchmarks/obliqa.py", "--data", str(data)]
    cmd += ["--dataset-commit", COMMIT, "--docs", str(docs), "--limit", "300"]
    cmd += ["--encoder", "onnx-int8"]
    full = {**os.environ, **env, "PYTHONPATH": str(root)}
    done = subprocess.run(cmd, cwd=root, env=full, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{root}: obliqa.py failed:\n{done.stderr[-2000:]}")
    goals = dict(GOAL.findall(done.stdout))
    ingest, recall = INGEST.search(done.stdout), RECALL.search(done.stdout)
    return {
        "a": goals.get("a", "?"),
        "b": goals.get("b", "?"),
        "ingest_s": "/".join(ingest.groups()) if ingest else "?",
        "recall": recall.group(1) if recall else "?",
        "at": time.strftime("%H:%M:%S", time.gmtime()),
        "load": "/".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="an ObliQADataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="passages of the first N documents")
    parser.add_argument("--variants", default=".", help="settings to alternate, comma-separated")
    parser.add_argument("--rounds", type=int, default=2, help="how many A B ... rounds")
    args = parser.parse_args()
    settings = [(v, *parse_setting(v)) for v in args.variants.split(",")]
    print("| run | setting | finished UTC | load 1/5/15 | goal (a) | goal (b) ", end="")
    print("| ingest wall / CPU s | R@10 |")
    print("|---|---|---|---|---|---|---|---|", flush=True)
    n = 0
    for _ in range(args.rounds):
        for name, root, env in settings:
            n += 1
            r = one_run(root, env, args.data.resolve(), args.docs)
            print(
                f"| {n} | {name} | {r['at']} | {r['load']} | {r['a']} | {r['b']} "
                f"| {r['ingest_s']} | {r['recall']} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
