"""Batch extraction over many files, in one process or several.

``extract_paths`` yields one ``FileResult`` per input file, in input order, so
that callers can stream records out as each file finishes. A file that cannot
be read yields a result with ``error`` set; the batch carries on.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError
from ingest.limits import DEFAULT_LIMITS, Limits
from ingest.records import Record

_worker_state: dict[str, object] = {}


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    records: tuple[Record, ...] = ()
    sentences: int = 0
    error: str | None = None


def _init_worker(types: tuple[str, ...], limits: Limits) -> None:
    from ingest.pipeline import build_nlp

    _worker_state.update(nlp=build_nlp(), types=types, limits=limits)


def _process(path: str) -> FileResult:
    from ingest.pipeline import ingest_file

    try:
        extraction = ingest_file(
            path,
            nlp=_worker_state["nlp"],  # type: ignore[arg-type]
            types=_worker_state["types"],  # type: ignore[arg-type]
            limits=_worker_state["limits"],  # type: ignore[arg-type]
        )
    except IngestError as e:
        return FileResult(path, error=str(e))
    except Exception as e:  # a bug on one odd file must not stop the batch (in a pool, it would)
        reason = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        return FileResult(
            path, error=f"{path}: could not be extracted ({reason}). Please report this bug"
        )
    sentences = sum(1 for c in extraction.clauses if c.kind not in {"aim"} or c.start == 0)
    return FileResult(path, extraction.records, sentences)


def extract_paths(
    paths: Sequence[str | Path],
    *,
    types: Iterable[str] = ("target",),
    jobs: int = 1,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Iterator[FileResult]:
    """Extract records from every file, in input order.

    Args:
        paths: files (already expanded from folders).
        types: record types to keep.
        jobs: worker processes; 1 runs in this process.
        max_bytes: files larger than this are reported and skipped (overrides ``limits``).
        limits: the per-file bounds (``ingest.limits``); files beyond them are reported.
    """
    limits = limits or DEFAULT_LIMITS
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    names = [str(p) for p in paths]
    types = tuple(types)
    if jobs <= 1 or len(names) <= 1:
        _init_worker(types, limits)
        for name in names:
            yield _process(name)
        return
    # fork keeps start-up cheap (no re-import of spaCy per worker) on Linux.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(types, limits)) as pool:
        yield from pool.imap(_process, names, chunksize=1)
