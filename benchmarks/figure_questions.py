"""The questions the figure checks of real_refusal3's round can reach, one a line, for
``kb_real.py --questions FILE``: a count, quantity or share asked (``count_kind``,
``quoted_quantity``, a share in words), an accomplished fact asked (``time_status``), a
rate of a paid sum asked (``rate``), or a head-count word in a question that counts
nothing (``focus``). Any other question takes the same path with and without these
changes, so a run on this list and on every set otherwise covers them.

    python benchmarks/figure_questions.py --only real_,article,off_topic > LIST
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kb_real import load_sets  # noqa: E402

from kb.cjk import has_cjk  # noqa: E402
from kb.refusal_action import reaches_count_kind, reaches_time_status  # noqa: E402
from kb.refusal_figures import reaches_quoted_quantity, reaches_rate  # noqa: E402
from kb.refusal_focus import asks_headcount  # noqa: E402
from kb.understand import understand  # noqa: E402


def reachable(question: str) -> bool:
    """Whether one of the round's checks (each says what it reads) or the share-in-words
    change (a count, quantity or share asked) can act on it."""
    query = understand(question)
    if query.kind in ("count", "quantity", "share") or re.search(r"\bhow many\b", question, re.I):
        return True
    checks = (reaches_count_kind, reaches_quoted_quantity, reaches_time_status, reaches_rate)
    return any(reaches(query) for reaches in checks) or asks_headcount(query)


def figure_questions(only: str) -> list[str]:
    """The English questions (in set order, each once) of the sets whose names hold a
    part of ``only`` that ``reachable`` keeps."""
    parts = [p for p in only.split(",") if p]
    out: dict[str, None] = {}
    for qset in load_sets():
        if not any(p in qset.name for p in parts):
            continue
        for item in qset.questions:
            if not has_cjk(item["q"]) and reachable(item["q"]):
                out[item["q"]] = None
    return list(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="real_,article,off_topic", help="set name parts")
    args = parser.parse_args(argv)
    print("\n".join(figure_questions(args.only)))


if __name__ == "__main__":
    main()
