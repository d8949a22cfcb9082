"""Storing a passage file's extracted rows in batches (``KnowledgeBase.ingest_passages``).

Rows come in file order, each with its ``(extraction, error)`` or ``None`` when it
was not extracted (already stored); extractions gather into batches of growing
size (``first_flush`` doubling up to ``flush_at`` clauses), each stored with one
embedding call and one SQLite transaction (``Store.add_many``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ingest.records import Extraction
from kb import encode_ahead
from kb.embed import Embedder
from kb.intake import PassageResult


def store_rows(
    store: Any,
    extracted: Iterable[tuple[Any, tuple[Any, str] | None]],
    *,
    embedder: Embedder,
    flush_at: int,
    first_flush: int | None = None,
) -> Iterator[PassageResult]:
    """Store each extracted row; one ``PassageResult`` per row, failures included."""
    from ingest.passages import BadRow

    batch: list[Extraction] = []
    size = 0
    at = min(first_flush or flush_at, flush_at)  # doubles after each batch up to flush_at
    for row, result in extracted:
        if isinstance(row, BadRow):
            yield PassageResult(f"{row.path}:{row.line}", "failed", error=str(row))
            continue
        # Checked again here: a row extracted ahead may repeat one stored since.
        if result is None or store.has_document(row.doc_id):
            if result is not None and isinstance(embedder, encode_ahead.EncodeAhead):
                embedder.forget(encode_ahead.texts_of(result))  # encoded, never stored
            yield PassageResult(row.path, "unchanged", row.doc_id)
            continue
        extraction, error = result
        if error:
            yield PassageResult(row.path, "failed", error=f"{row.path}: {error}")
            continue
        batch.append(extraction)
        size += len(extraction.clauses)
        if size >= at:
            yield from _flush(store, batch, embedder)
            batch, size, at = [], 0, min(2 * at, flush_at)
    yield from _flush(store, batch, embedder)


def _flush(store: Any, batch: Sequence[Extraction], embedder: Embedder) -> Iterator[PassageResult]:
    if not batch:
        return
    # Paths are already absolute FILE#ID; resolving them would rewrite an id holding "/".
    items = [(e.document, e.clauses, e.records) for e in batch]
    rows = [getattr(e, "rows", None) for e in batch]  # made in the extraction process
    statuses = store.add_many(items, embedder=embedder, rows=rows)
    for e, status in zip(batch, statuses, strict=True):
        d = e.document
        yield PassageResult(d.path, status, d.doc_id, len(e.clauses), len(e.records))
