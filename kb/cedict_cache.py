"""The parsed CC-CEDICT search tables kept on disk (through ``ingest.cedict``), so each
process reads them instead of parsing.

The file's name carries the package version, a digest of the translation settings and
``ingest.cedict.FORMAT``, so a change to any of them makes a new file instead of reading a
stale one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest import cedict

Tables = tuple[dict[str, str], dict[str, str]]


def cache_file(settings_file: Path) -> Path | None:
    """Where the tables parsed under ``settings_file`` are kept; ``None`` without the package."""
    digest = hashlib.sha256(settings_file.read_bytes()).hexdigest()[:12]
    return cedict.cache_file("cedict", digest)


def _two_tables(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(t, dict) for t in value)


def read(path: Path | None) -> Tables | None:
    """The two tables kept at ``path``, or ``None`` when there is no usable file."""
    return cedict.read(path, _two_tables)


def write(path: Path | None, tables: Tables) -> None:
    """Keep ``tables`` at ``path``; a cache that cannot be written is skipped silently."""
    cedict.write(path, tables)
