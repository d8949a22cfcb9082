"""Read policy files (text, Markdown, HTML, PDF, DOCX) into ``Document`` records.

Every problem with an input file surfaces as an ``IngestError`` whose message
names the file, says what is wrong and what to do, on one line: the CLI prints
it as is, and one bad file in a folder must not end in a traceback. Parsing
libraries (trafilatura, pypdf, python-docx, charset-normalizer) are imported
inside the functions that use them, so importing this module stays cheap.

The pieces live by format family: ``ingest.sources`` (folders and manifests),
``ingest.decode`` (bytes to text), ``ingest.web`` (HTML and Markdown) and
``ingest.formats`` (PDF and DOCX); this module re-exports their public names.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

from ingest.boilerplate import (
    find_boilerplate,
    find_event_date,
    find_page_date,
    find_title_date,
    iter_lines,
)
from ingest.decode import decode_bytes
from ingest.errors import IngestError
from ingest.formats import extract_docx as _extract_docx
from ingest.formats import extract_pdf as _extract_pdf
from ingest.json_record import json_record_as_text
from ingest.language import detect_language
from ingest.limits import Limits, check_archive, check_text
from ingest.line_numbers import blank_line_numbers
from ingest.plain_furniture import blank_furniture, wiki_tables_as_rows
from ingest.records import Document, content_id
from ingest.signing_date import find_delivery_date, find_signing_date
from ingest.sources import (
    SUPPORTED_SUFFIXES,
    iter_paths,
    os_error,
    plain,
    read_manifest,
    supported_list,
)
from ingest.web import extract_html, read_markdown
from ingest.yaml_record import yaml_mapping_as_text

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

DEFAULT_MAX_BYTES = 25 * 1024 * 1024

# Manifest fields copied onto the Document; any other key is ignored.
_METADATA_FIELDS = ("title", "issuer", "date", "origin", "language", "licence")
# Manifest fields kept as filterable document metadata (doc_meta), e.g. jurisdiction = "EU".
_META_FIELDS = ("jurisdiction",)

_MB = 1024 * 1024
_TITLE_MAX_CHARS = 200
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


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
    text, page, furniture = _read_text(path, name, limits)
    suffix = path.suffix.lower()
    if metadata is None:
        metadata = read_manifest(path.parent).get(path.name, {})
    given = {k: str(plain(metadata[k])) for k in _METADATA_FIELDS if metadata.get(k)}
    spans = sorted(set(find_boilerplate(text)) | set(furniture))
    return Document(
        doc_id=content_id(text),
        path=name,
        text=text,
        title=given.get("title") or page.get("title") or _infer_title(text, spans, path),
        issuer=given.get("issuer", ""),
        date=given.get("date")
        or page.get("date")
        or find_page_date(text, spans)
        or find_title_date(text)
        or find_delivery_date(text)
        or find_event_date(text)
        or find_signing_date(text),
        origin=given.get("origin", ""),
        language=given.get("language") or detect_language(text),
        licence=given.get("licence", ""),
        format=suffix.lstrip("."),
        skipped=tuple(spans),
        metadata={k: str(metadata[k]) for k in _META_FIELDS if metadata.get(k)},
    )


def _read_text(
    path: Path, name: str, limits: Limits
) -> tuple[str, dict[str, str | None], list[tuple[int, int]]]:
    """The text of one file by its format, the page's own title and date (web pages and
    Markdown front matter), and the spans of its navigation lines (Markdown)."""
    size = _check_file(path, name, limits.max_bytes)
    if size == 0:
        raise IngestError(name, "is empty", "add text or remove it from the input")
    suffix = path.suffix.lower()
    data = _read_bytes(path, name)

    page: dict[str, str | None] = {}
    furniture: list[tuple[int, int]] = []
    if suffix == ".txt":
        text = json_record_as_text(decode_bytes(data, path=name))  # a JSON record: its text
        text = yaml_mapping_as_text(text)  # a YAML mapping: its values, keys as breaks
    elif suffix == ".md":
        text, page, furniture = read_markdown(decode_bytes(data, path=name))
    elif suffix in (".html", ".htm"):
        text, page = extract_html(data, name)
    elif suffix == ".pdf":
        text = _extract_pdf(data, name)
    else:
        check_archive(data, name, limits)
        text = _extract_docx(data, name)
    check_text(text, name, limits)
    text = blank_line_numbers(text)  # a bill's printed line numbers (same length)
    text = blank_furniture(text)  # addresses, attributes, wiki link targets (same length)
    text = wiki_tables_as_rows(text)  # a wiki table's rows as pipe rows (same length)
    if not text.strip():
        raise IngestError(name, "is empty", "add text or remove it from the input")
    return text, page, furniture


def _check_file(path: Path, name: str, max_bytes: int) -> int:
    """Stat the file and refuse what cannot be loaded, before reading a byte."""
    try:
        info = path.stat()
    except OSError as e:
        raise os_error(name, e) from e
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(
            name, "is a folder, not a file", "pass the files in it, or expand it with iter_paths"
        )
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, "is not a regular file", "pass a document file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "a file without an extension"
        reason = f"{shown} is not supported; supported: {supported_list()}"
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
        raise os_error(name, e) from e


def _infer_title(text: str, spans: list[tuple[int, int]], path: Path) -> str:
    """The first non-boilerplate line when short enough, else the file stem."""
    skipped = set(spans)
    for start, end in iter_lines(text):
        if (start, end) in skipped:
            continue
        line = _MARKDOWN_HEADING.sub("", text[start:end])
        return line if len(line) <= _TITLE_MAX_CHARS else path.stem
    return path.stem
