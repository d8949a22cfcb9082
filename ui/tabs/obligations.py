"""The Obligations tab: who must, should or may do what, filtered, with downloads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import (
    FilteredTable,
    Listed,
    Lists,
    Reload,
    table_with_context,
    wire_filtered_table,
    year_box,
)


@dataclass(frozen=True, slots=True)
class ObligationsTab(FilteredTable):
    doc: gr.Dropdown
    actor: gr.Dropdown
    modality: gr.CheckboxGroup
    year_from: gr.Dropdown
    year_to: gr.Dropdown
    count: gr.Markdown
    csv: gr.DownloadButton
    json: gr.DownloadButton
    checklist: gr.DownloadButton
    table: gr.Dataframe
    context: gr.HTML

    @property
    def inputs(self) -> list[Any]:
        """The filters, in the order ``handlers.obligations_view`` takes them."""
        return [self.doc, self.actor, self.modality, self.year_from, self.year_to]

    @property
    def downloads(self) -> list[Any]:
        """In the order of ``handlers.OBLIGATION_EXPORTS``."""
        return [self.csv, self.json, self.checklist]

    def listed(self) -> Listed:
        return {**self.filter_lists(), self.actor: lambda lists: gr.Dropdown(choices=lists.actors)}


def build_obligations_tab(lists: Lists) -> ObligationsTab:
    with gr.Tab("Obligations", id="obligations"):
        with gr.Row():
            doc = gr.Dropdown(
                lists.docs, value="", label="Document", scale=2, allow_custom_value=True
            )
            actor = gr.Dropdown(
                lists.actors, value="", allow_custom_value=True, filterable=True,
                label="Actor (type part of a name, or choose)", scale=2, elem_id="pkb-actor",
            )  # fmt: skip
            modality = gr.CheckboxGroup(
                list(handlers.MODALITIES),
                value=list(handlers.MODALITIES),
                label="Modality",
                scale=3,
                elem_id="pkb-modality",
            )
            year_from = year_box(lists.years, "Year from", scale=1)
            year_to = year_box(lists.years, "Year to", scale=1)
        with gr.Row():
            count = gr.Markdown(elem_id="pkb-obligation-count")
            csv = gr.DownloadButton("Download CSV", elem_id="pkb-ob-csv", size="sm")
            json = gr.DownloadButton("Download JSON", elem_id="pkb-ob-json", size="sm")
            checklist = gr.DownloadButton(
                "Download checklist (Markdown)", elem_id="pkb-ob-md", size="sm"
            )
        table, context = table_with_context(
            handlers.OBLIGATION_COLUMNS,
            elem_id="pkb-obligations",
            widths=["150px", "110px", "100px", "160px", "340px", "160px", "110px", "90px"],
            context_id="pkb-obligation-context",
        )
    return ObligationsTab(doc, actor, modality, year_from, year_to, count, csv, json, checklist,
                          table, context)  # fmt: skip


def wire_obligations_tab(tab: ObligationsTab, run: Callable[..., Any]) -> Reload:
    """Any filter change refills the table and its downloads; returns that fill event."""
    return wire_filtered_table(
        tab,
        handlers.obligations_view,
        columns=handlers.OBLIGATION_COLUMNS,
        typed=[tab.actor],
        run=run,
    )
