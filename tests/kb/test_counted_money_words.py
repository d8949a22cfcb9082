"""Questions that count money words ("How many <money word> ..."): "pounds of" is a
weight only before a material ("pounds of waste"); "pounds of funding" is money. Pence,
cents, kroner and shillings are money too, and so are "thousands" or "hundreds" counted
alone ("How many thousands did it cost?").
"""

from __future__ import annotations

from kb.understand import answer_kind


def test_pounds_of_funding_and_small_coins_are_sums() -> None:
    assert answer_kind("How many million pounds of grants did the harbour project win?") == "amount"
    assert answer_kind("How many billion pounds of capital will the new port attract?") == "amount"
    assert answer_kind("How many pounds of support did every village hall get?") == "amount"
    assert answer_kind("How many thousands did the footbridge repair cost?") == "amount"
    assert answer_kind("How many kroner did the ferry operator pay?") == "amount"
    assert answer_kind("How many pence does the bag charge add?") == "amount"
    assert answer_kind("How many cents did the tariff go up?") == "amount"


def test_pounds_of_a_material_and_counted_things_stay_counts() -> None:
    assert answer_kind("How many pounds of food waste did the market compost?") == "count"
    assert answer_kind("How many million pounds of scrap did the yard recycle?") == "count"
    assert answer_kind("How many thousands of trees did the plan plant?") == "count"
    assert answer_kind("How many hundreds of volunteers did the drive enlist?") == "count"
    assert answer_kind("What per cent of buses must be electric?") == "share"
