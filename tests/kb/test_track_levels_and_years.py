"""Tracking across published restatements: amounts to reach count from no base year, a
figure for an earlier year is no extension of a later goal, and the concept a figure
measures is read beside it when its phrase names none."""

from __future__ import annotations

import pytest

from ingest.metric_keys import find_concept, metric_key
from ingest.records import Target
from kb import tracking
from kb.track_links import _earlier_for


def _target(
    metric: str,
    value: float,
    *,
    unit: str = "%",
    written: str = "",
    year: int = 2030,
    base: int | None = None,
    text: str = "",
) -> Target:
    written = written or f"{value:g}{unit}"
    text = text or f"{metric} {written} by {year}"
    return Target(
        metric, value, unit, written, "=", None, year, base, f"by {year}", "", "d", "c",
        text, 0, len(text),
    )  # fmt: skip


def _statement(record: Target, *, row: int, date: str, lang: str = "en") -> tracking.Statement:
    key = metric_key(record, language=lang, jurisdiction="WX")
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


_CUT_BESIDE_ZH = "到{year}年，全区碳排放强度较{base}年降低18%，{metric}达到{written}。"
_JOINED_ZH = "到{year}年，全区碳排放强度比{base}年降低18%并使{metric}达到{written}。"
_WHILE_EN = (
    "The county trims fuel use by a fifth from {base} levels while {metric} reach {written} "
    "by {year}."
)


@pytest.mark.parametrize(
    "template, earlier, later, relation",
    [
        # an amount to reach takes no base year from the cut listed beside it
        (_CUT_BESIDE_ZH, ("光伏发电装机容量", 1.5e6, "kW", "150万千瓦", 2020, 2015),
         ("光伏发电装机容量", 4.0e6, "kW", "400万千瓦", 2025, 2020), "extended"),
        (_JOINED_ZH, ("新能源汽车保有量", 5e4, "", "5万辆", 2020, 2015),
         ("新能源汽车保有量", 2e5, "", "20万辆", 2025, 2020), "extended"),
        (_WHILE_EN, ("heat pumps installed in homes", 3e5, "", "300,000", 2030, 2018),
         ("heat pumps installed in homes", 2e5, "", "200,000", 2030, 2022), "lowered"),
        # a cut in percent still counts from its base year
        ("到{year}年，{metric}比{base}年下降{written}。",
         ("单位地区生产总值能耗", 16.0, "%", "16%", 2020, 2015),
         ("单位地区生产总值能耗", 14.0, "%", "14%", 2025, 2020), "rebased"),
        # an amount cut by a verb of change keeps its base year
        ("{metric} {written} by {year} compared with {base}.",
         ("emissions from the power sector cut by", 2e7, "t", "20 Mt", 2030, 2010),
         ("emissions from the power sector cut by", 2e7, "t", "20 Mt", 2030, 2015), "rebased"),
    ],
)  # fmt: skip
def test_amounts_to_reach_count_from_no_base_year(template, earlier, later, relation):
    def statement(spec, row, date):
        metric, value, unit, written, year, base = spec
        lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in metric) else "en"
        text = template.format(metric=metric, written=written, year=year, base=base)
        record = _target(metric, value, unit=unit, written=written, year=year, base=base, text=text)
        return _statement(record, row=row, date=date, lang=lang)

    a = statement(earlier, 1, "2016-05-01")
    b = statement(later, 2, "2021-06-01")
    assert tracking.classify(a, b)[0] == relation


@pytest.mark.parametrize(
    "earlier_years, later_year, expected_year",
    [
        # only a later goal stated before: the earlier year is a new milestone
        ((2040,), 2030, None),
        ((2040, 2050), 2035, None),
        # a goal for a year before it is extended
        ((2030,), 2035, 2030),
        ((2030, 2050), 2040, 2030),
        # the same year is compared like for like
        ((2030, 2040), 2040, 2040),
    ],
)  # fmt: skip
def test_an_earlier_year_is_no_extension_of_a_later_goal(earlier_years, later_year, expected_year):
    metric = "net greenhouse gas emissions"
    earlier = [
        _statement(_target(metric, 50.0 + i, year=y, base=1990), row=i + 1, date="2024-01-10")
        for i, y in enumerate(earlier_years)
    ]
    later = _statement(_target(metric, 70.0, year=later_year, base=1990), row=9, date="2025-03-01")
    by_doc = {"doc": earlier}
    found = _earlier_for(later, ["doc"], by_doc)
    assert (found.record.year if found else None) == expected_year


def test_a_later_document_restating_a_nearer_year_makes_no_backward_link():
    metric = "net greenhouse gas emissions"
    first = _statement(_target(metric, 85.0, year=2040, base=1990), row=1, date="2024-02-01")
    second = _statement(_target(metric, 60.0, year=2030, base=1990), row=2, date="2025-02-01")
    series, _ = tracking.build_series([first, second], tracking.PhraseVectors(None, None))
    links = [k for s in series for k in s.links]
    assert not [k for k in links if k.relation == "extended" and k.b.record.year == 2030]


@pytest.mark.parametrize(
    "phrase, concept",
    [
        ("a cut of 60 percent in carbon-intensity against 2005", "carbon intensity"),
        ("energy-intensity improvement", "energy intensity"),
        ("capacity of wind and solar plants, in gigawatts", "wind and solar capacity"),
        ("solar and wind capacity", "wind and solar capacity"),
    ],
)  # fmt: skip
def test_hyphenated_and_paired_wordings_name_the_concept(phrase, concept):
    found = find_concept(phrase, "en")
    assert found is not None and found.name == concept


@pytest.mark.parametrize(
    "metric, text, written, value, unit, lang, concept",
    [
        # a list of several aims: the figure takes the concept beside it
        ("share", "Alongside a 60% drop in carbon intensity, the programme seeks a 30% share "
         "of non-fossil energy by 2030.",
         "30%", 30.0, "%", "en", "non-fossil energy share"),
        ("wind", "Installed solar and wind together should top 1.5TW in 2030, the outlook "
         "of the grid operator says.", "1.5TW", 1.5e9, "kW", "en", "wind and solar capacity"),
        ("目标", "到2030年，全区非化石能源消费比重提高到30%，碳排放强度再降60%。",
         "30%", 30.0, "%", "zh", "non-fossil energy share"),
    ],
)  # fmt: skip
def test_a_figure_without_a_metric_takes_the_concept_beside_it(
    metric, text, written, value, unit, lang, concept
):
    record = _target(metric, value, unit=unit, written=written, text=text)
    assert metric_key(record, language=lang).concept == concept


def test_a_figure_far_from_any_concept_takes_none():
    text = (
        "Officials in the capital said on Tuesday that the number agreed after long talks "
        "was 40%, and separately that carbon intensity and the non-fossil share both matter."
    )
    record = _target("number", 40.0, text=text)
    assert metric_key(record).concept == ""
