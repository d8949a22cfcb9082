"""Time ``kb.tracking.track`` on the real documents: built, then read from the series
cache of the store revision (``kb/track_cache.py``).

The documents are read from ../shared/data/real_policies/ (never copied here); the
script exits cleanly when the folder is absent. Clause vectors are hashed (tracking
reads none); the phrase embedder is the one ``policykb track`` uses, unless
``--lexical-only``.

Usage:
    python benchmarks/track_cache_speed.py [--data PATH] [--lexical-only]
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from track_common import ROOT, build_store, temp_dir

from kb import tracking

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real_policies"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lexical-only", action="store_true")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: {args.data} is absent")
        return
    db = temp_dir()
    try:
        kb = build_store([args.data], db)
        embedder = None if args.lexical_only else tracking.default_phrase_embedder(db / "cache")
        if embedder is not None:  # phrase vectors first, so the build times tracking alone
            tracking.track(kb.store, embedder=embedder)
            for old in (db / "cache").glob("series-*.pkl"):
                old.unlink()
        times = []
        for _ in range(3):
            started = time.perf_counter()
            series = tracking.track(kb.store, embedder=embedder)
            times.append(time.perf_counter() - started)
        signal = "lexical only" if embedder is None else "embedding"
        print(
            f"{len(series)} series ({signal}): built in {times[0]:.2f} s, "
            f"then read back in {times[1]:.3f} s and {times[2]:.3f} s"
        )
        kb.close()
    finally:
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
