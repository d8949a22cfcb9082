"""Issue 14: questions are answered side by side by a pool of read-only workers."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from ingest.pipeline import ingest_file
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers
from ui.app import KBWorker, build_app
from ui.pool import ReaderPool

TEXT = (
    "Regional Cycling Plan\n\n"
    "By 2030, the region will build 800 km of protected cycle lanes.\n\n"
    "Every school shall offer secure bicycle parking by 2028.\n"
)


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "cycling.txt"
    path.write_text(TEXT, encoding="utf-8")
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    kb.add_extraction(ingest_file(path))
    yield kb
    kb.close()


def test_two_readers_answer_at_the_same_time(store):
    pool = ReaderPool(lambda: KBWorker.reopen(store), size=2)
    inside, release = threading.Barrier(2, timeout=20), threading.Event()
    threads = set()

    def blocking(kb: KnowledgeBase) -> int:
        threads.add(threading.get_ident())
        inside.wait()  # both calls must be running at once to pass this
        release.wait(20)
        return len(kb.docs())

    try:
        with ThreadPoolExecutor(2) as callers:
            futures = [callers.submit(pool.run, blocking) for _ in range(2)]
            release.set()
            assert [f.result(timeout=30) for f in futures] == [1, 1]
        assert len(threads) == 2  # two worker threads, each with its own connection
    finally:
        pool.close()


def test_a_third_call_waits_for_a_free_reader_and_all_answer(store):
    pool = ReaderPool(lambda: KBWorker.reopen(store), size=2)
    try:
        with ThreadPoolExecutor(6) as callers:
            answers = list(
                callers.map(
                    lambda q: pool.run(handlers.ask, q, [], "", None, None),
                    ["How many km of cycle lanes by 2030?"] * 6,
                )
            )
        for history, _sources, _box in answers:
            assert "800 km" in str(history[-1]["content"])
    finally:
        pool.close()


def test_the_app_is_built_on_a_pool(store):
    pool = ReaderPool(lambda: KBWorker.reopen(store), size=2)
    try:
        app = build_app(pool)
        assert app is not None
    finally:
        pool.close()


def test_a_pool_needs_a_reader():
    with pytest.raises(ValueError, match="at least one"):
        ReaderPool(lambda: None, size=0)  # type: ignore[arg-type,return-value]
