"""The Documents tab: list indexed documents, ingest uploads, delete a document.

Uploads are saved under ``<db>/uploads/`` with a sanitised name (``safe_name``)
and checked for type and size before they are ingested one by one; a bad file
is reported in the status list and never stops the others.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from kb.errors import IngestError, PolicyKBError
from kb.service import shared_extractor, supported_suffixes
from ui.handlers.common import esc, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: Uploads larger than this are refused (the server refuses them too; see ``ui/cli_serve.py``).
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: File types the Documents tab accepts: exactly those the ingest loaders read.
UPLOAD_SUFFIXES = supported_suffixes()
#: Sub-directory of the knowledge-base directory that keeps uploaded files.
UPLOADS_DIR = "uploads"

DOC_COLUMNS = ["title", "file", "doc_id", "language", "added", "clauses", "targets", "records"]

ProgressFn = Callable[..., Any]


@user_errors
def documents_frame(kb: KnowledgeBase) -> pd.DataFrame:
    """Indexed documents with their metadata and clause/target/record counts."""
    targets: dict[str, int] = {}
    for record in kb.targets():
        targets[record.doc_id] = targets.get(record.doc_id, 0) + 1
    data = [
        [
            d.title,
            Path(d.path).name,
            d.doc_id[:12],
            d.language,
            d.added_at[:19].replace("T", " "),
            d.clauses,
            targets.get(d.doc_id, 0),
            d.records,
        ]
        for d in kb.docs()
    ]
    return pd.DataFrame(data, columns=DOC_COLUMNS)


def uploads_dir(kb: KnowledgeBase) -> Path:
    return Path(kb.settings.db_dir) / UPLOADS_DIR


def safe_name(name: str) -> str:
    """A file name safe to create inside the uploads folder.

    Drops any directory part (``../../etc/passwd`` → ``passwd``), keeps letters,
    digits, ``.``, ``-`` and ``_``, never starts with a dot, at most 120 characters.

    Raises:
        IngestError: the type is not one policykb reads, or nothing usable is left.
    """
    base = re.split(r"[\\/]", str(name))[-1]
    suffix = Path(base).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise IngestError(
            base or str(name),
            f'file type "{suffix or "(none)"}" is not supported',
            f"Upload one of: {', '.join(UPLOAD_SUFFIXES)}",
        )
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(base).stem).strip("._-")[:110]
    if not stem:
        stem = "document"
    return f"{stem}{suffix}"


def save_upload(src: str | Path, dest_dir: Path, *, original_name: str | None = None) -> Path:
    """Copy one uploaded file into ``dest_dir`` under a sanitised name; returns the copy.

    Raises:
        IngestError: wrong type, too large, empty, or the name escapes ``dest_dir``.
    """
    src = Path(src)
    name = safe_name(original_name or src.name)
    size = src.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        limit = MAX_UPLOAD_BYTES // (1024 * 1024)
        raise IngestError(
            name,
            f"the file has {size / 1024 / 1024:.1f} MB; the limit is {limit} MB",
            "Split it or upload a smaller file",
        )
    if size == 0:
        raise IngestError(name, "the file is empty", "Upload a file with text in it")
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = (dest_dir / name).resolve()
    if dest.parent != dest_dir.resolve():  # belt and braces: safe_name already dropped dirs
        raise IngestError(
            name, "the file name points outside the uploads folder", "Rename the file"
        )
    shutil.copyfile(src, dest)
    return dest


def upload_documents(
    kb: KnowledgeBase,
    files: Iterable[Any] | None,
    *,
    progress: ProgressFn | None = None,
    extract: Callable[[Path], Any] | None = None,
) -> str:
    """Save uploads under ``<db>/uploads/`` and ingest them one by one.

    Returns an HTML status list: one line per file, errors included (a bad file
    never stops the others and never shows a traceback).
    """
    files = [f for f in (files or []) if f]
    if not files:
        return "<p>Choose one or more files first.</p>"
    if extract is None:
        if progress is not None and not default_extractor.cache_info().currsize:
            progress(0.0, desc="Loading the language model (first upload only) …")
        extract = default_extractor()
    lines = []
    for i, file in enumerate(files):
        path = Path(getattr(file, "name", None) or getattr(file, "path", None) or str(file))
        shown = getattr(file, "orig_name", None) or path.name
        if progress is not None:
            progress(i / len(files), desc=f"Ingesting {shown} ({i + 1}/{len(files)})")
        lines += _upload_one(kb, path, shown, extract)
    if progress is not None:
        progress(1.0, desc="Done")
    # A note on the model (Chinese into an English-only store): one line under the list.
    notes = "".join(f"<p class='pkb-note'>{esc(n)}</p>" for n in getattr(kb, "notes", []))
    return "<ul class='pkb-status'>" + "".join(lines) + "</ul>" + notes


def _upload_one(
    kb: KnowledgeBase, path: Path, shown: str, extract: Callable[[Path], Any]
) -> list[str]:
    """Save one upload and ingest it through ``kb.ingest``; its status lines. A failed
    file's copy is removed, and no message shows where the server keeps files."""
    hide = (str(path), str(uploads_dir(kb) / safe_name_or(shown)), str(uploads_dir(kb)))
    try:
        saved = save_upload(path, uploads_dir(kb), original_name=shown)
        results = list(kb.ingest([saved], extract=extract))
    except PolicyKBError as err:
        return [_status_line("failed", shown, _no_paths(str(err), hide, shown))]
    except OSError as err:
        detail = f"{type(err).__name__}: {err.strerror or err}"
        return [_status_line("failed", shown, _no_paths(detail, hide, shown))]
    lines = []
    for result in results:
        if result.status == "failed":
            saved.unlink(missing_ok=True)
            lines.append(_status_line("failed", shown, _no_paths(result.error, hide, shown)))
        else:
            counts = f"{result.clauses} clauses, {result.records} records"
            lines.append(_status_line(result.status, shown, counts))
    return lines


