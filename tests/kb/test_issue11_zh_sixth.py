"""Issue 11: the classes the sixth Chinese first-contact set showed, in sentences of our own.

A five-year plan period names its years (十二五 is 2011-2015), so a question about one
period is not answered by a clause about another; a Chinese count in 架 or 艘 is a count;
an English question naming a province or a farming, waste or fuel term reaches the
Chinese clause through the glossary.
"""

from __future__ import annotations

import pytest

from kb.refusal import kind_reason, year_chosen_reason
from kb.retrieve import Hit
from kb.understand import expansions, glossary_expansions, understand
from kb.zh_checks import period_years


def _hit(text: str, context: str = "") -> Hit:
    return Hit(key="d1:1", doc_id="d1", clause_id="1", text=text, context=context)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("“十一五”期间", 2006, 2010),
        ("十二五时期", 2011, 2015),
        ("十四五规划", 2021, 2025),
        ("十五五期间", 2026, 2030),
        ("during the 13th Five-Year Plan", 2016, 2020),
    ],
)
def test_a_plan_period_names_its_five_years(text, first, last):
    assert period_years(text) == {str(y) for y in range(first, last + 1)}


@pytest.mark.parametrize("text", ["十五期间", "到2025年", "five years from now", ""])
def test_other_text_names_no_plan_period(text):
    assert period_years(text) == set()


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # a past period's fall does not state the next period's goal
        (
            "十二五期间全省单位产值能耗要下降多少？",
            "“十一五”期间，全省单位产值能耗下降了15%。",
            True,
        ),
        (
            "十二五期间全省单位产值能耗要下降多少？",
            "“十二五”期间，全省单位产值能耗要下降16%。",
            False,
        ),
        # a year inside the period is the period
        ("十二五期间全省风电装机要达到多少？", "到2015年，全省风电装机要达到500万千瓦。", False),
        (
            "How far did energy use per unit of GDP fall in 2006-2010?",
            "“十一五”期间单位产值能耗下降了15%。",
            False,
        ),
        (
            "How far must energy use per unit of GDP fall by 2015?",
            "“十一五”期间单位产值能耗下降了15%。",
            True,
        ),
    ],
)
def test_a_figure_for_another_plan_period_does_not_answer(question, clause, refused):
    assert bool(year_chosen_reason(understand(question), [_hit(clause)])) is refused


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        ("到2025年全省植保无人机要达到多少架？", "鼓励推广植保无人机。", True),
        ("到2025年全省植保无人机要达到多少架？", "到2025年，全省植保无人机达到3000架。", False),
        ("港口要新增多少艘电动船？", "新增电动船舶120艘。", False),
    ],
)
def test_a_count_in_jia_or_sou_needs_a_number_in_that_word(question, clause, refused):
    query = understand(question)
    assert query.kind == "count"
    assert bool(kind_reason(query, [_hit(clause)])) is refused


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How much wind power had Shandong installed by 2011?", "山东"),
        ("What did Guangdong province save in energy?", "广东"),
        ("What total power of farm machinery is planned for 2020?", "农机"),
        ("What total power of farm machinery is planned for 2020?", "总动力"),
        ("What share of crop straw is to be put to use?", "秸秆"),
        ("How thin may plastic film on fields be?", "地膜"),
        ("How many cities join the zero-waste pilots?", "无废"),
        ("How many cities join the zero-waste pilots?", "试点"),
        ("What oil refining capacity does the province have?", "炼油"),
        ("What oil refining capacity does the province have?", "炼油能力"),
        ("What share of ploughing and sowing is mechanised?", "机械化"),
    ],
)
def test_an_english_question_reaches_the_chinese_term(question, term):
    assert term in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("田里的塑料薄膜要回收多少？", "地膜"),
        ("农膜回收率要达到多少？", "地膜"),
        ("How much mulch film must be collected?", "地膜"),
    ],
)
def test_everyday_words_for_farm_film_reach_the_drafting_term(question, term):
    assert term in expansions(question)[1]
