"""CPU seconds of the long alternations run whole against one alternative at a time.

One ``policykb extract`` run (rules only) over FOLDER records the texts the citation
furniture is found in and the cue asks of ``has_cue`` whose pattern ``any_of`` cuts into
alternatives. Then, in the same process, each distinct text goes through the whole
pattern and through its alternatives (``ingest/lang/alternation.py``), three passes each,
and every answer of the two is compared. Needs a tree with ``ingest/lang/alternation.py``
on ``PYTHONPATH``; nothing of the documents is written to the repository.

  POLICYKB_FIGURE_MODEL=off PYTHONPATH=TREE python benchmarks/pattern_runs.py FOLDER
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# After PYTHONPATH, so the tree named there is the one measured.
sys.path += [str(ROOT), str(ROOT / "benchmarks")]


def record(folder: Path) -> tuple[list, list]:  # type: ignore[type-arg]
    """The distinct (text, grammar) of the furniture and (pattern, text) of the cut cues."""
    from rule_path_pieces import _extract

    import ingest.fact_cues as fact_cues
    import ingest.figures as figures
    from ingest.lang.alternation import any_of

    furniture: dict = {}  # type: ignore[type-arg]
    cues: dict = {}  # type: ignore[type-arg]
    spans, has_cue = figures._furniture.__wrapped__, fact_cues.has_cue.__wrapped__

    def furniture_of(text, grammar):  # type: ignore[no-untyped-def]
        furniture[(text, grammar)] = None
        return spans(text, grammar)

    def cue(pattern, text):  # type: ignore[no-untyped-def]
        if any_of(pattern) is not None:
            cues[(pattern, text)] = None
        return has_cue(pattern, text)

    figures._furniture = furniture_of  # type: ignore[assignment]
    fact_cues.has_cue = cue  # type: ignore[assignment]
    _extract(folder)
    return list(furniture), list(cues)


def _passes(name: str, asks: list, whole: Callable, split: Callable) -> None:  # type: ignore[type-arg]
    differ = sum(whole(*a) != split(*a) for a in asks)
    for number in range(1, 4):
        timings = []
        for run in (whole, split):
            started = time.process_time()
            for ask in asks:
                run(*ask)
            timings.append(time.process_time() - started)
        print(f"{name} pass {number}: {len(asks)} asks, whole {timings[0]:.3f} CPU s, "
              f"one alternative at a time {timings[1]:.3f} CPU s, {differ} differ", flush=True)  # fmt: skip


def measure(folder: Path) -> None:
    from ingest.lang.alternation import any_of

    furniture, cues = record(folder)

    def whole_spans(text, grammar):  # type: ignore[no-untyped-def]
        pattern = grammar.figures.furniture
        return tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())

    def split_spans(text, grammar):  # type: ignore[no-untyped-def]
        return grammar.figures.furniture_run.spans(text)

    _passes("furniture", furniture, whole_spans, split_spans)
    _passes("cues", cues, lambda p, t: p.search(t) is not None, lambda p, t: any_of(p).search(t))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    measure(parser.parse_args().folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
