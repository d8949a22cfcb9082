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
