"""A question naming one tax is not answered by a clause on another (``kb.refusal_tax``),
and one particular tax is never a synonym of another in query expansion
(``kb/data/terms.toml``: the generic tax words form one group, "income tax"/所得税 its own).

Clauses and questions are our own, in the register of a Chinese tax law.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import refusal_reason
from kb.refusal_tax import named_taxes, other_tax_reason
from kb.understand import expansions, understand


def _reason(question: str, clause: str) -> str:
    hit = Hit(
        key="k",
        doc_id="d",
        clause_id="1",
        text=clause,
        start=0,
        end=len(clause),
        context=clause,
        language="zh",
        title="中华人民共和国某税法",
    )
    return refusal_reason(understand(question), [hit], lambda _d: clause)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("What is the rate of China's fuel tax?", "第六条　企业所得税的税率为百分之十八。"),
        ("What rate does the property tax in China charge?", "第三条　增值税税率为百分之九。"),
        ("What is the income tax rate in China?", "第四条　消费税的税率为百分之十二。"),
        ("个人所得税的税率是多少？", "第二条　消费税的税率为百分之十五。"),
    ],
)
def test_a_clause_on_another_tax_is_refused(question, clause):
    assert _reason(question, clause) == "the passage found is about another tax than the one asked"


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("What is the income tax rate in China?", "第六条　企业所得税的税率为百分之十八。"),
        ("What is China's VAT rate?", "第三条　增值税税率为百分之九。"),
        ("What tax does a Chinese mining firm pay?", "第二条　开采矿产品的单位应当缴纳资源税。"),
        ("What is the income tax rate in China?", "第九条　税率为百分之十八。"),
        ("What is China's corporate tax rate?", "第六条　企业所得税的税率为百分之十八。"),
        ("What is China's property tax rate?", "第五条　房产税的税率为百分之一点五。"),
        ("个税的最高税率是多少？", "第三条　个人所得税的税率最高为百分之四十。"),
    ],
)
def test_a_clause_on_the_asked_tax_or_on_tax_in_general_passes(question, clause):
    assert _reason(question, clause) == ""


def test_one_tax_is_no_synonym_of_another():
    _, extra = expansions("小型企业缴纳所得税的税率是多少？")
    assert "增值税" not in extra
    _, extra = expansions("What is the income tax rate for small firms?")
    assert "所得税" in extra and "增值税" not in extra


@pytest.mark.parametrize(
    "question",
    [
        "How long must a foreigner stay in China to be tax resident?",
        "What does China charge when tax is paid after the deadline?",
    ],
)
def test_tax_after_an_ordinary_word_names_no_particular_tax(question):
    clause = "第二条　一年内在境内住满一百五十日的个人，为个人所得税的居民个人。"
    hit = Hit(key="k", doc_id="d", clause_id="1", text=clause)
    assert other_tax_reason(understand(question), [hit]) == ""


def test_a_kind_word_before_tax_names_a_particular_tax():
    clause = "第二条　一年内在境内住满一百五十日的个人，为个人所得税的居民个人。"
    hit = Hit(key="k", doc_id="d", clause_id="1", text=clause)
    assert other_tax_reason(understand("Who must pay the gift tax in China?"), [hit]) != ""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("公益捐赠支出准予全额税前扣除，由财税部门会同涉税机构核定。", set()),
        ("增值税为价外税，保税区内的货物按规定办理。", {"值税"}),
        ("城镇土地使用税和契税按年计征。", {"用税", "契税"}),
    ],
)
def test_compounds_of_tax_in_general_name_no_tax(text, names):
    assert named_taxes(text) == names
