"""An English question naming a Chinese province or city, over Chinese clauses: the
place is looked for by its Chinese spelling (Guangxi: 广西, ``[english_places]`` of
``kb/data/zh_scope.toml``), both to refuse a Chinese text that never names it and to
quote, from the best few candidates, the Chinese clause that does
(``kb.answerable.first_answerable``).

Clauses, documents, projects and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.answerable import first_answerable
from kb.hits import Hit
from kb.refusal import name_reason, names_all_near
from kb.understand import understand
from kb.zh_place import chinese_spelling, writes_place

# doc_id -> the whole document's text (the name check reads the document)
DOCS = {
    # an English text about something else, with a sum of money
    "en": "Medicine pricing note\n\nMakers that raise list prices faster than inflation repay $3 billion a year.",
    # the project in the asked province, then the same kind of project in another one
    "zh_gx": "今日要闻\n\n广西青水水库工程通过验收，工程总投资120亿元。",
    "zh_yn": "今日要闻\n\n云南青水水库工程通过验收，工程总投资120亿元。",
    # a national figure, no province named
    "zh_cn": "全国水利建设\n\n今年全国水利建设完成投资1.2万亿元。",
    # an English text that names the province in English
    "en_gx": "Reservoir note\n\nThe Qingshui reservoir in Guangxi cost $1.6 billion to build.",
}

ASKED = "What did the Qingshui reservoir in Guangxi cost in total?"


def _hit(doc_id: str) -> Hit:
    body = DOCS[doc_id].split("\n\n", 1)[1]
    start = DOCS[doc_id].index(body)
    return Hit(
        key=doc_id,
        doc_id=doc_id,
        clause_id="1",
        text=body,
        start=start,
        end=start + len(body),
        context=body,
        language="zh" if doc_id.startswith("zh") else "en",
    )


# (candidates in ranked order, key quoted, or None when refused)
CASES = [
    # the unrelated English passage ranks first; the Chinese clause naming 广西 is quoted
    (["en", "zh_gx"], "zh_gx"),
    # ... from third place too
    (["en", "zh_yn", "zh_gx"], "zh_gx"),
    # the Chinese clause naming the province first: kept first
    (["zh_gx", "en"], "zh_gx"),
    # an English text naming Guangxi in English: as before
    (["en_gx", "zh_yn"], "en_gx"),
    # near-misses: no candidate names Guangxi in any spelling -> refused
    (["zh_yn", "en"], None),  # the same project in another province
    (["zh_cn", "en"], None),  # the country's figure
    (["en", "zh_yn", "zh_cn"], None),
]


@pytest.mark.parametrize(("ranked", "quoted"), CASES)
def test_a_chinese_clause_answers_only_when_it_names_the_asked_place(ranked, quoted):
    q = understand(ASKED)
    order, reason = first_answerable(q, [_hit(k) for k in ranked], DOCS.get)
    if quoted is None:
        assert reason.startswith("the document found does not speak of") and "Guangxi" in reason
        assert [h.key for h in order] == ranked  # refused: the ranking is kept
    else:
        assert reason == ""
        assert order[0].key == quoted
        assert [h.key for h in order if h.key != quoted] == [k for k in ranked if k != quoted]


@pytest.mark.parametrize(
    ("doc_id", "refused", "near"),
    [("zh_gx", False, True), ("zh_yn", True, False), ("zh_cn", True, False)],
)
def test_the_name_check_reads_the_chinese_spelling(doc_id, refused, near):
    q = understand(ASKED)
    assert bool(name_reason(q, [_hit(doc_id)], DOCS.get)) is refused
    assert names_all_near(q, _hit(doc_id), DOCS.get) is near


def test_a_name_with_no_chinese_spelling_is_not_looked_for_in_a_chinese_text():
    # the project's own name cannot be spelled in Chinese: only the province counts
    q = understand("What did the Qingshui reservoir cost in total?")
    assert name_reason(q, [_hit("zh_yn")], DOCS.get) == ""
    assert chinese_spelling("Qingshui") == ""
    assert chinese_spelling("Guangxi") == "广西"
    assert writes_place("Guangxi", DOCS["zh_gx"]) and not writes_place("Guangxi", DOCS["zh_yn"])


@pytest.mark.parametrize(
    ("doc_id", "refused"),
    [
        ("zh_cn", False),  # 全国: the whole country, whose government Beijing may stand for
        ("zh_yn", True),  # a province's project: neither Beijing nor the country
    ],
)
def test_a_capital_standing_for_its_government_is_spoken_of_by_a_national_chinese_text(
    doc_id, refused
):
    q = understand("How much has Beijing invested in water works nationwide this year?")
    assert bool(name_reason(q, [_hit(doc_id)], DOCS.get)) is refused
