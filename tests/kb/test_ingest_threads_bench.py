"""The per-thread ingest benchmark's own parts: settings are read strictly, and the
sampler charges a busy thread's CPU to that thread, not to the process as a whole."""

from __future__ import annotations

import importlib.util
import threading
import time
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "ingest_threads.py"


def _module():
    spec = importlib.util.spec_from_file_location("ingest_threads_under_test", PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_settings_are_read_and_a_misspelt_one_stops_before_any_run():
    bench = _module()
    assert bench.parse_variant("base") == {}
    assert bench.parse_variant("threads=1+spin=0") == {"threads": "1", "spin": "0"}
    assert bench.parse_variant("nice=10") == {"nice": "10"}
    with pytest.raises(SystemExit, match="unknown setting 'thread=1'"):
        bench.parse_variant("thread=1")
    with pytest.raises(SystemExit, match="unknown setting 'group='"):
        bench.parse_variant("group=")


def test_the_sampler_charges_cpu_to_the_thread_that_used_it():
    bench = _module()
    sampler = bench.ThreadSampler(0.05)
    tids: list[int] = []
    spun, release = threading.Event(), threading.Event()

    def spin() -> None:
        tids.append(threading.get_native_id())
        end = time.thread_time() + 0.4
        while time.thread_time() < end:
            pass
        spun.set()
        release.wait(30)  # alive until the last sample: a thread is charged when sampled

    sampler.start()
    worker = threading.Thread(target=spin)
    worker.start()
    assert spun.wait(60)
    sampler.stop()
    release.set()
    worker.join()
    used = sampler.used()
    main = threading.main_thread().native_id
    assert used[tids[0]] >= 0.3
    assert used.get(main, 0.0) < used[tids[0]]
