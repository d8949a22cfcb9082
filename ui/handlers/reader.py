"""The Read tab: a whole document with its section outline, one clause highlighted,
and the document's records beside it.

A reference is ``doc_id`` or ``doc_id:clause_id`` (the key the Targets and
Obligations rows, the source cards and the timeline carry). Everything shown is
escaped; the highlighted clause carries the anchor ``pkb-read-hl`` that the page
scrolls to.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb.qa import render_record
from ui.handlers.common import esc, export_dir, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: Documents longer than this are shown as a window around the clause, not whole.
MAX_READER_CHARS = 200_000

EMPTY_READER = "<p>Open a document from a source card, a table row or the Documents tab.</p>"


@user_errors
def read_document(kb: KnowledgeBase, ref: str) -> tuple[str, str, str | None]:
    """(document HTML, records HTML, download path) for ``ref``.

    The download is the stored original when it still exists on disk, else the
    stored text; ``None`` when nothing is open.
    """
    ref = (ref or "").strip()
    if not ref:
        return EMPTY_READER, "", None
    doc_id, _, clause_id = ref.partition(":")
    doc = next((d for d in kb.docs() if d.doc_id == doc_id), None)
    if doc is None:
        return "<p>That document is no longer in the knowledge base.</p>", "", None
    text = kb.store.document_text(doc_id)
    clause = kb.store.get_clauses([ref]).get(ref) if clause_id else None
    span = (clause.clause.start, clause.clause.end) if clause is not None else None
    headings = _headings(kb, doc_id)
    body = _document_html(text, span, headings)
    title = doc.title or Path(doc.path).name
    meta = kb.store.document_meta(doc_id)
    facts = " · ".join(x for x in (meta.get("issuer", ""), meta.get("date", ""), doc.language) if x)
    outline = "".join(
        f'<li><a href="#pkb-sec-{i}">{esc(label)}</a></li>' for i, (_, label) in enumerate(headings)
    )
    page = (
        f'<div class="pkb-reader"><h3>{esc(title)}</h3>'
        + (f'<p class="pkb-section">{esc(facts)}</p>' if facts else "")
        + (f'<details open class="pkb-outline"><summary>Outline</summary><ol>{outline}</ol>'
           "</details>" if outline else "")
        + f'<div class="pkb-doc">{body}</div></div>'
    )  # fmt: skip
    return page, _records_html(kb, doc_id, ref if clause_id else ""), _download(doc, text)


def resolve_doc(kb: KnowledgeBase, prefix: str) -> str:
    """The full id of the document whose id starts with ``prefix`` ("" when none or several)."""
    found = [d.doc_id for d in kb.docs() if prefix and d.doc_id.startswith(prefix)]
    return found[0] if len(found) == 1 else ""


def _headings(kb: KnowledgeBase, doc_id: str) -> list[tuple[int, str]]:
    """(offset, text) of the document's headings, in order, each cut to 120 characters."""
    return [(at, text[:120]) for at, text in kb.store.document_headings(doc_id)]


def _document_html(text: str, span: tuple[int, int] | None, headings: list[tuple[int, str]]) -> str:
    """The text as escaped paragraphs, heading anchors inserted and ``span`` marked."""
    lo, hi, note = 0, len(text), ""
    if len(text) > MAX_READER_CHARS:
        centre = span[0] if span else 0
        lo = max(0, centre - MAX_READER_CHARS // 2)
        hi = min(len(text), lo + MAX_READER_CHARS)
        note = (
            f'<p class="pkb-section">Showing characters {lo:,}–{hi:,} of {len(text):,}; '
            "download the document to read all of it.</p>"
        )
    cuts = {at: f'<span id="pkb-sec-{i}"></span>' for i, (at, _) in enumerate(headings)}
    points = sorted({lo, hi, *(a for a in cuts if lo <= a < hi)})
    if span:
        points = sorted({*points, max(lo, min(hi, span[0])), max(lo, min(hi, span[1]))})
    out = [note]
    for a, b in zip(points, points[1:], strict=False):
        out.append(cuts.get(a, ""))
        piece = esc(text[a:b]).replace("\n", "<br>")
        if span and span[0] <= a and b <= span[1] and a < b:
            piece = (
                f'<mark id="pkb-read-hl">{piece}</mark>'
                if a == span[0]
                else f"<mark>{piece}</mark>"
            )
        out.append(piece)
    return "".join(out)


def _records_html(kb: KnowledgeBase, doc_id: str, key: str) -> str:
    """The document's records as sentences, those of the open clause first and marked."""
    records = kb.targets(docs=[doc_id])
    if not records:
        return "<p>No targets or deadlines were found in this document.</p>"
    own = [r for r in records if key and f"{r.doc_id}:{r.clause_id}" == key]
    rest = [r for r in records if r not in own]
    items = [f"<li><mark>{esc(render_record(r))}</mark></li>" for r in own]
    items += [f"<li>{esc(render_record(r))}</li>" for r in rest[:200]]
    more = f"<p>… and {len(rest) - 200} more.</p>" if len(rest) > 200 else ""
    return (
        "<p><strong>Records in this document</strong></p>"
        f"<ul class='pkb-records'>{''.join(items)}</ul>{more}"
    )


def _download(doc: Any, text: str) -> str:
    """A copy of the original file when it is still on disk, else the stored text, in a
    fresh export folder (Gradio serves only files it may read)."""
    original, folder = Path(doc.path), export_dir()
    if original.is_file():
        return str(Path(shutil.copy(original, folder / original.name)))
    out = folder / f"{original.stem or 'document'}.txt"
    out.write_text(text, encoding="utf-8")
    return str(out)
