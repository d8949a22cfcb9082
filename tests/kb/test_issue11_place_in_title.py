"""An English question naming a Chinese province or city, over a Chinese text whose body
says only 本省, 全市 or 我市: the place stands in the document's title ("某省…办法", "某市…统计
公报"), and the title is read for its Chinese spelling as the body is (``kb.refusal.name_reason``).
A text whose title names another place is still refused.

Titles, clauses and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.answerable import first_answerable
from kb.hits import Hit
from kb.refusal import name_reason
from kb.understand import understand

# doc_id -> (title, the whole document's text as the store keeps it, without its title)
DOCS = {
    "gx_rules": (
        "广西碳排放报告管理办法",
        "第六条 年排放二氧化碳2万吨以上的企业应当每年报告排放。",
    ),
    "yn_rules": (
        "云南碳排放报告管理办法",
        "第六条 年排放二氧化碳2万吨以上的企业应当每年报告排放。",
    ),
    # the body names the province itself: read as before
    "gx_body": ("碳排放报告管理办法", "广西年排放二氧化碳2万吨以上的企业应当每年报告排放。"),
}

ASKED = "Above what yearly CO2 emissions must a company in Guangxi report them?"


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


@pytest.mark.parametrize("doc_id", ["gx_rules", "gx_body"])
def test_a_place_in_the_title_is_spoken_of(doc_id):
    assert name_reason(understand(ASKED), [_hit(doc_id)], _text) == ""


def test_a_title_naming_another_place_is_refused():
    reason = name_reason(understand(ASKED), [_hit("yn_rules")], _text)
    assert reason.startswith("the document found does not speak of") and "Guangxi" in reason


def test_the_text_titled_with_the_place_is_quoted_before_another():
    order, reason = first_answerable(understand(ASKED), [_hit("yn_rules"), _hit("gx_rules")], _text)
    assert reason == ""
    assert order[0].key == "gx_rules"
