"""Passage corpora: JSONL, CSV and Parquet files whose rows are short documents.

A passage file holds one passage per row: an id, a text, and any other columns,
which are kept as the passage's metadata. ``read_passages`` streams the rows of
one file and turns each good row into a ``Document`` of its own; a bad row
(invalid JSON, no id, no text, empty text, a value of the wrong type, an id
seen before in the file) becomes a ``BadRow`` naming ``FILE:LINE`` and what is
wrong, so the caller can report it and carry on.

A row's identity is its file and its id: ``Document.path`` is
``/abs/file.jsonl#<id>``. Its ``doc_id`` hashes that identity with the row's
text and metadata, so two rows with the same text but different ids are two
documents, an unchanged row keeps its ``doc_id`` (and is skipped on re-ingest),
and a changed row gets a new ``doc_id`` at the same path (and replaces the old).

The formats are read by ``ingest.passage_formats``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import IngestError
from ingest.language import detect_language
from ingest.passage_formats import BadRow, count_rows, open_csv, open_jsonl, open_parquet
from ingest.records import Document, content_id

__all__ = [
    "DEFAULT_ID_FIELDS",
    "DEFAULT_TEXT_FIELDS",
    "PASSAGE_SUFFIXES",
    "BadRow",
    "PassageFile",
    "count_rows",
    "is_passage_file",
    "passage_path",
    "read_passages",
]

PASSAGE_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".csv", ".parquet"})

#: Column names tried, in order, when no ``--id-field`` / ``--text-field`` is given.
DEFAULT_ID_FIELDS: tuple[str, ...] = ("id", "passage_id", "ID")
DEFAULT_TEXT_FIELDS: tuple[str, ...] = ("text", "passage", "Passage", "content")


def is_passage_file(path: str | Path) -> bool:
    """True for ``.jsonl``, ``.csv`` and ``.parquet`` files (by suffix)."""
    return Path(path).suffix.lower() in PASSAGE_SUFFIXES


def passage_path(file: str | Path, row_id: str) -> str:
    """The stored path of a passage: the file's absolute path, ``#``, the row id."""
    return f"{Path(file).resolve()}#{row_id}"


@dataclass(slots=True)
class PassageFile:
    """An open passage file: which fields are used, and its rows as a stream.

    ``rows()`` yields a ``Document`` per good row and a ``BadRow`` per bad one,
    in file order; it can be iterated once.
    """

    path: Path
    id_field: str
    text_field: str
    columns: tuple[str, ...]
    _raw: Iterator[tuple[int, Any]] = field(repr=False)

    @property
    def metadata_fields(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in (self.id_field, self.text_field))

    def describe(self) -> str:
        """One line saying which fields are used, for the CLI."""
        meta = ", ".join(self.metadata_fields) or "none"
        return (
            f"{self.path}: id field '{self.id_field}', text field '{self.text_field}', "
            f"metadata: {meta}"
        )

    def rows(self) -> Iterator[Document | BadRow]:
        name = str(self.path)
        fmt = self.path.suffix.lower().lstrip(".")
        seen: dict[str, int] = {}
        for line, raw in self._raw:
            if isinstance(raw, BadRow):
                yield raw
                continue
            row_id, text, problem = _id_and_text(raw, self.id_field, self.text_field)
            if problem:
                yield BadRow(name, line, problem)
                continue
            if row_id in seen:
                yield BadRow(name, line, f"duplicate id {row_id!r} (first on line {seen[row_id]})")
                continue
            seen[row_id] = line
            metadata = {
                k: v
                for k, v in ((k, _meta_value(raw[k])) for k in raw)
                if k not in (self.id_field, self.text_field) and v is not None
            }
            yield _document(self.path, fmt, row_id, text, metadata)


