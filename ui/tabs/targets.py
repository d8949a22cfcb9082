"""The Targets tab: filters, sort, the targets table, downloads and the selected clause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import (
    PRIVATE,
    FilteredTable,
    Listed,
    Lists,
    Reload,
    table_with_context,
    wire_filtered_table,
    year_box,
)


@dataclass(frozen=True, slots=True)
class TargetsTab(FilteredTable):
    doc: gr.Dropdown
    year_from: gr.Dropdown
    year_to: gr.Dropdown
    sector: gr.Dropdown
    keyword: gr.Textbox
    kind: gr.Radio
    sort: gr.Dropdown
    descending: gr.Checkbox
    reset: gr.Button
    count: gr.Markdown
    csv: gr.DownloadButton
    xlsx: gr.DownloadButton
    json: gr.DownloadButton
    table: gr.Dataframe
    context: gr.HTML

    @property
    def inputs(self) -> list[Any]:
        """The filters, in the order ``handlers.targets_view`` takes them."""
        return [self.doc, self.year_from, self.year_to, self.sector, self.keyword, self.kind,
                self.sort, self.descending]  # fmt: skip

    @property
    def downloads(self) -> list[Any]:
        """In the order of ``handlers.EXPORT_FORMATS``."""
        return [self.csv, self.xlsx, self.json]

    def listed(self) -> Listed:
        return {
            **self.filter_lists(),
            self.sector: lambda lists: gr.Dropdown(choices=lists.sectors),
        }


def build_targets_tab(lists: Lists) -> TargetsTab:
    with gr.Tab("Targets", id="targets"):
        with gr.Row():
            doc = gr.Dropdown(
                lists.docs, value="", label="Document", scale=2, allow_custom_value=True
            )
            year_from = year_box(lists.years, "Year from", scale=1)
            year_to = year_box(lists.years, "Year to", scale=1)
            sector = gr.Dropdown(lists.sectors, value="", label="Sector", scale=1)
            keyword = gr.Textbox(label="Keyword in metric", scale=2, elem_id="pkb-keyword")
            kind = gr.Radio(
                ["all", "quantitative", "qualitative"], value="all", label="Kind", scale=2
            )
        with gr.Row():
            sort = gr.Dropdown(
                [("document order", ""), *[(k, k) for k in handlers.SORT_KEYS]],
                value="", label="Sort by (the downloads follow it)", scale=2, elem_id="pkb-sort",
            )  # fmt: skip
            descending = gr.Checkbox(label="descending", value=False, scale=1)
            reset = gr.Button("Reset filters", size="sm", scale=1, elem_id="pkb-reset")
        with gr.Row():
            count = gr.Markdown(elem_id="pkb-target-count")
            csv = gr.DownloadButton("Download CSV", elem_id="pkb-dl-csv", size="sm")
            xlsx = gr.DownloadButton("Download XLSX", elem_id="pkb-dl-xlsx", size="sm")
            json = gr.DownloadButton("Download JSON", elem_id="pkb-dl-json", size="sm")
        table, context = table_with_context(
            handlers.TARGET_COLUMNS,
            elem_id="pkb-targets",
            widths=["150px", "60px", "340px", "120px", "70px", "60px", "70px", "100px",
                    "110px", "90px"],
            context_id="pkb-target-context",
        )  # fmt: skip
    return TargetsTab(doc, year_from, year_to, sector, keyword, kind, sort, descending, reset,
                      count, csv, xlsx, json, table, context)  # fmt: skip


def wire_targets_tab(tab: TargetsTab, run: Callable[..., Any]) -> Reload:
    """Any filter change refills the table and its downloads; returns that fill event."""

    def on_reset() -> dict[Any, Any]:
        cleared = ("", "any", "any", "", "", "all", "", False)
        return dict(zip(tab.inputs, cleared, strict=True))

    fill = wire_filtered_table(
        tab, handlers.targets_view, columns=handlers.TARGET_COLUMNS, typed=[tab.keyword], run=run
    )
    tab.reset.click(on_reset, None, tab.inputs, **PRIVATE).then(*fill, **PRIVATE)
    return fill
