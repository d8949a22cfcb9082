"""Limits of three extraction rules, each beside an ordinary aim that must be kept.

- The thing named after 的 is the metric only when the words before the figure name no
  subject of their own; a connective (的同时, 的前提下) or a cause clause names nothing, and a
  frame at the end (…目标) is left off.
- Two figures joined by "to"/到 are a change, not a range, when "from"/由/从 stands anywhere in
  the clause before the first ("from about 30% to 45%", 由目前的30%到45%) or a change verb
  governs them without "by"; a range keeps its own comparator (a range is not a minimum).
- 此后N年 counts from an event named before it, not from the document's date.
- In English a period ("in the next five years") is not the measured thing, and "for" after
  budget says which budget.

Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str) -> list:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-03-01", language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if isinstance(r, Target | Statistic) and r.value]


def _first(text: str, language: str):
    return _records(text, language)[0]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a connective after 的: the subject before the figure stays the metric
        (
            "到2027年，全市单位产值能耗比2022年下降9%的同时，工业增加值稳步增长。",
            "全市单位产值能耗比2022年",
        ),
        ("到2028年，全县燃煤消费总量下降12%的前提下，确保居民供暖。", "全县燃煤消费总量"),
        # a frame at the end of the thing after 的 is left off
        ("到2030年，力争提高25%的风电装机规模目标。", "风电装机规模"),
        # kept: the measured thing after 的 when nothing before the figure names it
        ("全市力争到2035年减少30%的交通碳排放量。", "交通碳排放量"),
        ("全县承诺，到2032年至少降低20%的公共建筑能耗。", "公共建筑能耗"),
    ],
)
def test_what_follows_de_is_the_metric_only_without_a_subject(text: str, metric: str) -> None:
    record = _first(text, "zh")
    assert isinstance(record, Target)
    assert record.metric == metric


def test_a_cause_clause_after_de_is_not_the_metric() -> None:
    text = "到2030年，力争减少40%的因燃料燃烧而产生的二氧化碳排放。"
    record = _first(text, "zh")
    assert isinstance(record, Target)
    assert "燃料燃烧" not in record.metric


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a change from a level to another, with words between "from" and the first figure
        (
            "The share of electric buses will rise from about 20% to 60% by 2030.",
            "en",
            [20.0, 60.0],
        ),
        (
            "The share of electric buses will rise from the current 20% to 60% by 2030.",
            "en",
            [20.0, 60.0],
        ),
        ("The city will raise the cycling share of 12% to 25% by 2030.", "en", [12.0, 25.0]),
        ("到2030年，全市公交电动化比例要由目前的20%提高到60%。", "zh", [20.0, 60.0]),
        ("到2030年，全市公交电动化比例由约20%到60%。", "zh", [20.0, 60.0]),
    ],
)
def test_a_change_between_two_levels_is_not_a_range(
    text: str, language: str, values: list[float]
) -> None:
    records = _records(text, language)
    assert sorted(r.value for r in records) == values
    assert all(r.value_high is None for r in records if isinstance(r, Target))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # kept: the amount of a change given as a range, and ranges with no verb
        ("The city will cut transport emissions by 35% to 40% by 2030.", "en"),
        ("The city will cut transport emissions by 35%-40% by 2030.", "en"),
        ("到2030年，全市交通碳排放比2020年下降35%至40%。", "zh"),
        ("Emissions from transport will fall by 35% to 40% by 2030.", "en"),
        ("Emissions from transport will fall 35%-40% by 2030.", "en"),
    ],
)
def test_a_range_of_a_change_stays_one_figure(text: str, language: str) -> None:
    record = _first(text, language)
    assert isinstance(record, Target)
    assert (record.value, record.value_high) == (35.0, 40.0)
    assert record.comparator == "="


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2022, the wind share was 18%-22%.", "en"),
        ("2022年，全市风电占比为18%至22%。", "zh"),
    ],
)
def test_a_reported_range_is_not_a_minimum(text: str, language: str) -> None:
    record = _first(text, language)
    assert isinstance(record, Statistic)
    assert record.value == 18.0
    assert record.comparator == "="


def test_after_that_counts_from_the_event_not_the_document() -> None:
    records = _records("全市2026年实现碳达峰，此后4年内碳排放总量下降8%。", "zh")
    eight = next(r for r in records if r.value == 8.0)
    assert eight.year != 2028  # the document's year (2024) plus four


def test_the_coming_years_after_a_relative_period_still_date_an_aim() -> None:
    record = _first("今后四年内，全市将新增公共充电桩8000个。", "zh")
    assert isinstance(record, Target)
    assert record.year == 2028


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Goal: a 25% rise in the coming decade.", "rise"),
        ("Goal: a 25% rise in the next three years.", "rise"),
        (
            "By 2029 the county will agree a 6% increase in the budget for bus shelters.",
            "budget for bus shelters",
        ),
        # kept: the measured thing after the change noun
        ("The county seeks a 25% cut in landfill methane by 2030.", "landfill methane"),
    ],
)
def test_a_period_is_not_the_thing_changed(text: str, metric: str) -> None:
    record = _first(text, "en")
    assert isinstance(record, Target)
    assert record.metric == metric
