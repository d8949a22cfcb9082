"""A learned second opinion on each figure the rules call a target.

The rules of ``ingest.figures`` decide a figure's role from cue words next to it. On
documents they were not tuned on they keep too many figures: a facility's capacity, a
survey share, an estimate with a modal the cue lists do not know, a figure a study or
an agency gives. This module scores every target figure with a logistic model over
features of the figure and the words just before it (the rule's role; cue families
such as aims, modal verbs, forecasts, third-party attribution, facilities, funding and
multiples; the unit family; how far its year lies from the document's date; a base
year, comparator or range; where it stands in its clause, which tells a displaced
footnote or page number or a number that is part of a name; the clause kind; whether
the same figure recurs in the document) and turns a target whose score falls
below the threshold into a statistic: ``projection`` when its year lies after the
document's date, ``reported`` otherwise.

The weights, the threshold and the cue patterns are data, one file per language:
``ingest/lang/<language>_figures.toml``, written by ``benchmarks/fit_figures.py`` from
the hand labels in ``benchmarks/real_targets/``. A language without such a file keeps
the rule decision unchanged; so does every run without ``POLICYKB_FIGURE_MODEL=on`` (the
rule path is the default: see ``enabled``), and so does a
document without a date: the model learnt from dated published documents, and how far
a figure's year lies from the date of issue is one of its strongest features.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
import tomllib
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from ingest.figures import left_window
from ingest.lang import Grammar
from ingest.quantities import Quantity, find_quantities
from ingest.records import Clause, Document, Obligation, Statistic, Target

_DATA = Path(__file__).resolve().parent / "lang"
_MONEY = frozenset({"USD", "EUR", "yuan", "GBP", "JPY", "INR", "DKK", "SEK", "NOK", "PLN", "CHF"})
_ROLES = ("target", "reported", "projection", "funding", "scope", "parameter")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME_BEFORE = re.compile(r"(?:[A-Z]{2,}[-\s]?|[A-Za-z]-)$")


@dataclasses.dataclass(frozen=True)
class FigureModel:
    """A language's cue patterns, weights and threshold."""

    cues: dict[str, re.Pattern[str]]
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def enabled() -> bool:
    """Whether the learned decision is on: only with ``POLICYKB_FIGURE_MODEL=on``.

    Off by default: under cross-validation it raises precision but loses recall, most
    of all across document families, and it demotes aims the rules rightly keep (a
    count of things to build with no year); see benchmarks/results/figure_model.md.
    """
    return os.environ.get("POLICYKB_FIGURE_MODEL", "off").lower() in {"on", "1", "yes"}


@functools.lru_cache(maxsize=8)
def load_model(language: str, path: str | None = None) -> FigureModel | None:
    """The model for ``language``, or None when it has none."""
    file = Path(path) if path else _DATA / f"{language}_figures.toml"
    if not file.is_file():
        return None
    data = tomllib.loads(file.read_text("utf-8"))
    cues = {name: re.compile(p, re.IGNORECASE) for name, p in data.get("cues", {}).items()}
    return FigureModel(
        cues=cues,
        weights={k: float(v) for k, v in data.get("weights", {}).items()},
        bias=float(data.get("model", {}).get("bias", 0.0)),
        threshold=float(data.get("model", {}).get("threshold", 0.5)),
    )


def cue_names(language: str = "en") -> list[str]:
    model = load_model(language)
    return sorted(model.cues) if model else []


def _position(record: Target | Statistic, grammar: Grammar) -> Quantity | None:
    """The quantity of ``record`` in its clause text (first one with its value and words)."""
    found = None
    for quantity in find_quantities(record.text, grammar):
        if quantity.value_text == record.value_text:
            if quantity.value == record.value:
                return quantity
            found = found or quantity
    return found


def _unit_family(unit: str) -> str:
    if unit == "%":
        return "pct"
    if unit in _MONEY:
        return "money"
    if not unit:
        return "count"
    return "physical"


