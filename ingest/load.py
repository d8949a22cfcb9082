"""Read policy files (text, Markdown, HTML, PDF, DOCX) into ``Document`` records.

Every problem with an input file surfaces as an ``IngestError`` whose message
names the file, says what is wrong and what to do, on one line: the CLI prints
it as is, and one bad file in a folder must not end in a traceback. Parsing
libraries (trafilatura, pypdf, python-docx, charset-normalizer) are imported
inside the functions that use them, so importing this module stays cheap.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import errno
import os
import re
import stat
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ingest.boilerplate import find_boilerplate, find_page_date, iter_lines
from ingest.errors import IngestError
from ingest.formats import extract_docx as _extract_docx
from ingest.formats import extract_pdf as _extract_pdf
from ingest.formats import normalise_newlines as _normalise_newlines
from ingest.formats import one_line as _one_line
from ingest.language import CJK as _CJK
from ingest.language import detect_language
from ingest.limits import Limits, check_archive, check_text
from ingest.records import Document, content_id

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "decode_bytes",
    "detect_language",
    "find_boilerplate",
    "find_page_date",
    "iter_paths",
    "load_document",
    "read_manifest",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
DEFAULT_MAX_BYTES = 25 * 1024 * 1024

MANIFEST_NAME = "sources.toml"
# Files that describe a corpus rather than belong to it; matched case-blind,
# README by prefix (README.md, readme.txt, ...).
_MANIFEST_NAMES = frozenset({"sources.toml", "sources.md"})
_MANIFEST_PREFIXES = ("readme",)
# Manifest fields copied onto the Document; any other key is ignored.
_METADATA_FIELDS = ("title", "issuer", "date", "origin", "language", "licence")
# Manifest fields kept as filterable document metadata (doc_meta), e.g. jurisdiction = "EU".
_META_FIELDS = ("jurisdiction",)

_MB = 1024 * 1024
_TITLE_MAX_CHARS = 200
# Decoded text with more control characters than this share is binary data
# that happened to decode; real text has next to none (tabs and newlines aside).
_CONTROL_SHARE_BINARY = 0.02
# Byte signatures of common binary formats, so a PNG renamed .txt is reported
# as binary rather than as "undecodable".
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",
    b"%PDF-",
    b"\x7fELF",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0",
)
# UTF-32 BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Unicode control characters (category Cc) other than tab, newline, \v, \f, \r.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")

_UNDECODABLE = "cannot decode the bytes as text (tried UTF-8, UTF-16, GB18030, charset detection)"


def _supported_list() -> str:
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
        raise _os_error(name, e) from e
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
        out[file] = {k: _plain(v) for k, v in entry.items() if k != "file"}
    return out


def _plain(value: Any) -> Any:
    """TOML dates and datetimes as ISO dates; everything else unchanged."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def decode_bytes(data: bytes, *, path: str) -> str:
    """Decode a text file's bytes, guessing the encoding.

    Tried in order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
    UTF-16 without BOM when NUL bytes fall on alternate positions (checked
    before UTF-8, as such text is also valid UTF-8 full of NULs); strict UTF-8;
    GB18030 when it decodes cleanly and reads as CJK text; charset-normalizer's
    best guess. Newlines are normalised to ``\\n``.

    Args:
        data: the raw bytes.
        path: the file they came from, for error messages.

    Returns:
        The decoded text.

    Raises:
        IngestError: the bytes are binary data, or no encoding fits.
    """
    if data.startswith(_BINARY_MAGIC):
        raise IngestError(path, "looks like binary data, not text", "check it is the right file")
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_utf16_by_nuls(data) or _strict(data, "utf-8")
    if text is None:
        text = _decode_gb18030(data) or _decode_guess(data)
    if text is None:
        raise IngestError(path, _UNDECODABLE, "re-save the file as UTF-8")
    if _looks_binary(text):
        raise IngestError(path, "looks like binary data, not text", "check it is the right file")
    return _normalise_newlines(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    return None


def _decode_utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd >= 0.3 and even <= 0.05:
        return _strict(data, "utf-16-le")
    if even >= 0.3 and odd <= 0.05:
        return _strict(data, "utf-16-be")
    return None


def _decode_gb18030(data: bytes) -> str | None:
    """GB18030, but only when the result is mostly CJK (it decodes much else)."""
    text = _strict(data, "gb18030")
    if text is None:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if not non_ascii:
        return None
    return text if len(_CJK.findall(text)) / non_ascii >= 0.8 else None


def _decode_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) > _CONTROL_SHARE_BINARY


