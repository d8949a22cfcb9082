"""A figure's own part of its clause decides what it measures and what it counts from:
a base year, a cut or a concept named beside it, behind "and", "as", 、 or 并, belongs to
the neighbouring aim."""

from __future__ import annotations

import re

import pytest

from ingest.metric_keys import find_concept, load_terms, metric_key
from ingest.metric_sectors import beside_figure
from ingest.records import Target
from kb import track_cache, tracking
from kb.track_links import _earlier_for


def _target(metric, value, unit, written, year, base, text) -> Target:
    return Target(
        metric, value, unit, written, "=", None, year, base, f"by {year}", "", "d", "c",
        text, 0, len(text),
    )  # fmt: skip


def _statement(record: Target, row: int, date: str) -> tracking.Statement:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in record.text) else "en"
    key = metric_key(record, language=lang, jurisdiction="WX")
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


@pytest.mark.parametrize(
    "metric, unit, earlier, later, relation",
    [
        # an increment over a base level keeps its base year
        ("solar capacity", "GW", ("5 GW", 5e6, 2020, "In 2030 the region's solar capacity "
         "is to stand 5 GW above the 2020 level."),
         ("5 GW", 5e6, 2022, "In 2030 the region's solar capacity is to stand 5 GW above "
          "the 2022 level."), "rebased"),
        ("emissions", "t", ("20 Mt", 2e7, 2015, "Emissions in 2030 are meant to sit 20 Mt "
         "below 2015 levels."),
         ("20 Mt", 2e7, 2020, "Emissions in 2030 are meant to sit 20 Mt below 2020 levels."),
         "rebased"),
        ("光伏装机", "kW", ("500万千瓦", 5e6, 2020, "到2030年，本市光伏装机比2020年新增500万千瓦。"),
         ("500万千瓦", 5e6, 2022, "到2030年，本市光伏装机比2022年新增500万千瓦。"), "rebased"),
        ("二氧化碳排放", "t", ("1000万吨", 1e7, 2020,
         "到2030年，全省比2020年减少二氧化碳排放1000万吨。"),
         ("1000万吨", 1e7, 2022, "到2030年，全省比2022年减少二氧化碳排放1000万吨。"), "rebased"),
        ("标准煤", "t", ("800万吨", 8e6, 2020, "到2030年，节能量比2020年多800万吨标准煤。"),
         ("800万吨", 8e6, 2023, "到2030年，节能量比2023年多800万吨标准煤。"), "rebased"),
        ("rooftop solar output", "", ("3", 3.0, 2020, "Rooftop solar output should be 3 "
         "times its 2020 level by 2030."),
         ("3", 3.0, 2023, "Rooftop solar output should be 3 times its 2023 level by 2030."),
         "rebased"),
        # a share raised to a level is no change from a base year
        ("非化石能源消费比重", "%", ("15%", 15.0, 2015, "到2020年，非化石能源消费比重提高到15%，"
         "煤炭消费比2015年下降5%。"),
         ("20%", 20.0, 2020, "到2025年，非化石能源消费比重提高到20%，煤炭消费比2020年下降4%。"),
         "extended"),
        ("offshore wind capacity", "GW", ("3 GW", 3e6, 2020, "The coast adds an "
         "additional 3 GW of offshore wind capacity on its 2020 fleet by 2030."),
         ("3 GW", 3e6, 2022, "The coast adds an additional 3 GW of offshore "
          "wind capacity on its 2022 fleet by 2030."), "rebased"),
        # a level beside a cut in the same clause takes no base year from the cut
        ("solar capacity", "GW", ("1.5 GW", 1.5e6, 2015, "By 2020, energy use per unit of "
         "GDP will fall by 16% compared with 2015 and solar capacity will reach 1.5 GW."),
         ("4 GW", 4e6, 2020, "By 2025, energy use per unit of GDP will fall by 14% "
          "compared with 2020 and solar capacity will reach 4 GW."), "extended"),
        ("光伏发电装机容量", "kW", ("150万千瓦", 1.5e6, 2015, "到2020年，全市单位地区生产总值"
         "能耗比2015年下降16%、光伏发电装机容量达到150万千瓦。"),
         ("400万千瓦", 4e6, 2020, "到2025年，全市单位地区生产总值能耗比2020年下降14%、"
          "光伏发电装机容量达到400万千瓦。"), "extended"),
        ("electric vehicles", "", ("50,000", 5e4, 2015, "The county will cut energy "
         "intensity by 16% from 2015 levels and reach 50,000 electric vehicles by 2020."),
         ("90,000", 9e4, 2020, "The county will cut energy intensity by 12% from 2020 "
          "levels and reach 90,000 electric vehicles by 2025."), "extended"),
    ],
)  # fmt: skip
def test_the_base_year_is_read_from_the_figures_own_part(metric, unit, earlier, later, relation):
    def statement(spec, row, date):
        written, value, base, text = spec
        # the target year: the one year written in the clause that is not its base
        year = max(int(y) for y in re.findall(r"20\d\d", text) if int(y) != base)
        return _statement(_target(metric, value, unit, written, year, base, text), row, date)

    a, b = statement(earlier, 1, "2016-04-01"), statement(later, 2, "2021-04-01")
    assert tracking.classify(a, b)[0] == relation


