"""Choosing the Chinese clause to quote for an English question: the asked words are
measured with the question's Chinese terms, and Chinese figures count as the asked kind.

Clauses and questions are our own; the Chinese terms stand for what the dictionary
and glossary give for the question over a collection (``kb.lexical.translated_terms``).
"""

from __future__ import annotations

import pytest

from kb.answer_choice import quote_first
from kb.answer_focus import cross_focus, focus_near, kind_spans
from kb.hits import Hit
from kb.understand import understand

# (English question, the question's Chinese terms, expected units of asked words)
CROSS_FOCUS = [
    (
        "How large a fine can a grid operator be given for hiding its data?",
        ("罚款", "电网", "数据", "操作员"),
        (("罚款",), ("电网",), ("操作员",)),
    ),
    (
        "What share of new buildings must meet the green standard by 2030?",
        ("占比", "建筑", "标准", "绿色"),
        (("建筑",), ("绿色",)),
    ),
    # terms the question has no asked word for are not units
    ("How large a fine can a grid operator be given?", ("数据", "资料"), ()),
    # a Chinese question is measured in its own words
    ("罚款是多少？", ("fine",), ()),
]


@pytest.mark.parametrize(("question", "terms", "units"), CROSS_FOCUS)
def test_cross_focus_maps_asked_words_to_chinese_terms(question, terms, units):
    assert cross_focus(understand(question), terms) == units


def test_cross_focus_joins_related_english_forms():
    # 省级 is "province" in the dictionary; the question says "provincial"
    q = understand("By what date must provincial offices send in the list?")
    assert ("省级",) in cross_focus(q, ("省级", "名单"))


# (asked kind, Chinese clause, whether it states an answer of that kind)
KINDS = [
    ("amount", "逾期不改的，处二十万元以上五十万元以下的罚款。", True),
    ("amount", "没收违法所得，并处违法所得二倍以上五倍以下罚款。", True),
    ("amount", "到2030年，产量达到2020年的三倍。", False),  # a multiple, but not of a fine
    ("amount", "本办法自2031年3月1日起施行。", False),
    ("share", "新建建筑中绿色建筑的比重提高到百分之六十。", True),
    ("share", "可再生能源消费比重达到25%左右。", True),
    ("date", "企业应当自收到通知之日起三十日内提交整改报告。", True),
    ("date", "主管部门应当在六个月内作出决定。", True),
    ("date", "本办法自2031年3月1日起施行。", True),
    ("share", "本办法自2031年3月1日起施行。", False),
]


@pytest.mark.parametrize(("kind", "clause", "states"), KINDS)
def test_chinese_figures_count_as_the_asked_kind(kind, clause, states):
    assert bool(kind_spans(kind, clause)) is states


# (English question, Chinese terms, clause with the asked word beside the figure,
#  clause with a figure of the kind but the asked word elsewhere or absent)
NEAR = [
    (
        "How large a fine can a grid operator be given for hiding its data?",
        ("罚款", "操作员"),
        "电网操作员隐瞒数据的，处十万元以上二十万元以下的罚款。",
        "对直接负责的主管人员处一万元以上五万元以下的处分金。",
    ),
    (
        "What share of new buildings must meet the green standard by 2030?",
        ("建筑", "绿色"),
        "到2030年，城镇新建建筑中绿色建筑占比达到百分之八十。",
        "到2030年，可再生能源发电量占比达到百分之四十。",
    ),
]


@pytest.mark.parametrize(("question", "terms", "near", "far"), NEAR)
def test_asked_words_beside_a_chinese_figure_score_higher(question, terms, near, far):
    q = understand(question)
    units = cross_focus(q, terms)
    assert focus_near(q, near, units=units) > focus_near(q, far, units=units)
    # measured with the English words alone, a Chinese clause shows none of them
    assert focus_near(q, near) == 0.0


def _hit(key: str, text: str, relevance: float) -> Hit:
    return Hit(key, "doc", key, text, language="zh", relevance=relevance)


@pytest.mark.parametrize(("question", "terms", "near", "far"), NEAR)
def test_quote_first_prefers_the_chinese_clause_that_states_the_asked_value(
    question, terms, near, far
):
    q = understand(question)
    ranked = [_hit("far", far, 0.9), _hit("near", near, 0.8)]
    assert quote_first(q, ranked, terms)[0].key == "near"


def test_quote_first_counts_a_fine_stated_as_a_multiple():
    q = understand("How is the fine set for a plant that fails to hand in its allowances?")
    terms = ("罚款", "配额")
    ranked = [
        _hit("staff", "对负责的工作人员给予警告。", 0.9),
        _hit("multiple", "未按期上缴配额的，处当月市价三倍以上六倍以下的罚款。", 0.8),
    ]
    assert quote_first(q, ranked, terms)[0].key == "multiple"


def test_quote_first_without_chinese_terms_keeps_the_reranker_order():
    question, _terms, near, far = NEAR[1]
    q = understand(question)
    ranked = [_hit("far", far, 0.9), _hit("near", near, 0.8)]
    assert quote_first(q, ranked)[0].key == "far"
