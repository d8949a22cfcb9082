"""What target tracking works on: statements (stored targets and reported statistics
with their document and metric key), the links between them and the series they form.

``load_statements`` reads them from the store; ``kb.tracking`` links them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.metric_keys import MetricKey, jurisdiction_of
from ingest.metric_owners import own_names
from ingest.records import Statistic, Target, record_from_dict
from kb.record_keys import document_fields, key_of
from kb.track_aims import aim_records
from kb.track_holders import figure_of_other

RELATIONS = (
    "superseded",
    "rebased",
    "extended",
    "brought forward",
    "raised",
    "lowered",
    "restated",
)


@dataclass(frozen=True, slots=True)
class Statement:
    """A stored target or statistic with its document and metric key."""

    row_id: int
    record: Target | Statistic
    key: MetricKey
    doc_id: str
    doc_date: str
    doc_title: str
    doc_path: str

    @property
    def clause_key(self) -> str:
        return f"{self.doc_id}:{self.record.clause_id}"

    def to_dict(self) -> dict[str, Any]:
        """The record as ``policykb extract --format jsonl`` prints it, plus its document."""
        return {
            **self.record.to_dict(),
            "source": self.doc_path,
            "doc_date": self.doc_date,
            "doc_title": self.doc_title,
            "metric_key": self.key.key,
            "jurisdiction": self.key.jurisdiction,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """A later statement ``b`` compared with an earlier one ``a`` of the same target."""

    a: Statement
    b: Statement
    relation: str
    reason: str
    evidence: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "relation": self.relation,
            "reason": self.reason,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class Series:
    """All statements of one tracked metric, ordered by document date."""

    series_id: str
    label: str
    jurisdiction: str
    unit: str
    sector: str
    statements: list[Statement] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    progress: list[Statement] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({s.record.year for s in self.statements if s.record.year})

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(s.doc_id for s in self.statements))


_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _date_of(doc: dict[str, Any], path: str) -> str:
    """The document's date; without one, the last year in its file name ("plan_2021_update_2023")
    or else the first in its title ("Plan 2021-2025" is issued at the start of its period)."""
    if doc.get("date"):
        return str(doc["date"])
    years = _YEAR_IN_NAME.findall(Path(path).stem)
    if years:
        return years[-1]
    years = _YEAR_IN_NAME.findall(str(doc.get("title") or ""))
    return years[0] if years else ""


def load_statements(conn: sqlite3.Connection) -> list[Statement]:
    """Quantitative targets and reported statistics of the store, with their keys."""
    # The document fields come out of its JSON in SQL: the row also holds the whole text.
    docs: dict[str, dict[str, Any]] = {}
    for doc_id, language, issuer, title, date, meta in conn.execute(
        "SELECT doc_id, json_extract(data, '$.language'), json_extract(data, '$.issuer'),"
        " title, json_extract(data, '$.date'), json_extract(data, '$.metadata') FROM documents"
    ):
        docs[doc_id] = {
            "language": language,
            "issuer": issuer,
            "title": title,
            "date": date,
            "metadata": json.loads(meta) if meta else {},
        }
    paths = dict(conn.execute("SELECT doc_id, path FROM documents"))
    out: list[Statement] = []
    clauses: set[tuple[str, str]] = set()
    for row_id, doc_id, data in conn.execute(
        "SELECT id, doc_id, data FROM records WHERE type IN ('target', 'statistic') ORDER BY id"
    ):
        record = record_from_dict(json.loads(data))
        doc = docs.get(doc_id, {})
        if isinstance(record, Target) and (doc_id, record.clause_id) not in clauses:
            clauses.add((doc_id, record.clause_id))  # a clause's aims once, whatever it holds
            out.extend(_aims(row_id, record, doc, doc_id, paths.get(doc_id, "")))
        if record.value is None or record.year is None:  # type: ignore[union-attr]
            continue  # a figure without a year is neither a point of a series nor progress
        if isinstance(record, Statistic) and record.role != "reported":
            continue
        if figure_of_other(record.text, *_owner(doc), record.value_text):
            continue  # "the United States has pledged 41%" in another country's text
        out.append(
            Statement(
                row_id=row_id,
                record=record,  # type: ignore[arg-type]
                key=key_of(record, doc),
                doc_id=doc_id,
                doc_date=_date_of(doc, paths.get(doc_id, "")),
                doc_title=str(doc.get("title") or ""),
                doc_path=paths.get(doc_id, ""),
            )
        )
    return out


def _owner(doc: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The document's own jurisdiction and the names it gives its own place (cached on
    ``doc``)."""
    if "_owner" not in doc:
        fields = document_fields(doc)
        own = jurisdiction_of(
            jurisdiction=fields["jurisdiction"], issuer=fields["issuer"], title=fields["title"]
        )
        words = own_names(issuer=fields["issuer"] or "", title=fields["title"] or "")
        doc["_owner"] = (own or "", words)
    return doc["_owner"]


def _aims(
    row_id: int, record: Target, doc: dict[str, Any], doc_id: str, path: str
) -> list[Statement]:
    """The figure-less aims of a target's clause (``kb.track_aims``), one statement each;
    their row ids are negative, apart from every stored record's."""
    fields = document_fields(doc)
    own = jurisdiction_of(
        jurisdiction=fields["jurisdiction"], issuer=fields["issuer"], title=fields["title"]
    )
    if not own:
        return []  # no holder to check the aim against
    return [
        Statement(
            row_id=-(row_id * 8 + n + 1),
            record=aim,
            key=key,
            doc_id=doc_id,
            doc_date=_date_of(doc, path),
            doc_title=str(doc.get("title") or ""),
            doc_path=path,
        )
        for n, (aim, key) in enumerate(aim_records(record, own))
        if n < 8
    ]
