"""Issue 11: a question about the size of a change ("by how much should ... fall") asks
for a percentage or an amount, and "fine" before a material ("fine particles", "fine
dust") is not a penalty.

All questions and clauses are our own.
"""

from __future__ import annotations

import pytest

from kb.refusal import kind_reason
from kb.retrieve import Hit
from kb.understand import answer_kind, understand


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "fine" before a material: the level of a pollutant is asked for
        ("By how much should fine particulate levels in the cities fall by 2027?", "quantity"),
        ("How much must fine dust concentrations drop in the valley towns?", "quantity"),
        ("What share of fine particles comes from road traffic?", "share"),
        # a penalty is still a sum of money
        ("What fine applies to a plant that hides its emissions data?", "amount"),
        ("How large are the fines for late reporting?", "amount"),
        ("How much must a firm pay as a fine for a missing permit?", "amount"),
    ],
)
def test_fine_before_a_material_is_not_a_penalty(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


def test_a_change_in_a_cost_may_be_a_percentage() -> None:
    query = understand("By how much should the cost of storage fall by 2030?")
    assert query.kind == "amount"
    clause = _hit("到2030年，储能系统成本比2020年下降30%。")
    assert kind_reason(query, [clause]) == ""


def test_a_sum_asked_without_a_change_still_needs_money() -> None:
    query = understand("How much does the storage subsidy pay?")
    clause = _hit("到2030年，储能系统成本比2020年下降30%。")
    assert kind_reason(query, [clause]) == "no passage states a sum of money"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # 占 + 多少: how much of a whole, a share
        ("到2030年，烧煤在全部能源里要占多少？", "share"),
        ("电动车要占到新车销量的多少？", "share"),
        ("风电和光伏在全省发电量中占了多少？", "share"),
        # 占地 / 占用: an area or an amount of land, not a share
        ("这个项目占地多少公顷？", "quantity"),
        ("新建园区占用耕地多少亩？", "quantity"),
        # 占…多少个: a count of the things named
        ("试点城市占全省多少个？", "count"),
        # an ordinary quantity question stays one
        ("到2030年全省风电装机要达到多少千瓦？", "quantity"),
    ],
)
def test_how_much_of_a_whole_asks_for_a_share(question: str, kind: str) -> None:
    assert answer_kind(question) == kind
