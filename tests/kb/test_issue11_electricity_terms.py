"""English questions about electricity rules over Chinese clauses.

The refusal checks read the Chinese a clause answers in: a voltage written in kilovolts
(千伏) or named 电压, a price written 价格 or 电价 (``[word_patterns]`` of
``kb/data/terms.toml``), and a year inside a date written as eight digits (20181207,
``kb.refusal_years``). A clause that states none of these is still refused. Keyword
search reaches the ordinary Chinese terms of power markets from their everyday English
(contract 合同, grid 电网, peak regulation 调峰, peak demand 最大负荷, in force 有效期:
``[en_zh]`` of ``kb/data/glossary.toml``), while other senses keep their old terms.

Clauses and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal_focus import focus_reason
from kb.refusal_years import year_reason
from kb.understand import glossary_expansions, understand


def _hit(text: str, title: str = "某电力通知") -> Hit:
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


VOLTAGE_Q = "At what voltage must a province list each line in its plan?"
PRICE_Q = "Until when do the regional transmission prices stay in force?"


@pytest.mark.parametrize(
    "clause",
    [
        "二、220千伏及以上的线路工程应逐项列入规划。",
        "省内35千伏以下的配电项目只需明确建设规模。",
        "新建线路的电压等级由省级主管部门确定。",
    ],
)
def test_a_chinese_clause_in_kilovolts_speaks_of_voltage(clause):
    assert focus_reason(understand(VOLTAGE_Q), [_hit(clause)]) == ""


def test_an_english_clause_in_kv_speaks_of_voltage():
    clause = "Every new 400 kV line must be listed in the plan by name."
    assert focus_reason(understand(VOLTAGE_Q), [_hit(clause, "Grid plan")]) == ""


def test_a_clause_with_no_voltage_is_still_refused():
    clause = "规划应明确项目建设安排，并按年度滚动调整。"
    reason = focus_reason(understand(VOLTAGE_Q), [_hit(clause)])
    assert reason == "no passage speaks of voltage"


@pytest.mark.parametrize(
    "clause",
    [
        "第一监管周期内区域电网的输电价格按两部制核定。",
        "各区域电网电价自明年一月一日起执行。",
        "竞价模式的补贴单价不得高于每千瓦时一元。",
    ],
)
def test_a_chinese_price_clause_speaks_of_prices(clause):
    assert focus_reason(understand(PRICE_Q), [_hit(clause)]) == ""


@pytest.mark.parametrize(
    "clause",
    [
        "电网企业应对监管周期内的投资情况开展评价。",  # 评价: an evaluation, no price
        "本通知自印发之日起施行，有效期三年。",
    ],
)
def test_a_clause_with_no_price_word_is_still_refused(clause):
    reason = focus_reason(understand(PRICE_Q), [_hit(clause)])
    assert reason == "no passage speaks of prices"


def test_a_year_inside_an_eight_digit_date_is_spoken_of():
    question = understand("What did the regional market pay in all in December 2018?")
    assert year_reason(question, [_hit("20181207日前市场结算表：调峰费用合计412万元")]) == ""


@pytest.mark.parametrize(
    "clause",
    [
        "20191207日前市场结算表：调峰费用合计412万元",  # another year's date
        "合同编号2018120712，调峰费用合计412万元",  # a serial number, no date
    ],
)
def test_another_years_date_or_a_serial_number_is_no_year(clause):
    question = understand("What did the regional market pay in all in December 2018?")
    assert year_reason(question, [_hit(clause)]) == "no passage speaks of 2018"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Which contracts must large buyers sign each year?", "合同"),
        ("How much will the grid company spend on new lines?", "电网"),
        ("Who pays coal plants for peak regulation?", "调峰"),
        ("How high was peak demand last winter?", "最大负荷"),
        ("What price cap applies to bids?", "限价"),
        ("Must buyers sign time-of-use contracts?", "分时"),
        ("How long does the rule stay in force?", "有效期"),
        ("What did coal plants earn for turning down?", "火电"),
        ("How high did the grid's load rise?", "负荷"),
        ("Which firms used more power over the Spring Festival?", "春节"),
        ("Which yearly deals must a province sign?", "年度"),
        ("What did the energy regulator decide about bids?", "监管"),
        ("Above what power purchase must a firm trade by the hour?", "购电"),
        ("Must small power users sign such deals?", "电力用户"),
    ],
)
def test_everyday_power_market_english_reaches_its_chinese(question, term):
    assert term in glossary_expansions(question)


def test_other_senses_keep_their_terms():
    assert "最大负荷" not in glossary_expansions("When will carbon emissions peak?")
    assert "达峰" in glossary_expansions("When will carbon emissions peak?")
    assert "合同" not in glossary_expansions("Which contractors will build the plant?")
    assert "购电" not in glossary_expansions("How is the purchasing power of wages kept?")
