"""An English question that asks about a tax, over a Chinese tax clause: the clause speaks of
the tax in its own words (税率, 纳税, or any word ending in 税: 所得税, 资源税), so the focus check of
``kb.refusal_focus`` does not refuse it as "no passage speaks of tax" (``kb/data/terms.toml``
synonyms and its ``[word_patterns]``). A Chinese clause with no tax word is still refused.

Clauses and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal_focus import focus_reason
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(
        key="k",
        doc_id="d",
        clause_id="1",
        text=text,
        start=0,
        end=len(text),
        context=text,
        language="zh",
        title="某税法",
    )


@pytest.mark.parametrize(
    "clause",
    [
        "第五条　车船使用税的税率为百分之八。",
        "第十一条　纳税人按季度向主管机关报送纳税申报表。",
        "第四条　企业所得税按年计征。",
        "第六条　资源税按月或者按季计征。",
        "第三条　印花税由应税凭证的书立人缴纳。",
    ],
)
def test_a_chinese_tax_clause_speaks_of_tax(clause):
    question = understand("What tax must a Chinese firm pay on its vessels?")
    assert focus_reason(question, [_hit(clause)]) == ""


def test_a_clause_with_no_tax_word_is_still_refused():
    question = understand("What tax must a Chinese firm pay on its vessels?")
    assert focus_reason(question, [_hit("第五条　船舶应当每年检验一次。")]).startswith(
        "no passage speaks of"
    )
