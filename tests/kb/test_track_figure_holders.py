"""A figure held by another country is not the document's own target.

"Meanwhile Norland has pledged to cut 37% by 2035" in one nation's text is Norland's figure:
tracking leaves it out of the document's series (`kb.track_holders.figure_of_other`, every
country's names in `kb/data/countries.toml`). A country holds a figure only as the subject
of the figure's own clause or as its owner right before it; one named after the figure ("in
line with what Chile and Peru pledged") or in another clause holds nothing, and the
document's own name ("the Government", "the Union", 我国) keeps the figure its own. Texts
in our own words; Valdoria is an invented country (code VD).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb import tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from kb.track_holders import figure_of_other


@pytest.mark.parametrize(
    ("sentence", "own", "words", "other"),
    [
        # another country is the figure's subject or owner: not the document's
        ("Elsewhere Peru has promised a 35 percent reduction by 2035.", "VD", (), True),
        ("Kenya proposed a 28 percent cut by 2035.", "VD", (), True),
        ("Norway will lower its emissions by 57% by 2035.", "AU", (), True),
        ("That is well short of Chile's 45 percent by 2035.", "VD", (), True),
        ("The gap to Morocco at 38 percent by 2035 remains wide.", "VD", (), True),
        ("印度尼西亚承诺到2035年减排33%。", "VD", (), True),
        # a country as the level of an objective holds its figure; the nation's level does not
        ("Goal agreed on EU level: 62 % fewer refrigerant gases by 2035.", "DE", (), True),
        ("Goal agreed on national level: 62 % fewer refrigerant gases by 2035.", "DE", (), False),
        # a nationality adjective names people, not the figure's holder
        ("Polish ministers debate a goal of 47% to 52% by 2035.", "EU", (), False),
        # the document's own figure, plainly stated: kept
        ("Emissions will fall by 31 percent by 2035 on 2010 levels.", "AU", (), False),
        ("The Australian government will cut emissions by 39% by 2035.", "AU", (), False),
        # another country named after the figure or in another clause: kept
        (
            "The Government will reduce net emissions by 31% by 2035 against 2010, in line "
            "with what Chile and Peru have pledged.",
            "VD",
            (),
            False,
        ),
        (
            "The Union shall cut emissions 58% by 2035, a pace Brazil has not matched.",
            "EU",
            (),
            False,
        ),
        ("Germany shall cut 67% by 2035 under the EU's shared rules.", "DE", (), False),
        ("We will cut 31% by 2035, close to the aim of the United States.", "VD", (), False),
        ("Like Mexico, Valdoria aims for 31% by 2035.", "VD", ("Valdoria",), False),
        ("Valdoria's 31% goal for 2035 is near Norway's.", "VD", ("Valdoria",), False),
        ("与日本相比，我国到2035年减排31%。", "VD", (), False),
        # a province or a state may name its country as its own
        ("为全国2035年前碳达峰作贡献，到2030年非化石能源占比达到17%。", "CN-LJ", (), False),
        ("The region's 44% goal serves Canada's 2035 target.", "CA-BC", (), False),
    ],
)
def test_a_figure_held_by_another_country(sentence, own, words, other) -> None:
    assert figure_of_other(sentence, own, words) is other


def test_each_figure_of_a_sentence_has_its_own_holder() -> None:
    text = "Valdoria will cut 31 percent by 2035, while Ghana will cut 22 percent."
    assert figure_of_other(text, "VD", ("Valdoria",), "22 percent") is True
    assert figure_of_other(text, "VD", ("Valdoria",), "31 percent") is False


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a name inside another word or place names no country
        ("沿海地区到2035年减排31%。", False),
        ("内蒙古到2035年可再生能源占比达到31%。", False),
        ("New Mexico will cut 31% by 2035.", False),
        # the country itself does
        ("海地承诺到2035年减排31%。", True),
        ("蒙古国承诺到2035年减排31%。", True),
        ("Mexico will cut 31% by 2035.", True),
    ],
)
def test_a_name_inside_another_word_is_no_country(text, other) -> None:
    assert figure_of_other(text, "VD") is other


_PLAN = """# Valdoria emissions target

Valdoria will cut its greenhouse gas emissions by 18% of 1995 levels by 2020.
"""
_UPDATE = """# Valdoria sets its 2035 target

The Government will cut greenhouse gas emissions by 33% by 2035 compared with 2010
levels, in line with what Chile and Peru have pledged.

Elsewhere Peru has promised a 35 percent reduction by 2035, while Kenya proposed
a 28 percent cut.
"""
_MANIFEST = """[[document]]
file = "plan.md"
title = "Valdoria emissions target"
jurisdiction = "VD"
date = "2009-05-04"
language = "en"

[[document]]
file = "update.md"
title = "Valdoria sets its 2035 target"
jurisdiction = "VD"
date = "2015-08-11"
language = "en"
"""


def test_another_countrys_figure_joins_no_series(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(_PLAN, "utf-8")
    (folder / "update.md").write_text(_UPDATE, "utf-8")
    (folder / "sources.toml").write_text(_MANIFEST, "utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert all(r.status == "added" for r in kb.ingest([folder]))
        links = [k for s in tracking.track(kb.store) for k in s.links]
        pairs = [(k.a.record.value, k.b.record.value, k.relation) for k in links]
        assert [(a, b) for a, b, _ in pairs] == [(18.0, 33.0)]
    finally:
        kb.close()
