"""The questions the sibling check can reach: every question of the chosen sets that names
a member of a sibling set (``kb.refusal_siblings.members``), one a line, for
``kb_real.py --questions FILE``. A question that names none takes the same path with and
without the check, so a run on this list and on every set otherwise covers a change to it.

    python benchmarks/sibling_questions.py --only real_,article,off_topic > LIST
    python benchmarks/sibling_questions.py --only real_ --skip real_unseen11 > LIST
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kb_real import load_sets  # noqa: E402

from kb.cjk import has_cjk  # noqa: E402
from kb.refusal_siblings import members  # noqa: E402


def sibling_questions(only: str, skip: str = "") -> list[str]:
    """The questions (in set order, each once) of the sets whose names hold a part of
    ``only`` and none of ``skip`` that name a sibling-set member; Chinese questions are
    left out (the check passes them)."""
    parts = [p for p in only.split(",") if p]
    skipped = [p for p in skip.split(",") if p]
    out: dict[str, None] = {}
    for qset in load_sets():
        if not any(p in qset.name for p in parts) or any(p in qset.name for p in skipped):
            continue
        for item in qset.questions:
            q = item["q"]
            if not has_cjk(q) and members(q):
                out[q] = None
    return list(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="real_,article,off_topic", help="set name parts")
    parser.add_argument("--skip", default="", help="set name parts to leave out")
    args = parser.parse_args(argv)
    print("\n".join(sibling_questions(args.only, args.skip)))


if __name__ == "__main__":
    main()
