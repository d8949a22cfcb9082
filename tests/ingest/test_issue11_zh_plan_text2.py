"""Issue 11: Chinese plan text, the classes the zh_fresh2 first contact showed.

Written in our own words in the register of municipal 实施方案: power written with Latin
symbols glued to the figure ("120MW") is a capacity, and the items of a list under a
heading or lead-in that names the conditions a project must meet are thresholds, not aims.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = "2024-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("到2026年，全区公交场站新增光伏装机容量达到45MW。", (45000.0, "kW", 2026)),
        ("到2028年，园区分布式光伏装机力争达到1.2GW。", (1200000.0, "kW", 2028)),
        ("到2027年，全市储能装机容量确保达到300兆瓦。", (300000.0, "kW", 2027)),
        ("到2030年，码头岸电年供电量达到50GWh以上。", (50000000.0, "kWh", 2030)),
    ],
)
def test_power_written_with_latin_symbols_is_a_capacity(text, target):
    assert target in _targets(text)


_GOAL = "一、工作目标\n\n到2027年，全市冷库屋顶光伏装机容量达到2万千瓦以上。\n\n"
_ITEMS = (
    "1.单个冷库屋面面积2000平方米以上；\n\n"
    "2.冷库以2015年以后建成的为主，屋面承重应达到0.4kN/m2以上，或经检测结构符合建设要求的冷库；\n\n"
    "3.具备接入电网的条件。\n"
)


@pytest.mark.parametrize(
    "middle",
    [
        # the section heading names the conditions to meet
        "二、申报条件\n\n各区要积极建设光伏。\n\n",
        # the lead-in names them and introduces the list
        "二、加快建设\n\n满足下列条件的冷库，应建设光伏：\n\n",
    ],
)
def test_the_items_of_a_conditions_list_are_thresholds(middle):
    assert _targets(_GOAL + middle + _ITEMS) == {(20000.0, "kW", 2027)}


def test_a_heading_that_improves_conditions_still_holds_aims():
    # 改善……条件 (improve the conditions) names work to do, not terms to meet
    text = "（一）改善农机作业条件\n\n到2025年，全省机耕道路新增达到2000公里。\n"
    assert (2000.0, "km", 2025) in _targets(text)
