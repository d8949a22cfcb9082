"""The Compare tab: choose or search a tracked metric, see its series and the change log.

Handlers in ``ui/handlers/compare.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui.handlers import compare
from ui.tabs import PRIVATE, Reload


@dataclass(frozen=True, slots=True)
class CompareTab:
    search: gr.Textbox
    metric: gr.Dropdown
    summary: gr.Markdown
    plot: gr.Plot
    statements: gr.Dataframe
    log: gr.Dataframe

    @property
    def shown(self) -> list[Any]:
        """Every component that shows what the store holds (refilled after a change)."""
        return [self.metric, self.plot, self.statements, self.summary, self.log]


def build_compare_tab() -> CompareTab:
    with gr.Tab("Compare", id="compare"):
        with gr.Row():
            search = gr.Textbox(label="Search metrics", scale=1, elem_id="pkb-compare-search")
            metric = gr.Dropdown([], label="Metric", scale=3, elem_id="pkb-compare-metric")
        summary = gr.Markdown(elem_id="pkb-compare-summary")
        plot = gr.Plot(elem_id="pkb-compare-plot")
        statements = gr.Dataframe(
            headers=compare.STATEMENT_COLUMNS,
            interactive=False,
            wrap=True,
            max_height=400,
            elem_id="pkb-compare-statements",
            column_widths=["9%", "16%", "6%", "6%", "8%", "4%", "5%", "7%", "9%", "30%"],
        )
        gr.Markdown("**Change log** (every linked statement in the knowledge base)")
        log = gr.Dataframe(
            headers=compare.CHANGE_COLUMNS,
            interactive=False,
            wrap=True,
            max_height=400,
            elem_id="pkb-compare-log",
        )
    return CompareTab(search, metric, summary, plot, statements, log)


def wire_compare_tab(tab: CompareTab, run: Callable[..., Any]) -> Reload:
    """Search narrows the metrics, a choice draws its series; returns the fill that reads
    everything afresh (on page load, and after an upload or a deletion), keeping the search
    and the chosen metric when it is still offered."""

    def on_search(text: str) -> Any:
        names = run(compare.metric_choices, text or "")
        return gr.Dropdown(choices=names, value=names[0] if names else None)

    def on_choice(name: str | None) -> dict[Any, Any]:
        plot, statements, summary = run(compare.compare_view, name or "")
        return {tab.plot: plot, tab.statements: statements, tab.summary: summary}

    def on_refresh(text: str, name: str | None) -> dict[Any, Any]:
        names, chosen, plot, statements, summary, log = run(
            compare.compare_refresh, text or "", name
        )
        return {
            tab.metric: gr.Dropdown(choices=names, value=chosen),
            tab.plot: plot,
            tab.statements: statements,
            tab.summary: summary,
            tab.log: log,
        }

    tab.search.change(on_search, tab.search, tab.metric, **PRIVATE, trigger_mode="always_last")
    tab.metric.change(on_choice, tab.metric, [tab.plot, tab.statements, tab.summary], **PRIVATE)
    return Reload(on_refresh, [tab.search, tab.metric], tab.shown)
