"""Profile ``policykb extract FOLDER --types target,statistic --jobs 1`` with a CPU clock.

The profile counts CPU time (``time.process_time``), not wall time, so other jobs on a
shared machine do not enter it. Read it with ``python -m pstats OUT.prof``.

  POLICYKB_FIGURE_MODEL=off PYTHONPATH=TREE python benchmarks/cprof.py OUT.prof FOLDER
"""

from __future__ import annotations

import cProfile
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# After PYTHONPATH, so the tree named there is the one profiled.
sys.path.append(str(ROOT))


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python benchmarks/cprof.py OUT.prof FOLDER", file=sys.stderr)
        return 2
    out, folder = sys.argv[1], sys.argv[2]
    sys.argv = ["policykb", "extract", folder, "--types", "target,statistic", "--jobs", "1"]
    sys.argv += ["-o", "/dev/null"]
    from ui.cli import main as extract

    profile = cProfile.Profile(time.process_time)
    profile.enable()
    try:
        extract()
    except SystemExit:
        pass
    profile.disable()
    profile.dump_stats(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
