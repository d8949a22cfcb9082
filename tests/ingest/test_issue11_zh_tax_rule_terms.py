"""Issue 11: the terms of a tax rule, as the zh_fresh12 laws show them.

A figure that is the rate a rule applies ("其所得适用11％的税率") or the bound of the
portion of an amount a rule treats ("不超过收入总额6％的部分，可以在税前列支") is a term of
the rule, not an aim (``[figures] coefficient_after``), even when a relative clause before
it holds 需要. The portion sense only: 部分 followed by a noun ("以上的部分地市率先…") is
"some" of the places of an aim, and a share followed by 的 and another noun stays an aim.

All sentences are made up for these tests; none follows the wording of a real law.
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
        "第七条　符合条件需要重点支持的软件企业，其所得适用11％的税率计征。",
        "第十四条　公益捐赠支出不超过当年收入总额6％的部分，可以在税前列支。",
        "第十五条　应税收入中高于收入总额8％的部分按规定另行计征。",
    ],
)
def test_a_rate_or_portion_of_a_tax_rule_is_no_aim(article):
    assert _aims("# 某税收条例\n\n" + article) == set()


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("到2028年，全省工业固废综合利用率达到85％以上的部分地市率先建成循环经济示范区。", 85.0),
        ("到2027年，农村卫生厕所普及率提高到92％的部分县区先行开展整村推进。", 92.0),
        ("到2030年，全省森林覆盖率稳定在26％的水平。", 26.0),
        ("到2030年，集成电路产业增加值占工业增加值比重达到18％。", 18.0),
        ("到2030年，需要将小微企业贷款占比提高到7％。", 7.0),
    ],
)
def test_the_same_shares_set_as_aims_stay_aims(sentence, wanted):
    assert wanted in _aims("# 某产业发展规划\n\n" + sentence)
