"""Warn when a held-back set's published text is a file policykb has already seen.

A text is "seen" when its bytes equal those of a file under the shared development data
(``../shared/data``) or under an earlier set's external folder (``../unseen*`` beside the
checkout). Run it on a new folder before labelling, and ``track_sets.py`` runs it on the
external folders it reads:

    python benchmarks/seen_texts.py DIR [--shared DIR] [--earlier GLOB_ROOT]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
EARLIER = ROOT.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> Iterable[Path]:
    if folder.is_dir():
        yield from (p for p in folder.rglob("*") if p.is_file() and p.name != "sources.toml")


def seen_before(folder: Path, shared: Path = SHARED, earlier: Path = EARLIER) -> list[str]:
    """One line per file of ``folder`` whose bytes equal a file under ``shared`` or under
    another ``unseen*`` folder of ``earlier``; empty when every text is new."""
    mine = {_digest(p): p for p in _files(folder)}
    if not mine:
        return []
    own = folder.resolve()
    others = [shared, *sorted(p for p in earlier.glob("unseen*") if p.is_dir())]
    found: list[str] = []
    for other in others:
        if own == other.resolve() or own.is_relative_to(other.resolve()):
            continue
        for path in _files(other):
            if path.stat().st_size and (text := mine.get(_digest(path))) is not None:
                found.append(f"{text} is the same text as {path}")
    return found


def warn_seen(folders: Iterable[Path]) -> int:
    """Print a warning line for every seen text in ``folders``; the number found."""
    count = 0
    for folder in folders:
        for line in seen_before(folder):
            print(f"warning: {line} (not a first contact for it)")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--earlier", type=Path, default=EARLIER, help="folder holding unseen*")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"error: {args.folder} is not a folder; give the set's external folder")
    lines = seen_before(args.folder, args.shared, args.earlier)
    for line in lines:
        print(f"warning: {line}")
    print(f"{len(lines)} text(s) of {args.folder} seen before")


if __name__ == "__main__":
    main()
