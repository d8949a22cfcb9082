"""Helpers shared by the tabs' handlers: error wrapping, escaping, filters, clause context.

``user_errors`` turns ``PolicyKBError`` into ``gr.Error`` so the page shows a
one-line message instead of a traceback; ``esc`` HTML-escapes anything taken
from a document; ``highlight_clause`` shows a clause marked within its
paragraph; ``export_dir`` gives each set of downloads a fresh folder.
"""

from __future__ import annotations

import html
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from ui.errors import translate_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: Characters of paragraph shown either side of a cited clause.
CONTEXT_CHARS = 600

#: Seconds an export folder is kept (each filter change writes a new one).
EXPORT_MAX_AGE = 600


#: ``PolicyKBError`` (and a missing package) becomes ``gr.Error``: a one-line message in
#: the page, no traceback. The CLI uses the same translator (``ui/errors.py``).
user_errors = translate_errors(gr.Error)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def doc_choices(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """``(label, doc_id)`` pairs for the document dropdowns; the first is "all documents"."""
    choices = [("All documents", "")]
    for d in kb.docs():
        name = d.title or Path(d.path).name
        lang = f"{d.language}, " if d.language else ""
        choices.append((f"{_short(name, 70)} ({lang}{d.doc_id[:8]})", d.doc_id))
    return choices


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _year(value: Any) -> int | None:
    """A year from a year box: ``None``, blank, "any" or 0 mean "any"."""
    if value is None or str(value).strip().lower() in ("", "any"):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as e:
        raise gr.Error(f'"{value}" is not a year; enter e.g. 2030 or leave the box empty') from e
    if number != number or number <= 0:  # NaN, or 0 from an emptied number field
        return None
    if number == float("inf"):
        raise gr.Error(f'"{value}" is not a year; enter e.g. 2030 or leave the box empty')
    return int(number)


def highlight_clause(doc_text: str, start: int, end: int, *, context: int = CONTEXT_CHARS) -> str:
    """The clause's paragraph as escaped HTML, with ``<mark>`` around ``doc_text[start:end]``.

    The paragraph runs from the line break before ``start`` to the one after
    ``end``, cut to ``context`` characters either side (with an ellipsis).
    """
    return highlight_clauses(doc_text, [(start, end, None)], context=context)


def highlight_clauses(
    doc_text: str, spans: Sequence[tuple[int, int, int | None]], *, context: int = CONTEXT_CHARS
) -> str:
    """The paragraph around ``spans`` as escaped HTML, each span in a ``<mark>``.

    ``spans`` are ``(start, end, n)``: a numbered span's mark is labelled ``[n]``
    and carries the anchor ``pkb-src-n``; overlapping spans merge into the first.
    The paragraph runs from the line break before the first span to the one after
    the last, cut to ``context`` characters either side (with an ellipsis).
    """
    clean = sorted((max(0, a), min(len(doc_text), max(a, b)), n) for a, b, n in spans)
    start, end = clean[0][0], max(b for _, b, _ in clean)
    lo = doc_text.rfind("\n", 0, start) + 1
    hi = doc_text.find("\n", end)
    hi = len(doc_text) if hi < 0 else hi
    lo, cut_lo = (start - context, True) if start - lo > context else (lo, False)
    hi, cut_hi = (end + context, True) if hi - end > context else (hi, False)
    out, pos = ["… " if cut_lo else ""], lo
    for a, b, n in clean:
        if a < pos:  # overlaps a span already marked
            continue
        out.append(esc(doc_text[pos:a].lstrip() if pos == lo else doc_text[pos:a]))
        label = f'<sup class="pkb-n">[{n}]</sup>' if n is not None else ""
        anchor = f' id="pkb-src-{n}"' if n is not None else ""
        out.append(f"<mark{anchor}>{label}{esc(doc_text[a:b])}</mark>")
        pos = b
    out.append(esc(doc_text[pos:hi].rstrip()))
    out.append(" …" if cut_hi else "")
    return "".join(out)


def export_dir(*, max_age: float = EXPORT_MAX_AGE) -> Path:
    """A fresh folder for one set of downloads; folders older than ``max_age`` seconds
    are removed first (Gradio has copied their files to its cache by then)."""
    root = Path(tempfile.gettempdir()) / "policykb-exports"
    root.mkdir(exist_ok=True)
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > max_age:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:  # removed by another worker meanwhile
            pass
    return Path(tempfile.mkdtemp(dir=root))
