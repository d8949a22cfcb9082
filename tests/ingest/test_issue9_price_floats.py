"""A price set against a reference price in a rule ("按照基准电价下浮20%结算", "上浮10%执行")
says how a payment is worked out, not a level to reach: no aim, also when an obligation
follows in the same sentence ("……结算，未按调度放电的需承担考核"). A change aim with a
deadline beside it ("到2027年，调峰能力提高15%") stays one, and so does a price lowered with no
reference price named ("到2027年，平均用电价格下浮4%").

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


_HEAD = "# 某市储能电站运行安排\n\n到2028年，储能电站按计划建成投运。"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("高峰时段，放电价格按照燃煤基准电价上浮15%结算，未按调度放电的需承担相应考核。", 15.0),
        ("低谷时段，充电价格按照本地基准上网电价下浮30%结算，因故不能充电的应当报告。", 30.0),
        ("其余时段充电电价按基准价下浮 12% 执行，需按规定完成结算。", 12.0),
        ("高峰时段，放电价格按照燃煤基准电价上浮15%结算。", 15.0),
    ],
)
def test_a_price_floated_from_a_reference_is_no_aim(sentence, figure):
    aims = _aims(_HEAD + sentence)
    assert not {a for a in aims if a[0] == figure and a[1] == "%"}


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("到2027年，全市储能调峰能力提高15%。", (15.0, "%", 2027)),
        ("到2027年，新型储能利用率达到90%。", (90.0, "%", 2027)),
        ("到2027年，开发区企业平均用电价格下浮4%。", (4.0, "%", 2027)),
    ],
)
def test_a_change_aim_beside_it_stays(sentence, key):
    assert key in _aims(_HEAD + sentence)
