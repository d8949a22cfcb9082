"""The SQLite rows of a stored document: what is written for it, and deleted with it.

Every clause is stored under ``clause_key`` (also its chroma id) with the text its
vector is made from (``embed_texts``); records carry their metric-key columns
(``kb.record_keys``). ``Store`` calls these inside its transactions.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ingest.lang import load_grammar
from ingest.records import SECTION_SEP, Clause, Document, Extraction, Record
from kb.record_keys import record_columns

# A sentence opening with one of these leans on the one before it ("It is the core
# unit of green manufacturing"); alone it neither embeds nor reads well.
_ANAPHOR = re.compile(r"^(?:It|Its|This|These|They|Their|Such|Those)\b")


@functools.cache
def _run_in_body() -> re.Pattern[str] | None:
    return load_grammar("zh").run_in_body


def _leans_on(prev: Clause, clause: Clause) -> bool:
    """Whether ``clause`` is read with the sentence before it: it opens with a pronoun, or it
    is a news body cut from the headline that ran into it (``[structure] run_in_body``), whose
    words name what the body is about ("全市河湖水质持续向好" | "记者从…了解到，…88%")."""
    if _ANAPHOR.match(clause.text):
        return True
    run_in = _run_in_body()
    return bool(
        run_in is not None
        and prev.text[-1:] not in "。！？!?.；;，,：:"
        and run_in.match(prev.text + clause.text, len(prev.text))
    )


def embed_texts(clauses: Sequence[Clause]) -> list[str]:
    """What to index for each clause: ``display_text``, prefixed by the previous
    sentence of the same paragraph when the clause leans on it (``_leans_on``)."""
    out = []
    for i, c in enumerate(clauses):
        prev = clauses[i - 1] if i else None
        if (
            prev is not None
            and prev.doc_id == c.doc_id
            and prev.paragraph == c.paragraph
            and prev.kind not in ("heading", "title")
            and _leans_on(prev, c)
        ):
            out.append(f"{prev.text} {c.display_text}")
        else:
            out.append(c.display_text)
    return out


#: ``POLICYKB_PASSAGE_VECTORS=1``: the clauses of a short passage row share one vector,
#: its whole text's, instead of one each (the clause spans stay for citation; BM25
#: still indexes each clause's own text). A measured option, off by default.
PASSAGE_VECTORS_ENV = "POLICYKB_PASSAGE_VECTORS"
#: A passage fits the default model's sequence length (256 word pieces) when its
#: estimated pieces do: 1.3 per word, mark or CJK character, plus the two the tokenizer
#: adds (on the ObliQA subset no passage so estimated ran over), and when it has at most
#: 4 characters per piece of the bound (1,024).
PASSAGE_VECTOR_TOKENS = 256
_PIECE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|\w+|[^\w\s]")


def vector_texts(document: Document, clauses: Sequence[Clause]) -> list[str]:
    """The text each clause's vector is made from: its index text (``embed_texts``),
    or, under ``POLICYKB_PASSAGE_VECTORS=1``, a short passage row's whole text."""
    if len(clauses) > 1 and shares_passage_vector(document):
        return [document.text.strip()] * len(clauses)
    return embed_texts(clauses)


def shares_passage_vector(document: Document) -> bool:
    """Whether ``document`` is a passage row short enough for one shared vector."""
    if os.environ.get(PASSAGE_VECTORS_ENV, "") != "1" or "#" not in document.path:
        return False
    text = document.text.strip()
    if len(text) > 4 * PASSAGE_VECTOR_TOKENS:
        return False
    return 1.3 * len(_PIECE.findall(text)) + 2 <= PASSAGE_VECTOR_TOKENS


