"""The web app's tabs, one module each; ``ui/app.py`` lays them out and connects them.

Each module has a ``build_*`` function that creates the tab's components inside
``gr.Tabs()`` and returns them in a small dataclass, and a ``wire_*`` function
that connects them to ``ui.handlers``. Handlers that update several components
return ``{component: update}``; table rows are read by column name.

Shared here: ``Lists`` (the dropdown choices read from the knowledge base, once
per page build or refresh), ``Reload`` (a tab's fill event, repeated after an
upload or a deletion) and small helpers for year boxes, rows and downloads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import gradio as gr

from ui import handlers

#: Keyword arguments of every event that is page wiring, not part of the app's API.
PRIVATE: dict[str, Any] = {"api_visibility": "private"}

#: A tab's refreshable components, each with the update it gets from fresh ``Lists``.
Listed = dict[Any, Callable[["Lists"], Any]]


@dataclass(frozen=True, slots=True)
class Lists:
    """What the dropdowns offer, read from the knowledge base in one go.

    ``docs`` are ``(label, doc_id)`` pairs whose first is "All documents";
    ``documents`` (the Documents table) is read only for a refresh.
    """

    docs: list[tuple[str, str]]
    sectors: list[tuple[str, str]]
    years: list[str]
    actors: list[tuple[str, str]]
    documents: Any = None

    @classmethod
    def read(cls, run: Callable[..., Any], *, documents: bool = False) -> Lists:
        return cls(
            docs=run(handlers.doc_choices),
            sectors=run(handlers.sector_choices),
            years=run(handlers.year_choices),
            actors=run(handlers.actor_choices),
            documents=run(handlers.documents_frame) if documents else None,
        )


class Reload(NamedTuple):
    """A tab's fill event, ``(fn, inputs, outputs)``: run on page load, and again after an
    upload or a deletion (``event.then(*reload, **PRIVATE)``)."""

    fn: Callable[..., Any]
    inputs: Any
    outputs: Any


def year_box(years: Sequence[str], label: str, **kwargs: Any) -> gr.Dropdown:
    """A dropdown of the years in the data; any other year can be typed in."""
    return gr.Dropdown(list(years), value="any", label=label, allow_custom_value=True, **kwargs)


def doc_list(lists: Lists) -> Any:
    """Update for a document filter: every document, "All documents" first."""
    return gr.Dropdown(choices=lists.docs)


def year_list(lists: Lists) -> Any:
    """Update for a year box."""
    return gr.Dropdown(choices=lists.years)


def row_field(evt: gr.SelectData, columns: Sequence[str], name: str) -> str:
    """The ``name`` column of the selected table row ("" when no row is selected)."""
    row = evt.row_value or []
    return str(row[list(columns).index(name)]) if row else ""


def download_updates(frame: Any, paths: Sequence[Any], buttons: Sequence[Any]) -> dict[Any, Any]:
    """Each download button gets its file, and is clickable only when the table has rows."""
    return {
        button: gr.DownloadButton(value=path, interactive=len(frame) > 0)
        for button, path in zip(buttons, paths, strict=True)
    }


def show_clause_on_select(
    table: gr.Dataframe, context: gr.HTML, columns: Sequence[str], run: Callable[..., Any]
) -> None:
    """Selecting a row of ``table`` shows the row's clause (its ``key`` column) in ``context``."""

    def on_select(evt: gr.SelectData) -> str:
        return run(handlers.target_context, row_field(evt, columns, "key"))

    table.select(on_select, None, context, **PRIVATE)


class FilteredTable:
    """What the Targets and Obligations tabs share: filters (``inputs``) fill a table, its
    count line and its downloads; a selected row shows its clause in ``context``."""

    __slots__ = ()
    doc: gr.Dropdown
    year_from: gr.Dropdown
    year_to: gr.Dropdown
    count: gr.Markdown
    table: gr.Dataframe
    context: gr.HTML

    @property
    def inputs(self) -> list[Any]:
        raise NotImplementedError

    @property
    def downloads(self) -> list[Any]:
        raise NotImplementedError

    @property
    def outputs(self) -> list[Any]:
        return [self.table, self.count, *self.downloads]

    def filter_lists(self) -> Listed:
        """The document and year filters, refreshed like every other list."""
        return {self.doc: doc_list, self.year_from: year_list, self.year_to: year_list}


def table_with_context(
    headers: Sequence[str], *, elem_id: str, widths: Sequence[str], context_id: str
) -> tuple[gr.Dataframe, gr.HTML]:
    """A read-only table, and under it the box where a selected row's clause is shown.

    ``widths`` are in pixels: on a phone the table scrolls sideways instead of squeezing
    each column to a letter.
    """
    table = gr.Dataframe(
        headers=list(headers),
        interactive=False,
        wrap=True,
        max_height=520,
        elem_id=elem_id,
        column_widths=list(widths),
    )
    gr.Markdown("Select a row to read its clause in context.")
    return table, gr.HTML(elem_id=context_id)


def wire_filtered_table(
    tab: FilteredTable,
    view: Callable[..., Any],
    *,
    columns: Sequence[str],
    typed: Sequence[Any],
    run: Callable[..., Any],
) -> Reload:
    """Any filter change refills the table with ``view(*filters)`` (a frame, a count line and
    one file per download); ``typed`` filters refill once typing pauses. Returns the fill."""

    def on_fill(*values: Any) -> dict[Any, Any]:
        frame, count, *paths = run(view, *values)
        return {tab.table: frame, tab.count: count, **download_updates(frame, paths, tab.downloads)}

    fill = Reload(on_fill, tab.inputs, tab.outputs)
    for control in tab.inputs:
        if any(control is t for t in typed):
            control.change(*fill, **PRIVATE, trigger_mode="always_last")
        else:
            control.change(*fill, **PRIVATE)
    show_clause_on_select(tab.table, tab.context, columns, run)
    return fill
