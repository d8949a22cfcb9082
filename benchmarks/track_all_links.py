"""List every link target tracking makes on the real documents, one line each, to compare
two versions of the code by ``diff`` (not only the scored greenhouse-gas series).

The documents are read from ../shared/data/real_policies/ (never copied here); the
script exits cleanly when the folder is absent.

Usage:
    python benchmarks/track_all_links.py [--data PATH] > links.txt
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from track_common import ROOT, build_store, temp_dir

from kb import tracking

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real_policies"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no documents at {args.data}: nothing to list")
        return
    db = temp_dir()
    try:
        kb = build_store([args.data], db)
        embedder = tracking.default_phrase_embedder(db / "cache")
        lines = []
        for series in tracking.track(kb.store, embedder=embedder):
            for k in series.links:
                a, b = k.a.record, k.b.record
                lines.append(
                    f"{Path(k.a.doc_path).name} {a.year} {a.value:g} -> {Path(k.b.doc_path).name}"
                    f" {b.year} {b.value:g} {k.relation} {k.evidence['signal']}"
                    f" | {a.metric[:45]} => {b.metric[:45]}"
                )
        kb.close()
        print("\n".join(sorted(lines)))
    finally:
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
