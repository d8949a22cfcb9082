"""Issue 11: the classes the fifth Chinese first-contact set showed, in sentences of our own.

Full-width figures must read as the years and numbers a question types; a Chinese text
that says 全国 speaks of China; a Chinese count question names what it counts in (台, 辆)
and a sum of money does not answer it.
"""

from __future__ import annotations

import pytest

from kb.cjk import fold_wide_digits
from kb.lexical import tokenize
from kb.refusal import kind_reason, name_reason, year_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str, doc: str = "d1") -> Hit:
    return Hit(key=f"{doc}:1", doc_id=doc, clause_id="1", text=text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("到２０３０年", "到2030年"),
        ("下降１２．５％", "下降12.5%"),
        ("完成任务．下一步", "完成任务．下一步"),
        ("plain 2030 text", "plain 2030 text"),
    ],
)
def test_full_width_figures_fold_to_ascii(text, folded):
    assert fold_wide_digits(text) == folded
    assert len(fold_wide_digits(text)) == len(text)


def test_a_full_width_year_is_the_keyword_a_question_types():
    assert "2030" in tokenize("到２０３０年，全市公交车要全部换成电动车")
    assert "2030" in tokenize("2030年公交车")


def test_a_question_year_is_found_in_full_width_text():
    query = understand("What share of city buses must be electric by 2030?")
    hit = _hit("到２０３０年，全市公交车中电动车比例要达到８０％。")
    assert year_reason(query, [hit]) == ""
    assert year_reason(query, [_hit("到２０２５年，电动车比例要达到５０％。")]) != ""


@pytest.mark.parametrize(
    ("document", "refused"),
    [
        # a Chinese national text names the country as 全国, not as 中国
        ("到2030年，全国城市公交车中电动车比例要达到80%。", False),
        ("到2030年，我国城市公交车中电动车比例要达到80%。", False),
        # a provincial text speaks of its province only
        ("到2030年，全省城市公交车中电动车比例要达到80%。", True),
    ],
)
def test_a_chinese_text_that_says_quanguo_speaks_of_china(document, refused):
    query = understand("What share of China's city buses must be electric by 2030?")
    reason = name_reason(query, [_hit(document)], lambda _doc: document)
    assert bool(reason) is refused


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        ("这家企业2025年要造多少台风机？", "到2025年，企业风机产值要达到50亿元。", True),
        ("这家企业2025年要造多少台风机？", "到2025年，企业要生产风机1200台。", False),
        ("这家企业2025年要造多少台风机？", "到2025年，企业风机产量要达到1.2万台。", False),
        ("全市2025年要有多少辆电动公交？", "到2025年，全市电动公交车要达到三千辆。", False),
        ("全市2025年要有多少辆电动公交？", "到2025年，电动公交车占比要达到90%。", True),
        # an English clause counts in its own words: the measure word is not required
        (
            "全市2025年要有多少辆电动公交？",
            "The city will run 3,000 electric buses by 2025.",
            False,
        ),
    ],
)
def test_a_chinese_count_needs_a_number_in_its_measure_word(question, clause, refused):
    query = understand(question)
    assert bool(kind_reason(query, [_hit(clause)])) is refused
