"""The page's wiring (ui/tabs/): updates go to components by name, rows are read by column.

Built on a real store (HashEmbedder vectors, the real spaCy segmentation) without
launching; the event functions are called as Gradio calls them.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers
from ui.app import build_app
from ui.tabs import row_field

PLAN = (
    "Harbour Heat Plan\n\n"
    "1. The port authority shall connect 60% of berths to shore power by 2029.\n"
    "2. District heating losses are to fall below 9% by 2031.\n"
)


def _event(app: gr.Blocks, name: str, output_id: str) -> object:
    """The event function ``name`` whose outputs hold the component ``output_id``."""
    for block_fn in app.fns.values():
        ids = {getattr(b, "elem_id", None) for b in block_fn.outputs}
        if getattr(block_fn.fn, "__name__", "") == name and output_id in ids:
            return block_fn
    raise AssertionError(f"no {name} event writes #{output_id}")


@pytest.fixture()
def app(tmp_path):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    app = build_app(kb)
    yield app
    app.kb_worker.close()
    kb.close()


def test_refresh_lists_a_new_document_in_every_document_dropdown(app, tmp_path):
    doc_boxes = [
        b
        for b in app.blocks.values()
        if isinstance(b, gr.Dropdown) and b.label in ("Document", "Document to delete")
    ]
    # Ask, Targets, Obligations, Timeline, Read, and the delete box.
    assert len(doc_boxes) == 6
    refresh = _event(app, "refresh", "pkb-docs")
    assert {id(b) for b in doc_boxes} <= {id(b) for b in refresh.outputs}
    plan = tmp_path / "harbour_heat_plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    status = app.kb_writer.run(handlers.upload_documents, [SimpleNamespace(name=str(plan))])
    assert "<strong>added</strong>" in status
    (doc_id,) = [d.doc_id for d in app.kb_worker.run(lambda kb: kb.docs())]

    updates = refresh.fn()
    assert set(updates) <= set(refresh.outputs)
    for box in doc_boxes:
        assert doc_id in [value for _, value in updates[box].choices], box.label
    table = next(b for b in refresh.outputs if b.elem_id == "pkb-docs")
    assert list(updates[table]["file"]) == ["harbour_heat_plan.txt"]
    years = [b for b in refresh.outputs if isinstance(b, gr.Dropdown) and "from" in b.label]
    assert all("2029" in [v for _, v in updates[b].choices] for b in years)


def test_the_targets_fill_updates_its_table_count_and_downloads_by_name(app, tmp_path):
    plan = tmp_path / "harbour_heat_plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    app.kb_writer.run(handlers.upload_documents, [SimpleNamespace(name=str(plan))])
    fill = _event(app, "on_fill", "pkb-targets")
    updates = fill.fn("", "any", "any", "", "", "all", "", False)
    assert set(updates) == set(fill.outputs)
    by_id = {b.elem_id: value for b, value in updates.items()}
    assert by_id["pkb-target-count"].startswith("2 of 2")
    assert sorted(by_id["pkb-targets"]["year"]) == [2029, 2031]
    for suffix in ("csv", "xlsx", "json"):
        button = by_id[f"pkb-dl-{suffix}"]
        assert button.interactive is True and Path(button.value["path"]).suffix == f".{suffix}"


def test_a_selected_row_is_read_by_column_name_not_position():
    columns = ["document", "key", "year"]
    assert row_field(SimpleNamespace(row_value=["Plan", "d1:c2", 2030]), columns, "key") == "d1:c2"
    assert row_field(SimpleNamespace(row_value=None), columns, "key") == ""
    assert handlers.TARGET_COLUMNS.count("key") == handlers.OBLIGATION_COLUMNS.count("key") == 1


def _chain_after(app: gr.Blocks, first: object) -> list[object]:
    """The events run one after another (``.then``) after ``first``."""
    fns = list(app.fns.values())
    chain, current = [], first
    while nxt := next((f for f in fns if f.trigger_after == current._id), None):
        chain.append(nxt)
        current = nxt
    return chain


def test_an_upload_refills_the_compare_tab_keeping_search_and_choice(app):
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "tracking"
    fill = _event(app, "on_refresh", "pkb-compare-log")
    upload = _event(app, "on_upload", "pkb-upload-status")
    assert fill in _chain_after(app, upload)
    assert {b.elem_id for b in fill.outputs} >= {
        "pkb-compare-metric", "pkb-compare-plot", "pkb-compare-statements", "pkb-compare-log",
    }  # fmt: skip

    before = fill.fn("wind", None)
    by_id = {b.elem_id: value for b, value in before.items()}
    assert by_id["pkb-compare-metric"].choices == []
    assert len(by_id["pkb-compare-log"]) == 0

    # The upload handler ingests through the same call; the folder brings its manifest (dates).
    app.kb_writer.run(lambda kb: list(kb.ingest([fixtures])))
    after = {b.elem_id: value for b, value in fill.fn("wind", None).items()}
    names = [value for value, _ in after["pkb-compare-metric"].choices]
    assert names and all("wind" in n.lower() for n in names)
    chosen = after["pkb-compare-metric"].value
    assert chosen == names[0]
    assert set(after["pkb-compare-statements"]["document date"]) >= {"2020-05-01", "2022-05-01"}
    assert len(after["pkb-compare-log"]) > 0
    # A second refill keeps the reader's choice when it is still offered.
    again = {b.elem_id: value for b, value in fill.fn("wind", names[-1]).items()}
    assert again["pkb-compare-metric"].value == names[-1]


def test_opening_the_timeline_tab_fills_its_plot_again(app):
    # The tab's contents are built when it is first opened, so the plot is sent again then.
    tab = next(b for b in app.blocks.values() if isinstance(b, gr.Tab) and b.label == "Timeline")
    triggers = {
        trigger
        for block_fn in app.fns.values()
        if getattr(block_fn.fn, "__name__", "") == "on_timeline"
        for trigger in block_fn.targets
    }
    assert (tab._id, "select") in triggers
    assert {event for _, event in triggers} >= {"select", "change", "load"}