def load_document(
    path: str | Path,
    *,
    metadata: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: Limits | None = None,
) -> Document:
    """Read one file into a ``Document``.

    ``.txt`` and ``.md`` are decoded as text (see ``decode_bytes``); ``.html``
    and ``.htm`` are reduced to their main text by trafilatura; ``.pdf`` text
    comes from pypdf, pages joined by a blank line; ``.docx`` from
    python-docx, paragraphs and table rows joined by a blank line.
    ``Document.text`` is that text, unchanged after decoding or extraction, and
    ``Document.skipped`` its boilerplate spans.

    Metadata comes first from ``metadata``, then (HTML only) from the page's
    own title and date, then is inferred: title from the first
    non-boilerplate line (if at most 200 characters) or the file stem, date
    from a timestamp line, language from the script.

    Args:
        path: the file to read.
        metadata: the file's manifest entry; when None, the ``sources.toml``
            next to the file is consulted.
        max_bytes: files larger than this are refused before being read.
        limits: all the bounds (``ingest.limits``); when given, its ``max_bytes``
            is used instead of ``max_bytes``. A DOCX's zip members are checked
            before it is parsed, and the extracted text's length after.

    Returns:
        The document, with ``doc_id`` a hash of its text.

    Raises:
        IngestError: for every unreadable input; no other exception escapes.
    """
    path = Path(path)
    name = str(path)
    if limits is None:
        limits = Limits(max_bytes=max_bytes, max_chars=None, max_seconds=None)
    size = _check_file(path, name, limits.max_bytes)
    if size == 0:
        raise IngestError(name, "is empty", "add text or remove it from the input")
    suffix = path.suffix.lower()
    data = _read_bytes(path, name)

    page: dict[str, str | None] = {}
    furniture: list[tuple[int, int]] = []
    if suffix == ".txt":
        text = decode_bytes(data, path=name)
    elif suffix == ".md":
        text, page, furniture = _read_markdown(decode_bytes(data, path=name))
    elif suffix in (".html", ".htm"):
        text, page = _extract_html(data, name)
    elif suffix == ".pdf":
        text = _extract_pdf(data, name)
    else:
        check_archive(data, name, limits)
        text = _extract_docx(data, name)
    check_text(text, name, limits)
    if not text.strip():
        raise IngestError(name, "is empty", "add text or remove it from the input")

    if metadata is None:
        metadata = read_manifest(path.parent).get(path.name, {})
    given = {k: str(_plain(metadata[k])) for k in _METADATA_FIELDS if metadata.get(k)}
    spans = sorted(set(find_boilerplate(text)) | set(furniture))
    return Document(
        doc_id=content_id(text),
        path=name,
        text=text,
        title=given.get("title") or page.get("title") or _infer_title(text, spans, path),
        issuer=given.get("issuer", ""),
        date=given.get("date") or page.get("date") or find_page_date(text, spans),
        origin=given.get("origin", ""),
        language=given.get("language") or detect_language(text),
        licence=given.get("licence", ""),
        format=suffix.lstrip("."),
        skipped=tuple(spans),
        metadata={k: str(metadata[k]) for k in _META_FIELDS if metadata.get(k)},
    )


def _check_file(path: Path, name: str, max_bytes: int) -> int:
    """Stat the file and refuse what cannot be loaded, before reading a byte."""
    try:
        info = path.stat()
    except OSError as e:
        raise _os_error(name, e) from e
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(
            name, "is a folder, not a file", "pass the files in it, or expand it with iter_paths"
        )
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, "is not a regular file", "pass a document file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "a file without an extension"
        reason = f"{shown} is not supported; supported: {_supported_list()}"
        raise IngestError(name, reason, "convert it to .txt or .pdf")
    if info.st_size > max_bytes:
        raise IngestError(
            name,
            f"is {_size_text(info.st_size)}, over the {_limit_text(max_bytes)} limit",
            "split it, or raise the limit with --max-mb",
        )
    return info.st_size


def _size_text(size: int) -> str:
    return f"{size / _MB:.1f} MB" if size >= _MB else f"{size / 1024:.1f} KB"


def _limit_text(limit: int) -> str:
    return f"{limit / _MB:g} MB" if limit >= _MB else f"{limit / 1024:g} KB"


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise _os_error(name, e) from e


def _os_error(name: str, error: OSError) -> IngestError:
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


def _extract_html(data: bytes, name: str) -> tuple[str, dict[str, str | None]]:
    """Main text of a web page, plus the page's own title and date."""
    import trafilatura

    html = _decode_html(data, name)
    if not html.strip():
        raise IngestError(name, "is empty", "add text or remove it from the input")
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=True, output_format="txt"
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # any parser failure is a bad input, not a crash
        reason = f"cannot be parsed as HTML ({_one_line(e)})"
        raise IngestError(name, reason, "check it is a saved web page") from e
    if not text or not text.strip():
        hint = "save the article's text as .txt instead"
        raise IngestError(name, "has no main text to extract", hint)
    page: dict[str, str | None] = {}
    if meta is not None:
        page = {"title": (meta.title or "").strip() or None, "date": meta.date or None}
    return _normalise_newlines(text), page


def _read_markdown(source: str) -> tuple[str, dict[str, str | None], list[tuple[int, int]]]:
    """Markdown with its links, anchors, tags and front matter blanked (``ingest.markup``).

    The front matter's ``title`` and ``date`` serve as the page's own metadata, and lines
    that hold nothing but links (menus, language pickers) count as boilerplate.
    """
    from ingest.markup import markdown_view

    view = markdown_view(source)
    date = view.metadata.get("date", "")
    page: dict[str, str | None] = {
        "title": view.metadata.get("title") or None,
        "date": date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
    }
    return view.text, page, view.furniture


def _decode_html(data: bytes, name: str) -> str:
    """Honour a declared ``<meta charset>`` when it decodes; else guess."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            text = _strict(data, declared.group(1).decode("ascii"))
            if text is not None and not _looks_binary(text):
                return _normalise_newlines(text)
    return decode_bytes(data, path=name)


def _infer_title(text: str, spans: list[tuple[int, int]], path: Path) -> str:
    """The first non-boilerplate line when short enough, else the file stem."""
    skipped = set(spans)
    for start, end in iter_lines(text):
        if (start, end) in skipped:
            continue
        line = _MARKDOWN_HEADING.sub("", text[start:end])
        return line if len(line) <= _TITLE_MAX_CHARS else path.stem
    return path.stem
