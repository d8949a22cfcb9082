"""Issue 16: the extraction child runs at a lower priority than the ingesting process.

On two cores the encoder thread and the extraction child compete for CPU;
``POLICYKB_EXTRACT_NICE`` lowers the child's priority by that many steps.
"""

from __future__ import annotations

import os

import pytest

import kb.extract_priority
from kb.extract_priority import nice_step
from kb.ingest_worker import ExtractionAhead, settled

pytest.importorskip("ingest.pipeline")
pytestmark = pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")

RULE = "Each harbour crane operator must log its electricity use every month.\n"


def _child_niceness(tmp_path) -> tuple[int, int]:
    """The niceness of this process and of an extraction child that has answered once."""
    path = tmp_path / "crane.txt"
    path.write_text(RULE, encoding="utf-8")
    with ExtractionAhead("file") as ahead:
        [(_, future)] = list(ahead.map([path], wanted=lambda _: True))
        extraction, error = settled(future)
        assert error == "" and extraction is not None
        pid = ahead._children[0]._child.pid
        return os.getpriority(os.PRIO_PROCESS, 0), os.getpriority(os.PRIO_PROCESS, pid)


def test_the_child_runs_the_asked_steps_lower(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKB_EXTRACT_NICE", "3")
    mine, child = _child_niceness(tmp_path)
    assert child == min(19, mine + 3)


def test_zero_keeps_the_parents_priority(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKB_EXTRACT_NICE", "0")
    mine, child = _child_niceness(tmp_path)
    assert child == mine


def test_the_step_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("POLICYKB_EXTRACT_NICE", "40")
    assert nice_step() == 19  # the most a niceness can rise
    monkeypatch.setenv("POLICYKB_EXTRACT_NICE", "a lot")
    assert nice_step() == kb.extract_priority.NICE
    monkeypatch.delenv("POLICYKB_EXTRACT_NICE")
    assert nice_step() == kb.extract_priority.NICE
