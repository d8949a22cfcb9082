"""Score quantitative target extraction on real published policy documents.

Reads the documents from ../shared/data/real_policies (never copied into this
repository; the script exits cleanly when the folder is absent) and the hand labels
in benchmarks/real_targets/<doc_id>.toml (see the README there for what counts as a
target). Each document is loaded and processed exactly as ``policykb extract`` does.

Scoring compares, per document, the set of distinct (value, unit, year) of the
quantitative targets extracted with the labelled ones:

- a predicted key is right when a label has the same value (either end of a range),
  a compatible unit and the same year (a label without a year accepts any year);
- a key that only matches a label marked ``optional`` counts neither way;
- precision = right keys / (right + wrong keys); recall = required labels found /
  required labels. "Mentions" repeats precision over every extracted target record,
  so a wrong figure repeated fourteen times counts fourteen times.

Documents are scored by split: ``dev`` (rules may be tuned on them), ``unseen``
(scored at first contact; see the results file for the first-contact figures) and
``fresh`` to ``fresh19``, ``zh_fresh`` to ``zh_fresh15`` (documents outside ../shared, labelled in
benchmarks/real_targets/fresh*/ and zh_fresh*/, read from a folder given with ``--docs``;
see the README there).

Usage:
    python benchmarks/real_targets.py [--data PATH] [--split dev|unseen|all]
        [--show] [--write benchmarks/results/real_targets.md]
    python benchmarks/real_targets.py --docs DIR --labels benchmarks/real_targets/fresh

``--show`` prints each wrong and missed key with the figure's words, for developing
on dev documents; it prints document text to the terminal only, never to a file.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.errors import IngestError  # noqa: E402
from ingest.lang import load_grammar  # noqa: E402
from ingest.load import load_document, read_manifest  # noqa: E402
from ingest.pipeline import build_nlp, process_document  # noqa: E402
from ingest.quantities import normalise_unit  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real_policies"
GOLD = ROOT / "benchmarks" / "real_targets"
# Label sets in the order they are reported; each fresh set is a first-contact set of
# documents outside ../shared (see the README in its folder).
SPLITS = (
    "dev",
    "unseen",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "zh_fresh",
    "zh_fresh2",
    "zh_fresh3",
    "zh_fresh4",
    "zh_fresh5",
    "zh_fresh6",
    "zh_fresh7",
    "zh_fresh8",
    "zh_fresh9",
    "zh_fresh10",
    "zh_fresh11",
    "zh_fresh12",
    "zh_fresh13",
    "zh_fresh14",
    "zh_fresh15",
)

# Label units that are not physical quantities pint converts.
_LABEL_UNITS = {
    "%": "%",
    "percent": "%",
    "pp": "pp",
    "count": "",
    "": "",
    "usd": "USD",
    "eur": "EUR",
    "yuan": "yuan",
    "t co2e": "t",
    "tco2e": "t",
    "t co2": "t",
    "tce": "t",
    "tonnes": "t",
    "t": "t",
}


@dataclass
class Label:
    value: float
    high: float | None
    unit: str
    year: int | None
    optional: bool
    metric: str


@dataclass
class DocScore:
    doc: str
    split: str
    right: int = 0
    wrong: int = 0
    found: int = 0
    required: int = 0
    mentions_right: int = 0
    mentions_wrong: int = 0
    wrong_keys: list = field(default_factory=list)
    missed: list = field(default_factory=list)


# A gas named after a mass unit ("Mt CO2e") does not change the unit.
_GAS_SUFFIX = re.compile(r"\s*(?:co2[- ]?e(?:q\.?)?|co2|ch4)$", re.IGNORECASE)


def _canonical_unit(unit: str) -> tuple[float, str]:
    key = unit.strip().lower()
    if key in _LABEL_UNITS:
        return 1.0, _LABEL_UNITS[key]
    if _GAS_SUFFIX.search(unit) and _GAS_SUFFIX.sub("", unit.strip()):
        unit = _GAS_SUFFIX.sub("", unit.strip())
    if "/" in key or " per " in key:
        return 1.0, unit  # a rate ("USD/MWh"): compared by value only
    try:
        canonical = load_grammar("en").canonical_units
        return normalise_unit(unit, canonical)
    except Exception:  # a unit pint does not know ("gallons" is fine, "homes" is not)
        return 1.0, unit


def load_labels(path: Path) -> tuple[dict, list[Label]]:
    data = tomllib.loads(path.read_text("utf-8"))
    labels = []
    for item in data.get("target", []):
        factor, unit = _canonical_unit(str(item.get("unit", "")))
        high = item.get("high")
        labels.append(
            Label(
                value=float(item["value"]) * factor,
                high=float(high) * factor if high is not None else None,
                unit=unit,
                year=item.get("year"),
                optional=bool(item.get("optional", False)),
                metric=str(item.get("metric", "")),
            )
        )
    return data, labels


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _units_agree(predicted: str, label: str) -> bool:
    if predicted == label or not predicted or not label:
        return True
    return "/" in label or "/" in predicted


def matches(key: tuple[float, str, int | None], label: Label) -> bool:
    value, unit, year = key
    if not (_close(value, label.value) or (label.high is not None and _close(value, label.high))):
        return False
    if not _units_agree(unit, label.unit):
        return False
    return label.year is None or year == label.year


def score_document(
    path: Path, labels: list[Label], split: str, nlps: dict
) -> tuple[DocScore, list]:
    try:
        document = load_document(path, metadata=read_manifest(path.parent).get(path.name, {}))
    except IngestError as error:
        # What `policykb extract` does too: one line, no records; its labels count as missed.
        print(f"{path.name}: not read ({error})")
        targets = []
    else:
        nlp = nlps["zh" if document.language == "zh" else "en"]
        extraction = process_document(document, nlp=nlp, types=("target",))
        targets = [r for r in extraction.records if r.type == "target" and r.value is not None]
    result = DocScore(doc=path.stem, split=split)
    keys: dict[tuple, list] = {}
    for target in targets:
        keys.setdefault((target.value, target.unit, target.year), []).append(target)
    for key, records in keys.items():
        hits = [label for label in labels if matches(key, label)]
        if not hits:
            result.wrong += 1
            result.mentions_wrong += len(records)
            result.wrong_keys.append((key, records[0]))
        elif any(not label.optional for label in hits):
            result.right += 1
            result.mentions_right += len(records)
    required = [label for label in labels if not label.optional]
    # Labels that share a key (two metrics, one figure and year) count once.
    distinct: dict[tuple, Label] = {}
    for label in required:
        distinct.setdefault((label.value, label.unit, label.year), label)
    result.required = len(distinct)
    for label in distinct.values():
        if any(matches(key, label) for key in keys):
            result.found += 1
        else:
            result.missed.append(label)
    return result, targets


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def summarise(scores: list[DocScore]) -> dict[str, float]:
    right = sum(s.right for s in scores)
    wrong = sum(s.wrong for s in scores)
    found = sum(s.found for s in scores)
    required = sum(s.required for s in scores)
    precision, recall = _ratio(right, right + wrong), _ratio(found, required)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    mr = sum(s.mentions_right for s in scores)
    mw = sum(s.mentions_wrong for s in scores)
    return {
        "documents": len(scores),
        "right": right,
        "wrong": wrong,
        "found": found,
        "required": required,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "mention precision": _ratio(mr, mr + mw),
        "wrong mentions": mw,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        "--docs",
        dest="data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder with en/ and zh/ documents (default ../shared/data/real_policies)",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        default=GOLD,
        help="folder of label TOML files (default benchmarks/real_targets)",
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--doc", help="score one document id only")
    parser.add_argument("--show", action="store_true", help="print wrong and missed keys")
    parser.add_argument("--write", type=Path, help="write the results as Markdown")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"real policy documents not found at {args.data}; skipping")
        return 0
    if not args.labels.is_dir():
        print(f"label folder not found at {args.labels}; give --labels a folder of TOML files")
        return 1
    nlps = {lang: build_nlp(language=lang) for lang in ("en", "zh")}
    scores: list[DocScore] = []
    started = time.perf_counter()
    for gold_path in sorted(args.labels.glob("*.toml")):
        data, labels = load_labels(gold_path)
        split = data.get("split", "dev")
        if args.split != "all" and split != args.split or args.doc and gold_path.stem != args.doc:
            continue
        language = data.get("language", "en")
        folder = args.data / ("zh" if language == "zh" else "en")
        found = [p for p in folder.glob(f"{gold_path.stem}.*") if p.suffix != ".toml"]
        if not found:
            print(f"{gold_path.stem}: document not found under {folder}; skipped")
            continue
        result, _ = score_document(found[0], labels, split, nlps)
        scores.append(result)
        if args.show:
            _show(result)
    elapsed = time.perf_counter() - started
    lines = _report(scores, elapsed, args.data, args.labels)
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", "utf-8")
    return 0


def _show(result: DocScore) -> None:
    print(f"== {result.doc} ({result.split})")
    for (value, unit, year), record in result.wrong_keys:
        window = " ".join(record.text.split())
        print(f"  WRONG {value:g} {unit} {year}: {record.value_text!r} | {window[:220]}")
    for label in result.missed:
        print(f"  MISSED {label.value:g} {label.unit} {label.year}: {label.metric}")


def _shown(path: Path) -> str:
    path = path.resolve()
    for base, name in ((ROOT, ""), (ROOT.parent / "shared", "../shared/")):
        if path.is_relative_to(base):
            return name + str(path.relative_to(base))
    return path.name


def _report(
    scores: list[DocScore], elapsed: float, data: Path = DEFAULT_DATA, labels: Path = GOLD
) -> list[str]:
    lines = [
        "# Targets on real policy documents",
        "",
        f"`python benchmarks/real_targets.py` over {_shown(data)} with the labels",
        f"in {_shown(labels)}/ (distinct value, unit and year per document; labels",
        f"marked optional count neither way). {elapsed:.1f} s in all.",
        "",
        "| split | docs | precision | recall | F1 | right | wrong | found / required "
        "| mention precision | wrong mentions |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for split in SPLITS:
        group = [s for s in scores if s.split == split]
        if not group:
            continue
        m = summarise(group)
        lines.append(
            f"| {split} | {m['documents']} | {m['precision']:.3f} | {m['recall']:.3f} "
            f"| {m['f1']:.3f} | {m['right']} | {m['wrong']} | {m['found']} / {m['required']} "
            f"| {m['mention precision']:.3f} | {m['wrong mentions']} |"
        )
    lines += [
        "",
        "| document | split | right | wrong | found / required |",
        "|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(f"| {s.doc} | {s.split} | {s.right} | {s.wrong} | {s.found} / {s.required} |")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
