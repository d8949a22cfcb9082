"""The policykb web app: ``build_app(kb) -> gr.Blocks`` does layout and wiring only.

The handlers live in the ``ui/handlers/`` package (one module per tab);
``policykb serve`` (``ui/cli_serve.py``) is the only place that launches the app.
Tabs: Ask, Targets, Obligations, Timeline, Compare, Documents, Read.

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
from ui.compare_tab import add_compare_tab  # noqa: E402

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
.pkb-context sup.pkb-n { color: #0969da; font-weight: 600; margin-right: .15em; }
.pkb-strength { border-radius: 1em; padding: 0 .55em; font-size: .8em; white-space: nowrap; }
.pkb-strong { background: #dafbe1; color: #1a7f37; }
.pkb-partial { background: #fff8c5; color: #7d4e00; }
.pkb-weak { background: #eaeef2; color: #57606a; }
.pkb-flash { outline: 2px solid #0969da; outline-offset: 2px; transition: outline-color 1.5s; }
.pkb-confirm { color: #9a6700; }
.pkb-open { cursor: pointer; color: #0969da; text-decoration: underline; }
.pkb-reader .pkb-doc { line-height: 1.55; max-height: 70vh; overflow-y: auto;
  border-top: 1px solid #d0d7de; margin-top: .6em; padding-top: .4em; }
.pkb-reader mark { background: #fff3a3; }
.pkb-outline ol { margin: .2em 0 .8em 1.2em; font-size: .9em; }
/* Tables in the reader's font, not monospace; the Targets header's own sort menu is
   hidden, since "Sort by" orders the table and its downloads alike. */
#pkb-targets *, #pkb-obligations *, #pkb-docs * { font-family: var(--font); }
#pkb-targets th .cell-menu-button { display: none; }
/* Long cells show three lines; the whole text is in the cell's tooltip (set in HEAD). */
#pkb-targets [role=gridcell] span.text, #pkb-obligations [role=gridcell] span.text,
#pkb-docs [role=gridcell] span.text {
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden;
}
/* The last column holds the row's key (doc_id:clause_id): row selection and the exports
   use it, a reader has no use for it. */
#pkb-targets th:last-child, #pkb-targets [role=gridcell]:last-child,
#pkb-obligations th:last-child, #pkb-obligations [role=gridcell]:last-child,
#pkb-docs th:nth-child(3), #pkb-docs [role=gridcell]:nth-child(3) { display: none; }
"""

#: Passed to ``launch(head=...)``: an answer's ``[n]`` link scrolls to source n's mark and
#: flashes it, instead of following the link (Gradio has no component for in-page anchors).
HEAD = """<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#pkb-src-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const mark = document.getElementById(link.getAttribute("href").slice(1));
  if (!mark) return;
  document.querySelectorAll(".pkb-flash").forEach((el) => el.classList.remove("pkb-flash"));
  const card = mark.closest(".pkb-source") || mark;
  card.classList.add("pkb-flash");
  mark.classList.add("pkb-flash");
  mark.scrollIntoView({ behavior: "smooth", block: "center" });
}, true);
// "Open in the reader" links carry data-open="doc_id:clause_id": hand it to the hidden
// reference box, whose change event opens the Read tab on that clause.
function pkbOpen(ref) {
  const box = document.querySelector("#pkb-open-ref textarea, #pkb-open-ref input");
  if (!box) return;
  box.value = ref + "#" + Date.now();  // a new value even for the same clause
  box.dispatchEvent(new Event("input", { bubbles: true }));
}
document.addEventListener("click", (event) => {
  const opener = event.target.closest && event.target.closest("[data-open]");
  if (!opener) return;
  event.preventDefault();
  pkbOpen(opener.dataset.open);
}, true);
// A timeline point carries its clause's key first in customdata: a click opens it.
new MutationObserver(() => {
  const plot = document.querySelector("#pkb-timeline .js-plotly-plot");
  if (!plot || !plot.on || plot.dataset.pkbClick) return;
  plot.dataset.pkbClick = "1";
  plot.on("plotly_click", (data) => {
    const point = data && data.points && data.points[0];
    if (point && point.customdata) pkbOpen(point.customdata[0]);
  });
}).observe(document.documentElement, { childList: true, subtree: true });
// A table cell cut to three lines (CSS) gets its whole text as a tooltip.
let pkbTipsQueued = false;
new MutationObserver(() => {
  if (pkbTipsQueued) return;
  pkbTipsQueued = true;
  requestAnimationFrame(() => {
    pkbTipsQueued = false;
    const cells = "#pkb-targets [role=gridcell] span.text, #pkb-obligations [role=gridcell] "
      + "span.text, #pkb-docs [role=gridcell] span.text";
    document.querySelectorAll(cells).forEach((span) => {
      const cut = span.scrollHeight > span.clientHeight + 1;
      const text = span.textContent.trim();
      if (cut && span.title !== text) span.title = text;
      else if (!cut && span.title) span.removeAttribute("title");
    });
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
</script>"""

