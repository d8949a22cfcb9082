"""Layout and wiring of the Compare tab (handlers in ``ui/handlers/compare.py``).

``ui/app.py`` calls ``add_compare_tab(app, run)`` inside its ``gr.Tabs()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from ui.handlers import compare


def add_compare_tab(app: gr.Blocks, run: Callable[..., Any]) -> None:
    """A tab to choose or search a tracked metric, see its series, and the change log."""
    with gr.Tab("Compare", id="compare"):
        with gr.Row():
            search = gr.Textbox(label="Search metrics", scale=1, elem_id="pkb-compare-search")
            choice = gr.Dropdown([], label="Metric", scale=3, elem_id="pkb-compare-metric")
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

    def on_search(text: str) -> Any:
        names = run(compare.metric_choices, text or "")
        return gr.Dropdown(choices=names, value=names[0] if names else None)

    def on_choice(name: str | None) -> Any:
        return run(compare.compare_view, name or "")

    search.change(on_search, search, choice, api_visibility="private", trigger_mode="always_last")
    choice.change(on_choice, choice, [plot, statements, summary], api_visibility="private")
    app.load(on_search, search, choice, api_visibility="private")
    app.load(lambda: run(compare.change_log), None, log, api_visibility="private")
