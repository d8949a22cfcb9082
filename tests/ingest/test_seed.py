"""The bundled article end to end: exactly its targets, none of its historical figures."""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document


@pytest.fixture(scope="module")
def extraction(seed_path):
    return process_document(
        load_document(seed_path), nlp=build_nlp(), types=("target", "statistic")
    )


def _targets(extraction):
    return [r for r in extraction.records if r.type == "target"]


def test_quantitative_targets_are_exactly_the_articles_five(extraction):
    got = sorted(
        (t.year, t.value, t.unit, t.comparator) for t in _targets(extraction) if t.value is not None
    )
    assert got == sorted([
        (2030, 40.0, "%", ">"),           # green-factory output share
        (2030, 510_000_000.0, "t", "="),  # recycling of major renewable resources
        (2030, 62.0, "%", "="),           # bulk industrial solid waste utilisation
        (2030, 30.0, "%", ">"),           # renewable energy in electrolytic aluminium
        (2030, 20.0, "%", ">"),           # short-process steelmaking
    ])  # fmt: skip


@pytest.mark.parametrize(
    "value, words, sector",
    [
        (40.0, "green factories as a share of total output value", "manufacturing"),
        (510_000_000.0, "recycling volume of major renewable resources", "waste and recycling"),
        (62.0, "bulk industrial solid waste", "waste and recycling"),
        (30.0, "renewable energy used in electrolytic aluminum", "electrolytic aluminium"),
        (20.0, "short-process steelmaking", "steel"),
    ],
)
def test_each_target_names_its_metric_and_sector(extraction, value, words, sector):
    (target,) = [t for t in _targets(extraction) if t.value == value]
    assert words in target.metric
    assert target.sector == sector
    assert target.deadline_text == "by 2030"


def test_qualitative_aims_carry_the_paragraph_deadline(extraction):
    qualitative = {t.metric: t.year for t in _targets(extraction) if t.value is None}
    assert qualitative["Carbon emissions have stabilized and declined after peaking"] == 2035
    assert any("endogenous driving force" in m and y == 2035 for m, y in qualitative.items())
    assert any(
        "short-process synthesis technologies" in m and y == 2030 for m, y in qualitative.items()
    )
    assert all(y in (2030, 2035) for y in qualitative.values())


@pytest.mark.parametrize(
    "value",
    [15.7, 33.6, 9_500_000.0, 60.0, 97.0, 95.0, 89.0, 426_000_000.0, 4_000_000.0, 480_000.0,
     510_000_000.0, 20_000.0],
)  # fmt: skip
def test_historical_figures_are_statistics_never_targets(extraction, value):
    stats = [r for r in extraction.records if r.type == "statistic" and r.value == value]
    assert stats, f"{value} should be reported as a statistic"
    if value != 510_000_000.0:  # 510 million tons is also a target (a different metric)
        assert not [t for t in _targets(extraction) if t.value == value]


def test_the_dezhou_40_percent_energy_cut_is_a_statistic(extraction):
    forty = [r for r in extraction.records if r.value == 40.0]
    assert {r.type for r in forty} == {"target", "statistic"}
    (stat,) = [r for r in forty if r.type == "statistic"]
    assert "energy consumption" in stat.metric


def test_records_and_clauses_point_back_into_the_document(extraction):
    text = extraction.document.text
    for clause in extraction.clauses:
        assert text[clause.start : clause.end] == clause.text
    for record in extraction.records:
        assert text[record.start : record.end] == record.text


def test_boilerplate_yields_no_clause(extraction):
    texts = " ".join(c.text for c in extraction.clauses)
    for junk in ("Home » Business", "#generation", "Leave a Comment", "Akismet", "03:40:51"):
        assert junk not in texts
