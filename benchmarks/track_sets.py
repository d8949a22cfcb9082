"""Score target tracking on the hand-written document sets in benchmarks/track_sets/.

Each set holds related documents written for policykb in our own words (a plan,
its update, an implementing text, a progress report; English and Chinese) with
a ``sources.toml`` and the known links in ``labels.toml``. ``dev`` is the set
the thresholds were tuned on; ``unseen`` was written before any output was seen
and is scored once at first contact (benchmarks/results/track_sets.md);
``unseen2`` was written later, the same way
(benchmarks/results/track_sets_first_contact_unseen2.md), and ``unseen3`` after it
(benchmarks/results/track_sets_first_contact_unseen3.md). ``unseen4`` adds published
texts that are not stored here: they are read from ``--external DIR`` (``DIR/en``, default
``../unseen13`` next to the checkout) and, when that folder is absent, only the
hand-written part is scored (benchmarks/track_sets/unseen4/README.md). ``unseen5`` does the
same with ``DIR/en`` and ``DIR/zh`` (default ``../unseen13b``;
benchmarks/track_sets/unseen5/README.md), and ``unseen6`` likewise (default ``../unseen13c``;
benchmarks/track_sets/unseen6/README.md), and ``unseen7`` likewise (default ``../unseen13d``;
benchmarks/track_sets/unseen7/README.md), and ``unseen8`` likewise, published texts only (default
``../unseen13e``; benchmarks/track_sets/unseen8/README.md), and ``unseen9`` likewise (default
``../unseen13f``; benchmarks/track_sets/unseen9/README.md), and ``unseen10`` likewise (default
``../unseen13g``; benchmarks/track_sets/unseen10/README.md), and ``unseen11`` likewise (default
``../unseen13h``; benchmarks/track_sets/unseen11/README.md), and ``unseen12`` likewise (default
``../unseen13i``; benchmarks/track_sets/unseen12/README.md), and ``unseen13`` likewise (default
``../unseen13j``; benchmarks/track_sets/unseen13/README.md), and ``unseen14`` likewise (default
``../unseen13k``; benchmarks/track_sets/unseen14/README.md), and ``unseen15`` likewise (default
``../unseen13l``; benchmarks/track_sets/unseen15/README.md), and ``unseen16`` likewise (default
``../unseen13m``; benchmarks/track_sets/unseen16/README.md), and ``unseen17`` likewise (default
``../unseen13n``; benchmarks/track_sets/unseen17/README.md), and ``unseen18`` likewise (default
``../unseen13o``; benchmarks/track_sets/unseen18/README.md).

Usage:
    python benchmarks/track_sets.py --set dev [--show] [--sweep]
    python benchmarks/track_sets.py --set unseen
    python benchmarks/track_sets.py --set unseen2
    python benchmarks/track_sets.py --set unseen3
    python benchmarks/track_sets.py --set unseen4 [--external DIR]
    python benchmarks/track_sets.py --set unseen5 [--external DIR]
    python benchmarks/track_sets.py --set unseen6 [--external DIR]
    python benchmarks/track_sets.py --set unseen7 [--external DIR]
    python benchmarks/track_sets.py --set unseen8 [--external DIR]
    python benchmarks/track_sets.py --set unseen9 [--external DIR]
    python benchmarks/track_sets.py --set unseen10 [--external DIR]
    python benchmarks/track_sets.py --set unseen11 [--external DIR]
    python benchmarks/track_sets.py --set unseen12 [--external DIR]
    python benchmarks/track_sets.py --set unseen13 [--external DIR]
    python benchmarks/track_sets.py --set unseen14 [--external DIR]
    python benchmarks/track_sets.py --set unseen15 [--external DIR]
    python benchmarks/track_sets.py --set unseen16 [--external DIR]
    python benchmarks/track_sets.py --set unseen17 [--external DIR]
    python benchmarks/track_sets.py --set unseen18 [--external DIR]

``--sweep`` scores each embedding threshold (the second signal) on the set.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
import tomllib
from pathlib import Path

from seen_texts import warn_seen
from track_common import ROOT, build_store, score_links, temp_dir

from ingest.sources import iter_paths
from kb import track_signals, tracking

SETS = ROOT / "benchmarks" / "track_sets"
EXTERNAL = {
    "unseen4": ROOT.parent / "unseen13",
    "unseen5": ROOT.parent / "unseen13b",
    "unseen6": ROOT.parent / "unseen13c",
    "unseen7": ROOT.parent / "unseen13d",
    "unseen8": ROOT.parent / "unseen13e",
    "unseen9": ROOT.parent / "unseen13f",
    "unseen10": ROOT.parent / "unseen13g",
    "unseen11": ROOT.parent / "unseen13h",
    "unseen12": ROOT.parent / "unseen13i",
    "unseen13": ROOT.parent / "unseen13j",
    "unseen14": ROOT.parent / "unseen13k",
    "unseen15": ROOT.parent / "unseen13l",
    "unseen16": ROOT.parent / "unseen13m",
    "unseen17": ROOT.parent / "unseen13n",
    "unseen18": ROOT.parent / "unseen13o",
}
#: The published parts of a set, folders of ``EXTERNAL`` (or ``--external``).
PARTS = {
    "unseen4": ("en",),
    "unseen5": ("en", "zh"),
    "unseen6": ("en", "zh"),
    "unseen7": ("en", "zh"),
    "unseen8": ("en", "zh"),
    "unseen9": ("en", "zh"),
    "unseen10": ("en", "zh"),
    "unseen11": ("en", "zh"),
    "unseen12": ("en", "zh"),
    "unseen13": ("en", "zh"),
    "unseen14": ("en", "zh"),
    "unseen15": ("en", "zh"),
    "unseen16": ("en", "zh"),
    "unseen17": ("en", "zh"),
    "unseen18": ("en", "zh"),
}


def labels_within(labels: Path, names: set[str], where: Path) -> Path:
    """A copy of ``labels`` in ``where`` keeping the links whose two files are among
    ``names``."""
    kept = [
        item
        for item in tomllib.loads(labels.read_text("utf-8"))["link"]
        if item["a"][0] in names and item["b"][0] in names
    ]
    lines = [
        f"[[link]]\na = {json.dumps(item['a'])}\nb = {json.dumps(item['b'])}\n"
        f"relation = {json.dumps(item['relation'])}\n"
        + ("unordered = true\n" if item.get("unordered") else "")
        for item in kept
    ]
    trimmed = where / f"labels-{len(list(where.glob('labels-*')))}.toml"
    trimmed.write_text("".join(lines), "utf-8")
    return trimmed


def set_folders(name: str, external: Path | None, where: Path) -> tuple[list[Path], Path]:
    """The folders to ingest for a set and the labels to score. A set's published parts
    (``PARTS``) are read from ``external``; where any is absent, the links are scored
    only among the files found, with a note, so a missing part is not counted as misses."""
    folders = [SETS / name]
    labels = SETS / name / "labels.toml"
    if name not in EXTERNAL:
        return folders, labels
    base = external or EXTERNAL[name]
    outside = [base / part for part in PARTS[name] if (base / part).is_dir()]
    if len(outside) == len(PARTS[name]):
        return [*folders, *outside], labels
    absent = ", ".join(str(base / part) for part in PARTS[name] if not (base / part).is_dir())
    print(f"note: {absent} absent; scoring {name} only among the files found")
    folders += outside
    names = {p.name for folder in folders for p in folder.iterdir()}
    return folders, labels_within(labels, names, where)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        dest="name",
        choices=[
            "dev",
            "unseen",
            "unseen2",
            "unseen3",
            "unseen4",
            "unseen5",
            "unseen6",
            "unseen7",
            "unseen8",
            "unseen9",
            "unseen10",
            "unseen11",
            "unseen12",
            "unseen13",
            "unseen14",
            "unseen15",
            "unseen16",
            "unseen17",
            "unseen18",
        ],
        default="dev",
    )
    parser.add_argument("--external", type=Path, help="folder of a set's published texts")
    parser.add_argument("--show", action="store_true", help="print wrong and missed links")
    parser.add_argument("--sweep", action="store_true", help="score embedding thresholds")
    parser.add_argument("--lexical-only", action="store_true", help="no embedding signal")
    args = parser.parse_args()
    db = temp_dir()
    folders, labels = set_folders(args.name, args.external, db)
    warn_seen(folders[1:])
    try:
        started = time.perf_counter()
        kb = build_store(folders, db)
        embedder = None if args.lexical_only else tracking.default_phrase_embedder(db / "cache")
        thresholds = [0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.95, 1.01] if args.sweep else []
        for threshold in thresholds:
            track_signals.EMBEDDING_MIN = threshold
            series = tracking.track(kb.store, embedder=embedder)
            score = score_links([k for s in series for k in s.links], labels)
            print(f"embedding >= {threshold:.2f}: {score.line()}")
        if thresholds:
            return
        series = tracking.track(kb.store, embedder=embedder)
        links = [k for s in series for k in s.links]
        score = score_links(links, labels)
        signal = (
            "lexical only"
            if embedder is None
            else f"embedding >= {track_signals.EMBEDDING_MIN} (across languages {track_signals.EMBEDDING_MIN_CROSS})"
        )
        print(f"set {args.name} ({signal}): {score.line()}")
        published = {p.name for folder in folders[1:] for p in folder.iterdir()}
        written = {p.name for p in iter_paths([folders[0]])}
        parts = [("published part", published), ("hand-written part", written)]
        parts = [(part, names) for part, names in parts if names] if published else []
        for part, names in parts:
            kept = [k for k in links if {Path(k.a.doc_path).name, Path(k.b.doc_path).name} <= names]
            part_labels = labels_within(labels, names, db)
            print(f"  {part}: {score_links(kept, part_labels).line()}")
        print(f"time {time.perf_counter() - started:.1f} s")
        if args.show:
            for name in ("wrong", "missed", "bad_relation"):
                for line in getattr(score, name):
                    print(f"  {name}: {line}")
            for link in links:
                print(
                    f"  link {link.relation:10} {link.reason:28} {link.evidence['signal']:9}"
                    f" lex={link.evidence['lexical']} emb={link.evidence['embedding']}"
                    f" | {link.a.record.metric[:40]} -> {link.b.record.metric[:40]}"
                )
        kb.close()
    finally:
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
