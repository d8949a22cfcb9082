"""Documents of one day: a restatement is linked when nothing earlier states the target.

Two chapters of one plan, or a fact sheet and the press call on it, share a date and have no
order policykb can know. A statement with no predecessor in an earlier-dated document is
joined to the same year and value in a same-day document (a restatement, whichever came
first); a statement that has an earlier-dated predecessor keeps it and is never joined to a
same-day text (two texts of one day that each restate an older law link to the law); a
changed value, and documents without a date, give no same-day link. Texts in our own words.
"""

from __future__ import annotations

from pathlib import Path

from kb import tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

_TEXTS = {
    "law.md": "# Valdoria climate law\n\nValdoria shall cut greenhouse gas emissions by 55% by "
    "2030 compared with 1990.\n",
    "chapter_a.md": "# Valdoria pathway, chapter A\n\nValdoria will cut greenhouse gas emissions "
    "by 55% by 2030 compared with 1990. Solar capacity will reach 40 GW by 2050.\n",
    "chapter_b.md": "# Valdoria pathway, chapter B\n\nValdoria will cut greenhouse gas emissions "
    "by 55% by 2030 compared with 1990. Solar capacity will reach 40 GW by 2050.\n",
    "chapter_c.md": "# Valdoria pathway, chapter C\n\nSolar capacity will reach 45 GW by 2050.\n",
}


def _links(tmp_path: Path, dates: dict[str, str]) -> list[tuple[str, str, float, str]]:
    folder = tmp_path / "docs"
    folder.mkdir()
    manifest = []
    for name, date in dates.items():
        (folder / name).write_text(_TEXTS[name], "utf-8")
        dated = f'date = "{date}"\n' if date else ""
        manifest.append(
            f'[[document]]\nfile = "{name}"\ntitle = "{name}"\njurisdiction = "VD"\n'
            f'{dated}language = "en"\n'
        )
    (folder / "sources.toml").write_text("\n".join(manifest), "utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert all(r.status == "added" for r in kb.ingest([folder]))
        return sorted(
            (Path(k.a.doc_path).stem, Path(k.b.doc_path).stem, k.b.record.value, k.relation)
            for s in tracking.track(kb.store)
            for k in s.links
        )
    finally:
        kb.close()


def test_same_day_restatements_link_when_nothing_earlier_states_them(tmp_path: Path) -> None:
    links = _links(tmp_path, {"chapter_a.md": "2022-03-30", "chapter_b.md": "2022-03-30"})
    assert [(a, b, rel) for a, b, _, rel in links] == [
        ("chapter_a", "chapter_b", "restated"),
        ("chapter_a", "chapter_b", "restated"),
    ]


def test_an_earlier_predecessor_wins_over_a_same_day_text(tmp_path: Path) -> None:
    links = _links(
        tmp_path,
        {"law.md": "2020-06-01", "chapter_a.md": "2025-07-02", "chapter_b.md": "2025-07-02"},
    )
    cuts = [(a, b) for a, b, value, _ in links if value == 55.0]
    assert cuts == [("law", "chapter_a"), ("law", "chapter_b")]


def test_a_changed_value_or_no_date_gives_no_same_day_link(tmp_path: Path) -> None:
    assert _links(tmp_path, {"chapter_a.md": "2022-03-30", "chapter_c.md": "2022-03-30"}) == []


def test_undated_documents_are_not_joined(tmp_path: Path) -> None:
    assert _links(tmp_path, {"chapter_a.md": "", "chapter_b.md": ""}) == []
