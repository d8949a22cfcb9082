"""The policykb web app: ``build_app(kb) -> gr.Blocks`` does layout and wiring only.

The tabs are laid out and wired in the ``ui/tabs/`` package, their handlers live in
the ``ui/handlers/`` package (one module per tab of each);
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
from typing import TYPE_CHECKING, Any, TypeVar

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from ui import handlers  # noqa: E402
from ui.tabs import PRIVATE, Listed, Lists, Reload  # noqa: E402
from ui.tabs.ask import build_ask_tab, wire_ask_tab  # noqa: E402
from ui.tabs.compare import build_compare_tab, wire_compare_tab  # noqa: E402
from ui.tabs.documents import build_documents_tab, wire_documents_tab  # noqa: E402
from ui.tabs.obligations import build_obligations_tab, wire_obligations_tab  # noqa: E402
from ui.tabs.read import build_read_tab, wire_read_tab  # noqa: E402
from ui.tabs.targets import build_targets_tab, wire_targets_tab  # noqa: E402
from ui.tabs.timeline import build_timeline_tab, wire_timeline_tab  # noqa: E402

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

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
    def reopen(cls, kb: KnowledgeBase) -> KBWorker:
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
    kb: KnowledgeBase, *, writer: KBWorker | None = None, examples: Sequence[str] = EXAMPLES
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
    lists = Lists.read(run)
    # delete_cache: uploads and downloads Gradio copied to its cache go after 2 hours.
    with gr.Blocks(title="policykb", analytics_enabled=False, delete_cache=(3600, 7200)) as app:
        app.kb_worker = worker  # type: ignore[attr-defined]  # for tests and `serve`
        app.kb_writer = writer or worker  # type: ignore[attr-defined]
        gr.Markdown("## policykb — ask the indexed policy documents")
        with gr.Tabs(overflow_behavior="wrap", elem_id="pkb-tabs") as tabs:
            ask = build_ask_tab(lists, examples=examples, welcome=run(handlers.welcome_html))
            targets = build_targets_tab(lists)
            obligations = build_obligations_tab(lists)
            timeline = build_timeline_tab(lists)
            compare = build_compare_tab()
            documents = build_documents_tab(lists.docs)
            read = build_read_tab(lists.docs)
        # Outside the tabs, so it is on the page whichever tab is open (tabs render lazily).
        open_ref = gr.Textbox(visible="hidden", elem_id="pkb-open-ref")

        wire_ask_tab(app, ask, run)
        fills = [wire_targets_tab(targets, run), wire_obligations_tab(obligations, run),
                 wire_timeline_tab(timeline, run), wire_compare_tab(compare, run)]  # fmt: skip
        wire_read_tab(read, tabs=tabs, open_ref=open_ref, docs_table=documents.table, run=run)
        refresh = refresh_event([ask, targets, obligations, timeline, documents, read], run)
        wire_documents_tab(
            documents, run=run, write=(writer or worker).run, after=[refresh, *fills]
        )
        for fill in fills:
            app.load(*fill, **PRIVATE)
        # Choices are per page: a page opened after an upload elsewhere lists the new document.
        app.load(*refresh, **PRIVATE)
        app.load(lambda: run(handlers.welcome_html), None, ask.sources, **PRIVATE)
    return app


def refresh_event(tabs: Sequence[Any], run: Callable[..., Any]) -> Reload:
    """One event that gives every tab's dropdowns (and the Documents table) fresh lists."""
    listed: Listed = {}
    for tab in tabs:
        listed.update(tab.listed())

    def refresh() -> dict[Any, Any]:
        lists = Lists.read(run, documents=True)
        return {component: update(lists) for component, update in listed.items()}

    return Reload(refresh, None, list(listed))