def safe_name_or(name: str) -> str:
    """``safe_name(name)``, or ``name`` itself when it is not a name policykb accepts."""
    try:
        return safe_name(name)
    except IngestError:
        return name


def _no_paths(detail: str, paths: Iterable[str], name: str) -> str:
    """``detail`` with the server's paths replaced by the file's own name: a page never
    shows where the server keeps files."""
    for path in sorted(paths, key=len, reverse=True):
        detail = detail.replace(path + "/", "").replace(path, name)
    return detail


def _status_line(status: str, name: str, detail: str) -> str:
    css = "pkb-error" if status == "failed" else "pkb-ok"
    return (
        f"<li class='{css}'><strong>{esc(status)}</strong>: {esc(name)} — "
        f"{esc(' '.join(detail.split()))}</li>"
    )


#: ``path -> Extraction`` with one spaCy pipeline, built on the first upload (by kb).
default_extractor = shared_extractor


@user_errors
def delete_document(kb: KnowledgeBase, doc_id: str) -> str:
    """Remove a document; also delete its file when it was uploaded through the page."""
    if not doc_id:
        raise gr.Error("Choose a document to delete first.")
    info = kb.remove(doc_id)
    path = Path(info.path)
    if path.parent.resolve() == uploads_dir(kb).resolve():
        path.unlink(missing_ok=True)
    name = info.title if getattr(info, "title", "") else path.name
    return (
        f"<p class='pkb-ok'>Deleted {esc(name)} ({esc(info.doc_id[:12])}): "
        f"{info.clauses} clauses, {info.records} records.</p>"
    )


def delete_prompt(kb: KnowledgeBase, doc_id: str) -> str:
    """What the delete confirmation asks: the document's title and what goes with it.

    Raises ``gr.Error`` when no document is chosen, or it is no longer indexed.
    """
    if not doc_id:
        raise gr.Error("Choose a document to delete first.")
    info = next((d for d in kb.docs() if d.doc_id == doc_id), None)
    if info is None:
        raise gr.Error("That document is no longer indexed; choose another.")
    name = info.title or Path(info.path).name
    return (
        f"<p class='pkb-confirm'><strong>Delete “{esc(name)}”?</strong> "
        f"Its {info.clauses} clauses and {info.records} records leave the knowledge base; "
        "adding the file again restores them.</p>"
    )
