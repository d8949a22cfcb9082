"""Issue 11: a work report states a measure twice, done last year under a review heading
("一、2030年工作回顾") and aimed at this year in its work part. A question that asks ahead
(今年要, "will … this year", 希望, "meant to") is answered from the aim, not from the review
(kb.answer_choice, kb.refusal_present); a question about last year keeps the review's clause.
Sentences are our own, in the style of a provincial work report."""

from __future__ import annotations

import pytest

from kb.answer_choice import quote_first
from kb.hits import Hit
from kb.refusal_present import asks_ahead, under_review
from kb.understand import understand

REVIEW = ("2031年某省政府工作报告", "一、2030年工作回顾", "（五）民生保障扎实有力。")
WORK = ("2031年某省政府工作报告", "二、2031年目标任务和主要工作", "（八）办好民生实事。")


def _hit(text: str, section: tuple[str, ...], relevance: float) -> Hit:
    return Hit(
        key=text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=relevance,
        section=section,
        context=text,
    )


def _ranked() -> list[Hit]:
    return [
        _hit("开展村庄清洁行动，完成农村户厕改造26.7万座。", REVIEW, 0.9),
        _hit("完善农村污水治理机制，改造农村户厕18.2万座。", WORK, 0.8),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "某省今年要改造多少座农村户厕？",
        "某省今年希望改造多少座农村户厕？",
        "How many village toilets will the province rebuild this year?",
        "How many village toilets is the province meant to rebuild in 2031?",
    ],
)
def test_a_question_asked_ahead_quotes_this_years_aim(question):
    assert quote_first(understand(question), _ranked())[0].text.endswith("18.2万座。")


@pytest.mark.parametrize(
    "question",
    [
        "某省去年改造了多少座农村户厕？",
        "How many village toilets did the province rebuild last year?",
    ],
)
def test_a_question_about_last_year_keeps_the_reviews_clause(question):
    assert quote_first(understand(question), _ranked())[0].text.endswith("26.7万座。")


def test_only_a_review_heading_counts():
    assert under_review(_ranked()[0]) and not under_review(_ranked()[1])
    plan = _hit("到2033年，改造农村户厕18.2万座。", ("一、发展基础", "（一）主要成效"), 0.9)
    assert not under_review(plan)
    assert asks_ahead("今年要改造多少座户厕？") and not asks_ahead("去年改造了多少座户厕？")


@pytest.mark.parametrize(
    "question",
    [
        "某省2030年改造农村户厕的目标是多少？",
        "What is the 2030 target for rebuilt village toilets in the province?",
    ],
)
def test_a_question_naming_the_reviewed_year_keeps_the_reviews_clause(question):
    assert quote_first(understand(question), _ranked())[0].text.endswith("26.7万座。")


def test_a_question_naming_a_later_year_quotes_the_aim():
    question = "某省2031年要改造多少座农村户厕？"
    assert quote_first(understand(question), _ranked())[0].text.endswith("18.2万座。")


def test_a_bare_xiang_inside_a_word_asks_nothing_ahead():
    assert not asks_ahead("某省落实新思想改造多少座户厕？")
    assert asks_ahead("某省想要改造多少座户厕？")
