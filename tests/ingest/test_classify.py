"""The learned figure model (ingest/classify.py): opt-in, and what it changes when on."""

from __future__ import annotations

import pytest

from ingest.classify import enabled, figure_features, load_model
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _figures(text: str, date: str | None = "2024-03-01") -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date)
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [(r.type, r.value, r.year) for r in extraction.records if r.value is not None]


def test_rule_path_is_the_default(monkeypatch):
    monkeypatch.delenv("POLICYKB_FIGURE_MODEL", raising=False)
    assert not enabled()
    text = "Its 2030 strategy lists 22 themes, one of which deals with flooding."
    assert ("target", 22.0, 2030) in _figures(text)  # the rules' decision, unchanged


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        # plain counts of a plan's parts, which the rules take for aims
        ("Its 2030 strategy lists 22 themes, one of which deals with flooding.", 22.0, False),
        ("The 2030 roadmap counts 35 milestones across five sectors.", 35.0, False),
        # aims stay aims
        ("The ministry will cut emissions from public buildings by 40% by 2030 compared with "
         "2019.", 40.0, True),
        ("The region aims to plant 2 million trees by 2030.", 2_000_000.0, True),
    ],
)  # fmt: skip
def test_model_demotes_doubtful_targets_when_on(monkeypatch, text, value, kept):
    monkeypatch.setenv("POLICYKB_FIGURE_MODEL", "on")
    types = {kind for kind, v, _ in _figures(text) if v == value}
    assert types == ({"target"} if kept else {"statistic"})


def test_undated_text_keeps_the_rule_decision(monkeypatch):
    monkeypatch.setenv("POLICYKB_FIGURE_MODEL", "on")
    text = "Its 2030 strategy lists 22 themes, one of which deals with flooding."
    assert ("target", 22.0, 2030) in _figures(text, date=None)


def test_features_read_position_and_year_gap():
    grammar, model = load_grammar("en"), load_model("en")
    text = "11 Norway intends to spend 5 million EUR on dikes in 2021-2027."
    record = Target(
        metric="x", value=11.0, unit="", value_text="11", comparator=None, direction=None,
        year=2027, base_year=None, deadline_text="", sector="", doc_id="d", clause_id="c",
        text=text, start=0, end=len(text),
    )  # fmt: skip
    features = figure_features(record, grammar, model, doc_year=2024)
    assert features["opens_clause"] == 1.0
    assert features["year_near"] == 1.0 and features["year_past"] == 0.0
    assert features["role_target"] == 1.0
