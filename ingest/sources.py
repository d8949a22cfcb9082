"""Which files make a corpus: folders walked in a stable order, and the
``sources.toml`` manifest that gives each file its title, issuer, date and origin.
"""

from __future__ import annotations

import datetime as _dt
import errno
import functools
import os
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ingest.errors import IngestError
from ingest.formats import one_line as _one_line

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
MANIFEST_NAME = "sources.toml"
# Files that describe a corpus rather than belong to it; matched case-blind,
# README by prefix (README.md, readme.txt, ...).
_MANIFEST_NAMES = frozenset({"sources.toml", "sources.md"})
_MANIFEST_PREFIXES = ("readme",)


def supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_manifest(name: str) -> bool:
    lowered = name.lower()
    return lowered in _MANIFEST_NAMES or lowered.startswith(_MANIFEST_PREFIXES)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into the document paths to load.

    A folder is searched recursively for files with a supported suffix, in
    sorted order, skipping hidden files and folders and the manifest files
    (``sources.toml``, ``SOURCES.md``, ``README*``). A file named explicitly is
    yielded whatever its suffix, so that ``load_document`` can report on it.
    A path reached twice is yielded once. A symbolic link loop is yielded like
    a file, for ``load_document`` to report on its own line.

    Args:
        paths: files and folders, as given on the command line.

    Yields:
        Paths of the documents, folders' contents in sorted order.

    Raises:
        IngestError: a path does not exist, or a folder cannot be listed.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        # A symbolic link loop "does not exist" either; it is yielded, and
        # ``load_document`` reports it on its own line, like any unreadable file.
        if not path.exists() and not path.is_symlink():
            raise IngestError(str(given), "no such file or directory", "check the path")
        found = _walk_folder(path) if path.is_dir() else [path]
        for item in found:
            try:
                key = item.resolve()
            except (OSError, RuntimeError):  # a symlink loop: RuntimeError up to Python 3.12
                key = Path(os.path.abspath(item))
            if key not in seen:
                seen.add(key)
                yield item


def _walk_folder(folder: Path) -> list[Path]:
    def fail(error: OSError) -> None:
        raise IngestError(
            str(error.filename or folder),
            f"cannot list the folder ({_one_line(error.strerror or error)})",
            "check the folder's permissions",
        ) from error

    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]  # prune: never descend into .git
        for name in files:
            if _is_hidden(name) or _is_manifest(name):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root, name))
    # Sort on path parts so "a/b.txt" and "a-b.txt" order the same on every OS.
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Read the ``sources.toml`` manifest of a folder.

    The manifest holds ``[[document]]`` tables with ``file`` and the metadata
    fields ``title``, ``issuer``, ``date``, ``origin``, ``language`` and
    ``licence``. TOML dates (``date = 2024-03-01``, unquoted) become ISO strings.

    Args:
        folder: the folder whose ``sources.toml`` to read.

    Returns:
        ``{file name: metadata}``, without the ``file`` key; ``{}`` when the
        folder has no manifest.

    Raises:
        IngestError: the manifest cannot be read, is not valid TOML (the
            message gives the line), or an entry lacks ``file``.
    """
    manifest = Path(folder) / MANIFEST_NAME
    name = str(manifest)
    try:
        raw = manifest.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as e:
        raise os_error(name, e) from e
    # Parsed once per manifest text: every document of a folder asks for the same file.
    return {file: dict(entry) for file, entry in _parsed_manifest(raw, name).items()}


@functools.lru_cache(maxsize=32)
def _parsed_manifest(raw: bytes, name: str) -> dict[str, dict[str, Any]]:
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise IngestError(name, "is not UTF-8 text", "re-save the file as UTF-8") from e
    except tomllib.TOMLDecodeError as e:
        raise IngestError(
            name, f"is not valid TOML: {_one_line(e)}", "fix the TOML on that line"
        ) from e

    entries = data.get("document", [])
    if not isinstance(entries, list) or not all(isinstance(x, dict) for x in entries):
        raise IngestError(
            name, "'document' is not a list of tables", "write each entry as [[document]]"
        )
    out: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(entries, start=1):
        file = entry.get("file")
        if not isinstance(file, str) or not file.strip():
            raise IngestError(
                name, f"[[document]] entry {number} has no 'file'", 'add file = "<file name>"'
            )
        if file in out:
            raise IngestError(name, f"lists {file!r} twice", "merge the two [[document]] entries")
        out[file] = {k: plain(v) for k, v in entry.items() if k != "file"}
    return out


def plain(value: Any) -> Any:
    """TOML dates and datetimes as ISO dates; everything else unchanged."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def os_error(name: str, error: OSError) -> IngestError:
    """The IngestError for a failed stat or read."""
    if isinstance(error, FileNotFoundError):
        return IngestError(name, "no such file or directory", "check the path")
    if isinstance(error, PermissionError):
        return IngestError(name, "cannot be read (permission denied)", "check its permissions")
    if error.errno == errno.ELOOP:
        return IngestError(
            name,
            "is a symbolic link loop (following it leads back to it)",
            "remove the link or point it at a file",
        )
    reason = f"cannot be read ({_one_line(error.strerror or error)})"
    return IngestError(name, reason, "check the file")
