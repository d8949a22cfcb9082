"""A cost split written as a ratio to one ("按1：1比例安排配套资金") says how money is shared,
not a level to reach: no aim, beside an aimed ratio of vehicles to chargers that stays one.

A flattened table row with its unit only after the last column ("Hydro 22 30 % of demand")
holds two figures, not a range whose dash was lost: such a range needs a lead word or a
verb of change before it ("by 22 30 percent", "lower its emissions 22 30 percent").

All sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _aims(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.unit, r.year) for r in records if isinstance(r, Target) and r.value}


@pytest.mark.parametrize(
    "sentence",
    [
        "县级财政按1：1比例落实配套经费。",
        "省级补助资金按照2：1安排。",
        "社会资本与政府投入实行1：1配套。",
    ],
)
def test_a_matching_share_is_no_aim(sentence):
    aims = _aims("# 某县乡村振兴工作安排\n\n三、2032年重点任务\n\n" + sentence)
    assert not {a for a in aims if a[1] == "ratio"}


def test_an_aimed_ratio_of_vehicles_to_chargers_beside_it_stays():
    text = "# 某县乡村振兴工作安排\n\n三、2032年重点任务\n\n全县车桩比达到3：1。"
    assert _aims(text) == {(3.0, "ratio", 2032)}


EN = build_nlp(language="en")


def _figures(text: str) -> list[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    records = process_document(document, nlp=EN, types=("target",)).records
    return [(r.value, r.value_high, r.unit) for r in records if isinstance(r, Target)]


@pytest.mark.parametrize(
    "row",
    [
        "Hydro 22 30 % of demand by 2031",
        "Onshore wind 14 19 % Offshore wind 6 10 % by 2031",
        "Table 4: 2025 2031 / Geothermal share 12 18 % by 2031",
    ],
)
def test_a_flattened_table_row_is_no_range(row):
    text = "# Kelmark energy outlook\n\nThe plan aims to reach these shares.\n\n" + row
    assert not [f for f in _figures(text) if f[1] is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelmark aims to cut its emissions by 22 30 percent by 2031.",
        "Kelmark aims to lower its emissions 22 30 percent below 2015 levels by 2031.",
    ],
)
def test_a_lost_dash_after_a_lead_word_or_verb_stays_a_range(sentence):
    assert (22.0, 30.0, "%") in _figures(sentence)
