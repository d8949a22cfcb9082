"""Issue 11: the refusal and near-miss classes the tenth Chinese first-contact set showed,
in questions and clauses of our own.

- A sum in a foreign currency written in Chinese (40亿美元, 5000万欧元) is a sum of money:
  a question about a bond's size or a trade's value is not refused for want of one.
- A mine or a plant is counted in 座 or 家, a vehicle in 辆 or 台: a clause counting
  mines in 家 answers "多少座矿山", while a sum in 亿元 or a number of projects still
  answers no count of mines or buses.
- A size qualifier (小型, 大型) narrows a question as 海上 does: a clause about the large
  and medium mines does not state the small ones' share; a clause about 大中型矿山 names
  the large ones.
"""

from __future__ import annotations

import pytest

from kb.refusal import refusal_reason
from kb.refusal_measure import unit_reason
from kb.retrieve import Hit
from kb.understand import carries, glossary_expansions, understand
from kb.zh_checks import count_unit_reason
from kb.zh_scope import missing_scope, scope_words


def _hit(text: str, title: str = "", context: str = "") -> Hit:
    return Hit(key="d1:1", doc_id="d1", clause_id="1", text=text, title=title, context=context)


def _reason(question: str, clause: str, title: str = "") -> str:
    hit = _hit(clause, title=title)
    return refusal_reason(understand(question), [hit], lambda _doc: f"{title}\n{clause}")


@pytest.mark.parametrize(
    "text",
    [
        "财政部本月在香港发行了60亿美元的主权债券。",
        "双方农产品贸易额前三季度达到420亿美元。",
        "该基金首期募集5000万欧元。",
        "项目获得两千万港元的贷款。",
        # the ordinary sum in yuan is money as before
        "省财政安排专项资金3亿元。",
    ],
)
def test_a_sum_in_a_currency_written_in_chinese_is_money(text):
    assert carries("amount", text)


@pytest.mark.parametrize(
    "text",
    ["到2030年，风电装机要达到4亿千瓦。", "新能源汽车销量占比要提高到40%。", "建成300家工厂。"],
)
def test_capacities_shares_and_counts_are_not_money(text):
    assert not carries("amount", text)


def test_a_question_about_a_dollar_bond_is_answered_from_a_clause_in_meiyuan():
    question = "How large was the dollar bond the finance ministry sold in Hong Kong in 2024?"
    clause = "2024年，财政部在香港发行了60亿美元主权债券。"
    assert _reason(question, clause, "财政部发行主权债券") == ""
    # a clause with no sum at all is still refused
    assert _reason(question, "2024年，财政部在香港举行了债券推介会。", "财政部") != ""


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        ("全国一共有多少座绿色矿山？", "全国已累计建成绿色矿山900家。", False),
        ("全国一共有多少座绿色矿山？", "全国绿色矿山建设投资达到80亿元。", True),
        ("全国一共有多少座绿色矿山？", "全国已建成绿色矿山900座。", False),
        ("今年要新增多少辆电动公交车？", "今年新增电动公交车1200台。", False),
        ("今年要新增多少辆电动公交车？", "今年启动公交电动化项目30个。", True),
        # 个 is no measure word of a mine: a number of projects is no number of mines
        ("全国一共有多少座绿色矿山？", "全国开展绿色矿山试点项目40个。", True),
    ],
)
def test_measure_words_that_count_the_same_things(question, clause, refused):
    assert bool(count_unit_reason(question, clause)) is refused


@pytest.mark.parametrize(
    ("question", "clause", "missing"),
    [
        # the large and medium mines' shares are a near-miss for the small ones'
        (
            "到2028年，小型矿山要有多大比例达标？",
            "到2028年，70%大型矿山、60%中型矿山要达标。",
            ["小型"],
        ),
        ("到2028年，小型矿山要有多大比例达标？", "到2028年，50%小型矿山要达标。", []),
        ("到2028年，大型矿山要有多大比例达标？", "到2028年，70%大型矿山、60%中型矿山要达标。", []),
        # a joined qualifier names each of its parts
        ("大型矿山要有多大比例达标？", "大中型矿山达标比例要达到80%。", []),
        ("小型矿山要有多大比例达标？", "大中型矿山达标比例要达到80%。", ["小型"]),
        # a question about the mines as a whole narrows to nothing
        ("矿山要有多大比例达标？", "大中型矿山达标比例要达到80%。", []),
    ],
)
def test_a_size_qualifier_narrows_the_question(question, clause, missing):
    assert missing_scope(question, clause) == missing


@pytest.mark.parametrize(
    "question",
    ["中小型企业的贷款额度是多少？", "设备小型化要在哪一年完成？", "大中型水库有多少座？"],
)
def test_a_joined_size_or_a_change_of_size_narrows_nothing(question):
    assert scope_words(question) == []


