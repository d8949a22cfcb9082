"""Power-rule terms that must not answer what they do not state: a transformer's
capacity in 千伏安 is no voltage, 价格 inside the name of a price office or the price
law is no price, a number after a phone or serial label is no date, and a single
English word of the power glossary (grid, load, yearly, in force) keeps its other
senses outside its electricity phrases. Clauses and questions are our own."""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal_focus import focus_reason
from kb.refusal_years import year_reason
from kb.translate_terms import english_to_chinese
from kb.understand import glossary_expansions, understand


def _hit(text: str, title: str = "某供电办法") -> Hit:
    return Hit(
        key="k",
        doc_id="d",
        clause_id="1",
        text=text,
        start=0,
        end=len(text),
        context=text,
        language="zh",
        title=title,
    )


VOLTAGE_Q = "Which voltage do the new rural lines use?"
PRICE_Q = "How long do the new feed-in prices apply?"
YEAR_Q = "How much did the province settle for balancing in March 2019?"


def test_a_transformers_capacity_in_kva_is_no_voltage():
    clause = "每台农村公用变压器的容量一般不超过400千伏安。"
    reason = focus_reason(understand(VOLTAGE_Q), [_hit(clause)])
    assert reason == "no passage speaks of voltage"


def test_a_line_in_kilovolts_beside_it_still_speaks_of_voltage():
    clause = "新建农村线路一般采用10千伏供电。"
    assert focus_reason(understand(VOLTAGE_Q), [_hit(clause)]) == ""


@pytest.mark.parametrize(
    "clause",
    [
        "各地价格主管部门应加强对本细则落实情况的检查。",
        "本细则由省发展改革委价格局负责解释。",
        "根据《价格法》等规定，制定本细则。",
        "省价格监督检查机构依法查处违规行为。",
    ],
)
def test_a_price_office_or_the_price_law_states_no_price(clause):
    reason = focus_reason(understand(PRICE_Q), [_hit(clause)])
    assert reason == "no passage speaks of prices"


@pytest.mark.parametrize(
    "clause",
    [
        "新投产项目的上网价格按当地燃煤基准价执行。",
        "上网电价自下一年度起另行核定。",
        "价格调整后，电网企业应及时公布。",
    ],
)
def test_a_clause_stating_a_price_still_speaks_of_prices(clause):
    assert focus_reason(understand(PRICE_Q), [_hit(clause)]) == ""


@pytest.mark.parametrize(
    "clause",
    [
        "咨询电话：20190315，平衡费用结算另行通知。",
        "合同编号 20190315，平衡费用合计96万元。",
        "Serial No. 20190315: balancing paid in total 0.96 million yuan.",
        "Phone: 20190315, for questions on balancing payments.",
    ],
)
def test_eight_digits_after_a_phone_or_serial_label_are_no_date(clause):
    assert year_reason(understand(YEAR_Q), [_hit(clause)]) == "no passage speaks of 2019"


def test_eight_digits_as_a_sheets_name_are_still_a_date():
    clause = "平衡结算表20190315：平衡费用合计96万元。"
    assert year_reason(understand(YEAR_Q), [_hit(clause)]) == ""


@pytest.mark.parametrize(
    ("question", "dictionary_term", "power_term"),
    [
        ("How does the county's grid management of street stalls work?", "网格", "电网"),
        ("How much is the pension topped up yearly?", "每年", "年度"),
        ("What load can the old footbridge bear?", "加载", "负荷"),
    ],
)
def test_a_single_power_word_keeps_its_ordinary_sense(question, dictionary_term, power_term):
    assert dictionary_term in english_to_chinese(question)
    assert power_term not in glossary_expansions(question)


def test_in_force_alone_is_no_term_of_validity():
    assert "有效期" not in glossary_expansions("Which noise limits are in force for quarries?")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How far must the power grid reach by next winter?", "电网"),
        ("What will the grid company pay for reserve capacity?", "电网"),
        ("How high can the electricity load climb in summer?", "负荷"),
        ("Which yearly contracts must a city sign?", "年度"),
        ("Does the tariff remain in force after the reform?", "有效期"),
    ],
)
def test_the_power_phrases_still_reach_their_terms(question, term):
    assert term in glossary_expansions(question)
