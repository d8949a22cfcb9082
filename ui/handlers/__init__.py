"""Plain handler functions behind the Gradio app (``ui/app.py`` only wires them).

Each function takes the ``KnowledgeBase`` (or the values it needs) and the
widget inputs, and returns display values: chat messages, escaped HTML, pandas
tables, plotly figures, file paths. ``PolicyKBError`` becomes ``gr.Error`` so
the page shows a one-line message instead of a traceback.

Everything taken from a document is HTML-escaped here, before it reaches the
page: a policy text that contains ``<script>`` shows that as text.

One module per tab, over helpers they share; every public name is importable
from here (``from ui import handlers; handlers.ask(...)``):

- ``common``: ``user_errors``, escaping, year filters, clause context, export folders;
- ``ask``: the Ask tab (chat answer and source cards);
- ``targets``: the Targets tab (filtered table, clause context, exports) and the
  year/sector dropdown choices;
- ``obligations``: the Obligations tab (filtered table and exports);
- ``timeline``: the Timeline tab (targets by deadline year);
- ``documents``: the Documents tab (listing, uploads, deletion).
"""

from __future__ import annotations

from kb.errors import IngestError, PolicyKBError
from ui.handlers.ask import (
    NOT_ANSWERED,
    answer_markdown,
    ask,
    filters_text,
    md_text,
    passage_groups,
    sources_html,
    welcome_html,
)
from ui.handlers.common import (
    CONTEXT_CHARS,
    EXPORT_MAX_AGE,
    doc_choices,
    esc,
    export_dir,
    highlight_clause,
    user_errors,
)
from ui.handlers.documents import (
    DOC_COLUMNS,
    MAX_UPLOAD_BYTES,
    UPLOAD_SUFFIXES,
    UPLOADS_DIR,
    ProgressFn,
    default_extractor,
    delete_document,
    delete_prompt,
    documents_frame,
    safe_name,
    save_upload,
    upload_documents,
    uploads_dir,
)
from ui.handlers.obligations import (
    MODALITIES,
    OBLIGATION_COLUMNS,
    OBLIGATION_EXPORTS,
    actor_choices,
    export_obligations,
    obligation_records,
    obligations_frame,
    obligations_view,
)
from ui.handlers.reader import EMPTY_READER, read_document, resolve_doc
from ui.handlers.targets import (
    EXPORT_FORMATS,
    SORT_KEYS,
    TARGET_COLUMNS,
    export_targets,
    listed_items,
    sector_choices,
    sort_rows,
    target_context,
    target_rows,
    targets_frame,
    targets_view,
    year_choices,
)
from ui.handlers.timeline import timeline_figure

__all__ = [
    "CONTEXT_CHARS",
    "DOC_COLUMNS",
    "EXPORT_FORMATS",
    "EXPORT_MAX_AGE",
    "MAX_UPLOAD_BYTES",
    "MODALITIES",
    "NOT_ANSWERED",
    "OBLIGATION_COLUMNS",
    "OBLIGATION_EXPORTS",
    "actor_choices",
    "SORT_KEYS",
    "TARGET_COLUMNS",
    "UPLOADS_DIR",
    "UPLOAD_SUFFIXES",
    "IngestError",
    "PolicyKBError",
    "ProgressFn",
    "answer_markdown",
    "ask",
    "EMPTY_READER",
    "read_document",
    "resolve_doc",
    "filters_text",
    "passage_groups",
    "default_extractor",
    "delete_document",
    "delete_prompt",
    "doc_choices",
    "documents_frame",
    "esc",
    "export_dir",
    "export_obligations",
    "export_targets",
    "listed_items",
    "highlight_clause",
    "md_text",
    "obligation_records",
    "obligations_frame",
    "obligations_view",
    "safe_name",
    "save_upload",
    "sector_choices",
    "sort_rows",
    "sources_html",
    "target_context",
    "target_rows",
    "targets_frame",
    "targets_view",
    "timeline_figure",
    "upload_documents",
    "uploads_dir",
    "user_errors",
    "welcome_html",
    "year_choices",
]