def test_the_refusal_names_the_size_the_clause_lacks():
    reason = _reason("到2028年，小型矿山要有多大比例达标？", "到2028年，70%大型矿山要达标。")
    assert reason == "the passage found does not speak of 小型"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How many charging piles does the city plan along its highways?", "充电桩"),
        ("What share of buses sold were plug-in hybrids?", "插电式混合动力"),
        ("How much charging infrastructure will the province build?", "充电"),
        ("What does the plan say about renewable integration in the north?", "消纳"),
        ("How much did electricity consumption grow last year?", "用电量"),
        ("What irrigation efficiency coefficient is the target?", "灌溉"),
        ("What irrigation efficiency coefficient is the target?", "系数"),
        ("By how much should the timber stock rise on forest farms?", "蓄积量"),
        ("By how much should the timber stock rise on forest farms?", "林场"),
        ("How large is the sovereign bond issued abroad?", "主权债券"),
        ("How much water has the south-north water transfer carried?", "南水北调"),
    ],
)
def test_an_english_question_reaches_the_chinese_term(question, term):
    assert term in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How many electric buses will the city buy?", "充电桩"),
        ("What share of forest cover must the county reach?", "林场"),
        ("What penalty applies to a late emissions report?", "债券"),
    ],
)
def test_a_term_the_question_does_not_use_adds_nothing(question, term):
    assert term not in glossary_expansions(question)


def _doc_reason(question: str, clause: str, doc: str, title: str = "") -> str:
    hit = _hit(clause, title=title)
    return refusal_reason(understand(question), [hit], lambda _doc: doc)


def test_a_year_in_chinese_numerals_is_the_year_an_english_question_names():
    question = "How much storage capacity should be installed by 2025?"
    clause = "到二〇二五年，新型储能装机规模达到3000万千瓦以上。"
    assert _doc_reason(question, clause, clause) == ""
    # another year, written the same way, is still not the one asked
    other = "到二〇二七年，新型储能装机规模达到5000万千瓦以上。"
    assert _doc_reason(question, other, other) != ""
    # the ordinary year in digits is read as before
    plain = "到2025年，新型储能装机规模达到3000万千瓦以上。"
    assert _doc_reason(question, plain, plain) == ""


def test_a_text_issued_by_a_national_body_speaks_of_china():
    question = "How much storage capacity should China install by 2030?"
    clause = "到2030年，新型储能装机规模达到1亿千瓦以上。"
    doc = f"国家能源局印发指导意见。\n{clause}"
    assert _doc_reason(question, clause, doc) == ""
    # a Chinese text about another country's plan does not speak of China
    foreign = f"日本经济产业省公布能源计划。\n{clause}"
    assert _doc_reason(question, clause, foreign).endswith("does not speak of China")


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # a sum of money is no volume of water saved, nor a capacity
        ("五年里城市节水一共省下了多少立方米水？", "节水产业的产值估计超过900亿元。", True),
        ("五年里城市节水一共省下了多少立方米水？", "城市累计节水约45亿立方米。", False),
        ("到2030年光伏装机要达到多少万千瓦？", "光伏项目总投资达到300亿元。", True),
        ("到2030年光伏装机要达到多少万千瓦？", "光伏装机达到8000万千瓦，总投资300亿元。", False),
        # a question asked in no unit is not checked
        ("节水产业的产值有多少？", "节水产业的产值估计超过900亿元。", False),
    ],
)
def test_a_chinese_question_asked_in_a_unit(question, clause, refused):
    assert bool(unit_reason(understand(question), [_hit(clause)])) is refused


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # a national or regional share is a near-miss for the world's share
        (
            "What share of the world's battery storage is in China?",
            "华北地区储能规模占全国的28%。",
            True,
        ),
        (
            "What share of the world's battery storage is in China?",
            "我国储能规模占全球的45%。",
            False,
        ),
        (
            "How much offshore wind should China build by 2030?",
            "到2030年，全国风电装机达到8亿千瓦。",
            True,
        ),
        (
            "How much offshore wind should China build by 2030?",
            "到2030年，全国海上风电装机达到1亿千瓦。",
            False,
        ),
        ("How many small hydropower plants will China retire?", "全国将关停小水电站300座。", False),
        # a question with no qualifier is not checked
        ("How much wind should China build by 2030?", "到2030年，全国风电装机达到8亿千瓦。", False),
        # "global warming" and "urban-rural" narrow nothing the clause lacks
        (
            "How much should China cut emissions to slow global warming?",
            "全国碳排放下降18%。",
            False,
        ),
        (
            "How much should China spend on urban and rural grids?",
            "城乡电网投资达到5000亿元。",
            False,
        ),
    ],
)
def test_an_english_qualifier_must_be_named_by_the_chinese_clause(question, clause, refused):
    reason = _doc_reason(question, clause, f"国家能源局\n{clause}")
    assert ("does not speak of" in reason) is refused
