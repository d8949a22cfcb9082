"""The policykb web app: ``build_app(kb) -> gr.Blocks`` does layout and wiring only.

The handlers live in the ``ui/handlers/`` package (one module per tab);
``policykb serve`` (``ui/cli_serve.py``) is the only place that launches the app.
Tabs: Ask, Targets, Obligations, Timeline, Documents.

Threading: Gradio runs handlers on a pool of threads, but the store's SQLite
connection may only be used by the thread that opened it. ``KBWorker`` therefore
opens a ``KnowledgeBase`` on one dedicated thread and runs handlers there, one
at a time. ``policykb serve`` gives the app two: a reader for questions and
tables, and a writer (with its own connection and embedding model) for uploads
and deletions, so questions are answered while a document is ingested. SQLite's
WAL mode lets the reader read while the writer writes, and the retriever
rebuilds its BM25 index when the store's revision changes.
"""

from __future__ import annotations

import contextvars
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from ui import handlers  # noqa: E402

T = TypeVar("T")

#: Questions offered under the Ask box, all about the bundled article.
EXAMPLES = (
    "How much of electrolytic aluminium's energy must be renewable by 2030?",
    "What share of manufacturing output should green factories reach by 2030?",
    "What is the recycling volume target for major renewable resources?",
    "Which targets fall due by 2035?",
)

#: Passed to ``launch(css=...)`` by ``policykb serve`` (Gradio 6 takes CSS at launch).
CSS = """
.pkb-source { border-left: 3px solid #d0d7de; padding: 0 0 0 .8em; margin: 0 0 1em 0; }
.pkb-section, .pkb-score { color: #57606a; font-size: .9em; }
.pkb-context mark { background: #fff3a3; padding: 0 .1em; }
.pkb-refusal { color: #9a6700; }
.pkb-error { color: #cf222e; }
.pkb-ok { color: #1a7f37; }
"""


