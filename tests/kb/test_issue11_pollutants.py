"""Issue 11: the check that a figure belongs to the one member of a group asked about
(kb/refusal_measure.py ``alternative_reason``) knows the pollutants emission-control
plans cap one by one, in Chinese and English questions over Chinese clauses.

All questions and clauses are our own.
"""

from __future__ import annotations

import pytest

from kb.refusal_measure import alternative_reason, base_year_reason
from kb.retrieve import Hit
from kb.understand import understand

_VOC = "到2027年，全市挥发性有机物排放总量比2022年下降12%以上。"
_LIST = "到2027年，全市化学需氧量、氨氮、氮氧化物排放总量分别下降6%、6%、9%。"
_SO2_AND_NOX = "到2027年，全省二氧化硫、氮氧化物排放总量分别比2022年下降7%、9%。"
_MAJOR = "到2027年，全市主要污染物排放总量比2022年下降8%。"
_PM = "到2027年，城市细颗粒物（PM2.5）浓度比2022年下降9%。"


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # another pollutant's figure: refused
        ("全市二氧化硫排放总量要比2022年下降多少？", _VOC, True),
        ("How much should sulphur dioxide emissions fall by 2027?", _VOC, True),
        ("全市挥发性有机物排放总量要下降多少？", _LIST, True),
        ("By how much must fine particulate levels fall by 2027?", _LIST, True),
        # the asked pollutant is named: kept
        ("全市挥发性有机物排放总量要比2022年下降多少？", _VOC, False),
        ("全省二氧化硫排放总量要下降多少？", _SO2_AND_NOX, False),
        ("How much should ammonia nitrogen discharges fall by 2027?", _LIST, False),
        ("By how much must fine particulate levels fall by 2027?", _PM, False),
        ("PM2.5浓度要下降多少？", _PM, False),
        # the whole group is named: every member is spoken of
        ("全市二氧化硫排放总量要下降多少？", _MAJOR, False),
    ],
)
def test_a_pollutants_figure_is_not_another_ones(question: str, clause: str, refused: bool) -> None:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=clause)
    assert bool(alternative_reason(understand(question), [hit])) is refused


def test_an_ordinary_aim_is_kept() -> None:
    question = "到2030年非化石能源消费比重要提高到多少？"
    hit = Hit(key="k", doc_id="d", clause_id="1", text="到2030年，非化石能源消费比重提高到25%。")
    assert alternative_reason(understand(question), [hit]) == ""


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # another base year's change: refused
        ("全市二氧化硫排放总量要比2022年下降多少？", "全市二氧化硫排放总量比2015年下降9%。", True),
        ("跟2022年比，全市的能耗要降多少？", "到2027年，全市单位GDP能耗较2020年下降14%。", True),
        # the asked base year is named, or none is: kept
        ("全市二氧化硫排放总量要比2022年下降多少？", "全市二氧化硫排放总量比2022年下降9%。", False),
        ("到2027年全市能耗要降多少？", "到2027年，全市单位GDP能耗较2020年下降14%。", False),
        (
            "全市二氧化硫排放总量要比2022年下降多少？",
            "到2027年，全市二氧化硫排放总量下降9%。",
            False,
        ),
    ],
)
def test_a_change_from_another_base_year(question: str, clause: str, refused: bool) -> None:
    hit = Hit(key="k", doc_id="d", clause_id="1", text=clause)
    assert bool(base_year_reason(understand(question), [hit])) is refused
