"""Issue 11: a Chinese question narrowed to a place or a kind of a thing (北京, 海上风电)
is refused by a Chinese clause that never names it, and answered by one that does.

Sentences are our own; the name check reads the real terms data and tokenizer.
"""

from __future__ import annotations

import pytest

from kb.refusal import name_reason, refusal_reason
from kb.retrieve import Hit
from kb.understand import understand
from kb.zh_scope import scope_words


def _hit(text: str, title: str = "", context: str = "") -> Hit:
    return Hit(key="d1:1", doc_id="d1", clause_id="1", text=text, title=title, context=context)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("十二五期间海上风电的装机目标是多少万千瓦？", ["海上"]),
        ("方案给北京定的单位产值能耗下降目标是多少？", ["北京"]),
        ("广东省2025年新能源汽车要卖多少辆？", ["广东"]),
        ("内蒙古自治区的风电装机要达到多少？", ["内蒙古"]),
        ("上海要建多少分布式光伏？", ["上海", "分布式"]),
        # the basis of a measure: per person, per household
        ("全省人均生活用水量要降到多少？", ["人均"]),
        ("农村户均配电容量要达到多少？", ["户均"]),
        # 省级 names no province; a national question names no place
        ("省级主管部门要在几天内答复企业？", []),
        ("全国风电装机到2030年要达到多少？", []),
        # a qualifier narrows the term after it, not the end of a sentence
        ("这些电站是建在陆上吗", []),
    ],
)
def test_a_chinese_question_names_its_places_and_qualifiers(question, words):
    assert scope_words(question) == words


@pytest.mark.parametrize(
    ("question", "clause", "title", "refused"),
    [
        # a national wind goal does not state the offshore part of it
        ("十二五期间海上风电要装多少千瓦？", "到2015年，风电装机要达到1亿千瓦。", "", True),
        ("十二五期间海上风电要装多少千瓦？", "到2015年，海上风电装机要达到500万千瓦。", "", False),
        ("十二五期间风电要装多少千瓦？", "到2015年，风电装机要达到1亿千瓦。", "", False),
        # a per-area cut does not state the per-person one, and the other way round
        ("到2030年学校人均能耗要下降多少？", "到2030年，学校单位建筑面积能耗下降5%。", "", True),
        ("到2030年学校人均能耗要下降多少？", "到2030年，学校人均能耗下降6%。", "", False),
        (
            "到2030年学校单位面积能耗要下降多少？",
            "到2030年，学校单位建筑面积能耗下降5%。",
            "",
            False,
        ),
        # a national energy goal does not state one city's share of it
        ("方案给北京定的能耗下降目标是多少？", "全国单位产值能耗要下降16%。", "", True),
        ("方案给北京定的能耗下降目标是多少？", "北京市单位产值能耗要下降17%。", "", False),
        # the province the whole document is about is named by its title
        ("广东省的能耗要下降多少？", "全省单位产值能耗要下降18%。", "广东省节能规划", False),
        ("广东省的能耗要下降多少？", "全省单位产值能耗要下降18%。", "江苏省节能规划", True),
        # an English clause is judged by the English checks, not by Chinese characters
        (
            "美国海上风电的目标是多少？",
            "The United States aims for 30 GW of offshore wind.",
            "",
            False,
        ),
    ],
)
def test_a_clause_that_never_names_the_scope_is_refused(question, clause, title, refused):
    query = understand(question)
    hit = _hit(clause, title=title)
    assert bool(name_reason(query, [hit], lambda _doc: f"{title}\n{clause}")) is refused


def test_the_scope_may_stand_in_the_clause_paragraph():
    query = understand("方案给北京定的能耗下降目标是多少？")
    hit = _hit("其中，该市单位产值能耗要下降17%。", context="北京市节能目标如下。")
    assert refusal_reason(query, [hit], lambda _doc: hit.context + hit.text) == ""


def test_the_refusal_says_what_the_passage_does_not_speak_of():
    query = understand("十二五期间海上风电要装多少千瓦？")
    hit = _hit("到2015年，风电装机要达到1亿千瓦。")
    reason = refusal_reason(query, [hit], lambda _doc: hit.text)
    assert reason == "the passage found does not speak of 海上"
