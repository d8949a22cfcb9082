"""Check target tracking on the real documents in ../shared/data/real_policies/.

The documents are read from there (never copied into this repository); the
script exits cleanly when the folder is absent. Labels, written before the
linker was first run, are in benchmarks/track_real/labels.toml: the links of
the EU's 2030 and 2040 and the US's 2030 and 2035 economy-wide greenhouse gas
targets, with their relations.

All 26 documents are ingested into a temporary store (so other series can
interfere, as they would for a user) and tracked. Scored: links whose later
statement belongs to the greenhouse-gas series of the EU or the US (percent,
no sector or scope), reduced to ``(earlier document, later document, target
year, value)``; a link is right when a label names its later statement and
lists its earlier document, and its relation is right when it equals the
label's.

Usage:
    python benchmarks/track_real.py [--data PATH] [--show]
"""

from __future__ import annotations

import argparse
import shutil
import time
import tomllib
from pathlib import Path

from track_common import ROOT, build_store, temp_dir

from kb import tracking

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real_policies"
LABELS = ROOT / "benchmarks" / "track_real" / "labels.toml"
CONCEPT = "greenhouse gas emissions"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: {args.data} is absent")
        return
    labels = tomllib.loads(LABELS.read_text("utf-8"))["link"]
    gold = {
        (b[0], b[1], float(b[2])): (set(item["a"]), item["relation"])
        for item in labels
        for b in [item["b"]]
    }
    db = temp_dir()
    try:
        started = time.perf_counter()
        kb = build_store([args.data / "en", args.data / "zh"], db)
        built = time.perf_counter() - started
        embedder = tracking.default_phrase_embedder(db / "cache")
        series = tracking.track(kb.store, embedder=embedder)
        scoped = [
            s
            for s in series
            if s.jurisdiction in ("EU", "US")
            and s.label == CONCEPT
            and s.unit == "%"
            and not s.sector
            and not s.statements[0].key.scope
        ]
        predicted: dict[tuple[str, str, int | None, float], str] = {}
        for s in scoped:
            for link in s.links:
                key = (
                    Path(link.a.doc_path).name,
                    Path(link.b.doc_path).name,
                    link.b.record.year,
                    float(link.b.record.value or 0),
                )
                predicted.setdefault(key, link.relation)
        right = relation_right = 0
        found_labels = set()
        lines = []
        for (a_doc, b_doc, year, value), relation in sorted(predicted.items()):
            label = gold.get((b_doc, year, value))
            ok = label is not None and a_doc in label[0]
            right += ok
            if ok:
                found_labels.add((b_doc, year, value))
                relation_right += relation == label[1]
            lines.append(
                f"{'ok ' if ok else 'XX '} {a_doc} -> {b_doc} {year} {value:g}: {relation}"
                + (f" (labelled {label[1]})" if label else " (no label)")
            )
        missed = [k for k in gold if k not in found_labels]
        precision = right / len(predicted) if predicted else 0.0
        recall = len(found_labels) / len(gold)
        accuracy = relation_right / right if right else 0.0
        print(
            f"EU/US greenhouse gas series: {len(scoped)}; links predicted {len(predicted)}, "
            f"labelled {len(gold)}, right {right}: precision {precision:.2f}, recall "
            f"{recall:.2f}, relation right {relation_right}/{right} = {accuracy:.2f}"
        )
        print(f"ingest {built:.0f} s, tracking {time.perf_counter() - started - built:.1f} s")
        for line in lines:
            print("  " + line)
        for key in missed:
            print(f"  missed: {key}")
        if args.show:
            for s in scoped:
                print(f"series {s.jurisdiction} {s.label}: {len(s.statements)} statements")
                for st in s.statements:
                    r = st.record
                    print(
                        f"    {st.doc_date} {Path(st.doc_path).name[:30]:30} {r.year} "
                        f"{r.value:g} base {r.base_year} | {r.metric[:50]}"
                    )
        kb.close()
    finally:
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
