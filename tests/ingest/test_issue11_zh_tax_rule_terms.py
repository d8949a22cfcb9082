"""Issue 11: the terms of a tax rule, as the zh_fresh12 laws show them.

A figure followed by the tax rate it is ("减按18％的税率征收", "按7％的税率计算") or by the
portion of an amount it bounds ("在年度收入总额9％以内的部分", "超过9％的部分") is a term of
the rule, not an aim (``[figures] coefficient_after``), even when a relative clause before it
holds 需要 ("本省需要扶持的企业") or the clause gives a period after it ("以后四年内"). The same
shares set as aims ("比重达到18％", "提高到9％以上") stay aims.

All sentences are made up for these tests, in the register of a national tax law.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _aims(text: str) -> set[float]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {r.value for r in records if isinstance(r, Target)}


@pytest.mark.parametrize(
    "article",
    [
        "第三十一条　本省需要扶持的集成电路企业，减按18％的税率征收企业所得税。",
        "第十二条　纳税人需要按7％的税率计算缴纳附加税。",
        "第八条　企业发生的职工教育经费支出，在年度工资总额9％以内的部分，准予在计算应纳税所得"
        "额时扣除；超过年度工资总额9％的部分，准予结转以后四年内扣除。",
    ],
)
def test_a_rate_or_portion_of_a_tax_rule_is_no_aim(article):
    assert _aims("# 某税法\n\n" + article) == set()


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("到2030年，集成电路产业增加值占工业增加值比重达到18％。", 18.0),
        ("到2030年，企业研发投入占营业收入的比例提高到9％以上。", 9.0),
        ("到2030年，需要将小微企业贷款占比提高到7％。", 7.0),
    ],
)
def test_the_same_shares_set_as_aims_stay_aims(sentence, wanted):
    assert wanted in _aims("# 某产业发展规划\n\n" + sentence)