#: Runs after the reader is filled: scroll the highlighted clause into the middle of the view.
SCROLL_TO_CLAUSE = """() => {
  setTimeout(() => {
    const mark = document.getElementById("pkb-read-hl");
    if (mark) mark.scrollIntoView({ block: "center" });
  }, 150);
}"""

#: A client-side listener: the Ask button is disabled while the question box is blank.
DISABLE_ASK_WHEN_BLANK = """(question) => {
  const button = document.querySelector("#pkb-question button.submit-button");
  if (button) button.disabled = !(question || "").trim();
}"""


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
    """Lay out the tabs and wire them to ``ui.handlers``; does not launch.

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
        with gr.Tabs(overflow_behavior="wrap", elem_id="pkb-tabs") as tabs:
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
                    with gr.Column(scale=2):
                        with gr.Accordion("Filters", open=False):
                            ask_doc = gr.Dropdown(
                                doc_choices, value="", label="Document", allow_custom_value=True
                            )
                            with gr.Row():
                                ask_from = year_box("Target year from")
                                ask_to = year_box("Target year to")
                            ask_lang = gr.Dropdown(
                                ["any", "zh", "en"],
                                value="any",
                                label="Document language",
                                elem_id="pkb-ask-language",
                            )
                        # Collapsible, and straight after the answer when a phone stacks
                        # the columns (the examples come last).
                        with gr.Accordion("Sources", open=True, elem_id="pkb-sources-box"):
                            sources = gr.HTML(run(handlers.welcome_html), elem_id="pkb-sources")
                example_box = gr.Examples(
                    list(examples),
                    inputs=[question],
                    label="Example questions (click to ask)",
                )

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
                    t_sort = gr.Dropdown(
                        [("document order", ""), *[(k, k) for k in handlers.SORT_KEYS]],
                        value="", label="Sort by (the downloads follow it)", scale=2,
                        elem_id="pkb-sort",
                    )  # fmt: skip
                    t_desc = gr.Checkbox(label="descending", value=False, scale=1)
                    t_reset = gr.Button("Reset filters", size="sm", scale=1, elem_id="pkb-reset")
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
                    # Widths in pixels: on a phone the table scrolls sideways instead of
                    # squeezing each column to a letter.
                    column_widths=["150px", "60px", "340px", "120px", "70px", "60px", "70px",
                                   "100px", "110px", "90px"],
                )  # fmt: skip
                gr.Markdown("Select a row to read its clause in context.")
                t_context = gr.HTML(elem_id="pkb-target-context")

            # -- Obligations ------------------------------------------------------------------
            with gr.Tab("Obligations", id="obligations"):
                with gr.Row():
                    o_doc = gr.Dropdown(
                        doc_choices, value="", label="Document", scale=2, allow_custom_value=True
                    )
                    o_actor = gr.Dropdown(
                        run(handlers.actor_choices), value="", allow_custom_value=True,
                        filterable=True, label="Actor (type part of a name, or choose)",
                        scale=2, elem_id="pkb-actor",
                    )  # fmt: skip
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
                    column_widths=[
                        "150px",
                        "110px",
                        "100px",
                        "160px",
                        "340px",
                        "160px",
                        "110px",
                        "90px",
                    ],
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

            add_compare_tab(app, run)  # a target's series across documents (ui/compare_tab.py)

            # -- Documents --------------------------------------------------------------------
            with gr.Tab("Documents", id="documents"):
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
                        # Each file's outcome, right under the button that started it.
                        up_status = gr.HTML(elem_id="pkb-upload-status")
                    with gr.Column():
                        del_doc = gr.Dropdown(
                            doc_choices[1:],
                            value=None,
                            elem_id="pkb-del-doc",
                            label="Document to delete",
                        )
                        del_btn = gr.Button("Delete document", variant="stop", elem_id="pkb-del")
                        with gr.Group(visible=False, elem_id="pkb-del-confirm") as del_confirm:
                            del_prompt = gr.HTML(elem_id="pkb-del-prompt")
                            with gr.Row():
                                del_yes = gr.Button(
                                    "Delete", variant="stop", size="sm", elem_id="pkb-del-yes"
                                )
                                del_no = gr.Button("Cancel", size="sm", elem_id="pkb-del-no")
                        status = gr.HTML(elem_id="pkb-doc-status")
                docs_table = gr.Dataframe(
                    headers=handlers.DOC_COLUMNS,
                    interactive=False,
                    wrap=True,
                    elem_id="pkb-docs",
                    column_widths=["34%", "22%", "10%", "6%", "12%", "6%", "5%", "5%"],
                )

            # -- Read: one document whole, the chosen clause highlighted ----------------------
            with gr.Tab("Read", id="read"):
                with gr.Row():
                    read_doc = gr.Dropdown(
                        doc_choices[1:],
                        value=None,
                        label="Document",
                        scale=3,
                        elem_id="pkb-read-doc",
                    )
                    read_dl = gr.DownloadButton(
                        "Download the document", interactive=False, size="sm", scale=1,
                        elem_id="pkb-read-dl",
                    )  # fmt: skip
                with gr.Row():
                    with gr.Column(scale=3):
                        reader = gr.HTML(handlers.EMPTY_READER, elem_id="pkb-reader")
                    with gr.Column(scale=1, min_width=240):
                        read_records = gr.HTML(elem_id="pkb-read-records")

        # Outside the tabs, so it is on the page whichever tab is open (tabs render lazily).
        open_ref = gr.Textbox(visible="hidden", elem_id="pkb-open-ref")

        # -- wiring ---------------------------------------------------------------------------
        def on_read(ref: str) -> Any:
            page_html, records_html, path = run(handlers.read_document, ref)
            return page_html, records_html, gr.DownloadButton(value=path, interactive=bool(path))

        read_outputs = [reader, read_records, read_dl]

        def on_open(ref: str) -> Any:
            ref = (ref or "").split("#", 1)[0]
            return (
                gr.Tabs(selected="read"),
                gr.Dropdown(value=ref.split(":", 1)[0]),
                *on_read(ref),
            )

        def on_doc_row(evt: gr.SelectData) -> Any:
            row = evt.row_value or []
            doc = str(row[handlers.DOC_COLUMNS.index("doc_id")]) if row else ""
            return on_open(run(handlers.resolve_doc, doc))

        docs_table.select(
            on_doc_row, None, [tabs, read_doc, *read_outputs], api_visibility="private"
        ).then(None, js=SCROLL_TO_CLAUSE)
        open_ref.change(
            on_open, open_ref, [tabs, read_doc, *read_outputs], api_visibility="private"
        ).then(None, js=SCROLL_TO_CLAUSE)
        read_doc.input(on_read, read_doc, read_outputs, api_visibility="private")

        def on_ask(q: str, history: list, doc: str, y0: Any, y1: Any, lang: str = "any") -> Any:
            return run(handlers.ask, q, history, doc, y0, y1, lang)

        ask_inputs = [question, chat, ask_doc, ask_from, ask_to, ask_lang]
        ask_outputs = [chat, sources, question]
        question.submit(on_ask, ask_inputs, ask_outputs, api_name="ask")
        question.change(None, question, None, js=DISABLE_ASK_WHEN_BLANK)
        app.load(None, question, None, js=DISABLE_ASK_WHEN_BLANK)
        example_box.load_input_event.then(on_ask, ask_inputs, ask_outputs, api_visibility="private")

        target_inputs = [t_doc, t_from, t_to, t_sector, t_keyword, t_kind, t_sort, t_desc]
        target_outputs = [table, t_count, csv_btn, xlsx_btn, json_btn]

        def on_targets(*values: Any) -> Any:
            frame, count, *paths = run(handlers.targets_view, *values)
            downloads = [gr.DownloadButton(value=p, interactive=len(frame) > 0) for p in paths]
            return frame, count, *downloads

        def on_reset() -> Any:
            return "", "any", "any", "", "", "all", "", False

        t_reset.click(on_reset, None, target_inputs, api_visibility="private").then(
            on_targets, target_inputs, target_outputs, api_visibility="private"
        )
        for control in (t_doc, t_from, t_to, t_sector, t_kind, t_sort, t_desc):
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
            downloads = [gr.DownloadButton(value=p, interactive=len(frame) > 0) for p in paths]
            return frame, count, *downloads

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

        def on_delete(doc_id: str) -> tuple[str, Any]:
            return write(handlers.delete_document, doc_id), gr.Group(visible=False)

        def on_delete_asked(doc_id: str) -> tuple[str, Any]:
            return run(handlers.delete_prompt, doc_id), gr.Group(visible=True)

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
                gr.Dropdown(choices=choices[1:]),
                gr.Dropdown(choices=run(handlers.actor_choices)),
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
            read_doc,
            o_actor,
        ]
        add_btn.click(on_upload, upload, up_status, api_visibility="private").then(
            refresh, None, refresh_outputs, api_visibility="private"
        ).then(on_targets, target_inputs, target_outputs, api_visibility="private").then(
            on_obligations, obligation_inputs, obligation_outputs, api_visibility="private"
        ).then(on_timeline, [tl_doc, tl_group], plot, api_visibility="private").then(
            lambda: None, None, upload, api_visibility="private"
        )
        del_btn.click(on_delete_asked, del_doc, [del_prompt, del_confirm], api_visibility="private")
        del_no.click(lambda: gr.Group(visible=False), None, del_confirm, api_visibility="private")
        del_doc.change(lambda: gr.Group(visible=False), None, del_confirm, api_visibility="private")
        del_yes.click(on_delete, del_doc, [status, del_confirm], api_visibility="private").then(
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
