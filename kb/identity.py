"""Which document a file is: where it came from, and what it holds.

``ingest`` names a document by its text alone (``Document.doc_id`` is a content
hash), which is right for extraction but not for a knowledge base: two files with
the same text are two documents, each to be listed, searched and cited under its own
path. ``source_doc_id`` hashes the file's absolute path with that content hash, so
the same file re-ingested keeps its id (an unchanged file is skipped), a changed
file gets a new id at the same path (and replaces the old), and a twin elsewhere is
a document of its own. Passage corpora already hash ``FILE#ROW`` with the row
(``ingest.passages``).

Stores built before this named a file by its content hash alone; such a document,
met again unchanged at the same path, keeps its id (``legacy`` below), so an old
store re-ingests without re-embedding anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ingest.records import Clause, Document, Extraction, Record, content_id


def source_doc_id(path: str, content_hash: str) -> str:
    """The knowledge-base id of the file at ``path`` whose text hashes to ``content_hash``."""
    return content_id("file", path, content_hash)


def identify(
    extraction: Extraction, path: str, *, legacy: Callable[[str, str], bool] = lambda *_: False
) -> tuple[Document, tuple[Clause, ...], tuple[Record, ...]]:
    """``(document, clauses, records)`` of an extraction, named by source and content.

    Args:
        extraction: an ``ingest.records.Extraction`` (its ids are content hashes).
        path: the file's absolute path, stored as the document's path.
        legacy: ``legacy(doc_id, path)`` is true when the store already holds the
            content-hash id at this path (a store built before source ids): it is kept.
    """
    document = extraction.document
    content_hash = document.doc_id
    if legacy(content_hash, path):
        doc_id = content_hash
    else:
        doc_id = source_doc_id(path, content_hash)
    document = dataclasses.replace(document, doc_id=doc_id, path=path)
    if doc_id == content_hash:
        return document, tuple(extraction.clauses), tuple(extraction.records)
    clauses = tuple(dataclasses.replace(c, doc_id=doc_id) for c in extraction.clauses)
    records = tuple(dataclasses.replace(r, doc_id=doc_id) for r in extraction.records)
    return document, clauses, records
