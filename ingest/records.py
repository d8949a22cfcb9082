"""Typed records: the contract between ingestion, the knowledge base and the UI.

Every record is a frozen dataclass that keeps its provenance (``doc_id``,
``clause_id``, character ``start``/``end`` into the stored document text), and
serialises to a flat JSON-able dict with ``to_dict``/``from_dict``. Ids are
content hashes, so the same text always gets the same id.

This module is the one place a record is defined: ``Record`` (any record type),
``Extraction`` (what one document yields), the ``Literal`` types of the fields, the
section separator, and ``columns``, from which the CLI, the exports and the tables
take their columns, so a field added here reaches all of them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar, get_args

RecordType = Literal["target", "statistic", "obligation"]
#: The record types, in the order the CLI lists and extracts them.
RECORD_TYPE_NAMES: tuple[str, ...] = get_args(RecordType)
#: What a clause is: a document title, a heading, a sentence, one aim split out of a
#: sentence, a list item, or a table row.
ClauseKind = Literal["title", "heading", "sentence", "aim", "item", "row"]
Comparator = Literal[">", ">=", "<", "<=", "=", "~"]
Direction = Literal["increase", "decrease"]
Modality = Literal["obligation", "prohibition", "permission", "encouragement"]
StatisticRole = Literal["reported", "projection", "funding", "scope", "parameter"]
STATISTIC_ROLES: tuple[str, ...] = get_args(StatisticRole)

COMPARATORS: tuple[str, ...] = get_args(Comparator)

#: Joins a clause's section labels in one string ("Chapter II > Article 7"), as
#: obligations and the store keep it; ``split_section`` takes it apart again.
SECTION_SEP = " > "


def join_section(labels: Iterable[str]) -> str:
    """``labels`` as one section path, each label's whitespace collapsed."""
    return SECTION_SEP.join(" ".join(label.split()) for label in labels)


def split_section(section: str) -> list[str]:
    """The non-empty labels of a section path written by ``join_section``."""
    return [label.strip() for label in section.split(SECTION_SEP) if label.strip()]


#: Field metadata that keeps a field out of the CSV, spreadsheet and table columns built
#: by ``columns``; the field stays in ``to_dict``, and so in JSON and JSON Lines.
NOT_A_COLUMN: dict[str, Any] = {"column": False}

R = TypeVar("R", bound="_Record")


def content_id(*parts: object, length: int = 16) -> str:
    """A stable hex id from the given parts (a content hash, not a counter)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


class _Record:
    """Shared serialisation for the record dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {}
        for key, value in data.items():
            if key not in names or not names[key].init:
                continue
            if isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """A loaded policy text.

    ``text`` is the stored document text; every clause and record span indexes
    into it. ``skipped`` lists the ``(start, end)`` spans judged to be web
    boilerplate (breadcrumbs, timestamps, hashtags, comment forms), which are
    kept in ``text`` so that offsets stay true but produce no clauses.
    ``metadata`` holds a passage row's other columns as text (filterable in the
    knowledge base); documents read from files have none.
    """

    doc_id: str
    path: str
    text: str
    title: str = ""
    issuer: str = ""
    date: str | None = None  # ISO date of issue, when known
    origin: str = ""  # URL or citation of where the text came from
    language: str = "en"
    licence: str = ""
    format: str = "txt"
    skipped: tuple[tuple[int, int], ...] = ()
    # Columns of a passage row other than its id and text (``ingest.passages``).
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


@dataclass(frozen=True, slots=True)
class Clause(_Record):
    """One unit of a document's structure: a heading, a sentence, or one aim.

    ``text == document.text[start:end]``. ``context`` holds the words shared by
    several aims split out of one sentence (the lead-in with the subject or the
    deadline), which this clause inherits but does not span.
    """

    clause_id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: tuple[str, ...] = ()
    kind: ClauseKind = "sentence"
    context: str = ""
    paragraph: int = 0  # index of the paragraph (block) in the document

    @property
    def display_text(self) -> str:
        """The clause with its inherited lead-in, for reading on its own."""
        if not self.context:
            return self.text
        return f"{self.context.rstrip()} … {self.text}"