def clause_key(doc_id: str, clause_id: str) -> str:
    """The store-wide id of a clause (also its chroma id)."""
    return f"{doc_id}:{clause_id}"


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """The SQLite rows of one document, all but its time of insertion.

    ``document`` is ``(doc_id, path, title, language, json)``; ``clauses`` hold each
    clause's index text at position 4. An ingest makes them in its extraction
    process (``PreparedExtraction``), where the JSON and the metric keys cost the
    embedding process nothing.
    """

    document: tuple[str, str, str, str, str]
    clauses: list[tuple[str, str, str, str, str, str]]
    meta: list[tuple[str, str, str]]
    records: list[tuple[Any, ...]]
    #: What each clause's vector is made from where that is not its index text
    #: (``vector_texts``); empty: the index texts.
    vector_texts: tuple[str, ...] = ()

    def texts(self) -> list[str]:
        """The texts the clauses' vectors are made from, in order."""
        return list(self.vector_texts) or [row[4] for row in self.clauses]

    def made_for(self, document: Document, clauses: Sequence[Clause] | None = None) -> bool:
        """Whether these are the rows of ``document`` (and of its ``clauses``, when given:
        the same clause keys in the same order) as it is to be stored."""
        if self.document[:2] != (document.doc_id, document.path):
            return False
        keys = [clause_key(c.doc_id, c.clause_id) for c in clauses or ()]
        return clauses is None or [row[0] for row in self.clauses] == keys


@dataclass(frozen=True, slots=True)
class PreparedExtraction(Extraction):
    """An ``Extraction`` with its ``DocumentRows`` made beside it."""

    rows: DocumentRows | None = None


def prepared(extraction: Extraction) -> PreparedExtraction:
    """``extraction`` with its rows made now (in the process that extracted it)."""
    document, clauses, records = extraction.document, extraction.clauses, extraction.records
    return PreparedExtraction(
        document, clauses, records, rows=document_rows(document, clauses, records)
    )


def document_rows(
    document: Document, clauses: Sequence[Clause], records: Sequence[Record]
) -> DocumentRows:
    """The rows ``insert_rows`` writes for one document."""
    doc_fields = {k: getattr(document, k) for k in ("language", "issuer", "title", "metadata")}
    shared = shares_passage_vector(document) and len(clauses) > 1
    return DocumentRows(
        document=(
            document.doc_id,
            document.path,
            document.title,
            document.language,
            json.dumps(document.to_dict(), ensure_ascii=False),
        ),
        clauses=[
            (
                clause_key(c.doc_id, c.clause_id),
                c.doc_id,
                SECTION_SEP.join(c.section),
                document.language,
                text,
                json.dumps(c.to_dict(), ensure_ascii=False),
            )
            for c, text in zip(clauses, embed_texts(clauses), strict=True)
        ],
        meta=[(document.doc_id, k, v) for k, v in document.metadata.items()],
        records=[
            (
                r.doc_id,
                clause_key(r.doc_id, r.clause_id),
                r.type,
                r.year,
                json.dumps(r.to_dict(), ensure_ascii=False),
                *record_columns(r, doc_fields),
            )
            for r in records
        ],
        vector_texts=tuple(vector_texts(document, clauses)) if shared else (),
    )


def insert_rows(conn: sqlite3.Connection, rows: DocumentRows) -> None:
    """Insert one document's rows (``document_rows``), stamped with the time now."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    doc_id, path, title, language, data = rows.document
    row = (doc_id, path, title, language, now, data)
    conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", row)
    conn.executemany("INSERT OR REPLACE INTO clauses VALUES (?, ?, ?, ?, ?, ?)", rows.clauses)
    conn.executemany("INSERT INTO doc_meta VALUES (?, ?, ?)", rows.meta)
    conn.executemany(
        "INSERT INTO records(doc_id, clause_key, type, year, data, metric_key, unit, sector,"
        " jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.records,
    )


def insert_document(
    conn: sqlite3.Connection,
    document: Document,
    clauses: Sequence[Clause],
    records: Sequence[Record],
) -> None:
    """Insert the rows of one document, its clauses (with their index text) and records."""
    insert_rows(conn, document_rows(document, clauses, records))


def delete_document_rows(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    """Delete one document's rows; returns the keys of its clauses (its vectors' ids)."""
    keys = [r[0] for r in conn.execute("SELECT key FROM clauses WHERE doc_id = ?", (doc_id,))]
    conn.execute("DELETE FROM records WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM doc_meta WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM clauses WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
    return keys
