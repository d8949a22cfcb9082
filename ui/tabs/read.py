"""The Read tab: one document whole, the chosen clause highlighted, its records beside it.

It opens from a Documents row, an "Open in the reader" link or a timeline point
(the page's script writes ``doc_id:clause_id`` into the hidden reference box).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import PRIVATE, Listed, row_field

#: Runs after the reader is filled: scroll the highlighted clause into the middle of the view.
SCROLL_TO_CLAUSE = """() => {
  setTimeout(() => {
    const mark = document.getElementById("pkb-read-hl");
    if (mark) mark.scrollIntoView({ block: "center" });
  }, 150);
}"""


@dataclass(frozen=True, slots=True)
class ReadTab:
    doc: gr.Dropdown
    download: gr.DownloadButton
    page: gr.HTML
    records: gr.HTML

    @property
    def outputs(self) -> list[Any]:
        return [self.page, self.records, self.download]

    def listed(self) -> Listed:
        return {self.doc: lambda lists: gr.Dropdown(choices=lists.docs[1:])}


def build_read_tab(docs: Sequence[tuple[str, str]]) -> ReadTab:
    """``docs``: the ``(label, doc_id)`` choices, "All documents" first."""
    with gr.Tab("Read", id="read"):
        with gr.Row():
            doc = gr.Dropdown(
                list(docs[1:]), value=None, label="Document", scale=3, elem_id="pkb-read-doc"
            )
            download = gr.DownloadButton(
                "Download the document", interactive=False, size="sm", scale=1,
                elem_id="pkb-read-dl",
            )  # fmt: skip
        with gr.Row():
            with gr.Column(scale=3):
                page = gr.HTML(handlers.EMPTY_READER, elem_id="pkb-reader")
            with gr.Column(scale=1, min_width=240):
                records = gr.HTML(elem_id="pkb-read-records")
    return ReadTab(doc, download, page, records)


def wire_read_tab(
    tab: ReadTab,
    *,
    tabs: gr.Tabs,
    open_ref: gr.Textbox,
    docs_table: gr.Dataframe,
    run: Callable[..., Any],
) -> None:
    """Choosing a document reads it; a Documents row or a reference (``open_ref``) opens
    the tab on it and scrolls to the clause."""

    def on_read(ref: str) -> dict[Any, Any]:
        page_html, records_html, path = run(handlers.read_document, ref)
        return {
            tab.page: page_html,
            tab.records: records_html,
            tab.download: gr.DownloadButton(value=path, interactive=bool(path)),
        }

    def on_open(ref: str) -> dict[Any, Any]:
        ref = (ref or "").split("#", 1)[0]
        return {
            tabs: gr.Tabs(selected="read"),
            tab.doc: gr.Dropdown(value=ref.split(":", 1)[0]),
            **on_read(ref),
        }

    def on_doc_row(evt: gr.SelectData) -> dict[Any, Any]:
        doc = row_field(evt, handlers.DOC_COLUMNS, "doc_id")
        return on_open(run(handlers.resolve_doc, doc))

    opened = [tabs, tab.doc, *tab.outputs]
    docs_table.select(on_doc_row, None, opened, **PRIVATE).then(None, js=SCROLL_TO_CLAUSE)
    open_ref.change(on_open, open_ref, opened, **PRIVATE).then(None, js=SCROLL_TO_CLAUSE)
    tab.doc.input(on_read, tab.doc, tab.outputs, **PRIVATE)
