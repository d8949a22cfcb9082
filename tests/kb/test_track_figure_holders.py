"""A figure in a sentence about another country is not the document's own target.

"Meanwhile the United States has pledged 41% by 2030" in one nation's text names another
holder and not the document's own: tracking leaves such a figure out of the document's
series (`kb.track_aims.figure_of_other`, holders in `kb/data/aims.toml`), as it already did
for aims without a figure. The document's own figure beside it, a sentence naming both, and
a province's text naming its country are kept. Texts in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb import tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from kb.track_aims import figure_of_other


@pytest.mark.parametrize(
    ("sentence", "own", "words", "other"),
    [
        # another country's pledge in a national text: not its own
        ("Meanwhile the United States has pledged a 41 percent reduction by 2030.", "VD", (), True),
        ("Canada offered a 30 percent reduction by 2030.", "AU", (), True),
        ("It is below the European Union at 34 percent by 2030.", "AU", (), True),
        # a nationality adjective names people, not the figure's holder
        ("German MEPs argue about plans to cut emissions by 50% to 55% by 2030.", "EU", (), False),
        ("Germany will cut its emissions by 65% by 2030.", "EU", (), True),
        ("日本承诺到2030年减排46%。", "AU", (), True),
        # the document's own figure, plainly stated: kept
        ("Emissions will fall by 26 percent by 2030 on 2005 levels.", "AU", (), False),
        ("The Australian government will cut emissions by 43% by 2030.", "AU", (), False),
        # its own name beside another's: kept
        ("Valdoria's 40% goal for 2030 is close to the EU's.", "VD", ("Valdoria",), False),
        ("Like the United States, Australia targets 43% by 2030.", "AU", (), False),
        # a province or a state may name its country as its own
        ("为全国2030年前碳达峰贡献力量，到2025年非化石能源占比达到13%。", "CN-LJ", (), False),
        ("The province's 40% goal supports Canada's 2030 target.", "CA-BC", (), False),
        ("到2025年，全省非化石能源消费比重提高至13%左右。", "山东", (), False),
    ],
)
def test_a_figure_held_by_another_country(sentence, own, words, other) -> None:
    assert figure_of_other(sentence, own, words) is other


_PLAN = """# Valdoria emissions target

Valdoria will cut its greenhouse gas emissions by 25% of 2000 levels by 2020.
"""
_UPDATE = """# Valdoria sets its 2030 target

Valdoria will cut greenhouse gas emissions by 26% by 2030 compared with 2005 levels.

Meanwhile the United States has pledged a 41 percent reduction in emissions by 2030 while
Canada offered a 30 percent reduction.
"""
_MANIFEST = """[[document]]
file = "plan.md"
title = "Valdoria emissions target"
jurisdiction = "VD"
date = "2009-05-04"
language = "en"

[[document]]
file = "update.md"
title = "Valdoria sets its 2030 target"
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
        assert [(a, b) for a, b, _ in pairs] == [(25.0, 26.0)]
    finally:
        kb.close()
