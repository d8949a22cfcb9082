"""Tracking across wordings: what a metric phrase carries besides the metric, the words
that say a share, base years beside a share, and a revision "from X to Y"."""

from __future__ import annotations

import pytest

from ingest.metric_keys import find_concept, metric_key, metric_words
from ingest.records import Target
from kb import tracking
from kb.track_signals import measured_words, same_metric


def _target(
    metric: str,
    text: str,
    value: float,
    *,
    unit: str = "%",
    written: str = "",
    year: int = 2030,
    base: int | None = None,
    direction: str | None = None,
) -> Target:
    written = written or f"{value:g}{unit}"
    return Target(
        metric, value, unit, written, "=", direction, year, base, f"by {year}", "", "d", "c",
        text, 0, len(text),
    )  # fmt: skip


def _statement(record: Target, *, row: int, date: str, language: str = "en") -> tracking.Statement:
    key = metric_key(record, language=language, jurisdiction="QC")
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


class _NoVectors:
    def similarity(self, a: str, b: str) -> None:
        return None


@pytest.mark.parametrize(
    "a, b, lang",
    [
        # the whole province (全省), the size of a thing (规模) name nothing measured
        ("风电装机规模", "到2025年全省风电装机", "zh"),
        # the stock of vehicles (保有量) counts the vehicles, as "on the road" does
        ("全市新能源汽车保有量", "新能源汽车", "zh"),
        # a unit spelt out is the unit family's, not a word of the metric
        ("112 gigawatts of PV installations", "PV installations", "en"),
        # the province as a whole and who reports the figure
        ("wind capacity in the province, the agency said", "wind capacity", "en"),
    ],
)  # fmt: skip
def test_words_beside_the_metric_leave_no_word(a, b, lang):
    assert metric_words(a, lang) == metric_words(b, lang)


@pytest.mark.parametrize(
    "phrase, lang, concept",
    [
        ("energy used per unit of GDP", "en", "energy intensity"),
        ("energy per unit of economic output", "en", "energy intensity"),
        ("solar PV", "en", "solar power"),
        ("rooftop PV installations", "en", "solar power"),
        ("photovoltaic capacity", "en", "solar power"),
        ("光伏发电装机", "zh", "solar power"),
        # wind is not solar
        ("onshore wind", "en", "onshore wind capacity"),
    ],
)  # fmt: skip
def test_named_concepts(phrase, lang, concept):
    found = find_concept(phrase, lang)
    assert found is not None and found.name == concept


@pytest.mark.parametrize(
    "phrase", ["到2025年下降12%的目标维持不变", "目标保持不变", "光伏目标不作调整", "累计"]
)
def test_the_words_of_a_review_name_no_metric(phrase):
    # "the goal stays", "no change", "cumulative": the quantity is named elsewhere
    assert not [w for w in metric_words(phrase, "zh") if w not in ("12", "2025", "solar")]


@pytest.mark.parametrize(
    "text, metric, value, written, lang",
    [
        ("The goal for electric buses in 2030 is lowered from 900 to 600 buses.",
         "goal for electric buses in 2030", 600.0, "600", "en"),
        ("The charging point objective was raised from 20,000 to 35,000 for 2030.",
         "charging point objective", 35000.0, "35,000", "en"),
        ("将2030年全市公共充电桩目标由2万个调增为3.5万个。",
         "将2030年全市公共充电桩目标由2万个调增", 35000.0, "3.5万个", "zh"),
        ("将2030年全市电动公交车目标由900辆调减为600辆。",
         "将2030年全市电动公交车目标由900辆调减", 600.0, "600辆", "zh"),
    ],
)  # fmt: skip
def test_a_revision_from_one_value_to_another_sets_no_ceiling(text, metric, value, written, lang):
    record = _target(metric, text, value, unit="", written=written, direction="decrease")
    assert metric_key(record, language=lang).polarity == "level"


def test_lowering_a_quantity_to_a_figure_is_still_a_ceiling():
    text = "Landfilled municipal waste is to be reduced to 10% by 2035."
    record = _target("Landfilled municipal waste", text, 10.0, direction="decrease", year=2035)
    assert metric_key(record).polarity == "cap"


@pytest.mark.parametrize(
    "earlier, later, relation",
    [
        # a share's level with a base year read from a neighbouring aim: no rebasing
        (("非化石能源占能源消费总量比重", 18.0, 2025, 2020),
         ("非化石能源占能源消费总量比重", 25.0, 2030, 2005), "extended"),
        (("renewables as a share of power generation", 40.0, 2030, 2005),
         ("renewables as a share of power generation", 45.0, 2030, 2015), "raised"),
        # a cut from a base year moved to another base year is rebased
        (("单位地区生产总值二氧化碳排放", 65.0, 2030, 2005),
         ("单位地区生产总值二氧化碳排放", 18.0, 2030, 2025), "rebased"),
    ],
)  # fmt: skip
def test_base_years_count_for_cuts_not_for_shares(earlier, later, relation):
    def statement(spec, row, date):
        metric, value, year, base = spec
        lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in metric) else "en"
        text = f"{metric} {value:g}% by {year}"
        direction = None if "share" in metric or "比重" in metric else "decrease"
        record = _target(metric, text, value, year=year, base=base, direction=direction)
        return _statement(record, row=row, date=date, language=lang)

    a = statement(earlier, 1, "2021-06-01")
    b = statement(later, 2, "2024-06-01")
    assert tracking.classify(a, b)[0] == relation


@pytest.mark.parametrize(
    "a, b, same",
    [
        # "as a share of" says what a percent figure already says
        ("electric cars as a share of new car sales", "new car sales", True),
        ("share of heat pumps in new heating systems", "heat pumps in new heating systems", True),
        # the other words still tell two shares apart
        ("rail as a share of freight tonne-kilometres", "new car sales", False),
        ("share of coal in power generation", "share of gas in power generation", False),
    ],
)  # fmt: skip
def test_share_in_a_percent_metric_adds_nothing(a, b, same):
    sa = _statement(_target(a, f"{a} 30% by 2030", 30.0), row=1, date="2021-01-01")
    sb = _statement(_target(b, f"{b} 30% by 2030", 30.0), row=2, date="2023-01-01")
    assert (same_metric(sa, sb, _NoVectors()) is not None) is same  # type: ignore[arg-type]


def test_share_stays_a_word_of_a_key_in_other_units():
    record = _target("share of the budget", "share of the budget 2 billion", 2e9, unit="EUR")
    key = metric_key(record)
    assert "share" in key.words and "share" in measured_words(key)
