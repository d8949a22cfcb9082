"""An English question naming China (or the VAT) over a Chinese national law that names the
country only by its formal name (中华人民共和国, in its title and in "在中华人民共和国境内")
and the tax only as 增值税: the name check finds both (``kb/data/terms.toml`` synonyms), so the
law's clause is not refused as "not speaking of China". A Chinese text of another country's
law (日本) is still refused for a question about China.

Titles, clauses and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import name_reason
from kb.understand import understand

DOCS = {
    "formal": (
        "中华人民共和国车船使用税法",
        "第三条 在中华人民共和国境内拥有车辆的单位和个人，应当依照本法缴纳车船使用税。",
    ),
    "vat": (
        "中华人民共和国增值税暂行规定",
        "第五条 增值税的起征点为月销售额三万元。",
    ),
    "short": ("中国车船使用税规定", "第三条 拥有车辆的单位和个人，应当缴纳车船使用税。"),
    "other": ("日本车船使用税法", "第三条 拥有车辆的单位和个人，应当缴纳车船使用税。"),
}


def _hit(doc_id: str) -> Hit:
    title, body = DOCS[doc_id]
    return Hit(
        key=doc_id,
        doc_id=doc_id,
        clause_id="1",
        text=body,
        start=0,
        end=len(body),
        context=body,
        language="zh",
        title=title,
    )


def _text(doc_id: str) -> str:
    return DOCS[doc_id][1]


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("Who must pay China's vehicle and vessel tax?", "formal"),
        ("Who must pay the Chinese vehicle and vessel tax?", "formal"),
        ("What is the monthly sales threshold for VAT in China?", "vat"),
        ("Who must pay China's vehicle and vessel tax?", "short"),
    ],
)
def test_a_law_naming_the_country_formally_speaks_of_it(question, doc_id):
    assert name_reason(understand(question), [_hit(doc_id)], _text) == ""


def test_another_countrys_law_is_still_refused():
    reason = name_reason(
        understand("Who must pay China's vehicle and vessel tax?"), [_hit("other")], _text
    )
    assert reason.startswith("the document found does not speak of")
