"""Fit and cross-validate the figure model of ingest/classify.py.

Candidates are every figure the rules extract from the labelled real documents of one
language (``benchmarks/real_targets/*.toml``; the documents are read from
../shared/data/real_policies and never copied here): targets and statistics alike,
with the rule path only (``POLICYKB_FIGURE_MODEL=off``). A candidate is positive when
its (value, unit, year) matches a required gold label, ignored when it matches only an
optional one, negative otherwise.

Cross-validation compares, on the same folds and with the scoring of
benchmarks/real_targets.py (distinct value, unit and year per document):

- ``rules``: the targets the rules report;
- ``rules+model``: those of them the model keeps (the shipped decision);

leaving out one document at a time, and one family at a time (US fact sheets, EU
texts). In every fold the model and its threshold are fitted on the other documents
only; the threshold is the one that maximises F1 under an inner leave-one-document-out
on those documents.

Usage:
    python benchmarks/fit_figures.py [--data PATH] [--write-weights]
        [--write benchmarks/results/figure_model.md]

``--write-weights`` fits on all labelled documents and rewrites the weights of
ingest/lang/en_figures.toml (its cue patterns are kept). Fitting uses scikit-learn's
LogisticRegression (installed with sentence-transformers); running the model needs only
the standard library. For trying variants: ``FIT_FIGURES_C`` (inverse L2 strength,
default 1), ``FIT_FIGURES_BALANCED`` (class weighting, default 1), ``FIT_FIGURES_ALL``
(learn from statistics too, default 0), ``FIT_FIGURES_DROP`` (feature prefixes to leave
out) and ``FIT_FIGURES_CACHE`` (a pickle of the candidates, to skip re-extraction).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ["POLICYKB_FIGURE_MODEL"] = "off"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_targets import DEFAULT_DATA, GOLD, load_labels, matches  # noqa: E402

from ingest.classify import figure_features, load_model  # noqa: E402
from ingest.lang import load_grammar  # noqa: E402
from ingest.load import load_document, read_manifest  # noqa: E402
from ingest.pipeline import build_nlp, process_document  # noqa: E402
from ingest.records import Statistic, Target  # noqa: E402

# Feature groups left out of the model (prefixes); see the results file for why.
DROP = tuple(p for p in os.environ.get("FIT_FIGURES_DROP", "").split(",") if p)
MODEL_FILE = ROOT / "ingest" / "lang" / "en_figures.toml"
L2 = float(os.environ.get("FIT_FIGURES_C", "1.0"))  # inverse regularisation strength
TRAIN_ALL = os.environ.get("FIT_FIGURES_ALL", "0") == "1"
BALANCED = os.environ.get("FIT_FIGURES_BALANCED", "1") == "1"


@dataclass
class Candidate:
    doc: str
    key: tuple
    rule_target: bool
    label: int | None  # 1 right, 0 wrong, None optional
    features: dict
    raw: tuple = ()  # (record, document year, clause kind, repeats): to recompute features


def family(doc: str) -> str:
    return doc.split("_", 1)[0]


def gather(data: Path, language: str = "en") -> tuple[list[Candidate], dict[str, list]]:
    grammar = load_grammar(language)
    model = load_model(language, str(MODEL_FILE))
    nlp = build_nlp(language=language)
    candidates: list[Candidate] = []
    golds: dict[str, list] = {}
    for gold_path in sorted(GOLD.glob("*.toml")):
        meta, labels = load_labels(gold_path)
        if meta.get("language", "en") != language:
            continue
        found = [p for p in (data / language).glob(f"{gold_path.stem}.*") if p.suffix != ".toml"]
        if not found:
            continue
        path = found[0]
        document = load_document(path, metadata=read_manifest(path.parent).get(path.name, {}))
        extraction = process_document(document, nlp=nlp, types=("target", "statistic"))
        kinds = {c.clause_id: c.kind for c in extraction.clauses}
        records = [
            r
            for r in extraction.records
            if isinstance(r, Target | Statistic) and r.value is not None
        ]
        counts: dict = {}
        for r in records:
            if isinstance(r, Target):
                counts[(r.value, r.unit)] = counts.get((r.value, r.unit), 0) + 1
        golds[gold_path.stem] = labels
        for r in records:
            key = (r.value, r.unit, r.year)
            hits = [label for label in labels if matches(key, label)]
            label = None if hits and all(h.optional for h in hits) else int(bool(hits))
            features = figure_features(
                r, grammar, model, doc_year=document.year,
                kind=kinds.get(r.clause_id, "sentence"),
                repeats=counts.get((r.value, r.unit), 0),
            )  # fmt: skip
            raw = (r, document.year, kinds.get(r.clause_id, "sentence"),
                   counts.get((r.value, r.unit), 0))  # fmt: skip
            candidates.append(
                Candidate(gold_path.stem, key, isinstance(r, Target), label, features, raw)
            )
    return candidates, golds


def matrix(candidates: list[Candidate], names: list[str]) -> np.ndarray:
    return np.array([[c.features.get(n, 0.0) for n in names] for c in candidates], dtype=float)


def fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=L2, max_iter=2000, class_weight="balanced" if BALANCED else None)
    model.fit(x, y)
    return model


def score(pred_keys: dict[str, set], golds: dict[str, list], docs: list[str]) -> dict:
    right = wrong = found = required = 0
    for doc in docs:
        labels = golds[doc]
        keys = pred_keys.get(doc, set())
        for key in keys:
            hits = [label for label in labels if matches(key, label)]
            if not hits:
                wrong += 1
            elif any(not h.optional for h in hits):
                right += 1
        distinct = {(la.value, la.unit, la.year): la for la in labels if not la.optional}
        required += len(distinct)
        found += sum(any(matches(k, la) for k in keys) for la in distinct.values())
    p = right / (right + wrong) if right + wrong else 1.0
    r = found / required if required else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "right": right, "wrong": wrong,
            "found": found, "required": required}  # fmt: skip


def keys_of(candidates: list[Candidate], chosen: np.ndarray) -> dict[str, set]:
    out: dict[str, set] = {}
    for c, keep in zip(candidates, chosen, strict=True):
        if keep:
            out.setdefault(c.doc, set()).add(c.key)
    return out


def _trainable(cands: list[Candidate]) -> list[Candidate]:
    # The model decides only on the rule targets, so it learns from them.
    return [c for c in cands if c.label is not None and (TRAIN_ALL or c.rule_target)]


def predict_proba(train: list[Candidate], test: list[Candidate], names: list[str]) -> np.ndarray:
    rows = _trainable(train)
    y = np.array([c.label for c in rows])
    if len(set(y)) < 2:
        return np.ones(len(test))
    model = fit(matrix(rows, names), y)
    return model.predict_proba(matrix(test, names))[:, 1]


def choose_threshold(train: list[Candidate], golds: dict, names: list[str]) -> float:
    """The threshold that maximises F1 under leave-one-document-out within ``train``."""
    docs = sorted({c.doc for c in train})
    probs = np.zeros(len(train))
    for doc in docs:
        inner_test = [i for i, c in enumerate(train) if c.doc == doc]
        inner_train = [c for c in train if c.doc != doc]
        probs[inner_test] = predict_proba(inner_train, [train[i] for i in inner_test], names)
    rule = np.array([c.rule_target for c in train])
    best, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.05):
        f = score(keys_of(train, rule & (probs >= t)), golds, docs)["f1"]
        if f > best_f + 1e-9:
            best, best_f = float(t), f
    return best


def cross_validate(cands: list[Candidate], golds: dict, names: list[str], group) -> dict:
    groups = sorted({group(c.doc) for c in cands} | {group(d) for d in golds})
    chosen_model = np.zeros(len(cands), dtype=bool)
    thresholds = []
    for g in groups:
        test = [i for i, c in enumerate(cands) if group(c.doc) == g]
        train = [c for c in cands if group(c.doc) != g]
        if not test:
            continue
        t = choose_threshold(train, golds, names)
        thresholds.append(t)
        probs = predict_proba(train, [cands[i] for i in test], names)
        for i, p in zip(test, probs, strict=True):
            chosen_model[i] = cands[i].rule_target and p >= t
    rule = np.array([c.rule_target for c in cands])
    docs = sorted(golds)
    return {
        "rules": score(keys_of(cands, rule), golds, docs),
        "rules+model": score(keys_of(cands, chosen_model), golds, docs),
        "thresholds": thresholds,
    }


def write_weights(cands: list[Candidate], golds: dict, names: list[str]) -> float:
    rows = _trainable(cands)
    model = fit(matrix(rows, names), np.array([c.label for c in rows]))
    threshold = choose_threshold(cands, golds, names)
    text = MODEL_FILE.read_text("utf-8")
    head = text.split("\n# Fitted weights", 1)[0].rstrip("\n")
    lines = [
        head,
        "",
        "# Fitted weights: logistic regression (L2, C = 1, balanced classes) written by",
        f"# benchmarks/fit_figures.py on {len(golds)} labelled English documents,",
        f"# {len(rows)} candidate figures, {time.strftime('%Y-%m-%d')}. A rule target whose",
        "# probability is below the threshold becomes a statistic.",
        "[model]",
        f"bias = {model.intercept_[0]:.4f}",
        f"threshold = {threshold:.2f}",
        "",
        "[weights]",
    ]
    for name, w in zip(names, model.coef_[0], strict=True):
        if abs(w) >= 1e-4:
            lines.append(f"{name} = {w:.4f}")
    MODEL_FILE.write_text("\n".join(lines) + "\n", "utf-8")
    return threshold


def _row(name: str, m: dict) -> str:
    return (
        f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
        f"| {m['right']} | {m['wrong']} | {m['found']} / {m['required']} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write-weights", action="store_true")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"real policy documents not found at {args.data}; skipping")
        return 0
    started = time.perf_counter()
    cache = (
        Path(os.environ.get("FIT_FIGURES_CACHE", ""))
        if os.environ.get("FIT_FIGURES_CACHE")
        else None
    )
    if cache and cache.is_file():
        import pickle

        cands, golds = pickle.loads(cache.read_bytes())
        grammar, model = load_grammar("en"), load_model("en", str(MODEL_FILE))
        for c in cands:
            record, year, kind, repeats = c.raw
            c.features = figure_features(
                record, grammar, model, doc_year=year, kind=kind, repeats=repeats
            )
    else:
        cands, golds = gather(args.data)
        if cache:
            import pickle

            cache.write_bytes(pickle.dumps((cands, golds)))
    names = sorted({n for c in cands for n in c.features if not n.startswith(DROP)})
    loo = cross_validate(cands, golds, names, lambda d: d)
    lofo = cross_validate(cands, golds, names, family)
    lines = [
        "# Figure model: cross-validated against the rules",
        "",
        f"`python benchmarks/fit_figures.py` over {len(golds)} labelled English documents "
        f"(dev and unseen labels alike), {len(cands)} candidate figures, "
        f"{sum(c.label == 1 for c in cands)} of them positive. Scoring as in "
        "benchmarks/real_targets.py (distinct value, unit and year per document). In each "
        "fold the model and its threshold are fitted on the other documents only.",
        "",
    ]
    for title, result in (
        ("leave one document out", loo),
        ("leave one family out (US / EU)", lofo),
    ):
        lines += [
            f"## {title}",
            "",
            "| decision | precision | recall | F1 | right | wrong | found / required |",
            "|---|---|---|---|---|---|---|",
            _row("rules", result["rules"]),
            _row("rules+model", result["rules+model"]),
            "",
            "Thresholds chosen in the folds: "
            + ", ".join(f"{t:.2f}" for t in sorted(set(result["thresholds"]))),
            "",
        ]
    if args.write_weights:
        threshold = write_weights(cands, golds, names)
        lines.append(f"Weights refitted on all documents: threshold {threshold:.2f}.")
    lines.append(f"Time: {time.perf_counter() - started:.0f} s.")
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
