"""Read-only queries over the knowledge-base SQLite file, and their result types.

``Store`` mixes ``Queries`` in; everything here only reads ``self.conn``, so it is
safe while another process ingests (SQLite WAL gives each read a snapshot).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.records import SECTION_SEP, Clause, Record, record_from_dict
from kb.errors import IndexNotFoundError, QuestionError, StoreError

# Years a filter may name. Stored years come from policy text (1900-2100, see
# ingest/quantities.py); the margin keeps any plausible typo a plain "no match",
# while 99999999999999999999 overflows SQLite's 64-bit INTEGER.
MIN_YEAR = 1900
MAX_YEAR = 2200


def check_year(value: int | None, option: str) -> int | None:
    """``value`` if it is None or a year in ``MIN_YEAR..MAX_YEAR``.

    Raises:
        QuestionError: out of range (the message names ``option`` and the range).
    """
    if value is not None and not MIN_YEAR <= value <= MAX_YEAR:
        shown = str(value) if len(str(value)) <= 12 else f"{str(value)[:12]}…"
        raise QuestionError(
            f"{option} {shown} is not a year; give a year from {MIN_YEAR} to {MAX_YEAR}, e.g. 2030"
        )
    return value


@dataclass(frozen=True, slots=True)
class Filters:
    """Metadata filters for retrieval; ``None``/empty means "any".

    Attributes:
        doc_ids: full document ids (resolve prefixes with ``Store.resolve_docs``).
        section_prefix: case-insensitive prefix of the clause's section path.
        record_type: only clauses with a record of this type (target, statistic, obligation).
        year_from: only clauses with a record whose year is >= this.
        year_to: only clauses with a record whose year is <= this.
        language: document language code, e.g. ``en``.
        meta: ``(column, value)`` pairs a passage's metadata must equal; pairs on
            the same column are alternatives, different columns must all match.
    """

    doc_ids: tuple[str, ...] = ()
    section_prefix: str = ""
    record_type: str = ""
    year_from: int | None = None
    year_to: int | None = None
    language: str = ""
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def active(self) -> bool:
        return bool(
            self.doc_ids
            or self.meta
            or self.section_prefix
            or self.record_type
            or self.language
            or self.year_from is not None
            or self.year_to is not None
        )


@dataclass(frozen=True, slots=True)
class DocInfo:
    """One row of ``policykb docs``."""

    doc_id: str
    path: str
    title: str
    language: str
    added_at: str
    clauses: int
    records: int


@dataclass(frozen=True, slots=True)
class StoredClause:
    """A clause with what retrieval needs to display it."""

    key: str
    clause: Clause
    title: str
    language: str
    indexed_text: str = ""  # display_text, with the antecedent sentence for a pronoun


class Queries:
    """Read methods shared by ``Store`` (needs ``conn`` and ``db_dir``)."""

    conn: sqlite3.Connection
    db_dir: Path
    _doc_texts: dict[str, str]

    def documents(self) -> list[DocInfo]:
        rows = self.conn.execute(
            "SELECT d.doc_id, d.path, d.title, d.language, d.added_at,"
            " (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id),"
            " (SELECT count(*) FROM records r WHERE r.doc_id = d.doc_id)"
            " FROM documents d ORDER BY d.path"
        ).fetchall()
        return [DocInfo(*row) for row in rows]

    def resolve_docs(self, spec: str, *, single: bool = False) -> list[str]:
        """Document ids matching a doc_id prefix, a path, or the start of a file name."""
        spec = spec.strip()
        resolved = str(Path(spec).expanduser().resolve()) if spec else ""
        rows = [
            (doc_id, path)
            for doc_id, path in self.conn.execute(
                "SELECT doc_id, path FROM documents ORDER BY path"
            )
            if spec
            and (
                doc_id.startswith(spec)
                or path in (spec, resolved)
                or Path(path).name.startswith(spec)
            )
        ]
        if not rows:
            raise IndexNotFoundError(
                f'no document matches "{spec}" in {self.db_dir}. List them with: '
                f"policykb docs --db {self.db_dir}"
            )
        if single and len(rows) > 1:
            names = ", ".join(f"{d[:12]} ({p})" for d, p in rows[:5])
            raise StoreError(
                f'"{spec}" matches {len(rows)} documents: {names}. Give a longer doc_id prefix'
            )
        return [r[0] for r in rows]

    def clause_texts(self) -> list[tuple[str, str]]:
        """``(key, embed_text)`` of every clause, in insertion order (for BM25)."""
        return self.conn.execute("SELECT key, embed_text FROM clauses ORDER BY rowid").fetchall()

    def clause_keywords(self) -> dict[str, str]:
        """Extra keyword-search words per clause key: its section heading and its records.

        A clause's words rarely say "target" or repeat the year that its paragraph
        gives it; its records do, and its heading names the topic ("Article 6
        Reporting", "Offshore wind"). Questions phrased by those words then find it.
        """
        out: dict[str, list[str]] = {}
        titles = dict(self.conn.execute("SELECT doc_id, title FROM documents"))
        for key, doc_id, section in self.conn.execute("SELECT key, doc_id, section FROM clauses"):
            out[key] = [titles.get(doc_id, "")]
            if section:
                out[key].append(section.rsplit(SECTION_SEP, 1)[-1])
        words = {"target": "target goal", "statistic": "", "obligation": "must obligation"}
        for key, rtype, year, data in self.conn.execute(
            "SELECT clause_key, type, year, data FROM records"
        ):
            record = json.loads(data)
            parts = [words.get(rtype, "")]
            if year:
                parts.append(str(year))
            for name in ("sector", "actor", "base_year"):
                if record.get(name):
                    parts.append(str(record[name]))
            out.setdefault(key, []).append(" ".join(p for p in parts if p))
        return {key: " ".join(dict.fromkeys(parts)) for key, parts in out.items()}

    def clause_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM clauses").fetchone()[0]

    def filter_keys(self, filters: Filters) -> set[str] | None:
        """Keys of clauses passing ``filters``; ``None`` when no filter is active."""
        if not filters.active:
            return None
        where, args = [], []
        if filters.doc_ids:
            where.append(f"c.doc_id IN ({','.join('?' * len(filters.doc_ids))})")
            args += list(filters.doc_ids)
        if filters.section_prefix:
            where.append("substr(lower(c.section), 1, length(?)) = lower(?)")
            args += [filters.section_prefix] * 2
        if filters.language:
            where.append("c.language = ?")
            args.append(filters.language)
        by_key: dict[str, list[str]] = {}
        for key, value in filters.meta:
            by_key.setdefault(key, []).append(value)
        for key, values in by_key.items():
            where.append(
                "c.doc_id IN (SELECT doc_id FROM doc_meta WHERE key = ?"
                f" AND value IN ({','.join('?' * len(values))}))"
            )
            args += [key, *values]
        by_record = (
            filters.record_type or filters.year_from is not None or filters.year_to is not None
        )
        if not by_record:
            sql = "SELECT c.key FROM clauses c WHERE " + " AND ".join(where)
            return {r[0] for r in self.conn.execute(sql, args)}
        # Record filters drive the query from the (indexed) records table: far fewer
        # rows than scanning every clause with a correlated subquery.
        rwhere, rargs = [], []
        if filters.year_from is not None:
            rwhere.append("r.year >= ?")
            rargs.append(filters.year_from)
        if filters.year_to is not None:
            rwhere.append("r.year <= ?")
            rargs.append(filters.year_to)
        if filters.record_type:
            rwhere.append("r.type = ?")
            rargs.append(filters.record_type)
        join = " JOIN clauses c ON c.key = r.clause_key" if where else ""
        sql = f"SELECT DISTINCT r.clause_key FROM records r{join} WHERE " + " AND ".join(
            rwhere + where
        )
        return {r[0] for r in self.conn.execute(sql, rargs + args)}

    def get_clauses(self, keys: Sequence[str]) -> dict[str, StoredClause]:
        out: dict[str, StoredClause] = {}
        for i in range(0, len(keys), 500):
            part = list(keys[i : i + 500])
            rows = self.conn.execute(
                "SELECT c.key, c.data, d.title, d.language, c.embed_text"
                " FROM clauses c JOIN documents d"
                f" ON d.doc_id = c.doc_id WHERE c.key IN ({','.join('?' * len(part))})",
                part,
            )
            for key, data, title, lang, indexed in rows:
                out[key] = StoredClause(
                    key, Clause.from_dict(json.loads(data)), title, lang, indexed
                )
        return out

    def document_headings(self, doc_id: str) -> list[tuple[int, str]]:
        """(start, text) of a document's heading and title clauses, in text order:
        its outline."""
        out = []
        for (data,) in self.conn.execute("SELECT data FROM clauses WHERE doc_id = ?", (doc_id,)):
            clause = json.loads(data)
            if clause.get("kind") in ("heading", "title"):
                out.append((int(clause["start"]), " ".join(str(clause["text"]).split())))
        return sorted(out)

    def records_for(self, keys: Sequence[str]) -> dict[str, list[Record]]:
        out: dict[str, list[Record]] = {}
        for i in range(0, len(keys), 500):
            part = list(keys[i : i + 500])
            rows = self.conn.execute(
                "SELECT clause_key, data FROM records"
                f" WHERE clause_key IN ({','.join('?' * len(part))}) ORDER BY id",
                part,
            )
            for key, data in rows:
                out.setdefault(key, []).append(record_from_dict(json.loads(data)))
        return out

    def records(
        self, *, record_type: str = "", year: int | None = None, doc_ids: Sequence[str] = ()
    ) -> Iterator[Record]:
        sql, args = ["SELECT data FROM records WHERE 1"], []
        if record_type:
            sql.append("AND type = ?")
            args.append(record_type)
        if year is not None:
            sql.append("AND year = ?")
            args.append(year)
        if doc_ids:
            sql.append(f"AND doc_id IN ({','.join('?' * len(doc_ids))})")
            args += list(doc_ids)
        for (data,) in self.conn.execute(" ".join(sql) + " ORDER BY id", args):
            yield record_from_dict(json.loads(data))

    def document_text(self, doc_id: str) -> str:
        if doc_id not in self._doc_texts:
            row = self.conn.execute(
                "SELECT data FROM documents WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            self._doc_texts[doc_id] = json.loads(row[0])["text"] if row else ""
        return self._doc_texts[doc_id]

    def document_meta(self, doc_id: str) -> dict[str, str]:
        """The manifest fields of a document (title, issuer, date, origin, path) and the
        key of its first clause (``first_key``, "" when it has none)."""
        row = self.conn.execute(
            "SELECT path, title, data FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return {}
        data = json.loads(row[2])
        first = self.conn.execute(
            "SELECT key FROM clauses WHERE doc_id = ? ORDER BY rowid LIMIT 1", (doc_id,)
        ).fetchone()
        meta = {name: str(data.get(name) or "") for name in ("issuer", "date", "origin")}
        return meta | {"path": row[0], "title": row[1], "first_key": first[0] if first else ""}

    def operative_start(self, doc_id: str) -> int | None:
        """Where a legal act's enacting terms begin: the start of its first clause in
        "Article 1" (None when it has none). Numbered points before it are recitals."""
        cache = self.__dict__.setdefault("_operative_cache", {})
        if doc_id not in cache:
            starts = [
                json.loads(data)["start"]
                for (data,) in self.conn.execute(
                    "SELECT data FROM clauses WHERE doc_id = ? AND (section LIKE '%Article 1'"
                    " OR section LIKE '%Article 1 >%' OR section LIKE '%第一条%')",
                    (doc_id,),
                )
            ]
            cache[doc_id] = min(starts) if starts else None
        return cache[doc_id]
