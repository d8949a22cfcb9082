"""The Obligations tab's handlers, and that ``build_app`` wires the tab, on a small real store.

The store (SQLite + on-disk chroma, hashed embeddings) holds paragraph 12 of the
bundled article (corpus/china-green-manufacturing-guiding-opinions-2024.txt),
where the Guiding Opinions "guide data centers to expand the proportion of green
energy utilization", and a line with a ``<script>`` tag to check escaping. The
obligation records are built by hand, as the extractor writes them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

from ingest.records import Clause, Document, Obligation, content_id
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers
from ui.app import build_app

PARAGRAPH = (
    "The “Guiding Opinions” propose that in the field of new generation information "
    "technology, guide data centers to expand the proportion of green energy utilization, "
    "promote the application of low-power chips and other technology products."
)
SCRIPT = "Operators <script>alert('x')</script> must not vent methane by 2030."
GREEN = "expand the proportion of green energy utilization"

# (sentence, modality, actor, action, year)
OBLIGATIONS = [
    (PARAGRAPH, "encouragement", "data centers", GREEN, None),
    (PARAGRAPH, "encouragement", None,
     "promote the application of low-power chips and other technology products", None),
    (SCRIPT, "prohibition", "Operators <script>", "vent methane", 2030),
]  # fmt: skip


def _extraction(path: Path) -> SimpleNamespace:
    text = f"Green manufacturing\n{PARAGRAPH}\n{SCRIPT}\n"
    doc_id = content_id(text)
    document = Document(doc_id=doc_id, path=str(path), text=text, title="Guiding <Opinions>")
    clauses = {}
    for sentence in (PARAGRAPH, SCRIPT):
        start = text.index(sentence)
        clauses[sentence] = Clause(
            clause_id=content_id(doc_id, start),
            doc_id=doc_id,
            text=sentence,
            start=start,
            end=start + len(sentence),
            section=("Green manufacturing",),
        )
    records = tuple(
        Obligation(
            modality=modality,
            actor=actor,
            action=action,
            object="",
            condition=None,
            year=year,
            deadline_text=f"by {year}" if year else "",
            doc_id=doc_id,
            clause_id=clauses[sentence].clause_id,
            text=sentence,
            start=clauses[sentence].start,
            end=clauses[sentence].end,
        )
        for sentence, modality, actor, action, year in OBLIGATIONS
    )
    return SimpleNamespace(document=document, clauses=tuple(clauses.values()), records=records)


@pytest.fixture()
def kb(tmp_path):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    kb.add_extraction(_extraction(tmp_path / "article.txt"))
    yield kb
    kb.close()


def view(kb, doc="", actor="", modalities=None, year_from="any", year_to="any"):
    if modalities is None:
        modalities = list(handlers.MODALITIES)
    return handlers.obligations_view(kb, doc, actor, modalities, year_from, year_to)


def test_table_lists_every_obligation_with_a_key_to_its_clause(kb):
    frame, count, *_ = view(kb)
    assert count == "3 of 3 obligations"
    assert list(frame.columns) == handlers.OBLIGATION_COLUMNS
    green = frame[frame["actor"] == "data centers"].iloc[0]
    assert (green["modality"], green["action"]) == ("encouragement", GREEN)
    assert green["document"] == "Guiding <Opinions>"  # the Dataframe escapes cell text itself
    assert frame.iloc[2]["deadline"] == "by 2030"


@pytest.mark.parametrize("filters, actors", [
    ({"actor": "DATA"}, ["data centers"]),
    ({"modalities": ["prohibition"]}, ["Operators <script>"]),
    ({"modalities": []}, []),  # every box unticked shows nothing, not everything
    ({"year_from": "2030", "year_to": 2030}, ["Operators <script>"]),
    ({"year_from": "2031"}, []),
])  # fmt: skip
def test_filters(kb, filters, actors):
    frame, count, *_ = view(kb, **filters)
    assert list(frame["actor"]) == actors
    if actors:
        assert count == f"{len(actors)} of 3 obligations"
    else:  # an empty table says so, and how to see every row again
        assert count == "No obligations match these filters (0 of 3); clear them to see all."


def test_document_filter_and_errors(kb):
    doc_id = handlers.doc_choices(kb)[1][1]
    assert len(view(kb, doc=doc_id)[0]) == 3
    with pytest.raises(gr.Error, match="no document matches"):
        view(kb, doc="ffffffff")
    with pytest.raises(gr.Error, match="not a year"):
        view(kb, year_from="soon")


def test_selected_row_shows_its_clause_marked_and_escaped(kb):
    frame, *_ = view(kb, modalities=["prohibition"])
    html = handlers.target_context(kb, frame.iloc[0]["key"])
    assert "<mark>Operators &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "Guiding &lt;Opinions&gt;" in html


def test_downloads_hold_the_filtered_records(kb):
    _, _, csv_path, json_path, md_path = view(kb, actor="data")
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["actor"], r["action"]) for r in rows] == [("data centers", GREEN)]
    assert rows[0]["text"] == PARAGRAPH and rows[0]["document"] == "Guiding <Opinions>"
    assert [r["action"] for r in json.loads(Path(json_path).read_text(encoding="utf-8"))] == [GREEN]
    checklist = Path(md_path).read_text(encoding="utf-8")
    assert checklist.startswith("## Data centers\n")
    assert f"- [ ] **encouragement** — {GREEN} — *Guiding \\<Opinions\\>*, clause " in checklist
    assert Path(md_path).name == "obligations.md"


def test_build_app_has_the_obligations_tab_wired(kb):
    app = build_app(kb)
    try:
        tabs = {b.label for b in app.blocks.values() if isinstance(b, gr.Tab)}
        assert {"Ask", "Targets", "Obligations", "Timeline", "Documents"} <= tabs
        ids = {b.elem_id for b in app.blocks.values()}
        assert {
            "pkb-obligations",
            "pkb-ob-csv",
            "pkb-ob-json",
            "pkb-ob-md",
            "pkb-obligation-context",
            "pkb-modality",
        } <= ids
        frame, count, *_ = app.kb_worker.run(
            handlers.obligations_view, "", "data", list(handlers.MODALITIES), None, None
        )
        assert count == "1 of 3 obligations" and list(frame["action"]) == [GREEN]
    finally:
        app.kb_worker.close()


def test_actor_choices_most_frequent_first(kb):
    choices = handlers.actor_choices(kb)
    assert choices[0] == ("Any actor", "")
    assert {"data centers", "Operators <script>"} <= {value for _, value in choices[1:]}
    counts = [int(label.rsplit("(", 1)[1].rstrip(")")) for label, _ in choices[1:]]
    assert counts == sorted(counts, reverse=True)