def figure_features(
    record: Target | Statistic,
    grammar: Grammar,
    model: FigureModel,
    *,
    doc_year: int | None,
    kind: str = "sentence",
    repeats: int = 1,
) -> dict[str, float]:
    """Features of one figure record (a target, or a statistic with its rule role)."""
    text = record.text
    quantity = _position(record, grammar)
    start = quantity.start if quantity else max(0, text.find(record.value_text))
    end = quantity.end if quantity else start + len(record.value_text)
    left = left_window(text, start)
    near = left[-70:]
    right = " ".join(text[end : end + 60].split())
    features: dict[str, float] = {}
    role = getattr(record, "role", "target") if isinstance(record, Statistic) else "target"
    for name in _ROLES:
        features[f"role_{name}"] = float(role == name)
    family = _unit_family(record.unit)
    for name in ("pct", "money", "count", "physical"):
        features[f"unit_{name}"] = float(family == name)
    year = record.year
    features["no_year"] = float(year is None)
    features["no_doc_date"] = float(doc_year is None)
    if year is not None and doc_year is not None:
        gap = year - doc_year
        features["year_past"] = float(gap <= 0)
        features["year_near"] = float(0 < gap <= 5)
        features["year_mid"] = float(5 < gap <= 15)
        features["year_far"] = float(gap > 15)
    features["base_year"] = float(getattr(record, "base_year", None) is not None)
    features["comparator"] = float(bool(record.comparator))
    features["range"] = float(getattr(record, "value_high", None) is not None)
    for name, pattern in model.cues.items():
        features[f"left_{name}"] = float(bool(pattern.search(near)))
    features["in_parens"] = float(text[:start].rstrip().endswith("(") or right.startswith(")"))
    value = abs(record.value or 0.0)
    features["log_value"] = math.log10(value + 1.0) / 10.0
    features["year_like"] = float(1900 <= value <= 2100 and value == int(value))
    figures = len(find_quantities(text, grammar))
    features["many_figures"] = math.log(1 + figures) / 3.0
    features["long_sentence"] = min(len(text), 2000) / 2000.0
    years_after = [m for m in _YEAR.finditer(text, end) if m.start() - end < 40]
    features["year_right_after"] = float(bool(years_after))
    # Where the figure stands: a bare number that opens a clause ("11 Belgium intends
    # ...") is a displaced footnote or page number; one glued to a name ("PNACC-2",
    # "CAP 23") is part of the name.
    before = text[:start]
    features["opens_clause"] = float(not before.strip())
    features["alone"] = float(not before.strip() and not text[end:].strip())
    features["after_name"] = float(bool(_NAME_BEFORE.search(before)))
    features["bare_integer"] = float(
        not record.unit and value == int(value) and record.value_text.strip().isdigit()
    )
    features["small_count"] = float(features["bare_integer"] and value < 200)
    features["kind_row"] = float(kind == "row")
    features["kind_heading"] = float(kind in {"heading", "title"})
    features["kind_item"] = float(kind in {"item", "aim"})
    features["repeated"] = float(repeats > 1)
    return features


def decide(
    records: list[Target | Statistic | Obligation],
    clauses: Sequence[Clause],
    document: Document,
    grammar: Grammar,
    wanted: Collection[str] = ("target", "statistic"),
) -> list[Target | Statistic | Obligation]:
    """``records`` with each target the model doubts turned into a statistic (dropped
    when statistics are not ``wanted``)."""
    model = load_model(grammar.language) if enabled() else None
    if model is None or document.year is None:
        # Undated text (an analyst's quote, a pasted paragraph) lies outside what the
        # model learnt from: dated published documents. The rules decide alone.
        return records
    kinds = {c.clause_id: c.kind for c in clauses}
    counts = Counter(
        (r.value, r.unit) for r in records if isinstance(r, Target) and r.value is not None
    )
    out: list[Target | Statistic | Obligation] = []
    for record in records:
        if isinstance(record, Target) and record.value is not None:
            features = figure_features(
                record, grammar, model, doc_year=document.year,
                kind=kinds.get(record.clause_id, "sentence"),
                repeats=counts[(record.value, record.unit)],
            )  # fmt: skip
            if model.probability(features) < model.threshold:
                if "statistic" not in wanted:
                    continue
                record = demote(record, document.year)
        out.append(record)
    return out


def demote(target: Target, doc_year: int | None) -> Statistic:
    """The statistic a doubted target becomes."""
    later = target.year is not None and (doc_year is None or target.year > doc_year)
    return Statistic(
        metric=target.metric, value=target.value, unit=target.unit,
        value_text=target.value_text, comparator=target.comparator, year=target.year,
        sector=target.sector, doc_id=target.doc_id, clause_id=target.clause_id,
        text=target.text, start=target.start, end=target.end,
        role="projection" if later else "reported",
    )  # fmt: skip