@dataclass(frozen=True, slots=True)
class Target(_Record):
    """A forward-looking aim; quantitative when ``value`` is set.

    A range ("50-52 percent", "between 61 and 66 percent") keeps its low end as
    ``value`` and its high end as ``value_high``.
    """

    TYPE: ClassVar[str] = "target"

    metric: str
    value: float | None
    unit: str
    value_text: str
    comparator: Comparator | None
    direction: Direction | None
    year: int | None
    base_year: int | None
    deadline_text: str
    sector: str
    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    # A range's high end; its columns show the range in ``value_text`` ("50-52 percent").
    value_high: float | None = field(default=None, metadata=NOT_A_COLUMN)
    type: RecordType = field(default="target")


@dataclass(frozen=True, slots=True)
class Statistic(_Record):
    """A figure that is not an aim; ``role`` says what it is instead.

    - ``reported``: a past or present figure ("emissions fell 8% in 2023");
    - ``projection``: an estimate, forecast or modelled effect, of anyone;
    - ``funding``: a sum spent, granted or raised;
    - ``scope``: a count of who or what is concerned ("in 39 states");
    - ``parameter``: a term of a rule (a tax rate, a fine, a cap, a coefficient).
    """

    TYPE: ClassVar[str] = "statistic"

    metric: str
    value: float | None
    unit: str
    value_text: str
    comparator: Comparator | None
    year: int | None
    sector: str
    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    # In JSON only: the columns of the CLI's CSV have never carried it.
    role: StatisticRole = field(default="reported", metadata=NOT_A_COLUMN)
    type: RecordType = field(default="statistic")


@dataclass(frozen=True, slots=True)
class Obligation(_Record):
    """Who must, may or must not do what, by when."""

    TYPE: ClassVar[str] = "obligation"

    modality: Modality
    actor: str | None
    action: str
    object: str
    condition: str | None
    year: int | None
    deadline_text: str
    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    section: str = ""  # the clause's section path, "Chapter II > Article 7"
    type: RecordType = field(default="obligation")


#: Any extracted record.
Record = Target | Statistic | Obligation

RECORD_TYPES: dict[str, type[_Record]] = {cls.TYPE: cls for cls in (Target, Statistic, Obligation)}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from ``to_dict`` output, dispatching on ``type``."""
    kind = data.get("type")
    if kind not in RECORD_TYPES:
        raise ValueError(f"record type {kind!r} is invalid; choose one of {sorted(RECORD_TYPES)}")
    return RECORD_TYPES[kind].from_dict(data)  # type: ignore[return-value]


def field_names(cls: type[Any]) -> tuple[str, ...]:
    """The constructor fields of a record class, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def column_names(cls: type[Any]) -> tuple[str, ...]:
    """The fields of a record class that are table columns (not ``NOT_A_COLUMN``)."""
    return tuple(
        f.name for f in dataclasses.fields(cls) if f.init and f.metadata.get("column", True)
    )


def columns(
    lead: Sequence[str], classes: Iterable[type[Any]], *, skip: Iterable[str] = ()
) -> tuple[str, ...]:
    """Table and export columns: ``lead`` in its order, then every other column field of
    ``classes`` (``column_names``) in declaration order, less ``skip``. A field added to
    a record shows up in every table built this way without touching the table."""
    skipped = set(skip)
    out = [c for c in lead if c not in skipped]
    seen = set(out) | skipped
    for cls in classes:
        for name in column_names(cls):
            if name not in seen:
                seen.add(name)
                out.append(name)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document yields: its clauses and the records found in them."""

    document: Document
    clauses: tuple[Clause, ...]
    records: tuple[Record, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "clauses": [c.to_dict() for c in self.clauses],
            "records": [r.to_dict() for r in self.records],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        document = dict(data["document"])
        document["skipped"] = tuple(tuple(span) for span in document.get("skipped", ()))
        return cls(
            Document.from_dict(document),
            tuple(Clause.from_dict(c) for c in data.get("clauses", ())),
            tuple(record_from_dict(r) for r in data.get("records", ())),
        )