def read_passages(
    path: str | Path, *, id_field: str | None = None, text_field: str | None = None
) -> PassageFile:
    """Open a passage file and work out its id and text fields.

    Without ``id_field`` the first of ``id``, ``passage_id``, ``ID`` among the
    columns is used; without ``text_field`` the first of ``text``, ``passage``,
    ``Passage``, ``content``. JSONL columns are those of the first valid row.

    Args:
        path: a ``.jsonl``, ``.csv`` or ``.parquet`` file.
        id_field: the column holding each row's id.
        text_field: the column holding each row's text.

    Returns:
        The open file; iterate ``rows()`` for its documents and bad rows.

    Raises:
        IngestError: the file cannot be read, has no rows or header, or lacks
            the id or text column (the message lists its columns and the option
            to pass).
    """
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in PASSAGE_SUFFIXES:
        raise IngestError(
            name,
            f"{suffix or 'a file without an extension'} is not a passage file",
            "pass a .jsonl, .csv or .parquet file",
        )
    if not path.is_file():
        raise IngestError(name, "no such file", "check the path")
    if suffix == ".jsonl":
        columns, raw = open_jsonl(path)
    elif suffix == ".csv":
        columns, raw = open_csv(path)
    else:
        columns, raw = open_parquet(path)
    id_name = _pick(name, columns, id_field, DEFAULT_ID_FIELDS, "id", "--id-field")
    text_name = _pick(name, columns, text_field, DEFAULT_TEXT_FIELDS, "text", "--text-field")
    if id_name == text_name:
        raise IngestError(
            name,
            f"the id and text fields are both '{id_name}'",
            "pass --id-field and --text-field with two different columns",
        )
    return PassageFile(path, id_name, text_name, tuple(columns), raw)


# -- rows -----------------------------------------------------------------------------------


def _pick(
    name: str,
    columns: Sequence[str],
    given: str | None,
    defaults: Sequence[str],
    what: str,
    option: str,
) -> str:
    shown = ", ".join(columns) or "none"
    if given:
        if given not in columns:
            raise IngestError(
                name,
                f"has no column '{given}' (its columns: {shown})",
                f"pass {option} with one of them",
            )
        return given
    for candidate in defaults:
        if candidate in columns:
            return candidate
    tried = ", ".join(defaults)
    raise IngestError(
        name,
        f"has no {what} column (looked for {tried}; its columns: {shown})",
        f"pass {option} NAME",
    )


def _id_and_text(row: dict[str, Any], id_field: str, text_field: str) -> tuple[str, str, str]:
    """``(id, text, "")`` for a good row, else ``("", "", what is wrong)``."""
    raw_id = row.get(id_field)
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        return "", "", f"missing id (field '{id_field}')"
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return "", "", f"id must be a string or an integer, not {_kind(raw_id)}"
    if text_field not in row or row[text_field] is None:
        return "", "", f"missing text (field '{text_field}')"
    text = row[text_field]
    if not isinstance(text, str):
        return "", "", f"text must be a string, not {_kind(text)}"
    if not text.strip():
        return "", "", "empty text"
    return str(raw_id).strip(), text, ""


def _kind(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        bool: "a boolean",
        float: "a number",
        int: "an integer",
    }
    return names.get(type(value), f"a {type(value).__name__}")


def _meta_value(value: Any) -> str | None:
    """Metadata as text: strings as they are, numbers and booleans as JSON writes them."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value, ensure_ascii=False, default=str)


def _language(value: str) -> str:
    """A language column's value when it is a two-letter code ("en"), else ""."""
    value = value.strip().lower()
    return value if len(value) == 2 and value.isalpha() else ""


def _document(file: Path, fmt: str, row_id: str, text: str, metadata: dict[str, str]) -> Document:
    stored = passage_path(file, row_id)
    doc_id = content_id("passage", stored, text, json.dumps(metadata, sort_keys=True))
    return Document(
        doc_id=doc_id,
        path=stored,
        text=text,
        title=metadata.get("title") or f"{file.name}#{row_id}",
        date=metadata.get("date") or None,
        language=_language(metadata.get("language", "")) or detect_language(text),
        format=fmt,
        metadata=metadata,
    )
