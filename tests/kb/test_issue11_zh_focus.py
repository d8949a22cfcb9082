"""Issue 11: for a Chinese question, the clause quoted is the one whose figure stands
beside what the question asks about (kb/answer_focus.py), not a neighbour's figure of
the same kind and year.

All questions and clauses are our own.
"""

from __future__ import annotations

from kb.answer_choice import quote_first
from kb.answer_focus import focus_near, zh_asked_words
from kb.hits import Hit
from kb.understand import understand


def _hit(key: str, text: str, relevance: float) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=text, relevance=relevance)


def test_asked_words_leave_out_the_frame() -> None:
    words = zh_asked_words(understand("到2030年，全省烧天然气在全部能源里要占多少？"))
    assert "天然气" in words
    assert not {"多少", "全部", "要"} & set(words)


def test_the_figure_beside_the_asked_thing_scores() -> None:
    query = understand("到2030年，全市的天然气要占能源消费多少？")
    assert focus_near(query, "天然气消费比重力争达到12%") > 0
    assert focus_near(query, "到2030年，农村电网供电可靠率达到99.9%") == 0


def test_the_clause_of_the_asked_measure_is_quoted() -> None:
    query = understand("到2030年，全市的天然气要占能源消费多少？")
    ranked = [
        _hit("a", "到2030年，农村电网供电可靠率达到99.9%", 0.6),
        _hit("b", "天然气消费比重力争达到12%", 0.55),
    ]
    assert quote_first(query, ranked)[0].key == "b"


def test_an_ordinary_aim_stays_first() -> None:
    # the first clause states the asked measure: it stays quoted
    query = understand("到2030年，非化石能源消费比重要提高到多少？")
    ranked = [
        _hit("a", "到2030年，非化石能源消费比重提高到25%左右。", 0.6),
        _hit("b", "到2030年，农村电网供电可靠率达到99.9%", 0.55),
    ]
    assert quote_first(query, ranked)[0].key == "a"


def test_an_english_question_is_unchanged() -> None:
    query = understand("How many jobs will the wind goal support?")
    assert focus_near(query, "It will power 10 million homes and support 77,000 jobs.") == 0.75


def test_the_clause_of_the_asked_base_year_is_quoted() -> None:
    query = understand("跟2015年比，2025年全市单位GDP的二氧化碳排放要降多少？")
    ranked = [
        _hit("a", "到2025年，全市单位GDP二氧化碳排放比2005年下降60%以上。", 0.6),
        _hit("b", "到2025年，全市单位GDP二氧化碳排放比2015年下降22%。", 0.55),
    ]
    assert quote_first(query, ranked)[0].key == "b"
