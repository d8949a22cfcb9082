"""Tracked series cached per store revision (``kb.tracking.track``).

Linking every statement of a store takes seconds on a few dozen documents (metric
keys, blocks, both signals); ``policykb track`` and the Compare tab ask for the same
series again and again between two ingests. The series of a store are saved in its
``cache/`` under a name made of the store's id, its revision, the phrase embedder
(or ``lexical``) and a fingerprint of the code and data that decide them, so an
ingest, another signal or a new rule each make a new file; older files of the store
are removed. Writing is best effort (a read-only store tracks, it rebuilds next
time) and a file that cannot be read is rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: Bump when the pickled objects (``kb.statements``) change shape.
TRACK_CACHE_VERSION = 1
#: What decides the series, as (package, glob) pairs: every tracking module, every metric
#: key module and the terms they read, so a change to any of them makes another cache file.
_SOURCE_GLOBS = (
    ("ingest", "metric_*.py"),
    ("ingest", "data/metric_terms.toml"),
    ("ingest", "script_fold.py"),  # a traditional text's keys are read through its fold
    ("ingest", "lang/zh.toml"),  # ... and the fold's whole words ([traditional_words])
    ("kb", "statements.py"),
    ("kb", "tracking.py"),
    ("kb", "track_*.py"),
    ("kb", "data/aims.toml"),
    ("kb", "data/countries.toml"),  # whose figure a sentence states
    ("ingest", "data/conditional.toml"),  # figures promised only on a condition
)


def sources() -> list[tuple[str, str]]:
    """The files the fingerprint hashes, as (package, path inside it), sorted."""
    found = set()
    for package, pattern in _SOURCE_GLOBS:
        folder, _, glob = pattern.rpartition("/")
        root = Path(str(resources.files(package)))
        for path in (root / folder).glob(glob):
            found.add((package, str(path.relative_to(root))))
    return sorted(found)


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of the code and data tracking is made of."""
    digest = hashlib.sha256(str(TRACK_CACHE_VERSION).encode())
    for package, name in sources():
        digest.update(name.encode())
        digest.update(resources.files(package).joinpath(name).read_bytes())
    return digest.hexdigest()[:12]


def _settings() -> str:
    """The fingerprint and the thresholds now in force (a sweep changes them in place)."""
    from kb import track_signals as t

    values = (t.LEXICAL_MIN, t.EMBEDDING_MIN, t.EMBEDDING_MIN_CROSS, t.MAX_RATIO,
              t.MAX_RATIO_EXTENDED, t.TRANSLATED_MIN)  # fmt: skip
    return hashlib.sha256(f"{fingerprint()}{values}".encode()).hexdigest()[:12]


def _signal(embedder: Any | None) -> str:
    name = "lexical" if embedder is None else str(getattr(embedder, "name", "embedding"))
    return "".join(c if c.isalnum() or c in "-." else "-" for c in name)


def series_path(store: Any, embedder: Any | None) -> Path:
    """Where the series of ``store`` at its current revision are cached."""
    store_id = (store._meta("store_id") or "")[:12]
    name = f"series-{store_id}-{_signal(embedder)}-r{store.revision}-{_settings()}.pkl"
    return store.db_dir / "cache" / name


def cached(store: Any, embedder: Any | None, build: Callable[[], T]) -> T:
    """``build()``, or what it returned for this store revision, signal and code."""
    path = series_path(store, embedder)
    found = _load(path)
    if found is not None:
        return found
    value = build()
    _save(path, value)
    return value


def _load(path: Path) -> Any | None:
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own cache file, written by _save()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _save(path: Path, value: Any) -> None:
    """Write ``value`` atomically; remove the older files of the store and signal."""
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        family = path.name.rsplit("-r", 1)[0]  # series-<store id>-<signal>
        for old in path.parent.glob(f"{family}-r*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
