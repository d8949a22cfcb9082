"""Documents of one date: a figure repeated the same day is a restatement whichever text came
first; a different figure that day is compared with the earlier documents only."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking
from kb.track_signals import PhraseVectors

_METRIC = "net greenhouse gas emissions below 2005 levels"


def _statement(row: int, date: str, value: float, year: int) -> tracking.Statement:
    written = f"{value:g}%"
    text = f"The republic will cut {_METRIC} by {written} in {year}."
    record = Target(
        _METRIC, value, "%", written, "=", None, year, 2005, f"in {year}", "", "d", "c",
        text, 0, len(text),
    )  # fmt: skip
    key = metric_key(record, language="en", jurisdiction="WX")
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/doc{row}.md")


def _pairs(specs: list[tuple[str, float, int]]) -> set[tuple[str, str, str]]:
    statements = [_statement(i + 1, *spec) for i, spec in enumerate(specs)]
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    return {
        (Path(k.a.doc_path).stem, Path(k.b.doc_path).stem, k.relation)
        for s in series
        for k in s.links
    }


@pytest.mark.parametrize(
    "specs, expected",
    [
        # a fact sheet and a briefing of one day repeat the figure: restated between them
        ([("2024-05-02", 40.0, 2035), ("2024-05-02", 40.0, 2035)],
         {("doc1", "doc2", "restated")}),
        # the same day after an older plan: the later text restates its same-day twin
        ([("2019-03-01", 40.0, 2035), ("2024-05-02", 40.0, 2035), ("2024-05-02", 40.0, 2035)],
         {("doc1", "doc2", "restated"), ("doc2", "doc3", "restated")}),
        # ordinary case kept: a raise against an older plan is still found
        ([("2019-03-01", 30.0, 2035), ("2024-05-02", 40.0, 2035)],
         {("doc1", "doc2", "raised")}),
    ],
)  # fmt: skip
def test_same_day_restatements_are_linked(specs, expected):
    assert _pairs(specs) == expected


@pytest.mark.parametrize(
    "specs, expected",
    [
        # two figures for one year on one day: no order to read a raise from
        ([("2024-05-02", 40.0, 2035), ("2024-05-02", 45.0, 2035)], set()),
        # each is compared with the older plan instead
        ([("2019-03-01", 40.0, 2035), ("2024-05-02", 40.0, 2035), ("2024-05-02", 45.0, 2035)],
         {("doc1", "doc2", "restated"), ("doc1", "doc3", "raised")}),
        # another year the same day is no restatement either
        ([("2024-05-02", 40.0, 2035), ("2024-05-02", 40.0, 2040)], set()),
    ],
)  # fmt: skip
def test_same_day_other_figures_are_not_linked(specs, expected):
    assert _pairs(specs) == expected
