"""The Documents tab: upload documents, delete one (after a confirmation), list them all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import PRIVATE, Listed, Reload


@dataclass(frozen=True, slots=True)
class DocumentsTab:
    upload: gr.File
    add: gr.Button
    upload_status: gr.HTML
    delete_doc: gr.Dropdown
    delete: gr.Button
    confirm: gr.Group
    prompt: gr.HTML
    yes: gr.Button
    no: gr.Button
    status: gr.HTML
    table: gr.Dataframe

    def listed(self) -> Listed:
        return {
            self.table: lambda lists: lists.documents,
            self.delete_doc: lambda lists: gr.Dropdown(choices=lists.docs[1:], value=None),
        }


def build_documents_tab(docs: Sequence[tuple[str, str]]) -> DocumentsTab:
    """``docs``: the ``(label, doc_id)`` choices, "All documents" first."""
    megabytes = handlers.MAX_UPLOAD_BYTES // (1024 * 1024)
    with gr.Tab("Documents", id="documents"):
        with gr.Row():
            with gr.Column():
                upload = gr.File(
                    label=f"Add documents ({', '.join(handlers.UPLOAD_SUFFIXES)}; "
                    f"up to {megabytes} MB each)",
                    file_count="multiple",
                    file_types=list(handlers.UPLOAD_SUFFIXES),
                    elem_id="pkb-upload",
                )
                add = gr.Button("Add to knowledge base", variant="primary", elem_id="pkb-add")
                # Each file's outcome, right under the button that started it.
                upload_status = gr.HTML(elem_id="pkb-upload-status")
            with gr.Column():
                delete_doc = gr.Dropdown(
                    list(docs[1:]), value=None, elem_id="pkb-del-doc", label="Document to delete"
                )
                delete = gr.Button("Delete document", variant="stop", elem_id="pkb-del")
                with gr.Group(visible=False, elem_id="pkb-del-confirm") as confirm:
                    prompt = gr.HTML(elem_id="pkb-del-prompt")
                    with gr.Row():
                        yes = gr.Button("Delete", variant="stop", size="sm", elem_id="pkb-del-yes")
                        no = gr.Button("Cancel", size="sm", elem_id="pkb-del-no")
                status = gr.HTML(elem_id="pkb-doc-status")
        table = gr.Dataframe(
            headers=handlers.DOC_COLUMNS,
            interactive=False,
            wrap=True,
            elem_id="pkb-docs",
            column_widths=["34%", "22%", "10%", "6%", "12%", "6%", "5%", "5%"],
        )
    return DocumentsTab(upload, add, upload_status, delete_doc, delete, confirm, prompt, yes, no,
                        status, table)  # fmt: skip


def wire_documents_tab(
    tab: DocumentsTab,
    *,
    run: Callable[..., Any],
    write: Callable[..., Any],
    after: Sequence[Reload],
) -> None:
    """Uploads and deletions go to ``write``; each is followed by the ``after`` events
    (the refresh of every list, then each tab's fill), in order."""

    # Gradio finds the progress tracker by this default value (its documented pattern).
    def on_upload(files: list | None, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        return write(handlers.upload_documents, files, progress=progress)

    def on_delete_asked(doc_id: str) -> dict[Any, Any]:
        return {
            tab.prompt: run(handlers.delete_prompt, doc_id),
            tab.confirm: gr.Group(visible=True),
        }

    def on_delete(doc_id: str) -> dict[Any, Any]:
        return {
            tab.status: write(handlers.delete_document, doc_id),
            tab.confirm: gr.Group(visible=False),
        }

    def hide_confirm() -> Any:
        return gr.Group(visible=False)

    def and_after(event: Any) -> Any:
        for step in after:
            event = event.then(*step, **PRIVATE)
        return event

    uploaded = and_after(tab.add.click(on_upload, tab.upload, tab.upload_status, **PRIVATE))
    uploaded.then(lambda: None, None, tab.upload, **PRIVATE)
    tab.delete.click(on_delete_asked, tab.delete_doc, [tab.prompt, tab.confirm], **PRIVATE)
    tab.no.click(hide_confirm, None, tab.confirm, **PRIVATE)
    tab.delete_doc.change(hide_confirm, None, tab.confirm, **PRIVATE)
    and_after(tab.yes.click(on_delete, tab.delete_doc, [tab.status, tab.confirm], **PRIVATE))