class KBWorker:
    """Runs knowledge-base calls on one dedicated thread (see the module docstring).

    Args:
        open_kb: opens the ``KnowledgeBase``; called on the worker thread.

    Example:
        >>> worker = KBWorker(lambda: KnowledgeBase(settings, create=True))
        >>> worker.run(handlers.documents_frame)
    """

    def __init__(self, open_kb: Callable[[], Any]) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policykb-kb")
        self.kb = self._pool.submit(open_kb).result()

    @classmethod
    def reopen(cls, kb: Any) -> KBWorker:
        """A worker with its own ``KnowledgeBase`` on ``kb``'s directory, sharing its embedder."""
        from kb.service import KnowledgeBase

        embedder = kb.embedder
        return cls(lambda: KnowledgeBase(kb.settings, embedder=embedder, create=True))

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(kb, *args, **kwargs)`` on the worker thread, in the caller's context
        (so ``gr.Progress`` still finds its event)."""
        ctx = contextvars.copy_context()
        return self._pool.submit(ctx.run, fn, self.kb, *args, **kwargs).result()

    def close(self) -> None:
        self._pool.submit(self.kb.close).result()
        self._pool.shutdown()


def build_app(
    kb: Any, *, writer: KBWorker | None = None, examples: Sequence[str] = EXAMPLES
) -> gr.Blocks:
    """Lay out the five tabs and wire them to ``ui.handlers``; does not launch.

    Args:
        kb: a ``KnowledgeBase`` (the app reopens it on its own worker thread), a
            ``KBWorker`` or a ``ui.pool.ReaderPool`` (anything with ``run``); it answers
            questions and fills the tables.
        writer: a second ``KBWorker`` for uploads and deletions; without one, the
            reader does them too and questions wait while a document is ingested.
        examples: questions offered under the Ask box.
    """
    worker = kb if hasattr(kb, "run") else KBWorker.reopen(kb)
    run = worker.run
    write = (writer or worker).run
    doc_choices = run(handlers.doc_choices)
    sector_choices = run(handlers.sector_choices)
    years = run(handlers.year_choices)

    def year_box(label: str, **kwargs: Any) -> gr.Dropdown:
        # A dropdown of the years in the data; any other year can be typed in.
        return gr.Dropdown(years, value="any", label=label, allow_custom_value=True, **kwargs)

    # delete_cache: uploads and downloads Gradio copied to its cache go after 2 hours.
    with gr.Blocks(title="policykb", analytics_enabled=False, delete_cache=(3600, 7200)) as app:
        app.kb_worker = worker  # type: ignore[attr-defined]  # for tests and `serve`
        app.kb_writer = writer or worker  # type: ignore[attr-defined]
        gr.Markdown("## policykb — ask the indexed policy documents")
        with gr.Tabs():
            # -- Ask: the question box is the first text box on the page ------------------
            with gr.Tab("Ask", id="ask"):
                with gr.Row():
                    with gr.Column(scale=3):
                        question = gr.Textbox(
                            label="Question",
                            placeholder="Ask about the indexed documents; press Enter",
                            lines=1,
                            max_lines=4,
                            autofocus=True,
                            submit_btn="Ask",
                            elem_id="pkb-question",
                        )
                        chat = gr.Chatbot(
                            label="Answers", height=360, elem_id="pkb-chat", buttons=["copy"]
                        )
                        example_box = gr.Examples(
                            list(examples),
                            inputs=[question],
                            label="Example questions (click to ask)",
                        )
                    with gr.Column(scale=2):
                        with gr.Accordion("Filters", open=False):
                            ask_doc = gr.Dropdown(
                                doc_choices, value="", label="Document", allow_custom_value=True
                            )
                            with gr.Row():
                                ask_from = year_box("Target year from")
                                ask_to = year_box("Target year to")
                        gr.Markdown("**Sources**")
                        sources = gr.HTML(run(handlers.welcome_html), elem_id="pkb-sources")

            # -- Targets ----------------------------------------------------------------------
            with gr.Tab("Targets", id="targets"):
                with gr.Row():
                    t_doc = gr.Dropdown(
                        doc_choices, value="", label="Document", scale=2, allow_custom_value=True
                    )
                    t_from = year_box("Year from", scale=1)
                    t_to = year_box("Year to", scale=1)
                    t_sector = gr.Dropdown(sector_choices, value="", label="Sector", scale=1)
                    t_keyword = gr.Textbox(
                        label="Keyword in metric", scale=2, elem_id="pkb-keyword"
                    )
                    t_kind = gr.Radio(
                        ["all", "quantitative", "qualitative"], value="all", label="Kind", scale=2
                    )
                with gr.Row():
                    t_count = gr.Markdown(elem_id="pkb-target-count")
                    csv_btn = gr.DownloadButton("Download CSV", elem_id="pkb-dl-csv", size="sm")
                    xlsx_btn = gr.DownloadButton("Download XLSX", elem_id="pkb-dl-xlsx", size="sm")
                    json_btn = gr.DownloadButton("Download JSON", elem_id="pkb-dl-json", size="sm")
                table = gr.Dataframe(
                    headers=handlers.TARGET_COLUMNS,
                    interactive=False,
                    wrap=True,
                    max_height=520,
                    elem_id="pkb-targets",
                    column_widths=[
                        "12%",
                        "5%",
                        "8%",
                        "25%",
                        "4%",
                        "6%",
                        "4%",
                        "7%",
                        "7%",
                        "8%",
                        "5%",
                        "9%",
                    ],
                )
                gr.Markdown("Select a row to read its clause in context.")
                t_context = gr.HTML(elem_id="pkb-target-context")

            # -- Obligations ------------------------------------------------------------------
            with gr.Tab("Obligations", id="obligations"):
                with gr.Row():
                    o_doc = gr.Dropdown(
                        doc_choices, value="", label="Document", scale=2, allow_custom_value=True
                    )
                    o_actor = gr.Textbox(label="Actor contains", scale=2, elem_id="pkb-actor")
                    o_modality = gr.CheckboxGroup(
                        list(handlers.MODALITIES),
                        value=list(handlers.MODALITIES),
                        label="Modality",
                        scale=3,
                        elem_id="pkb-modality",
                    )
                    o_from = year_box("Year from", scale=1)
                    o_to = year_box("Year to", scale=1)
                with gr.Row():
                    o_count = gr.Markdown(elem_id="pkb-obligation-count")
                    o_csv_btn = gr.DownloadButton("Download CSV", elem_id="pkb-ob-csv", size="sm")
                    o_json_btn = gr.DownloadButton(
                        "Download JSON", elem_id="pkb-ob-json", size="sm"
                    )
                    o_md_btn = gr.DownloadButton(
                        "Download checklist (Markdown)", elem_id="pkb-ob-md", size="sm"
                    )
                o_table = gr.Dataframe(
                    headers=handlers.OBLIGATION_COLUMNS,
                    interactive=False,
                    wrap=True,
                    max_height=520,
                    elem_id="pkb-obligations",
                    column_widths=["12%", "9%", "10%", "11%", "30%", "9%", "8%", "11%"],
                )
                gr.Markdown("Select a row to read its clause in context.")
                o_context = gr.HTML(elem_id="pkb-obligation-context")

            # -- Timeline ---------------------------------------------------------------------
            with gr.Tab("Timeline", id="timeline"):
                with gr.Row():
                    tl_doc = gr.Dropdown(
                        doc_choices, value="", label="Document", allow_custom_value=True
                    )
                    tl_group = gr.Radio(["sector", "document"], value="sector", label="One row per")
                plot = gr.Plot(elem_id="pkb-timeline")

            # -- Documents --------------------------------------------------------------------
            with gr.Tab("Documents", id="documents"):
                docs_table = gr.Dataframe(
                    headers=handlers.DOC_COLUMNS,
                    interactive=False,
                    wrap=True,
                    elem_id="pkb-docs",
                    column_widths=["34%", "22%", "10%", "6%", "12%", "6%", "5%", "5%"],
                )
                with gr.Row():
                    with gr.Column():
                        upload = gr.File(
                            label=f"Add documents ({', '.join(handlers.UPLOAD_SUFFIXES)}; "
                            f"up to {handlers.MAX_UPLOAD_BYTES // (1024 * 1024)} MB each)",
                            file_count="multiple",
                            file_types=list(handlers.UPLOAD_SUFFIXES),
                            elem_id="pkb-upload",
                        )
                        add_btn = gr.Button(
                            "Add to knowledge base", variant="primary", elem_id="pkb-add"
                        )
                    with gr.Column():
                        del_doc = gr.Dropdown(
                            doc_choices[1:],
                            value=None,
                            elem_id="pkb-del-doc",
                            label="Document to delete",
                        )
                        del_btn = gr.Button("Delete document", variant="stop", elem_id="pkb-del")
                status = gr.HTML(elem_id="pkb-doc-status")

        # -- wiring ---------------------------------------------------------------------------
        def on_ask(q: str, history: list, doc: str, y0: Any, y1: Any) -> Any:
            return run(handlers.ask, q, history, doc, y0, y1)

        ask_inputs = [question, chat, ask_doc, ask_from, ask_to]
        ask_outputs = [chat, sources, question]
        question.submit(on_ask, ask_inputs, ask_outputs, api_name="ask")
        example_box.load_input_event.then(on_ask, ask_inputs, ask_outputs, api_visibility="private")

        target_inputs = [t_doc, t_from, t_to, t_sector, t_keyword, t_kind]
        target_outputs = [table, t_count, csv_btn, xlsx_btn, json_btn]

        def on_targets(*values: Any) -> Any:
            frame, count, *paths = run(handlers.targets_view, *values)
            return frame, count, *paths

        for control in (t_doc, t_from, t_to, t_sector, t_kind):
            control.change(on_targets, target_inputs, target_outputs, api_visibility="private")
        t_keyword.change(
            on_targets,
            target_inputs,
            target_outputs,
            api_visibility="private",
            trigger_mode="always_last",
        )

        def on_select(evt: gr.SelectData) -> str:
            row = evt.row_value or []
            return run(handlers.target_context, row[-1] if row else "")

        table.select(on_select, None, t_context, api_visibility="private")

        obligation_inputs = [o_doc, o_actor, o_modality, o_from, o_to]
        obligation_outputs = [o_table, o_count, o_csv_btn, o_json_btn, o_md_btn]

        def on_obligations(*values: Any) -> Any:
            frame, count, *paths = run(handlers.obligations_view, *values)
            return frame, count, *paths

        for control in (o_doc, o_modality, o_from, o_to):
            control.change(
                on_obligations, obligation_inputs, obligation_outputs, api_visibility="private"
            )
        o_actor.change(
            on_obligations,
            obligation_inputs,
            obligation_outputs,
            api_visibility="private",
            trigger_mode="always_last",
        )
        o_table.select(on_select, None, o_context, api_visibility="private")

        def on_timeline(doc: str, group: str) -> Any:
            return run(handlers.timeline_figure, doc, group)

        for control in (tl_doc, tl_group):
            control.change(on_timeline, [tl_doc, tl_group], plot, api_visibility="private")

        # Gradio finds the progress tracker by this default value (its documented pattern).
        def on_upload(files: list | None, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
            return write(handlers.upload_documents, files, progress=progress)

        def on_delete(doc_id: str) -> str:
            return write(handlers.delete_document, doc_id)

        def refresh() -> tuple[Any, ...]:
            choices = run(handlers.doc_choices)
            sectors = run(handlers.sector_choices)
            years = gr.Dropdown(choices=run(handlers.year_choices))
            return (
                run(handlers.documents_frame),
                gr.Dropdown(choices=choices),
                gr.Dropdown(choices=choices),
                gr.Dropdown(choices=choices),
                gr.Dropdown(choices=choices[1:], value=None),
                gr.Dropdown(choices=sectors),
                years,
                years,
                years,
                years,
                gr.Dropdown(choices=choices),
                years,
                years,
            )

        refresh_outputs = [
            docs_table,
            ask_doc,
            t_doc,
            tl_doc,
            del_doc,
            t_sector,
            ask_from,
            ask_to,
            t_from,
            t_to,
            o_doc,
            o_from,
            o_to,
        ]
        add_btn.click(on_upload, upload, status, api_visibility="private").then(
            refresh, None, refresh_outputs, api_visibility="private"
        ).then(on_targets, target_inputs, target_outputs, api_visibility="private").then(
            on_obligations, obligation_inputs, obligation_outputs, api_visibility="private"
        ).then(on_timeline, [tl_doc, tl_group], plot, api_visibility="private").then(
            lambda: None, None, upload, api_visibility="private"
        )
        del_btn.click(on_delete, del_doc, status, api_visibility="private").then(
            refresh, None, refresh_outputs, api_visibility="private"
        ).then(on_targets, target_inputs, target_outputs, api_visibility="private").then(
            on_obligations, obligation_inputs, obligation_outputs, api_visibility="private"
        ).then(on_timeline, [tl_doc, tl_group], plot, api_visibility="private")

        app.load(on_targets, target_inputs, target_outputs, api_visibility="private")
        app.load(on_obligations, obligation_inputs, obligation_outputs, api_visibility="private")
        app.load(on_timeline, [tl_doc, tl_group], plot, api_visibility="private")
        # Choices are per page: a page opened after an upload elsewhere lists the new document.
        app.load(refresh, None, refresh_outputs, api_visibility="private")
        app.load(lambda: run(handlers.welcome_html), None, sources, api_visibility="private")
    return app
