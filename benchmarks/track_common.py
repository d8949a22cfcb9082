"""Shared code of the target-tracking benchmarks: build a store from a folder, score links.

A predicted link is reduced to ``(a file, a year, a value, b file, b year, b value)``
(several statements of one target in one document are one link; a value matches a
label as stored or as written, "5 GW" being 5.0 there and 5,000,000 kW in the store) and compared
with the labelled links; its relation is right when it equals the label's.
"""

from __future__ import annotations

import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb import tracking  # noqa: E402
from kb.service import KnowledgeBase  # noqa: E402
from kb.settings import Settings  # noqa: E402
from kb.testing import HashEmbedder  # noqa: E402


def build_store(paths: list[Path], db_dir: Path) -> KnowledgeBase:
    """Ingest ``paths`` into a new store; clause vectors are hashed (tracking reads none)."""
    kb = KnowledgeBase(Settings.from_env(db_dir=db_dir), embedder=HashEmbedder(), create=True)
    for result in kb.ingest(paths):
        if result.status == "failed":
            print(f"warning: {result.error}", file=sys.stderr)
    return kb


def link_tuple(link: tracking.Link) -> tuple[Any, ...]:
    return (
        Path(link.a.doc_path).name,
        link.a.record.year,
        float(link.a.record.value or 0),
        Path(link.b.doc_path).name,
        link.b.record.year,
        float(link.b.record.value or 0),
    )


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_value(record: Any) -> float | None:
    """The first number of a record's value as written ("5 GW" -> 5.0; stored as kW)."""
    found = _NUMBER.search(getattr(record, "value_text", "") or "")
    return float(found.group().replace(",", "")) if found else None


def link_tuples(link: tracking.Link) -> list[tuple[Any, ...]]:
    """The link's tuple with stored values, then with values as written when they differ:
    a label may give either (a unit the store converts, MW to kW, keeps its figure)."""
    stored = link_tuple(link)
    a, b = written_value(link.a.record), written_value(link.b.record)
    written = (
        *stored[:2],
        stored[2] if a is None else a,
        *stored[3:5],
        stored[5] if b is None else b,
    )
    return [stored] if written == stored else [stored, written]


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    found: int = 0
    relation_right: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    bad_relation: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def relation_accuracy(self) -> float:
        return self.relation_right / self.found if self.found else 0.0

    def line(self) -> str:
        return (
            f"pairs predicted {self.predicted}, labelled {self.gold}, right {self.found}: "
            f"precision {self.precision:.2f}, recall {self.recall:.2f}, "
            f"relation right {self.relation_right}/{self.found} = {self.relation_accuracy:.2f}"
        )


def score_links(links: list[tracking.Link], labels_file: Path) -> Score:
    """Score ``links`` against the labels; a label with ``unordered = true`` (two texts of
    one day, whose order no document gives) is right in either direction."""
    gold = {}
    reverse: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for item in tomllib.loads(labels_file.read_text("utf-8"))["link"]:
        a, b = item["a"], item["b"]
        key = (a[0], a[1], float(a[2]), b[0], b[1], float(b[2]))
        gold[key] = item["relation"]
        if item.get("unordered"):
            reverse[(*key[3:], *key[:3])] = key
    predicted: dict[tuple[Any, ...], str] = {}
    for link in links:
        keys = [reverse.get(k, k) for k in link_tuples(link)]
        key = next((k for k in keys if k in gold), keys[0])
        predicted.setdefault(key, link.relation)
    score = Score(predicted=len(predicted), gold=len(gold))
    for key, relation in predicted.items():
        if key in gold:
            score.found += 1
            if gold[key] == relation:
                score.relation_right += 1
            else:
                score.bad_relation.append(f"{key}: {relation}, labelled {gold[key]}")
        else:
            score.wrong.append(f"{key}: {relation}")
    score.missed = [f"{k}: {r}" for k, r in gold.items() if k not in predicted]
    return score


def temp_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="policykb-track-"))