@pytest.mark.parametrize(
    "metric, text, written, value, lang",
    [
        ("coal", "Coal is set to fall to 45% as carbon intensity and energy intensity "
         "both drop.", "45%", 45.0, "en"),
        ("buses", "Officials plan to electrify 40% of the fleet's buses to cut carbon "
         "intensity and to lift the non-fossil share.", "40%", 40.0, "en"),
        ("煤炭", "到2030年煤炭消费占比降至45%以下并带动碳排放强度和非化石能源比重改善。",
         "45%", 45.0, "zh"),
        ("coal", "The county keeps coal at 30% while energy intensity and carbon "
         "intensity keep falling.", "30%", 30.0, "en"),
    ],
)  # fmt: skip
def test_a_figure_of_something_else_takes_no_neighbouring_concept(
    metric, text, written, value, lang
):
    record = _target(metric, value, "%", written, 2030, None, text)
    assert metric_key(record, language=lang).concept == ""


def test_a_concept_past_the_reach_is_not_the_figures():
    filler = "x" * 70
    text = f"The figure came to 40% {filler} carbon intensity"
    assert beside_figure(load_terms().concepts, text, "40%", "en") is None
    near = "The figure came to 40% of carbon intensity"
    assert beside_figure(load_terms().concepts, near, "40%", "en").name == "carbon intensity"


@pytest.mark.parametrize(
    "text, figure, metric, concept",
    [
        ("The two aims are cutting carbon intensity by 25% and, for 2030, a 25% share "
         "of non-fossil energy.", "25%", "share", "non-fossil energy share"),
        ("Last year the non-fossil share came to 20%; carbon intensity is to fall 20%.",
         "20%", "is to fall", "carbon intensity"),
        ("Last year the non-fossil share came to 20%; carbon intensity is to fall 20%.",
         "20%", "came to", "non-fossil energy share"),
    ],
)  # fmt: skip
def test_a_value_stated_twice_takes_its_own_occurrence(text, figure, metric, concept):
    found = beside_figure(load_terms().concepts, text, figure, "en", metric)
    assert found is not None and found.name == concept


@pytest.mark.parametrize(
    "phrase, concept",
    [
        ("1.5 TW of combined solar and wind", "wind and solar capacity"),
        ("wind and solar capacity", "wind and solar capacity"),
        ("风电、光伏发电总装机容量", "wind and solar capacity"),
        ("solar capacity", "solar power"),
        ("光伏发电装机", "solar power"),
    ],
)  # fmt: skip
def test_wind_and_solar_together_is_its_own_concept(phrase, concept):
    found = find_concept(phrase, "zh" if "\u4e00" <= phrase[0] <= "\u9fff" else "en")
    assert found is not None and found.name == concept


def test_solar_alone_and_wind_and_solar_form_no_series():
    first = _statement(_target("solar power capacity", 6e8, "kW", "600 GW", 2030, None,
                               "By 2030, solar power capacity will reach 600 GW."), 1,
                       "2021-03-01")  # fmt: skip
    second = _statement(_target("wind and solar", 1.2e9, "kW", "1,200 GW", 2030, None,
                                "The nation plans 1,200 GW of solar and wind together by "
                                "2030."), 2, "2025-03-01")  # fmt: skip
    assert first.key.key != second.key.key
    series, _ = tracking.build_series([first, second], tracking.PhraseVectors(None, None))
    assert not [k for s in series for k in s.links]


def _solar(value, year, row, date, text=""):
    written = f"{value:,.0f} MW"
    text = text or f"By {year} the town will install {written} of solar capacity."
    return _statement(_target("solar capacity", value * 1e3, "kW", written, year, None, text),
                      row, date)  # fmt: skip


@pytest.mark.parametrize(
    "docs, later_year, expected",
    [
        # an older document's goal for an earlier year is the predecessor
        ([[(300, 2020)], [(1000, 2035)]], 2025, (300, 2020)),
        # a year-less aim is no predecessor of a dated one, nor is a later goal
        ([[(1000, 2040), (500, None)]], 2030, None),
        # the latest dated year before it, in the most recent document that has one
        ([[(200, 2020)], [(400, 2025), (900, 2040)]], 2030, (400, 2025)),
    ],
)  # fmt: skip
def test_the_predecessor_is_the_latest_dated_earlier_year(docs, later_year, expected):
    by_doc, row = {}, 0
    for n, stated in enumerate(docs):
        items = []
        for value, year in stated:
            row += 1
            text = (f"By {year} the town will install {value:,} MW of solar capacity."
                    if year else f"The town also aims at {value:,} MW of solar capacity.")  # fmt: skip
            items.append(_solar(value, year, row, f"{2018 + n}-01-01", text))
        by_doc[f"d{n}"] = items
    later = _solar(500, later_year, 99, "2026-01-01")
    found = _earlier_for(later, list(by_doc), by_doc)
    got = (found.record.value / 1e3, found.record.year) if found else None
    assert got == expected


def test_the_cache_fingerprint_hashes_every_tracking_and_metric_module():
    from pathlib import Path

    import ingest
    import kb

    hashed = set(track_cache.sources())
    for package, pattern in ((kb, "track_*.py"), (ingest, "metric_*.py")):
        for path in Path(package.__file__).parent.glob(pattern):
            assert (package.__name__, path.name) in hashed
    assert ("kb", "tracking.py") in hashed and ("ingest", "data/metric_terms.toml") in hashed
