"""The Timeline tab: targets by deadline year, one row per sector or per document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import PRIVATE, Listed, Lists, Reload, doc_list


@dataclass(frozen=True, slots=True)
class TimelineTab:
    item: gr.Tab
    doc: gr.Dropdown
    group: gr.Radio
    plot: gr.Plot

    def listed(self) -> Listed:
        return {self.doc: doc_list}


def build_timeline_tab(lists: Lists) -> TimelineTab:
    with gr.Tab("Timeline", id="timeline") as item:
        with gr.Row():
            doc = gr.Dropdown(lists.docs, value="", label="Document", allow_custom_value=True)
            group = gr.Radio(["sector", "document"], value="sector", label="One row per")
        plot = gr.Plot(elem_id="pkb-timeline")
    return TimelineTab(item, doc, group, plot)


def wire_timeline_tab(tab: TimelineTab, run: Callable[..., Any]) -> Reload:
    """Either control redraws the plot, and so does opening the tab; returns that fill event.

    Opening the tab fills it again because the tab's contents are only built when it is
    first opened: a figure sent at page load can arrive while that happens. The same
    figure sent twice is not redrawn, so a second fill costs no flicker.
    """

    def on_timeline(doc: str, group: str) -> Any:
        return run(handlers.timeline_figure, doc, group)

    fill = Reload(on_timeline, [tab.doc, tab.group], tab.plot)
    for control in (tab.doc, tab.group):
        control.change(*fill, **PRIVATE)
    tab.item.select(*fill, **PRIVATE)
    return fill
