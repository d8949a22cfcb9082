"""A multiple or a share of a year's level ("达到2020年的6倍", "降至2020年的80%") counts from
that year; it is no deadline.

达到 holds 到, so "达到2020年的6倍以上" read as "到2020年" and gave the aim a target year
ten years before the text. The year before 的 and a multiple (倍) is a base year; the
deadline of such an aim is the sentence's own ("到2035年"). Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.deadlines import find_base_years, find_deadlines
from ingest.lang import load_grammar

ZH = load_grammar("zh")


@pytest.mark.parametrize(
    ("text", "deadlines", "bases"),
    [
        # a multiple of a year's level: a base year, no deadline
        ("风电装机容量达到2020年的6倍以上", [], [2020]),
        ("储能规模达到2022年的两倍", [], [2022]),
        ("到2035年，风电装机容量达到2020年的3倍", [2035], [2020]),
        # ordinary deadlines and bases beside it are read as before
        ("到2030年，风电装机容量达到3000万千瓦", [2030], []),
        ("到2025年，单位产值能耗比2020年下降13.5%", [2025], [2020]),
        ("2025年的目标是装机达到500万千瓦", [2025], []),
    ],
)
def test_a_multiple_of_a_years_level(text: str, deadlines: list[int], bases: list[int]) -> None:
    assert [d.year for d in find_deadlines(text, ZH, doc_year=2024)] == deadlines
    assert [b.year for b in find_base_years(text, ZH)] == bases


@pytest.mark.parametrize(
    ("text", "deadlines", "bases"),
    [
        # a share of a year's level (a percentage, 一半, 成): a base year, no deadline
        ("到2032年，燃油消费量压减至2019年的75%", [2032], [2019]),
        ("到2032年，填埋量降至2019年的一半以下", [2032], [2019]),
        ("到2032年，散煤用量控制在2019年的六成以内", [2032], [2019]),
        ("到2032年，排放量降至2019年的百分之七十", [2032], [2019]),
        # a year's own target named with its figure is still a deadline
        ("全力完成2026年的14.2%目标任务", [2026], []),
        ("到2032年，燃油消费量比2019年下降25%", [2032], [2019]),
    ],
)
def test_a_share_of_a_years_level(text: str, deadlines: list[int], bases: list[int]) -> None:
    assert [d.year for d in find_deadlines(text, ZH, doc_year=2024)] == deadlines
    assert [b.year for b in find_base_years(text, ZH)] == bases
