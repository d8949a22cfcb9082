"""Tracking aims without a figure (kb/track_aims.py, kb/data/aims.toml).

An emissions peak, net zero / carbon or climate neutrality and a coal phase-out are read
in the clause of a stored target, tied to their year, and keyed by the aim's name in both
languages, so a later text restating, moving or bringing forward the aim links to the
earlier one. Precision: a sentence about another holder (another jurisdiction, a company,
a city in a national text), an aim with no year beside it and a past peak are not the
document's aim; a figure in the same clause is kept as before.

Texts in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.records import Target
from kb import tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from kb.track_aims import aim_records, aims_in, year_of
from kb.track_signals import PhraseVectors

PEAK, ZERO, COAL = "emissions peak", "net zero / neutrality", "coal phase-out"


@pytest.mark.parametrize(
    ("text", "own", "found"),
    [
        ("Valdoria will achieve carbon neutrality by 2060.", "VD", [(ZERO, 2060)]),
        ("The bloc aims to be climate neutral by 2050.", "EU", [(ZERO, 2050)]),
        ("By 2045 the country will reach net-zero emissions.", "VD", [(ZERO, 2045)]),
        ("Emissions are to reach a peak before 2030.", "VD", [(PEAK, 2030)]),
        (
            "It will halt the rise of its carbon emissions by 2028 and be carbon neutral by 2058.",
            "VD",
            [(PEAK, 2028), (ZERO, 2058)],
        ),
        ("The plan will phase out coal power by 2035.", "VD", [(COAL, 2035)]),
        ("力争2030年前实现碳达峰，2060年前实现碳中和。", "CN", [(PEAK, 2030), (ZERO, 2060)]),
        ("承諾於2030年前碳排放達到峰值。", "CN", [(PEAK, 2030)]),
        ("到2050年实现净零排放。", "EU", [(ZERO, 2050)]),
        # another holder in the sentence, and not the document's own
        ("European leaders have set climate neutrality by 2050.", "CN", []),
        ("美国已承诺到2050年实现净零排放。", "EU", []),
        ("Acme Ltd will be carbon neutral by 2040.", "EU", []),
        ("Twelve pilot cities are to peak emissions by 2025.", "CN", []),
        # the document's own holder named beside another: its own aim
        ("Like the EU, China aims for carbon neutrality by 2060.", "CN", [(ZERO, 2060)]),
        # a year of another aim before it: not its year
        ("A 90% cut by 2040 keeps the bloc on track for climate neutrality.", "EU", []),
        ("The 2035 plan is late, so the path to climate neutrality is unclear.", "EU", []),
        ("By 2050, the bloc will be climate neutral.", "EU", [(ZERO, 2050)]),
        # no year tied to the aim, a past peak, a forecast of a peak
        ("Carbon neutrality remains the long-term goal.", "VD", []),
        ("Carbon neutrality remains the goal. Spending rises in 2030.", "VD", []),
        ("Its emissions peaked in 2012.", "VD", []),
        ("Experts think the peak could come as early as 2025.", "VD", []),
    ],
)
def test_aims_in_a_clause(text: str, own: str, found: list[tuple[str, int]]) -> None:
    assert [(name, year) for name, _, year in aims_in(text, own)] == found


def test_a_city_plan_may_name_itself_the_city() -> None:
    # A city's own plan ("Harbourton") is not a national text: "the city" is its holder.
    assert [y for _, _, y in aims_in("The city will be carbon neutral by 2040.", "Harbourton")]
    assert [y for _, _, y in aims_in("The city will be carbon neutral by 2040.", "EU")] == []


def test_the_year_is_the_one_tied_to_the_aim() -> None:
    text = "Coal use falls by 2027; the country is to reach net zero by 2050."
    start = text.index("net zero")
    assert year_of(text, start, start + len("net zero")) == 2050


def _aim(text: str, doc: str, date: str, row: int, own: str = "VD") -> list[tracking.Statement]:
    record = Target(
        "x", 30.0, "%", "30%", "=", None, 2030, None, "by 2030", "", doc, f"c{row}", text,
        0, len(text),
    )  # fmt: skip
    return [
        tracking.Statement(-row * 8 - n, aim, key, doc, date, "t", f"/d/{doc}.md")
        for n, (aim, key) in enumerate(aim_records(record, own))
    ]


@pytest.mark.parametrize(
    ("first", "later", "relation"),
    [
        ("carbon neutrality by 2060", "2060年前实现碳中和", "restated"),
        ("net zero by 2050", "climate neutrality by 2055", "extended"),
        ("net zero by 2050", "net zero by 2045", "brought forward"),
        ("emissions to peak before 2030", "碳排放在2028年前达峰", "brought forward"),
    ],
)
def test_one_aim_links_across_wordings(first: str, later: str, relation: str) -> None:
    statements = _aim(f"The country aims for {first}.", "a", "2020-01-01", 1)
    statements += _aim(later, "b", "2022-01-01", 2)
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    links = [k for s in series for k in s.links]
    assert [k.relation for k in links] == [relation]


def test_a_peak_and_neutrality_are_two_aims() -> None:
    statements = _aim("Emissions are to peak by 2030.", "a", "2020-01-01", 1)
    statements += _aim("Net zero by 2030 is the aim.", "b", "2022-01-01", 2)
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    assert [k for s in series for k in s.links] == []


def test_other_jurisdictions_aims_do_not_link() -> None:
    statements = _aim("Valdoria will be carbon neutral by 2050.", "a", "2020-01-01", 1, "VD")
    statements += _aim("Norvale will be carbon neutral by 2050.", "b", "2022-01-01", 2, "NV")
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    assert [k for s in series for k in s.links] == []


_PLAN = """# Valdoria climate plan

Valdoria will cut greenhouse gas emissions by 40% by 2030 compared with 1990 and will
achieve carbon neutrality by 2060.
"""
_UPDATE = """# 瓦尔多利亚气候规划更新

到2030年，温室气体排放比1990年减少45%，力争2055年前实现碳中和。
"""
_MANIFEST = """[[document]]
file = "plan.md"
title = "Valdoria climate plan"
jurisdiction = "VD"
date = "2020-05-01"
language = "en"

[[document]]
file = "update.md"
title = "瓦尔多利亚气候规划更新"
jurisdiction = "VD"
date = "2023-05-01"
language = "zh"
"""


def test_a_stored_aim_links_and_the_figure_beside_it_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(_PLAN, "utf-8")
    (folder / "update.md").write_text(_UPDATE, "utf-8")
    (folder / "sources.toml").write_text(_MANIFEST, "utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert all(r.status == "added" for r in kb.ingest([folder]))
        series = tracking.track(kb.store)
        aims = [k for s in series for k in s.links if k.a.key.unit_family == "aim"]
        assert [(k.relation, k.a.record.year, k.b.record.year) for k in aims] == [
            ("brought forward", 2060, 2055)
        ]
        figures = [s for s in series if s.statements[0].key.unit_family == "percent"]
        assert any(st.record.value == 40.0 for s in figures for st in s.statements)
    finally:
        kb.close()
