"""Issue 11: the class the eighth Chinese first-contact set showed, in questions of our own.

An English question about power supply, solar manufacturing, pollution control or
investment reaches the Chinese drafting term through the glossary's general vocabulary
(农村电网, 供电, 上网电价, 热电联产, 超低排放, 外资, 世界500强, 转换效率, 炼钢), and a term
the question does not use adds nothing: the Fortune 500 (a US list) is not 世界500强.
"""

from __future__ import annotations

import pytest

from kb.understand import glossary_expansions


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How many villages lack a rural grid connection in the province?", "农村电网"),
        ("What share of the countryside is rural, by area?", "农村"),
        ("Is the power supply in mountain counties to be made more reliable?", "供电"),
        ("Is the power supply in mountain counties to be made more reliable?", "可靠"),
        ("What transformer capacity does each village get?", "配变容量"),
        ("How much transformer capacity per household is planned?", "户均"),
        ("How long does the feed-in tariff for wind farms last?", "上网电价"),
        ("Which subsidies do rooftop owners receive?", "补贴"),
        ("Which combined heat and power units may keep running?", "热电联产"),
        ("What counts as a heat source near a city?", "热源"),
        ("When must cement kilns reach ultra-low emissions?", "超低排放"),
        ("How many coal boilers will the city retrofit?", "改造"),
        ("How much steelmaking capacity will move to electric furnaces?", "炼钢"),
        ("What share of data centres must meet the efficiency benchmark?", "能效标杆"),
        ("What share of data centres must meet the efficiency benchmark?", "数据中心"),
        ("How much foreign investment did the free trade zone draw?", "外资"),
        ("How many Fortune Global 500 firms have offices there?", "世界500强"),
        ("What conversion efficiency must monocrystalline solar cells reach?", "单晶硅"),
        ("What conversion efficiency must monocrystalline solar cells reach?", "转换效率"),
        ("What conversion efficiency must monocrystalline solar cells reach?", "光伏电池"),
        ("Which polycrystalline silicon plants may be built?", "多晶硅"),
        ("How much new power plant capacity may start building this year?", "开工"),
    ],
)
def test_an_english_question_reaches_the_chinese_term(question, term):
    assert term in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How many electric buses will the city buy?", "农村电网"),
        ("How many electric buses will the city buy?", "外资"),
        ("What penalty applies to a late emissions report?", "补贴"),
        # the Fortune 500 is a US list; 世界500强 is the Fortune Global 500
        ("Which Fortune 500 companies are based in Ohio?", "世界500强"),
    ],
)
def test_a_term_the_question_does_not_use_adds_nothing(question, term):
    assert term not in glossary_expansions(question)
