"""Review s27e: a mostly English question with a Chinese word in it keeps its English
asked words; only a mostly Chinese question takes the Chinese focus path. Sentences are
our own."""

from __future__ import annotations

from kb.answer_focus import focus_near
from kb.cjk import mostly_cjk
from kb.understand import understand

MIXED = "How much should 煤炭 consumption fall by 2030?"


def test_a_mixed_question_keeps_its_english_words() -> None:
    q = understand(MIXED)
    about = focus_near(q, "Cut 煤炭 consumption 10% by 2030.")
    other = focus_near(q, "Cut 煤炭 imports 40% by 2030.")
    assert about > other, (about, other)


def test_a_chinese_question_with_a_latin_abbreviation_is_chinese() -> None:
    assert mostly_cjk("单位GDP二氧化碳排放要比2015年下降多少？")
    assert not mostly_cjk(MIXED)
    q = understand("到2030年，煤炭消费比重要降到多少？")
    about = focus_near(q, "到2030年，煤炭消费比重降到40%。")
    assert about > focus_near(q, "到2030年，天然气产量增长40%。"), about
