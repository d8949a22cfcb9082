"""Issue 13: two extraction causes of missed tracking links, in both languages.

- A Chinese relative period ("未来5年", "今后五年") dates an aim at the document's year plus
  n, like the English "over the next five years"; with no document date it gives no year,
  and a past span ("过去五年") or a forecast ("预计未来5年") stays a statistic.
- A figure whose measured thing follows it ("a 55% reduction in greenhouse gas emissions",
  "至少减少45%的温室气体排放量") takes that thing as its metric, not the change noun or the
  deadline before it; a level after 的 ("提高到45%的水平") and the ordinary forms ("cut
  greenhouse gas emissions by 45%", "排放量比2020年减少45%") are read as before.

Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str, date: str | None = "2024-03-01") -> list:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if isinstance(r, Target | Statistic) and r.value]


def _only(text: str, language: str, date: str | None = "2024-03-01"):
    records = _records(text, language, date)
    assert len(records) == 1, records
    return records[0]


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        # the coming N years, counted from the document's year (2024)
        ("未来5年，全县新增光伏装机120万千瓦。", Target, 2029),
        ("今后五年，单位地区生产总值能耗下降12%。", Target, 2029),
        ("今后三年内，全县将建成公共充电桩6000个。", Target, 2027),
        # ordinary aims beside them keep their own years
        ("到2030年，全县非化石能源消费比重提高到35%。", Target, 2030),
        ("“十五五”期间，全县新增储能装机50万千瓦。", Target, 2030),
        # a past span is a statistic, not an aim
        ("过去五年，全县光伏装机增长了80万千瓦。", Statistic, None),
    ],
)
def test_relative_periods_in_chinese(text: str, kind: type, year: int | None) -> None:
    record = _only(text, "zh")
    assert isinstance(record, kind)
    assert record.year == year


def test_relative_period_needs_the_document_date() -> None:
    # still an aim (the period looks ahead), but with no date to count from it has no year
    record = _only("未来5年，全县新增光伏装机120万千瓦。", "zh", date=None)
    assert isinstance(record, Target)
    assert record.year is None


def test_a_forecast_over_the_coming_years_stays_a_statistic() -> None:
    record = _only("咨询机构预计，未来5年全县储能市场规模年均增长9%。", "zh")
    assert isinstance(record, Statistic)


def test_a_forecast_horizon_dates_no_aim_in_the_next_clause() -> None:
    text = "据预计，未来五年本市充电桩数量每年增加15%左右，其中公交场站占到三成。"
    assert not [r for r in _records(text, "zh") if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # the measured thing named after the figure
        (
            "Under the plan the city pursues a 45% reduction in transport emissions by 2035, "
            "measured against 2019.",
            "en",
            "transport emissions",
        ),
        (
            "The board agreed a 20% increase in bus fleet electrification by 2028.",
            "en",
            "bus fleet electrification",
        ),
        ("全市力争到2035年减少30%的交通碳排放量。", "zh", "交通碳排放量"),
        # the ordinary forms, unchanged
        (
            "The province will cut greenhouse gas emissions by 45% by 2030 compared with 1990.",
            "en",
            "greenhouse gas emissions",
        ),
        ("到2030年，全省温室气体排放量比2020年减少45%。", "zh", "全省温室气体排放量比2020年"),
    ],
)
def test_metric_named_after_the_figure(text: str, language: str, metric: str) -> None:
    record = _only(text, language)
    assert isinstance(record, Target)
    assert record.metric == metric


def test_a_level_after_de_is_not_the_metric() -> None:
    record = _only("到2030年，全省可再生能源消费比重提高到45%的水平。", "zh")
    plain = _only("到2030年，全省可再生能源消费比重提高到45%。", "zh")
    assert isinstance(record, Target)
    # the same subject as the aim without the level after 的
    assert record.metric == plain.metric
    assert record.metric.startswith("全省可再生能源消费比重")


def test_a_pledge_after_de_is_not_the_metric() -> None:
    text = "该省作出到2030年单位地区生产总值二氧化碳排放比2005年下降60%至65%的承诺后，加快了行动。"
    record = _only(text, "zh")
    assert (record.value, record.value_high) == (60.0, 65.0)
    assert "承诺" not in record.metric


@pytest.mark.parametrize(
    ("text", "language", "value", "high"),
    [
        # a range with the unit on both ends is one figure: its low end, with the high end
        ("The county will cut emissions by 50%-55% by 2030 compared with 1990.", "en", 50.0, 55.0),
        (
            "The county will cut emissions by between 50% and 55% by 2030 compared with 1990.",
            "en",
            50.0,
            55.0,
        ),
        ("到2030年，全县碳排放强度比2020年下降40%至45%。", "zh", 40.0, 45.0),
    ],
)
def test_a_range_with_units_on_both_ends_is_one_figure(
    text: str, language: str, value: float, high: float
) -> None:
    record = _only(text, language)
    assert (record.value, record.value_high) == (value, high)


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a change from one level to another stays two figures (the aim is the second)
        ("The share of heat pumps will rise from 40% to 45% by 2030.", "en", [45.0]),
        ("到2030年，全县非化石能源消费比重由25%提高到30%。", "zh", [30.0]),
        # two aims side by side are two figures
        ("Solar will supply 30% and wind 25% of the county's power by 2030.", "en", [30.0, 25.0]),
    ],
)
def test_changes_and_pairs_of_aims_are_not_ranges(
    text: str, language: str, values: list[float]
) -> None:
    targets = [r for r in _records(text, language) if isinstance(r, Target)]
    assert [r.value for r in targets] == values
