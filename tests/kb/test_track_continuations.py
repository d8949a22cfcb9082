"""Tracking: figures that continue the metric before them, groups that never mix two named
concepts, a document giving one year two values, revision frames, capacities and
translated words across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metric_keys import metric_key, metric_words
from ingest.records import Statistic, Target
from kb import track_prepare, tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from kb.track_signals import PhraseVectors, contentless, embedding_phrase, translated_same


def _target(
    value: float,
    year: int,
    metric: str,
    *,
    unit: str = "%",
    doc: str = "plan",
    date: str = "2021-01-01",
    row: int = 1,
    base: int | None = None,
    statistic: bool = False,
) -> tracking.Statement:
    text = f"{metric} {value}{unit} {year}"
    if statistic:
        record: Target | Statistic = Statistic(
            metric, value, unit, f"{value}{unit}", "=", year, "", doc, f"c{row}", text, 0, 9
        )
    else:
        record = Target(
            metric, value, unit, f"{value}{unit}", "=", None, year, base, f"by {year}", "",
            doc, f"c{row}", text, 0, len(text),
        )  # fmt: skip
    key = metric_key(record, jurisdiction="X")
    return tracking.Statement(row, record, key, doc, date, "t", f"/d/{doc}.md")


@pytest.mark.parametrize(
    "phrase, empty",
    [
        ("到2030年", True),
        ("2025年", True),
        ("by 2035", True),
        ("in the same year", True),
        ("非化石能源消费比重", False),
        ("onshore wind objective", False),
        ("这一比例", False),
    ],
)
def test_a_phrase_naming_only_a_year_is_contentless(phrase, empty):
    assert contentless(phrase) is empty


def test_a_figure_naming_only_its_year_continues_the_metric_before_it():
    share = _target(22.0, 2025, "非化石能源占能源消费总量比重", row=1)
    step = _target(28.0, 2030, "到2030年", row=2)
    count = _target(50000.0, 2025, "公共充电桩", unit="", row=3)
    unit_change = _target(60.0, 2030, "到2030年", row=4)
    prepared = track_prepare.prepare([share, step])
    assert prepared[1].key == share.key
    # a statistic is the figure before it too ("2023年为27.5%，到2025年达到30%")
    stat = _target(27.5, 2023, "电能占终端能源消费比重2023年", row=1, statistic=True)
    assert track_prepare.prepare([stat, step])[1].key == stat.key
    # a count before it counts something else: the percentage keeps its own key
    assert track_prepare.prepare([count, unit_change])[1].key == unit_change.key


class _EverythingAlike(PhraseVectors):
    """Every phrase is like every other: only the wiring of the groups is under test."""

    def __init__(self) -> None:
        super().__init__(None, None)

    @property
    def active(self) -> bool:
        return True

    def prepare(self, phrases) -> None:
        return None

    def similarity(self, a: str, b: str) -> float | None:
        return 0.99


def test_a_phrase_naming_no_concept_never_joins_two_concepts():
    energy = _target(14.0, 2025, "单位地区生产总值能耗", base=2020, row=1)
    carbon = _target(19.0, 2025, "单位地区生产总值二氧化碳排放", base=2020, row=2)
    vague = _target(
        14.0, 2025, "完成进度符合预期的指标", base=2020, doc="review", date="2024-01-01", row=3
    )
    assert energy.key.concept != carbon.key.concept and not vague.key.concept
    series, _ = tracking.build_series([energy, carbon, vague], _EverythingAlike())
    for s in series:
        assert len({st.key.concept for st in s.statements if st.key.concept}) <= 1


def test_a_document_giving_one_year_two_values_is_compared_through_the_repeated_one():
    ghg = "greenhouse gas emissions"
    think_tank = [
        _target(55.0, 2030, ghg, doc="tool", date="2024-12-01", row=1),
        _target(49.0, 2030, ghg, doc="tool", date="2024-12-01", row=2),
        _target(49.0, 2030, ghg, doc="tool", date="2024-12-01", row=3),
    ]
    page = [_target(55.0, 2030, ghg, doc="page", date="2025-06-01", row=4)]
    earlier = [_target(55.0, 2030, ghg, doc="event", date="2024-04-01", row=0)]
    series, _ = tracking.build_series(earlier + think_tank + page, PhraseVectors(None, None))
    got = {
        (k.a.doc_id, k.a.record.value, k.b.doc_id, k.b.record.value, k.relation)
        for s in series
        for k in s.links
    }
    # the later page restates the 55%, and the 49% beside it is no revision of the target
    assert got == {
        ("event", 55.0, "tool", 55.0, "restated"),
        ("tool", 55.0, "page", 55.0, "restated"),
    }


@pytest.mark.parametrize(
    "plan, review",
    [
        ("其中光伏发电装机", "建议将2025年光伏发电装机目标由1500万千瓦调增至"),
        ("（五）全省新能源汽车保有量", "建议将2025年全省新能源汽车保有量目标调整为"),
    ],
)
def test_a_revision_frame_and_list_numbering_name_no_metric(plan, review):
    assert metric_words(plan, "zh") == metric_words(review, "zh")
    assert embedding_phrase(plan) == embedding_phrase(review)


def test_chemical_and_product_names_keep_their_digits():
    assert metric_words("CO2 emissions") == ("co2", "emission")
    assert "pm2" in metric_words("PM2.5 concentration")


@pytest.mark.parametrize(
    "zh, en, same",
    [
        ("全省新能源汽车保有量", "new energy vehicles in use", True),
        # the untranslated 城市公交 says city buses: not new car sales
        ("城市公交新增及更新车辆中新能源汽车比例", "new energy vehicles as a share of new car sales",
         False),
        # one translated word is too little to go on
        ("公交车辆", "vehicles", False),
    ],
)  # fmt: skip
def test_across_languages_the_translated_words_must_all_agree(zh, en, same):
    assert translated_same(metric_words(zh, "zh"), metric_words(en)) is same


def _capacity(metric: str, language: str = "en") -> tracking.Statement:
    record = Target(metric, 2.5e7, "kW", "25 GW", "=", None, 2025, None, "by 2025", "", "d",
                    "c", f"{metric} 25 GW by 2025", 0, 20)  # fmt: skip
    return metric_key(record, language=language, jurisdiction="X")


def test_a_generating_capacity_has_one_key_however_its_sector_is_named():
    assert _capacity("光伏发电装机", "zh").sector == _capacity("solar power capacity").sector == ""
    offshore = _capacity("Grid connection delays mean the offshore wind goal")
    assert (
        offshore.concept == _capacity("海上风电装机容量", "zh").concept == "offshore wind capacity"
    )
    assert _capacity("onshore wind capacity").concept == "onshore wind capacity"


def test_energy_use_per_unit_of_regional_gdp_is_energy_intensity():
    record = Target("Energy use per unit of regional GDP", 14.0, "%", "14%", "=", "decrease",
                    2025, 2020, "by 2025", "", "d", "c", "Energy use per unit of regional GDP "
                    "should fall 14% from its 2020 level by 2025.", 0, 60)  # fmt: skip
    assert metric_key(record, jurisdiction="X").concept == "energy intensity"


PLAN = (
    "某省能源发展规划\n\n二、发展目标\n\n"
    "（一）到2025年，非化石能源占能源消费总量比重达到22%左右，到2030年达到28%左右。\n\n"
    "（二）电能占终端能源消费比重达到30%。\n"
)
SCHEME = (
    "某省碳达峰实施方案\n\n一、主要目标\n\n"
    "到2030年，非化石能源消费比重达到30%左右，确保2030年前实现碳达峰。\n"
)
MANIFEST = """
[[document]]
file = "plan.txt"
title = "某省能源发展规划"
issuer = "某省人民政府"
jurisdiction = "CN-X"
date = "2021-12-01"
language = "zh"

[[document]]
file = "scheme.txt"
title = "某省碳达峰实施方案"
issuer = "某省人民政府"
jurisdiction = "CN-X"
date = "2022-09-01"
language = "zh"
"""


def test_a_step_continuing_the_sentence_before_it_is_raised_by_a_later_scheme(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, "utf-8")
    (docs / "scheme.txt").write_text(SCHEME, "utf-8")
    (docs / "sources.toml").write_text(MANIFEST, "utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    try:
        assert all(r.status == "added" for r in kb.ingest([docs]))
        links = [k for s in tracking.track(kb.store) for k in s.links]
        got = {
            (Path(k.a.doc_path).name, k.a.record.year, k.a.record.value, k.relation)
            for k in links
            if Path(k.b.doc_path).name == "scheme.txt" and k.b.record.year == 2030
        }
        assert got == {("plan.txt", 2030, 28.0, "raised")}
    finally:
        kb.close()
