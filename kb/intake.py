"""Turning input files and passage rows into extractions for ``KnowledgeBase``.

The results of an ingest (``IngestResult``, ``PassageResult``), folder expansion, and
the extraction run in this process (one shared spaCy pipeline); ``kb.ingest_worker``
runs the same extraction ahead in child processes.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.errors import IngestError
from ingest.records import Extraction
from kb.errors import PolicyKBError

if TYPE_CHECKING:
    from ingest.limits import Limits


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one input file: ``status`` is added/replaced/unchanged/failed."""

    path: str
    status: str
    doc_id: str = ""
    clauses: int = 0
    records: int = 0
    error: str = ""


@dataclass(frozen=True, slots=True)
class PassageResult(IngestResult):
    """What happened to one passage row: ``status`` is added/replaced/unchanged/failed.

    ``path`` is the stored ``FILE#ID`` of the row, or for a failed row the
    ``FILE:LINE`` it was on; ``error`` is then ``FILE:LINE: what is wrong``.
    """


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to ingest: folders expanded by ``ingest.load.iter_paths`` (sorted, no manifests)."""
    try:
        from ingest.load import iter_paths
    except ImportError:  # ingest.load not there yet: expand folders ourselves
        for p in map(Path, paths):
            if p.is_dir():
                yield from sorted(
                    q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")
                )
            else:
                yield p
        return
    yield from iter_paths(list(paths))


def default_extractor(limits: Limits | None = None) -> Callable[[Path], Extraction]:
    try:
        from ingest.pipeline import build_nlp, ingest_file
    except ImportError as e:
        raise IngestError(
            "ingest.pipeline",
            f"cannot import the ingest pipeline ({e})",
            "Reinstall policykb with: pip install -e .",
        ) from e
    nlp = build_nlp()
    return lambda path: ingest_file(path, nlp=nlp, limits=limits)


def run_one(work: Callable[[Any], Any], item: Any) -> tuple[Any, str]:
    """``(extraction, "")``, or ``(None, one-line error)`` for an error the user must see.

    ``work`` is a ``path -> Extraction`` or ``Document -> Extraction``; for a path, a
    failure to read it is the user's error too. Used in this process and in the
    children of ``kb.ingest_worker``.
    """
    try:
        return work(item), ""
    except PolicyKBError as e:
        return None, str(e)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        if isinstance(item, Path):
            return None, f"{item}: {type(e).__name__}: {e}"
        raise


def default_processor() -> Callable[[Any], Any]:
    """``Document -> Extraction`` through the normal segmentation and extraction."""
    from ingest.pipeline import build_nlp, process_document

    nlp = build_nlp()
    return lambda document: process_document(document, nlp=nlp)


@functools.cache
def shared_extractor() -> Callable[[Path], Any]:
    """The default ``path -> Extraction``, built once per process: for callers that ingest
    one file at a time (the web app's uploads), so each file does not rebuild the pipeline.
    """
    return default_extractor()


def supported_suffixes() -> tuple[str, ...]:
    """The document file types ``ingest`` reads (``ingest.load.SUPPORTED_SUFFIXES``), sorted."""
    from ingest.load import SUPPORTED_SUFFIXES

    return tuple(sorted(SUPPORTED_SUFFIXES))


@contextlib.contextmanager
def running_ahead(ahead: Any, store: Any, *, apart: bool = True) -> Iterator[Any]:
    """Extraction ahead in child processes (a ``kb.ingest_worker.ExtractionAhead``) with
    the encoder sharing the cores while they work, and, when ``apart``, the store's
    vector writes in a child of their own (``Store.vectors_apart``). Yields ``ahead``."""
    from kb.encoders import leave_cores_while

    with (
        ahead,
        leave_cores_while(ahead.busy),
        store.vectors_apart() if apart else contextlib.nullcontext(),
    ):
        yield ahead
